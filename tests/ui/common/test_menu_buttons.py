"""Buttons that open a menu ("Exporter…", "Côte à côte") show their arrow beside the text:
as tool buttons, the arrow was drawn over the text's last letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.storage.uow import Database
from desktop_crm.ui.activities.calendar_team import TeamPicker
from desktop_crm.ui.campaigns.view import CampaignsView
from desktop_crm.ui.opportunities.charts import ExportButton
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _roomy(button: QAbstractButton) -> bool:
    """The button is wider than its text by more than the arrow (about 12 px)."""
    text = button.text().replace("&", "")
    return button.sizeHint().width() >= button.fontMetrics().horizontalAdvance(text) + 24


def test_menu_buttons_leave_room_for_their_arrow(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, language: str
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    export = ExportButton(holder, lambda _p: None, lambda _p: None, "pipeline")
    picker = TeamPicker(holder)
    assert export.menu() is not None and picker.menu() is not None
    assert _roomy(export), export.text()
    assert _roomy(picker), picker.text()
    context = make_context(sqlite_db, tmp_path)
    view = CampaignsView(context)
    qtbot.addWidget(view)
    settle(qtbot, context)
    assert view.export_button.menu() is not None
    assert _roomy(view.export_button), view.export_button.text()
    context.ops.wait()
