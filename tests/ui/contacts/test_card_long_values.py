"""A contact card field shows the start of a long value (an e-mail address, a company
name), not its end ("-transports-et-logistique.fr")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

LONG_EMAIL = "marie-christine.delacroix-fontaine@transports-et-logistique-du-rhone.fr"
LONG_COMPANY = "Société Coopérative Agricole des Producteurs du Val de Saône"


def test_a_long_email_shows_from_its_first_letter(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    contact_id = seeded_db.run(
        create_contact,
        {"last_name": "Delacroix", "email": LONG_EMAIL, "company_name": LONG_COMPANY},
    ).value.id
    card = ContactCard(context)
    qtbot.addWidget(card)
    card.resize(640, 760)
    card.show()
    qtbot.waitExposed(card)
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)
    settle(qtbot, context)
    editor = card.form.editors["email"]
    assert isinstance(editor, QLineEdit)
    assert editor.text() == LONG_EMAIL
    assert editor.fontMetrics().horizontalAdvance(LONG_EMAIL) > editor.width()

    company = card.form.editors["company_name"]
    assert isinstance(company, QLineEdit) and company.cursorPosition() == 0


def test_the_notes_tab_shows_the_author_on_one_line(qtbot: QtBot, context: AppContext) -> None:
    """ "Par" was 100 px: "Sophie Marchand" wrapped onto two lines in each note's row."""
    from desktop_crm.ui.contacts.card_tabs import NotesTab

    tab = NotesTab(context)
    qtbot.addWidget(tab)
    tab.resize(680, 300)
    metrics = tab.view.fontMetrics()
    assert tab.view.columnWidth(1) >= metrics.horizontalAdvance("Sophie Marchand-Dubois") + 8
    assert tab.view.columnWidth(0) >= metrics.horizontalAdvance("21/11/2025 12:00") + 8


def test_an_email_keeps_its_start_when_its_field_narrows(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    """Screens10: "lucas.duval@garnier-transports.fr" read "ucas.duval@…": the value fitted
    when the card loaded it, then the field narrowed (the card's layout settling, the
    splitter or the window moved) and Qt kept the end of the text in sight."""
    card = ContactCard(context)
    qtbot.addWidget(card)
    card.resize(700, 760)
    card.show()
    qtbot.waitExposed(card)
    editor = card.form.editors["email"]
    assert isinstance(editor, QLineEdit)
    room = editor.width()
    metrics = editor.fontMetrics()
    local = "lucas.duval"
    while metrics.horizontalAdvance(f"{local}@garnier-transports.fr") < room - 40:
        local += "x"
    email = f"{local}@garnier-transports.fr"
    contact_id = seeded_db.run(create_contact, {"last_name": "Duval", "email": email}).value.id
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)
    settle(qtbot, context)
    card.resize(560, 760)
    qtbot.waitUntil(lambda: metrics.horizontalAdvance(email) > editor.width())
    assert not editor.hasFocus()
    assert editor.cursorPosition() == 0
