"""The pipeline's filters at 1400x860 in French: each choice reads whole ("Tous les
responsa", "Toutes dates de c" in one squeezed row) and "Exporter…" is not cut at the edge;
the filters take two rows when one row cannot hold them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop_crm.storage.uow import Database
from desktop_crm.ui.groups.picker import GroupPicker
from desktop_crm.ui.opportunities.charts import make_forecast_tab, make_pipeline_tab
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _combos(tab: object) -> list[QComboBox]:
    pairs = tab.filters.pairs  # type: ignore[attr-defined]
    return [w.combo if isinstance(w, GroupPicker) else w for _caption, w in pairs]


@pytest.mark.parametrize("make", [make_pipeline_tab, make_forecast_tab])
def test_every_filter_choice_reads_whole_at_1400(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, language: str, make: object
) -> None:
    context = make_context(sqlite_db, tmp_path)
    tab = make(context, lambda _f: None) if make is make_pipeline_tab else make(context)  # type: ignore[operator]
    qtbot.addWidget(tab)
    tab.resize(1240, 780)  # the view beside the navigation list, in a 1400 px window
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.show()
    settle(qtbot, context)
    qtbot.wait(10)
    for combo in _combos(tab):
        if not combo.isVisibleTo(tab):
            continue
        text = combo.currentText()
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 20, text
    export = tab.export
    right = export.mapTo(tab, export.rect().topRight()).x()
    assert right <= tab.width()
    assert export.width() >= export.sizeHint().width()
    context.ops.wait()
