"""Empty tables say why and what to do (session 8): the Alarms window with nothing ringing, a
company without contacts, a contact without opportunities showed their headers and nothing
else, as if still loading or broken."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.contacts.companies import create_company
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.storage.uow import Database
from desktop_crm.ui.activities.alarms_window import AlarmsWindow
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.companies.view import CompanyCard
from desktop_crm.ui.contacts.card import ContactCard
from tests.ui.conftest import empty_note, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]


def test_the_alarms_window_says_no_alarm_waits(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    window = AlarmsWindow(context, clock=FixedClock(dt.datetime(2026, 12, 2, 10, 0)))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.checked, timeout=10000):
        window.check()
    window.show_and_raise()  # opened from the menu, nothing ringing
    assert window.model.rowCount() == 0
    note = empty_note(window.table)
    assert note.isVisible()
    assert note.text() == (
        "Aucune alarme en attente. Les alarmes des activités planifiées s'affichent ici "
        "quand elles sonnent."
        if language == "fr"
        else "No alarm waiting. The alarms of scheduled activities show here when they ring."
    )


def test_a_company_without_contacts_says_so(
    qtbot: QtBot, seeded_db: Database, context: AppContext, language: str
) -> None:
    company_id = seeded_db.run(create_company, {"name": "Brasserie du Port"}).value.id
    card = CompanyCard(context)
    qtbot.addWidget(card)
    card.resize(1000, 700)
    card.show()
    card.show_company(company_id)
    settle(qtbot, context)
    assert card.company is not None and card.contacts_model.rowCount() == 0
    note = empty_note(card.contacts_view)
    assert note.isVisible()
    assert note.text().startswith(
        "Aucun contact n'est rattaché à cette société."
        if language == "fr"
        else "No contact is linked to this company."
    )
    card.tabs.setCurrentWidget(card.divisions_view)
    assert empty_note(card.divisions_view).isVisible()


def test_a_contact_without_opportunities_says_how_to_make_one(
    qtbot: QtBot, seeded_db: Database, context: AppContext, language: str
) -> None:
    with seeded_db.uow(write=False) as uow:
        jean = lookup_ids(uow, "lefevre jean")[0]
    card = ContactCard(context)
    qtbot.addWidget(card)
    card.resize(1000, 800)
    card.show()
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(jean)
    card.tabs.setCurrentWidget(card.opportunities_tab)
    settle(qtbot, context)
    tab = card.opportunities_tab
    assert tab.model.rowCount() == 0
    note = empty_note(tab.view)
    assert note.isVisible()
    assert note.text() == (
        "Aucune opportunité pour ce contact. « Nouvelle opportunité… » en crée une."
        if language == "fr"
        else "No opportunity for this contact. “New opportunity…” creates one."
    )
    for other in (card.groups_tab, card.activities_tab, card.notes_tab):
        card.tabs.setCurrentWidget(other)
        settle(qtbot, context)
        assert other.view.model().rowCount() == 0
        assert empty_note(other.view).isVisible(), type(other).__name__
    card.tabs.setCurrentWidget(card.history_tab)  # the card's creation is written there
    settle(qtbot, context)
    assert card.history_tab.model.rowCount() > 0
    assert empty_note(card.history_tab.view).isHidden()


def test_the_task_list_with_nothing_to_show_says_how_to_widen_it(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    from desktop_crm.ui.activities.task_list import TaskListView

    view = TaskListView(context, clock=FixedClock(dt.datetime(2026, 12, 2, 10, 0)))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    assert view.proxy.rowCount() == 0
    note = empty_note(view.table)
    assert note.isVisible()
    assert note.text().startswith(
        "Aucune activité ne correspond à ces filtres."
        if language == "fr"
        else "No activity matches these filters."
    )


def test_the_opportunity_list_with_nothing_to_show_says_so(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    from desktop_crm.ui.opportunities.view import OpportunitiesView

    view = OpportunitiesView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.start()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.list.shown_totals is not None)
    assert view.list.model.rowCount() == 0
    note = empty_note(view.list.table)
    assert note.isVisible()
    assert note.text().startswith(
        "Aucune opportunité ne correspond à ces filtres."
        if language == "fr"
        else "No opportunity matches these filters."
    )


def test_an_empty_group_says_how_to_fill_it(
    qtbot: QtBot, seeded_db: Database, context: AppContext, language: str
) -> None:
    from desktop_crm.services.groups.groups import create_group
    from desktop_crm.ui.groups.view import GroupsView

    with seeded_db.uow() as uow:
        static = create_group(uow, "Salon Lyon 2026").id
        dynamic = create_group(uow, "Personne", query_text='city = "Tombouctou"').id
        uow.commit()
    view = GroupsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.start()
    settle(qtbot, context)
    note = empty_note(view.members)
    assert note.isHidden()  # no group chosen: the card's own line says what to do
    for group_id, start in (
        (static, "Ce groupe n'a aucun membre." if language == "fr" else "This group has no"),
        (dynamic, "Aucun contact ne correspond" if language == "fr" else "No contact matches"),
    ):
        view.tree.setCurrentIndex(view.tree_model.index_of(group_id))
        settle(qtbot, context)
        qtbot.waitUntil(lambda g=group_id: view.current is not None and view.current.node.id == g)
        settle(qtbot, context)
        assert view.members_model.rowCount() == 0
        assert note.isVisible() and note.text().startswith(start), note.text()
