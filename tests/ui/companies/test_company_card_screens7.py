"""The company card at 1400x860 with long values: a field shows the start of its text (the
name a salesperson reads), not its end ("surances Bernard" for "Assurances Bernard")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.companies import create_company
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.companies.view import CompanyWorkspace
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

LONG_NAME = "Assurances Mutuelles du Grand Ouest et des Pays de la Loire"


def test_a_long_company_name_shows_from_its_first_letter(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    company_id = seeded_db.run(
        create_company, {"name": LONG_NAME, "city": "Saint-Herblain-lès-Nantes"}
    ).value.id
    view = CompanyWorkspace(context)
    qtbot.addWidget(view)
    view.resize(1250, 790)
    view.show()
    qtbot.waitExposed(view)
    view.start()
    settle(qtbot, context)
    view.card.show_company(company_id)
    qtbot.waitUntil(lambda: view.card.company is not None and view.card.company.id == company_id)
    editor = view.card.editors["name"]
    assert editor.text() == LONG_NAME
    # The text is wider than the field: what shows is its start.
    assert editor.fontMetrics().horizontalAdvance(LONG_NAME) > editor.width()
    assert editor.cursorPosition() == 0
    assert view.card.editors["city"].cursorPosition() == 0
