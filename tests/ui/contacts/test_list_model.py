"""The windowed contact list model and the lookup box."""

from __future__ import annotations

from array import array

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.services.contacts import lookup
from desktop_crm.storage.uow import Database
from desktop_crm.ui.contacts.list_model import MAX_PAGES, PAGE_SIZE, ContactListModel
from desktop_crm.ui.contacts.list_view import ContactListView

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _model(db: Database) -> tuple[ContactListModel, list[int]]:
    fetched: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        fetched.append(len(ids))
        with db.uow(write=False) as uow:
            return lookup.fetch_rows(uow, ids)

    return ContactListModel(fetch), fetched


def test_model_passes_the_model_tester(qtbot, seeded_db: Database) -> None:
    model, _ = _model(seeded_db)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    with seeded_db.uow(write=False) as uow:
        model.set_ids(lookup.lookup_ids(uow, ""))
    assert model.rowCount() == 301
    assert model.data(model.index(0, 0)) == "Bernard"
    assert model.data(model.index(0, 0), ContactListModel.ID_ROLE) == model.id_at(0)
    model.set_ids(array("q"))
    assert model.rowCount() == 0


def test_rows_are_loaded_by_pages_and_evicted(qtbot, seeded_db: Database) -> None:
    model, fetched = _model(seeded_db)
    # A large id list (mostly missing ids) exercises paging without a large database.
    model.set_ids(array("q", range(1, (MAX_PAGES + 5) * PAGE_SIZE)))
    model.data(model.index(0, 0))
    model.data(model.index(5, 1))
    assert fetched == [PAGE_SIZE]
    last = model.rowCount() - 1
    model.data(model.index(last, 0))
    assert len(fetched) == 2
    for page in range(MAX_PAGES + 3):
        model.data(model.index(page * PAGE_SIZE, 0))
    assert model.cached_pages() == MAX_PAGES
    assert model.data(model.index(last, 0)) == "(deleted)"


def test_phone_lookup_and_accents_through_the_view(qtbot, seeded_db: Database, settings) -> None:
    view = ContactListView(seeded_db, settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.lookup_finished):
        view.run_lookup()
    assert view.model.rowCount() == 301
    with qtbot.waitSignal(view.lookup_finished) as blocker:
        qtbot.keyClicks(view.lookup_edit, "lefevre jean")
    assert blocker.args == ["lefevre jean", 1]
    assert view.model.data(view.model.index(0, 1)) == "Jean"
    with qtbot.waitSignal(view.lookup_finished) as blocker:
        view.lookup_edit.setText("0612")
    assert blocker.args[1] == 1
    assert view.model.data(view.model.index(0, 4)) == "06 12 34 56 78"


def test_sorting_and_navigation(qtbot, seeded_db: Database, settings) -> None:
    view = ContactListView(seeded_db, settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.lookup_finished):
        view.run_lookup()
    first_by_name = view.model.data(view.model.index(0, 0))
    with qtbot.waitSignal(view.lookup_finished):
        view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert first_by_name == "Bernard"
    assert view.model.data(view.model.index(0, 0)) == "Roux"
    assert view.move("last") == view.model.id_at(300)
    assert view.position() == (301, 301)
    view.move("previous")
    assert view.position()[0] == 300
    view.move("first")
    assert view.position()[0] == 1


def test_multi_select_and_column_chooser(qtbot, seeded_db: Database, settings) -> None:
    view = ContactListView(seeded_db, settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.lookup_finished):
        view.run_lookup()
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(2, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(view.selected_ids()) == 2
    actions = view.column_actions()
    email = next(a for a in actions if a.text() == "E-mail")
    column = view.model.columns.index("email")
    email.setChecked(False)
    assert view.table.horizontalHeader().isSectionHidden(column)
    view.save_layout()
    again = ContactListView(seeded_db, settings)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(column)


def test_long_results_show_the_first_page_before_all_ids(
    qtbot, seeded_db: Database, settings, monkeypatch
) -> None:
    from desktop_crm.ui.contacts import list_view

    with seeded_db.uow(write=False) as uow:
        all_ids = lookup.lookup_ids(uow, "")
    model, _ = _model(seeded_db)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    asked: list[tuple[int, int]] = []

    def page_ids(offset: int, limit: int):  # type: ignore[no-untyped-def]
        asked.append((offset, limit))
        with seeded_db.uow(write=False) as uow:
            return lookup.lookup_ids(uow, "", offset=offset, limit=limit)

    model.set_partial(all_ids[:PAGE_SIZE], len(all_ids), page_ids)
    assert model.rowCount() == 301 and not model.is_complete()
    assert model.id_at(300) == all_ids[300]  # past the prefix: fetched by position
    assert asked == [(PAGE_SIZE, PAGE_SIZE)]
    assert model.data(model.index(300, 1)) is not None
    model.complete(all_ids)
    assert model.is_complete() and model.id_at(300) == all_ids[300]

    monkeypatch.setattr(list_view, "STAGED_ABOVE", 50)
    view = ContactListView(seeded_db, settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.lookup_finished) as blocker:
        view.run_lookup()
    assert blocker.args == ["", 301]
    qtbot.waitUntil(view.model.is_complete)
    assert list(view.model.ids()) == list(all_ids)
