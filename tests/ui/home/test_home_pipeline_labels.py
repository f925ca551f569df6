"""The home pipeline chart names its stages whole, on two lines when they are long: it wrote
"Prospect identi…" and "Proposition env…" (cut at 16 characters) under five bars."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from desktop_crm.ui.home.charts import BarChart, two_lines

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

STAGES = [
    "Prospect identifié",
    "Premier contact",
    "Besoin qualifié",
    "Proposition envoyée",
    "Négociation",
]


def test_long_stage_names_wrap_instead_of_being_cut(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_bars(STAGES, (("Montant", [520e3, 560e3, 405e3, 315e3, 325e3], "#59a14f"),))
    chart.show()
    qtbot.waitExposed(chart)
    axis = chart.plot.getAxis("bottom")
    labels = [text for _x, text in axis._tickLevels[0]]
    assert all("…" not in text for text in labels), labels
    assert [text.replace("\n", " ") for text in labels] == STAGES
    assert "Prospect\nidentifié" in labels
    assert chart.toolTip() == ""  # nothing left to read only in the tooltip
    # The axis has room for both lines (pyqtgraph gave it 0.8 of the text's height).
    lines = QFontMetrics(chart.plot.font()).lineSpacing() * 2
    assert axis.height() >= lines


def test_a_name_too_long_for_two_lines_is_elided_and_in_the_tooltip(qtbot: QtBot) -> None:
    name = "Relance après proposition commerciale détaillée"
    assert two_lines(name, 16).count("\n") == 1 and two_lines(name, 16).endswith("…")
    assert two_lines("Négociation", 16) == "Négociation"
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([*STAGES, name], (("Montant", [1.0] * 6, "#59a14f"),))
    assert chart.toolTip() == name
