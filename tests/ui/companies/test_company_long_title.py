"""A company with a very long name (screens10): the card's heading is shortened with "…" and
the list beside it keeps its width (the heading asked for its whole text's 900 px: the list
shrank to 70 px)."""

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

LONG_NAME = (
    "Société Coopérative d'Intérêt Collectif des Établissements Lumière-Saint-Exupéry et Associés"
)


def test_a_long_name_does_not_squeeze_the_list(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    company_id = seeded_db.run(create_company, {"name": LONG_NAME}).value.id
    view = CompanyWorkspace(context)
    qtbot.addWidget(view)
    view.resize(1250, 790)
    view.show()
    qtbot.waitExposed(view)
    view.start()
    settle(qtbot, context)
    list_width = view.table.width()
    view.card.show_company(company_id)
    qtbot.waitUntil(lambda: view.card.company is not None and view.card.company.id == company_id)
    settle(qtbot, context)
    title = view.card.title
    assert title.text() == LONG_NAME
    assert title.fontMetrics().horizontalAdvance(LONG_NAME) > title.width()
    assert view.table.width() >= min(list_width, 300)  # the list kept its room
    assert title.shown_text().endswith("…")
    assert title.toolTip() == LONG_NAME


def test_a_long_pick_list_value_shows_its_start(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    """The card's "Activité" read "rt / Logistique" for "Transport / Logistique"."""
    company_id = seeded_db.run(
        create_company, {"name": "Transports Garnier", "industry": "Transport / Logistique"}
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
    settle(qtbot, context)
    line = view.card.editors["industry"].lineEdit()
    assert line.text() == "Transport / Logistique"
    assert line.fontMetrics().horizontalAdvance(line.text()) > line.width() - 12
    assert line.cursorPosition() == 0
