"""The sender dialog saves the company block used on envelopes and letters."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.mailing.settings import load_sender
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.printing.sender_dialog import SenderDialog

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


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


def test_a_long_footer_reads_from_its_start(
    qtbot: QtBot, sqlite_db: Database, ctx: AppContext
) -> None:
    """The legal mentions are longer than their field: they showed "ı 512 345 678 - SIRET…"."""
    from desktop_crm.services.mailing.settings import save_sender

    footer = (
        "Lumière Conseil SARL au capital de 10 000 € - RCS Lyon 512 345 678 - "
        "SIRET 512 345 678 00021"
    )
    sender = sqlite_db.read(load_sender)
    sqlite_db.run(save_sender, dataclasses.replace(sender, footer=footer))
    dialog = SenderDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(480, 360)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    assert dialog.footer.text() == footer
    assert dialog.footer.fontMetrics().horizontalAdvance(footer) > dialog.footer.width()
    assert dialog.footer.cursorPosition() == 0
