"""The sender dialog saves the company block used on envelopes and letters."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.mailing.settings import load_sender
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.printing.sender_dialog import SenderDialog

pytestmark = [pytest.mark.qt_log_level_fail("WARNING")]


def test_sender_is_saved_and_reloaded(qtbot: QtBot, sqlite_db: Database, ctx: AppContext) -> None:
    dialog = SenderDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # loading
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    assert dialog.save_button.isEnabled()
    dialog.company.setText("Solutions Lumière SAS")
    dialog.address.setPlainText("12 rue de la Paix\n\n69003 LYON")
    dialog.footer.setText("SIRET 123 456 789 00012")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog._on_buttons_accepted()
    assert dialog.saved is not None
    with sqlite_db.uow(write=False) as uow:
        sender = load_sender(uow)
    assert sender.company == "Solutions Lumière SAS"
    assert sender.block_lines == ("Solutions Lumière SAS", "12 rue de la Paix", "69003 LYON")
    assert sender.footer == "SIRET 123 456 789 00012"
    again = SenderDialog(ctx)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=10000):
        pass
    assert again.address.toPlainText() == "12 rue de la Paix\n69003 LYON"
