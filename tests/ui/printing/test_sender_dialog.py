"""The sender dialog saves the company block used on envelopes and letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_crm.services.mailing.settings import load_sender
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.tasks import TaskRunner
from desktop_crm.ui.printing.sender_dialog import SenderDialog

pytestmark = [pytest.mark.qt_log_level_fail("WARNING")]


def test_sender_is_saved_and_reloaded(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(sqlite_db, TaskRunner(), settings)
    dialog = SenderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.company.setText("Solutions Lumière SAS")
    dialog.address.setPlainText("12 rue de la Paix\n\n69003 LYON")
    dialog.footer.setText("SIRET 123 456 789 00012")
    dialog._on_buttons_accepted()
    assert dialog.saved is not None
    with sqlite_db.uow(write=False) as uow:
        sender = load_sender(uow)
    assert sender.company == "Solutions Lumière SAS"
    assert sender.block_lines == ("Solutions Lumière SAS", "12 rue de la Paix", "69003 LYON")
    assert sender.footer == "SIRET 123 456 789 00012"
    again = SenderDialog(ctx)
    qtbot.addWidget(again)
    assert again.address.toPlainText() == "12 rue de la Paix\n69003 LYON"
