"""The Companies view on the operation runner: lookups, the card, and change notices."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.contacts.calls import CallInput, log_call
from desktop_crm.services.contacts.companies import create_company
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.contacts.records import get_contact
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database, UnitOfWork
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.companies.view import CompanyWorkspace
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _join(uow: UnitOfWork, contact_id: int, company_id: int) -> None:
    contact = uow.session.get(Contact, contact_id)
    assert contact is not None
    contact.company_id = company_id


def test_company_view_follows_change_notices(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    view = CompanyWorkspace(context)
    qtbot.addWidget(view)
    testers = [
        QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
        for m in (view.model, view.card.contacts_model, view.card.divisions_model)
    ]
    with qtbot.waitSignal(view.status_changed) as blocker:
        view.start()
    before = blocker.args[1]
    settle(qtbot, context)

    # A company created by another operation appears in the list and the count.
    with qtbot.waitSignal(view.status_changed) as blocker:
        context.ops.run(create_company, {"name": "Zéphyr Conseil", "city": "Lyon"})
    assert blocker.args == ["", before + 1]
    settle(qtbot, context)
    row = next(
        r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == "Zéphyr Conseil"
    )
    company_id = view.model.payload(row)
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.waitUntil(lambda: view.card.company is not None and view.card.company.id == company_id)
    settle(qtbot, context)
    assert view.card.contacts_model.rowCount() == 0

    # A contact joins the company, then a call is logged with it: the card's contacts and
    # its timeline follow, without a refresh.
    with seeded_db.uow(write=False) as uow:
        jean = int(lookup_ids(uow, "lefevre jean")[0])
    context.ops.run(_join, jean, company_id)
    qtbot.waitUntil(lambda: view.card.contacts_model.rowCount() == 1)
    assert view.card.contacts_model.payload(0) == jean
    call = CallInput(
        contact_id=jean,
        result=HistoryType.CALL_REACHED,
        occurred_at=dt.datetime(2026, 3, 2, 9, 30),
        outgoing=True,
        duration_s=60,
        regarding="Devis",
    )
    context.ops.run(log_call, call)
    qtbot.waitUntil(
        lambda: HistoryType.CALL_REACHED.value in [e.type for e in view.card.history_tab.entries]
    )
    settle(qtbot, context)

    # Saving the card renames the company in the list.
    view.card.editors["name"].setText("Zéphyr Conseil SAS")
    with qtbot.waitSignal(view.card.saved):
        assert view.save() is True
    settle(qtbot, context)
    assert view.model.index(view.table.currentIndex().row(), 0).data() == "Zéphyr Conseil SAS"
    # The linked contact carries the new name (list, letters, lookups).
    assert seeded_db.read(get_contact, jean).company_name == "Zéphyr Conseil SAS"

    # Opening a contact goes through the one typed signal.
    with qtbot.waitSignal(view.contact_open_requested) as blocker:
        view.card.contacts_view.doubleClicked.emit(view.card.contacts_model.index(0, 0))
    assert blocker.args == [jean]
    assert len(testers) == 3


def test_a_company_goes_into_a_group_from_its_card(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    from desktop_crm.services.groups.groups import company_ids, create_group

    group_id = seeded_db.run(create_group, "Partenaires").value.id
    company_id = seeded_db.run(create_company, {"name": "Atelier Rhône", "city": "Lyon"}).value.id
    view = CompanyWorkspace(context)
    qtbot.addWidget(view)
    view.start()
    settle(qtbot, context)
    view.card.show_company(company_id)
    qtbot.waitUntil(lambda: view.card.company is not None and view.card.company.id == company_id)
    with qtbot.waitSignal(view.card.message) as blocker:
        view.card.add_to_group(group_id)
    assert "group" in blocker.args[0]
    settle(qtbot, context)
    assert seeded_db.read(company_ids, group_id) == [company_id]


def test_the_lookup_box_finds_a_word_inside_the_name(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    for name in ("SARL Dupont & Fils", "Fils et Cie", "Profilsoft", "L'Atelier du Fils"):
        seeded_db.run(create_company, {"name": name})
    view = CompanyWorkspace(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.status_changed):
        view.start()
    settle(qtbot, context)
    with qtbot.waitSignal(view.status_changed) as blocker:
        view.lookup_edit.setText("fils")  # typed: the lookup runs after a pause
    assert blocker.args == ["fils", 3]
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    # The name that starts with the text first, then the others by name.
    assert names == ["Fils et Cie", "L'Atelier du Fils", "SARL Dupont & Fils"]
    qtbot.waitUntil(lambda: view.card.company is not None and view.card.company.name == names[0])
    settle(qtbot, context)
