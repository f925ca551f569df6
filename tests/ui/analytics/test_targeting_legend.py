"""The targeting chart's legend (A, B, C…) is dark enough to read on white (it was the
light grey of pyqtgraph's default)."""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from pytestqt.qtbot import QtBot

from desktop_crm.storage.uow import Database
from desktop_crm.ui.analytics.view import TargetingView
from tests.integration.test_analytics_service import _setup
from tests.ui.conftest import make_context, settle


def test_the_abc_legend_is_dark(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> None:
    sqlite_db.run(_setup)
    context = make_context(sqlite_db, tmp_path)
    view = TargetingView(context)
    qtbot.addWidget(view)
    view.year.setValue(2025)
    view.start()
    view.show()
    settle(qtbot, context)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        if view.method.currentData() == "abc":
            view.refresh()
        else:
            view.set_method("abc")
    settle(qtbot, context)
    legend = view.chart.plot.getPlotItem().legend
    assert legend is not None and legend.items
    for _sample, label in legend.items:
        colour = pg.mkColor(label.opts["color"] or pg.getConfigOption("foreground"))
        assert colour.lightness() < 100, label.text
    context.ops.wait()
