"""The Groups view: tree, creating groups, drag-and-drop, change notices, the card's tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.contacts.records import get_contact, update_contact
from desktop_crm.services.groups.groups import (
    add_members,
    create_group,
    group_tree,
    groups_of_contact,
    member_ids,
)
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card_tabs import GroupsTab
from desktop_crm.ui.groups.mime import CONTACT_IDS_MIME, contact_ids_mime
from desktop_crm.ui.groups.view import GroupsView
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

Fatal = QAbstractItemModelTester.FailureReportingMode.Fatal


def _tree(db: Database) -> dict[str, int]:
    with db.uow() as uow:
        return {n.path: n.id for n in group_tree(uow)}


def _members(db: Database, group_id: int) -> list[int]:
    with db.uow() as uow:
        return member_ids(uow, group_id)


def _seed_groups(db: Database) -> dict[str, int]:
    with db.uow() as uow:
        salons = create_group(uow, "Salons")
        lyon = create_group(uow, "Salon Lyon 2026", parent_id=salons.id)
        create_group(uow, "Clients lyonnais", query_text='city = "Lyon"')
        ids = lookup_ids(uow, "Martin")[:5]
        add_members(uow, lyon.id, ids)
        uow.commit()
    return _tree(db)


def _view(qtbot: QtBot, context: AppContext, **kwargs: object) -> GroupsView:
    view = GroupsView(context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    QAbstractItemModelTester(view.tree_model, Fatal)
    QAbstractItemModelTester(view.members_model, Fatal)
    view.show()  # a hidden view defers its reloads until shown
    view.start()
    settle(qtbot, context)
    return view


def _select(qtbot: QtBot, context: AppContext, view: GroupsView, group_id: int) -> None:
    view.tree.setCurrentIndex(view.tree_model.index_of(group_id))
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current is not None and view.current.node.id == group_id)


def test_tree_shows_groups_subgroups_and_counts(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    groups = _seed_groups(seeded_db)
    view = _view(qtbot, context)
    model = view.tree_model
    assert model.rowCount() == 2
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top == ["Clients lyonnais", "Salons"]
    salons = model.index_of(groups["Salons"])
    assert model.rowCount(salons) == 1
    child = model.index(0, 0, salons)
    assert child.data() == "Salon Lyon 2026"
    assert model.parent(child) == salons
    assert model.index(0, 1, salons).data() == "5"
    dynamic = model.index_of(groups["Clients lyonnais"])
    assert "City is “Lyon”" in str(dynamic.data(Qt.ItemDataRole.ToolTipRole))
    assert int(model.index_of(groups["Clients lyonnais"], 1).data()) == 101  # 100 + Jean

    _select(qtbot, context, view, groups["Clients lyonnais"])
    assert view.members_model.rowCount() == 101
    assert view.query_label.text() == "City is “Lyon”"
    assert 'city = "Lyon"' in view.query_label.toolTip()  # the definition as saved
    assert "101" in view.counts_label.text()
    qtbot.waitUntil(lambda: view.members_model.index(0, 0).data() is not None)


def test_create_group_and_subgroup_from_the_view(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    view = _view(qtbot, context)
    view.new_group("Salon Lyon 2026")
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current is not None)
    assert view.current is not None and view.current.node.name == "Salon Lyon 2026"
    view.new_group("Jour 1", subgroup=True)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current is not None and view.current.node.name == "Jour 1")
    assert set(_tree(seeded_db)) == {"Salon Lyon 2026", "Salon Lyon 2026/Jour 1"}
    parent = view.tree_model.index_of(_tree(seeded_db)["Salon Lyon 2026"])
    assert view.tree_model.rowCount(parent) == 1

    view.rename_group("Premier jour")
    settle(qtbot, context)
    assert "Salon Lyon 2026/Premier jour" in _tree(seeded_db)
    view.delete_group(confirm=False)
    settle(qtbot, context)
    assert set(_tree(seeded_db)) == {"Salon Lyon 2026"}


def test_dropping_contact_ids_on_a_group_adds_them(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    groups = _seed_groups(seeded_db)
    view = _view(qtbot, context)
    with seeded_db.uow() as uow:
        ids = lookup_ids(uow, "Dubois")[:3]
    target = view.tree_model.index_of(groups["Salons"])
    data = contact_ids_mime(ids)
    assert view.tree_model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, target)
    view.tree_model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, target)
    settle(qtbot, context)
    assert sorted(_members(seeded_db, groups["Salons"])) == sorted(ids)
    qtbot.waitUntil(lambda: view.tree_model.members(groups["Salons"]) == 3)


def test_dragging_a_group_onto_another_makes_it_a_subgroup_and_refuses_cycles(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    groups = _seed_groups(seeded_db)
    view = _view(qtbot, context)
    model = view.tree_model
    salons, lyon = groups["Salons"], groups["Salons/Salon Lyon 2026"]
    refused: list[str] = []
    model.drop_refused.disconnect()
    model.drop_refused.connect(refused.append)
    data = model.mimeData([model.index_of(salons)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(lyon))
    assert refused and "subgroup" in refused[0]

    data = model.mimeData([model.index_of(groups["Clients lyonnais"])])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(lyon))
    settle(qtbot, context)
    assert "Salons/Salon Lyon 2026/Clients lyonnais" in _tree(seeded_db)
    assert model.rowCount() == 1


def test_add_selected_remove_members_and_open_one(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    groups = _seed_groups(seeded_db)
    with seeded_db.uow() as uow:
        chosen = lookup_ids(uow, "Petit")[:4]
    view = _view(qtbot, context, selected_contacts=lambda: list(chosen))
    _select(qtbot, context, view, groups["Salons"])
    view.add_selected_contacts()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.members_model.rowCount() == 4)
    view.members.selectRow(0)
    first = view.members_model.id_at(0)
    view.remove_selected_members()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.members_model.rowCount() == 3)
    assert first not in _members(seeded_db, groups["Salons"])

    # A member the query finds is excluded, not deleted.
    _select(qtbot, context, view, groups["Clients lyonnais"])
    view.members.selectRow(0)
    view.remove_selected_members()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.members_model.rowCount() == 100)
    assert "1 excluded" in view.counts_label.text()

    with qtbot.waitSignal(view.contact_open_requested) as blocker:
        view._on_member_activated(view.members_model.index(0, 0))
    assert blocker.args == [view.members_model.id_at(0)]


def test_a_city_change_brings_a_contact_into_a_dynamic_group(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    with seeded_db.uow() as uow:
        group = create_group(uow, "Marseillais", query_text='city = "Marseille"')
        contact_id = lookup_ids(uow, "Jean Lefèvre")[0]
        version = get_contact(uow, contact_id).version
        uow.commit()
    view = _view(qtbot, context)
    _select(qtbot, context, view, group.id)
    assert view.members_model.rowCount() == 0
    context.ops.run(update_contact, contact_id, version, {"city": "Marseille"})
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.members_model.rowCount() == 1)
    assert view.members_model.id_at(0) == contact_id
    qtbot.waitUntil(lambda: view.tree_model.members(group.id) == 1)


def test_card_groups_tab_adds_and_removes(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    groups = _seed_groups(seeded_db)
    with seeded_db.uow() as uow:
        contact_id = lookup_ids(uow, "Jean Lefèvre")[0]
    tab = GroupsTab(context)
    qtbot.addWidget(tab)
    tab.set_owner("contact", contact_id)
    settle(qtbot, context)
    assert tab.group_ids() == [groups["Clients lyonnais"]]  # Jean lives in Lyon
    # The card reloads its tab on change notices touching the contact.
    context.ops.changed.connect(
        lambda changes, _i: (
            tab.set_owner("contact", contact_id) if changes.touches_contact(contact_id) else None
        )
    )
    tab.add_to_group(groups["Salons"])
    settle(qtbot, context)
    qtbot.waitUntil(lambda: groups["Salons"] in tab.group_ids())
    row = tab.group_ids().index(groups["Clients lyonnais"])
    tab.view.selectRow(row)
    tab.remove_selected()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: tab.group_ids() == [groups["Salons"]])
    with seeded_db.uow() as uow:
        assert [n.id for n in groups_of_contact(uow, contact_id)] == [groups["Salons"]]


def test_contact_list_drags_selected_ids(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    from desktop_crm.ui.contacts.list_view import ContactListView

    view = ContactListView(context)
    qtbot.addWidget(view)
    view.run_lookup()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.model.rowCount() > 3)
    indexes = [view.model.index(r, 0) for r in (0, 2)]
    data = view.model.mimeData(indexes)
    assert data.hasFormat(CONTACT_IDS_MIME)
    from desktop_crm.ui.groups.mime import contact_ids_of

    assert contact_ids_of(data) == [view.model.id_at(0), view.model.id_at(2)]


def test_contacts_of_the_companies_become_members(
    qtbot: QtBot, seeded_db: Database, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_crm.services.contacts.companies import create_company
    from desktop_crm.services.groups.groups import add_companies
    from desktop_crm.storage.models import Contact

    groups = _seed_groups(seeded_db)
    with seeded_db.uow() as uow:
        company = create_company(uow, {"name": "Zéphyr Conseil", "city": "Lyon"})
        workers = lookup_ids(uow, "Roux")[:2]
        for contact_id in workers:
            contact = uow.session.get(Contact, contact_id)
            assert contact is not None
            contact.company_id = company.id
        add_companies(uow, groups["Salons"], [company.id])
        uow.commit()
    view = _view(qtbot, context)
    _select(qtbot, context, view, groups["Salons"])
    assert "1 companies" in view.counts_label.text()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    view.add_company_contacts()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.members_model.rowCount() == 2)
    assert sorted(_members(seeded_db, groups["Salons"])) == sorted(workers)
    assert asked and "2" in asked[0]


def test_a_hidden_view_reloads_when_shown(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    groups = _seed_groups(seeded_db)
    view = _view(qtbot, context)
    view.hide()
    with seeded_db.uow() as uow:
        ids = lookup_ids(uow, "Moreau")[:2]
    context.ops.run(add_members, groups["Salons"], ids)
    settle(qtbot, context)
    assert view.tree_model.members(groups["Salons"]) == 0
    view.show()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.tree_model.members(groups["Salons"]) == 2)


def test_editing_the_query_makes_a_group_dynamic(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    groups = _seed_groups(seeded_db)
    view = _view(qtbot, context)
    _select(qtbot, context, view, groups["Salons"])
    view.edit_query('city = "Nantes"')
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.members_model.rowCount() == 100)
    assert view.query_label.text() == "City is “Nantes”"
    assert view.tree_model.node(groups["Salons"]).is_dynamic  # type: ignore[union-attr]


def test_the_card_groups_tab_follows_its_contact(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    from desktop_crm.ui.contacts.card import ContactCard

    groups = _seed_groups(seeded_db)
    with seeded_db.uow() as uow:
        contact_id = lookup_ids(uow, "Jean Lefèvre")[0]
    card = ContactCard(context)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)
    card.tabs.setCurrentWidget(card.groups_tab)
    settle(qtbot, context)
    tab = card.groups_tab
    assert isinstance(tab, GroupsTab)
    assert tab.group_ids() == [groups["Clients lyonnais"]]
    tab.add_to_group(groups["Salons/Salon Lyon 2026"])
    settle(qtbot, context)
    qtbot.waitUntil(lambda: len(tab.group_ids()) == 2)
    # A group renamed elsewhere is shown under its new name.
    with seeded_db.uow() as uow:
        node = next(n for n in group_tree(uow) if n.name == "Salon Lyon 2026")
    from desktop_crm.services.groups.groups import update_group

    context.ops.run(update_group, node.id, node.version, name="Salon Lyon")
    settle(qtbot, context)
    qtbot.waitUntil(
        lambda: any(
            str(tab.model.index(r, 0).data()).split(" › ")[-1] == "Salon Lyon"
            for r in range(tab.model.rowCount())
        )
    )


def test_history_lists_what_was_sent_to_the_group(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    import datetime as dt

    from desktop_crm.domain.constants import HistoryType
    from desktop_crm.storage.models import History

    groups = _seed_groups(seeded_db)
    lyon = groups["Salons/Salon Lyon 2026"]
    members = _members(seeded_db, lyon)
    with seeded_db.uow() as uow:
        for contact_id in members:
            uow.session.add(
                History(
                    contact_id=contact_id,
                    group_id=lyon,
                    type=HistoryType.LETTER_SENT,
                    occurred_at=dt.datetime(2026, 3, 2, 10, 0),
                    regarding="Invitation au salon",
                )
            )
        uow.commit()
    view = _view(qtbot, context)
    _select(qtbot, context, view, lyon)
    assert view.history_model.rowCount() == 1
    row = [view.history_model.index(0, c).data() for c in range(4)]
    assert row[2:] == ["Invitation au salon", str(len(members))]


def test_a_group_whose_query_cannot_run_shows_broken_and_the_tree_still_loads(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    from desktop_crm.storage.models import Group

    groups = _seed_groups(seeded_db)
    with seeded_db.uow() as uow:
        broken = create_group(uow, "Relance", query_text='in group "Salons"').id
        row = uow.session.get(Group, broken)
        assert row is not None
        row.query_text = 'in group "Gone"'  # as a rename by an older version left it
        uow.commit()
    view = _view(qtbot, context)
    model = view.tree_model
    assert model.index_of(broken, 1).data() == "?"
    assert "Gone" in str(model.index_of(broken).data(Qt.ItemDataRole.ToolTipRole))
    assert int(model.index_of(groups["Clients lyonnais"], 1).data()) == 101
