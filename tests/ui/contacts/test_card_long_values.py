"""A contact card field shows the start of a long value (an e-mail address, a company
name), not its end ("-transports-et-logistique.fr")."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_crm.ui.contacts.card_form import ContactForm

LONG_EMAIL = "marie-christine.delacroix-fontaine@transports-et-logistique-du-rhone.fr"


def test_a_long_email_shows_from_its_first_letter(qtbot: QtBot) -> None:
    form = ContactForm()
    qtbot.addWidget(form)
    form.resize(640, 700)
    form.show()
    qtbot.waitExposed(form)
    form.set_field("email", LONG_EMAIL)
    form.set_field("company_name", "Société Coopérative Agricole des Producteurs du Val")
    editor = form.editors["email"]
    assert isinstance(editor, QLineEdit)
    assert editor.text() == LONG_EMAIL
    assert editor.fontMetrics().horizontalAdvance(LONG_EMAIL) > editor.width()
    assert editor.cursorPosition() == 0
    company = form.editors["company_name"]
    assert isinstance(company, QLineEdit) and company.cursorPosition() == 0
