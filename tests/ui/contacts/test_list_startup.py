"""What start-up asks of the contact list: one lookup (not two), cells answered cheaply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractTableModel, Qt

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.list_model import ContactListModel
from desktop_crm.ui.contacts.list_view import ContactListView
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _sorted_by_city(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    """A previous session's header: sorted by city, descending."""
    view = ContactListView(context)
    qtbot.addWidget(view)
    column = view.model.columns.index("city")
    view.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    settle(qtbot, context)
    view.save_layout()
    context.settings.sync()


def test_a_restored_sort_runs_no_lookup_before_the_first_one(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    _sorted_by_city(qtbot, context)
    lookups: list[tuple[str, bool]] = []
    view = ContactListView(context)
    qtbot.addWidget(view)
    # The sort comes back from the settings without a lookup of its own (start-up runs one).
    assert (view.model.sort_field, view.model.sort_descending) == ("city", True)
    assert not context.ops.is_busy()
    view.lookup_finished.connect(lambda text, _count: lookups.append((text, True)))
    view.run_lookup()
    settle(qtbot, context)
    assert lookups == [("", True)]
    cities = [
        view.model.data(view.model.index(r, view.model.columns.index("city"))) for r in (0, 1)
    ]
    assert cities[0] >= cities[1]  # still sorted as saved


def test_cells_answer_only_the_roles_they_serve(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    model = ContactListModel(context.ops)
    assert model.flags(model.index(0, 0)) == Qt.ItemFlag.NoItemFlags  # no rows yet
    view = ContactListView(context)
    qtbot.addWidget(view)
    view.run_lookup()
    settle(qtbot, context)
    index = view.model.index(0, 0)
    assert view.model.data(index) == "Bernard"
    assert view.model.data(index, Qt.ItemDataRole.ToolTipRole) is None
    assert view.model.data(index, ContactListModel.ID_ROLE) == view.model.id_at(0)
    # Qt's own flags (no Python call per painted cell): the list starts its drags itself.
    assert view.model.flags(index) & Qt.ItemFlag.ItemIsSelectable
    assert type(view.model).flags is ContactListModel.flags is QAbstractTableModel.flags


def test_paging_reads_the_next_page_ahead(qtbot, seeded_db: Database, context: AppContext) -> None:
    """A row near a page's end asks for the next page without a paint waiting for it."""
    from array import array

    from desktop_crm.ui.contacts.list_model import PAGE_SIZE, READ_AHEAD_ROWS

    model = ContactListModel(context.ops)
    # Ids past the 301 contacts are missing rows: paging needs no large database.
    model.set_ids(array("q", range(1, 3 * PAGE_SIZE + 1)))
    model.data(model.index(0, 0))
    settle(qtbot, context)
    assert model.cached_pages() == 1
    model.data(model.index(PAGE_SIZE - READ_AHEAD_ROWS - 1, 0))  # not near the edge yet
    assert model.loading_pages() == 0 and not context.ops.is_busy()
    model.data(model.index(PAGE_SIZE - 1, 0))  # near the edge: page 1 read ahead
    assert model.loading_pages() == 0  # nothing on screen waits for it
    settle(qtbot, context)
    assert model.cached_pages() == 2
    assert model.data(model.index(PAGE_SIZE, 0)) is not None  # its rows are there
    model.data(model.index(3 * PAGE_SIZE - 1, 0))  # the last page, read for the paint
    assert model.loading_pages() == 1
    settle(qtbot, context)
    model.data(model.index(3 * PAGE_SIZE - 1, 0))  # near its end: nothing beyond to read
    assert model.loading_pages() == 0 and not context.ops.is_busy()


def test_a_deferred_opening_shows_the_first_rows_then_the_card_then_loads_the_rest(
    qtbot, seeded_db: Database, tmp_path
) -> None:
    """Start-up on an up-to-date file: the first page comes from the first-read connection,
    the table paints it, and only then are the card built and the opening finished (SQLAlchemy
    loads then, on the database thread): the card shows the first contact."""
    from desktop_crm.services.first_start import deferred_database, prepare_first_read
    from desktop_crm.ui.contacts.workspace import ContactWorkspace
    from desktop_crm.ui.main_window import MainWindow
    from tests.ui.conftest import make_context

    seeded_db.dispose()
    db = deferred_database(seeded_db.url)
    assert db is not None and prepare_first_read(db)
    context = make_context(db, tmp_path)
    seen: list[tuple[str, bool, bool]] = []  # (what, rows painted, opening released)

    def note(what: str) -> None:
        workspace = window.built_contacts()
        painted = workspace is not None and workspace.list.first_rows.painted
        seen.append((what, painted, db.opening_gate.is_set()))

    original_show_first = ContactWorkspace._show_first

    def show_first(self: ContactWorkspace, contact_id: int) -> None:
        note("card")
        original_show_first(self, contact_id)

    window = MainWindow(context)
    qtbot.addWidget(window)
    workspace = window.contacts()
    workspace._show_first = show_first.__get__(workspace)  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: db.opening_gate.is_set(), timeout=10000)
    note("released")
    qtbot.waitUntil(lambda: workspace.card.showing_id() is not None, timeout=10000)
    settle(qtbot, context)
    assert db.first_read_answered and db.first_reader is None  # read first, then finished
    assert seen[0][:2] == ("card", True)  # the card is built after the rows' paint
    assert ("released", True, True) in seen  # and so is the rest of the opening released
    assert workspace.card.showing_id() == workspace.list.model.id_at(0)
    context.ops.wait()
    db.dispose()


def test_at_start_up_the_card_reads_its_contact_before_the_rest_of_the_opening_loads(
    qtbot, seeded_db: Database, tmp_path, monkeypatch
) -> None:
    """After the rows' paint the card is built, asks for the first contact and shows it, read
    by the first-read connection; the rest of the opening (SQLAlchemy on the database thread,
    holding the GIL) goes on after: the two no longer share the processor meanwhile."""
    from desktop_crm.services.first_start import deferred_database, prepare_first_read
    from desktop_crm.ui.common import operations
    from desktop_crm.ui.contacts.workspace import ContactWorkspace
    from desktop_crm.ui.main_window import MainWindow
    from tests.ui.conftest import make_context

    # The runner's limit on the wait (1.5 s) out of the way: only the card lets it go here.
    monkeypatch.setattr(operations, "OPENING_WAIT_MS", 600_000)
    seeded_db.dispose()
    db = deferred_database(seeded_db.url)
    assert db is not None and prepare_first_read(db)
    context = make_context(db, tmp_path)
    seen: dict[str, tuple[bool, int | None]] = {}  # when: (opening released, contact asked)
    original_show_first = ContactWorkspace._show_first

    def show_first(self: ContactWorkspace, contact_id: int) -> None:
        seen["card built"] = (db.opening_gate.is_set(), None)
        original_show_first(self, contact_id)
        seen["card asked"] = (db.opening_gate.is_set(), self.card.showing_id())
        self.card.contact_shown.connect(
            lambda _id: seen.setdefault("card shown", (db.opening_gate.is_set(), _id))
        )

    window = MainWindow(context)
    qtbot.addWidget(window)
    workspace = window.contacts()
    workspace._show_first = show_first.__get__(workspace)  # type: ignore[method-assign]
    window.show()
    # (not ``workspace.card``: that builds the card)
    qtbot.waitUntil(lambda: "card shown" in seen and db.opening_gate.is_set(), timeout=10000)
    settle(qtbot, context)
    first = workspace.list.model.id_at(0)
    assert seen["card built"] == (False, None)  # built before the opening goes on
    assert seen["card asked"] == (False, first)  # its contact asked for before it too
    # ...and shown before it: read by the first-read connection (SQLAlchemy not needed)
    assert seen["card shown"] == (False, first)
    assert db.opening_gate.is_set()  # released right after
    assert workspace.card.contact.id == first
    context.ops.wait()
    db.dispose()


def test_another_contact_chosen_while_the_opening_is_held_is_shown_at_once(
    qtbot, seeded_db: Database, tmp_path, monkeypatch
) -> None:
    """A row clicked before the card has drawn its first contact (the opening held for it)
    is read the first-read way too: queued, it would wait behind the held opening (and the
    card would stay blank until the hold's time limit)."""
    from desktop_crm.services.contacts import list_data
    from desktop_crm.ui.contacts.card import ContactCard
    from tests.ui.conftest import opening_after_first_page

    db, context, start = opening_after_first_page(qtbot, seeded_db, tmp_path, monkeypatch)
    let_go = context.ops.hold_opening()  # the card has not drawn its first contact yet
    context.ops.release_opening()  # the rows painted: the opening still waits for the card
    card = ContactCard(context)  # its own reads (pick lists...) queue behind the opening
    qtbot.addWidget(card)
    assert isinstance(start, list_data.LookupStart) and len(start.ids) > 1
    chosen = start.ids[1]  # (not the first row: another contact)
    with qtbot.waitSignal(card.contact_shown, timeout=10000):
        card.show_contact(chosen)  # as a click on the list does (not urgent by itself)
    assert card.contact is not None and card.contact.id == chosen
    assert not db.opening_gate.is_set() and db.first_reader is not None  # still held
    let_go()
    settle(qtbot, context)
    assert db.opening_gate.is_set() and db.first_reader is None
    db.dispose()
