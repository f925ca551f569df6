"""The campaign charts as a French user reads them: the funnel's axis counts people in whole
numbers written the French way (an empty campaign's axis read "0.1, 0.2 … 1.1"), and the
legends are dark enough to read on white."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pyqtgraph as pg
import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.campaigns import CampaignCounts, compute_figures
from desktop_crm.services.campaigns.figures import CampaignRow
from desktop_crm.ui.campaigns.charts import COUNT_FLOOR, ComparisonChart, FunnelChart

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def test_an_empty_campaign_funnel_counts_in_whole_numbers(qtbot: QtBot, language: str) -> None:
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.set_figures("Newsletter fidélité", compute_figures(CampaignCounts()))
    axis = chart.plot.getAxis("left")
    strings = axis.tickStrings([0.0, 0.5, 1.0, 1500.0], 1.0, 0.5)
    thousand = "1\u202f500" if language == "fr" else "1,500"
    assert strings[:3] == ["0", "", "1"]
    assert strings[3].replace("\u00a0", "\u202f") == thousand
    top = chart.plot.getPlotItem().vb.viewRange()[1][1]
    assert top >= COUNT_FLOOR


def test_the_comparison_legend_is_dark(qtbot: QtBot) -> None:
    counts = CampaignCounts(targets=150, sent=150, responses=51, revenue=Decimal(56850))
    row = CampaignRow(
        1,
        "Salon du commerce Lyon 2026",
        "trade_show",
        "finished",
        dt.date(2026, 6, 24),
        None,
        Decimal(5000),
        None,
        compute_figures(dataclasses.replace(counts, cost=Decimal(4740))),
    )
    chart = ComparisonChart()
    qtbot.addWidget(chart)
    chart.set_rows([row])
    legend = chart.plot.getPlotItem().legend
    assert legend is not None and legend.items
    for _sample, label in legend.items:
        colour = pg.mkColor(label.opts["color"] or pg.getConfigOption("foreground"))
        assert colour.lightness() < 100, label.text


def test_two_empty_campaigns_in_a_row_keep_their_axes(qtbot: QtBot) -> None:
    """Screens10: after an empty campaign, another empty one drew its funnel on an axis of
    0 to 1 without the stage names (the new axes never heard of the unchanged range)."""
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.resize(590, 300)
    chart.show()
    qtbot.waitExposed(chart)
    empty = compute_figures(CampaignCounts())
    chart.set_figures("Newsletter fidélité", empty)
    chart.set_figures("Relance des inactifs", empty)
    view = chart.plot.getPlotItem().getViewBox()
    (x0, x1), (y0, y1) = view.viewRange()
    assert list(chart.plot.getAxis("left").range) == pytest.approx([y0, y1])
    assert y1 >= COUNT_FLOOR
    assert list(chart.plot.getAxis("bottom").range) == pytest.approx([x0, x1])
