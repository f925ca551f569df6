"""The company card's "Custom fields" section: edited and saved with the card."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.companies import create_company
from desktop_crm.services.fields import define_field, values_of
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.companies.view import CompanyCard
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def test_company_user_field_saved_with_the_card(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    seeded_db.run(define_field, "company", "effectif", "number", "Effectif")
    company = seeded_db.run(create_company, {"name": "Acme", "city": "Lyon"}).value
    card = CompanyCard(context)
    qtbot.addWidget(card)
    card.show_company(company.id)
    settle(qtbot, context)
    editor = card.custom_box.editors["effectif"]
    assert not card.is_dirty()
    editor.setText("42")  # type: ignore[attr-defined]
    assert card.is_dirty()
    with qtbot.waitSignal(card.saved):
        assert card.save()
    settle(qtbot, context)
    assert seeded_db.read(values_of, "company", company.id) == {"effectif": Decimal(42)}
    assert card.custom_box.editors["effectif"].text() == "42"  # type: ignore[attr-defined]
    assert not card.is_dirty()
