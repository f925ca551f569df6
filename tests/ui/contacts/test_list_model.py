"""The windowed contact list model and the lookup box."""

from __future__ import annotations

from array import array

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.services.contacts import lookup
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.list_model import MAX_PAGES, PAGE_SIZE, ContactListModel, PageQuery
from desktop_crm.ui.contacts.list_view import ContactListView
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _all_ids(db: Database, text: str = "") -> array[int]:
    with db.uow(write=False) as uow:
        return lookup.lookup_ids(uow, text)


def _loaded(qtbot, context: AppContext, model: ContactListModel, row: int, column: int = 0):  # type: ignore[no-untyped-def]
    """Ask for a cell (a page read is queued when needed), wait, and ask again."""
    model.data(model.index(row, column))
    settle(qtbot, context)
    return model.data(model.index(row, column))


def test_model_passes_the_model_tester(qtbot, seeded_db: Database, context: AppContext) -> None:
    model = ContactListModel(context.ops)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_ids(_all_ids(seeded_db))
    assert model.rowCount() == 301
    assert model.data(model.index(0, 0)) is None  # not read yet: blank, never SQL here
    with qtbot.waitSignal(model.dataChanged) as blocker:
        settle(qtbot, context)
    first, last = blocker.args[0], blocker.args[1]
    assert (first.row(), last.row(), last.column()) == (0, PAGE_SIZE - 1, len(model.columns) - 1)
    assert model.data(model.index(0, 0)) == "Bernard"
    assert model.data(model.index(0, 0), ContactListModel.ID_ROLE) == model.id_at(0)
    model.set_ids(array("q"))
    assert model.rowCount() == 0


def test_rows_are_loaded_by_pages_and_evicted(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    model = ContactListModel(context.ops)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    # A large id list (mostly missing ids) exercises paging without a large database.
    model.set_ids(array("q", range(1, (MAX_PAGES + 5) * PAGE_SIZE)))
    model.data(model.index(0, 0))
    model.data(model.index(5, 1))
    assert model.loading_pages() == 1  # one page asked for, once
    settle(qtbot, context)
    assert model.cached_pages() == 1 and model.loading_pages() == 0
    last = model.rowCount() - 1
    assert _loaded(qtbot, context, model, last) == "(deleted)"
    assert model.cached_pages() == 2
    for page in range(MAX_PAGES + 3):
        model.data(model.index(page * PAGE_SIZE, 0))
    settle(qtbot, context)
    assert model.cached_pages() == MAX_PAGES
    assert model.data(model.index(last, 0)) is None  # evicted: read again when painted
    assert _loaded(qtbot, context, model, last) == "(deleted)"


def test_an_updated_contact_refreshes_only_its_page(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    from desktop_crm.services.contacts.records import get_contact, update_contact

    model = ContactListModel(context.ops)
    ids = _all_ids(seeded_db)
    model.set_ids(ids)
    assert _loaded(qtbot, context, model, 0, 6) is not None
    _loaded(qtbot, context, model, 300, 6)
    assert model.cached_pages() == 2
    target = int(ids[0])
    view = seeded_db.read(get_contact, target)
    seeded_db.run(update_contact, target, view.version, {"city": "Grenoble"})
    assert model.refresh_ids([target]) == 1  # the first page only, not the one at row 300
    assert model.data(model.index(0, 6)) != "Grenoble"  # old value until the page arrives
    settle(qtbot, context)
    assert model.data(model.index(0, 6)) == "Grenoble"


def test_phone_lookup_and_accents_through_the_view(qtbot, context: AppContext) -> None:
    view = ContactListView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.lookup_finished):
        view.run_lookup()
    assert view.model.rowCount() == 301
    with qtbot.waitSignal(view.lookup_finished) as blocker:
        qtbot.keyClicks(view.lookup_edit, "lefevre jean")
    assert blocker.args == ["lefevre jean", 1]
    assert _loaded(qtbot, context, view.model, 0, 1) == "Jean"
    with qtbot.waitSignal(view.lookup_finished) as blocker:
        view.lookup_edit.setText("0612")
    assert blocker.args[1] == 1
    assert _loaded(qtbot, context, view.model, 0, 4) == "06 12 34 56 78"


def test_sorting_and_navigation(qtbot, context: AppContext) -> None:
    view = ContactListView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.lookup_finished):
        view.run_lookup()
    first_by_name = _loaded(qtbot, context, view.model, 0)
    with qtbot.waitSignal(view.lookup_finished):
        view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert first_by_name == "Bernard"
    assert _loaded(qtbot, context, view.model, 0) == "Roux"
    assert view.move("last") == view.model.id_at(300)
    assert view.position() == (301, 301)
    view.move("previous")
    assert view.position()[0] == 300
    view.move("first")
    assert view.position()[0] == 1


def test_multi_select_and_column_chooser(qtbot, context: AppContext) -> None:
    view = ContactListView(context)
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
    again = ContactListView(context)
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().isSectionHidden(column)


def test_long_results_show_the_first_page_before_all_ids(
    qtbot, seeded_db: Database, context: AppContext, monkeypatch
) -> None:
    from desktop_crm.ui.contacts import list_view

    all_ids = _all_ids(seeded_db)
    model = ContactListModel(context.ops)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_partial(all_ids[:PAGE_SIZE], len(all_ids), PageQuery("", "last_name", False))
    assert model.rowCount() == 301 and not model.is_complete()
    assert model.id_at(300) is None  # past the prefix: read by position, off the GUI thread
    settle(qtbot, context)
    assert model.id_at(300) == all_ids[300]
    assert model.data(model.index(300, 1)) is not None
    model.complete(all_ids)
    assert model.is_complete() and model.id_at(300) == all_ids[300]

    monkeypatch.setattr(list_view, "STAGED_ABOVE", 50)
    view = ContactListView(context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.count_settled) as settled:
        with qtbot.waitSignal(view.lookup_finished) as blocker:
            view.run_lookup()
        assert blocker.args == ["", -301]  # all contacts: the id span first, provisional
    assert settled.args == ["", 301]
    qtbot.waitUntil(view.model.is_complete)
    assert list(view.model.ids()) == list(all_ids)
