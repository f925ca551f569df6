"""The contact card, the contact list and the company card take their facts from the catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_crm.domain.fields import FieldKind, card_fields, field, list_columns
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.companies.view import CompanyCard
from desktop_crm.ui.contacts.card_form import ContactForm, field_label
from desktop_crm.ui.contacts.list_view import ContactListView
from desktop_crm.ui.importing.fields import field_labels

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _max_length(editor: object) -> int | None:
    line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
    return line.maxLength() if isinstance(line, QLineEdit) else None


def test_card_editors_stop_at_the_storage_length(qtbot: QtBot) -> None:
    form = ContactForm()
    qtbot.addWidget(form)
    assert _max_length(form.editors["phone_mobile"]) == 32
    assert _max_length(form.editors["email"]) == 254
    assert _max_length(form.editors["first_name"]) == 80
    assert _max_length(form.editors["civility"]) == 20
    phone = form.editors["phone_business"]
    assert isinstance(phone, QLineEdit)
    phone.setText("1" * 40)
    assert len(phone.text()) == 32
    for _section, specs in card_fields():
        for spec in specs:
            if spec.max_length is not None:
                assert _max_length(form.editors[spec.name]) == spec.max_length, spec.name


def test_card_sections_follow_the_catalogue(qtbot: QtBot) -> None:
    form = ContactForm()
    qtbot.addWidget(form)
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    assert [s.title for s, _ in card_fields()] == titles[: len(card_fields())]
    assert [s.name for _, specs in card_fields() for s in specs] == list(form.editors)


def test_company_card_editors_stop_at_the_storage_length(qtbot: QtBot, context: AppContext) -> None:
    card = CompanyCard(context)
    qtbot.addWidget(card)
    assert _max_length(card.editors["siren"]) == 9
    assert _max_length(card.editors["phone"]) == 32
    assert _max_length(card.editors["email"]) == 254
    assert _max_length(card.editors["industry"]) == 120
    for _section, specs in card_fields("company"):
        for spec in specs:
            assert _max_length(card.editors[spec.name]) == spec.max_length, spec.name
            if spec.kind is FieldKind.PICKLIST:
                assert isinstance(card.editors[spec.name], QComboBox)


def test_list_columns_take_their_default_widths_and_visibility(
    qtbot: QtBot, context: AppContext
) -> None:
    view = ContactListView(context)
    qtbot.addWidget(view)
    header = view.table.horizontalHeader()
    for column, spec in enumerate(list_columns()):
        assert view.model.columns[column] == spec.name
        assert header.isSectionHidden(column) is not spec.shown
        # A hidden section has no size; the last one stretches.
        if spec.shown and column < len(list_columns()) - 1:
            assert header.sectionSize(column) == spec.width


@pytest.fixture
def french(qapp: QApplication):  # type: ignore[no-untyped-def]
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


def test_catalogue_labels_are_shown_in_french(french: QApplication, qtbot: QtBot) -> None:
    assert field_label("first_name") == "Prénom"
    assert field_label("civility") == "Civilité"
    assert field_label("company_id") == "Fiche société"
    assert field_label("name", "company") == "Raison sociale"
    assert field_labels()["civility"] == "Civilité"
    assert field_labels()["website"] == "Site web"
    assert field_labels()["home_address1"] == "Adresse personnelle 1"
    form = ContactForm()
    qtbot.addWidget(form)
    titles = {box.title() for box in form.findChildren(QGroupBox)}
    assert {"Identité", "Indicateurs d'envoi"} <= titles
    assert field("first_name").label == "First name"  # the catalogue itself stays English
