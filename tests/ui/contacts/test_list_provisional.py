"""The contact list's provisional count: all contacts of a large file show their first page
with the span of the ids as the count (no ``count(*)`` before the first page, 186 ms on a
cold 1M file), and the exact count follows. ``STAGED_ABOVE`` is lowered so that a file of
601 contacts is "large"; deleting every other one makes the span over-estimate (601 for 301)."""

from __future__ import annotations

from array import array
from collections.abc import Callable

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.services.contacts import list_data, lookup
from desktop_crm.services.contacts.lookup import ContactRow
from desktop_crm.services.contacts.records import bulk_insert_contacts, delete_contact
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.contacts.list_model import PAGE_SIZE, ContactListModel, PageQuery
from desktop_crm.ui.contacts.list_view import ContactListView
from desktop_crm.ui.contacts.workspace import ContactWorkspace
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _all_ids(db: Database, text: str = "") -> array[int]:
    with db.uow(write=False) as uow:
        return lookup.lookup_ids(uow, text)


def _span(db: Database) -> int:
    with db.uow(write=False) as uow:
        return lookup.estimate_contacts(uow)


SPAN, EXACT = 601, 301


@pytest.fixture
def holed_db(seeded_db: Database) -> Database:
    """The seeded file (301 contacts) and 300 more, every other one deleted (the lowest and
    highest ids kept): the id span says 601, the file holds 301."""
    more = [{"last_name": f"Zed{i:03d}", "city": "Brest"} for i in range(300)]
    with seeded_db.uow() as uow:
        bulk_insert_contacts(uow, more)
        uow.commit()
    ids = sorted(_all_ids(seeded_db))
    with seeded_db.uow() as uow:
        for contact_id in ids[1:-1:2]:
            delete_contact(uow, contact_id)
        uow.commit()
    return seeded_db


@pytest.fixture
def staged(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_crm.ui.contacts import list_view

    monkeypatch.setattr(list_view, "STAGED_ABOVE", 50)


def _shown_texts(view: ContactListView) -> list[object]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


@pytest.mark.usefixtures("staged")
def test_all_contacts_show_a_provisional_count_then_the_exact_one(
    qtbot, holed_db: Database, context: AppContext
) -> None:
    exact = len(_all_ids(holed_db))
    assert exact == EXACT and _span(holed_db) == SPAN
    view = ContactListView(context)
    qtbot.addWidget(view)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    shown: list[tuple[int, bool, str]] = []
    view.lookup_finished.connect(
        lambda _t, count: shown.append((count, view.model.is_exact(), view.count_label.text()))
    )
    with qtbot.waitSignal(view.count_settled) as settled:
        view.run_lookup()
    # First: the first page with the span as a count, said to be provisional.
    count, was_exact, label = shown[0]
    assert count == -SPAN and not was_exact
    assert "≈" in label and str(SPAN) in label and "counting" in label
    # Then the exact count: the phantom rows past the real end are gone.
    assert settled.args == ["", EXACT]
    assert view.model.rowCount() == EXACT and view.model.is_exact()
    assert view.count_label.text() == f"{EXACT} contact(s)"
    assert view.position() == (1, EXACT)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: None not in _shown_texts(view))  # every row read, none blank
    assert "(deleted)" not in _shown_texts(view)
    assert list(view.model.ids()) == list(_all_ids(holed_db))


def test_a_page_read_past_the_real_end_settles_the_count(
    qtbot, holed_db: Database, context: AppContext
) -> None:
    """Jump to the end before the full id list arrived: the last page of the estimate is
    read by position, finds nothing, and brings the exact count."""
    all_ids = _all_ids(holed_db)
    model = ContactListModel(context.ops)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    settled: list[int] = []
    model.count_settled.connect(settled.append)
    query = PageQuery("", "last_name", False)
    model.set_partial(all_ids[:PAGE_SIZE], SPAN, query, exact=False)
    assert model.rowCount() == SPAN and not model.is_exact()
    assert model.id_at(SPAN - 1) is None  # past the known ids: read by position
    settle(qtbot, context)
    assert settled == [EXACT]
    assert model.rowCount() == EXACT and model.is_exact()
    assert model.id_at(EXACT - 1) is None  # the real last page, by position, comes next
    settle(qtbot, context)
    assert model.id_at(EXACT - 1) == all_ids[-1]
    assert model.data(model.index(EXACT - 1, 0)) not in (None, "(deleted)")
    assert model.complete(all_ids) and model.is_complete()


@pytest.mark.usefixtures("staged")
def test_jump_to_the_end_before_the_exact_count(
    qtbot, holed_db: Database, context: AppContext
) -> None:
    all_ids = _all_ids(holed_db)
    view = ContactListView(context)
    qtbot.addWidget(view)
    view.show()
    moved: list[int | None] = []
    # At once, while the count is provisional (before the full id list is even asked for).
    view.lookup_finished.connect(lambda _t, _c: moved.append(view.move("last")))
    with qtbot.waitSignal(view.count_settled):
        view.run_lookup()
    settle(qtbot, context)
    qtbot.waitUntil(view.model.is_complete)
    assert moved == [None]  # row 301 of the estimate: not read yet
    assert view.model.rowCount() == EXACT
    assert view.current_id() == all_ids[-1]  # on the real last contact
    assert view.position() == (EXACT, EXACT)
    assert view.model.data(view.model.index(EXACT - 1, 0)) not in (None, "(deleted)")


@pytest.mark.usefixtures("staged")
def test_a_lookup_typed_while_the_count_runs_wins(
    qtbot, holed_db: Database, context: AppContext
) -> None:
    view = ContactListView(context)
    qtbot.addWidget(view)
    counts: list[tuple[str, int]] = []
    view.lookup_finished.connect(lambda text, count: counts.append((text, count)))
    view.count_settled.connect(lambda text, count: counts.append((text, count)))

    def type_a_lookup(text: str, count: int) -> None:
        if text == "" and count < 0:  # still provisional: the user types
            view.lookup_edit.setText("lef")
            view.run_lookup()

    view.lookup_finished.connect(type_a_lookup)
    view.run_lookup()
    qtbot.waitUntil(lambda: bool(counts) and counts[-1][0] == "lef")
    settle(qtbot, context)
    expected = _all_ids(holed_db, "lef")
    assert counts[0] == ("", -SPAN)
    assert counts[-1] == ("lef", len(expected))
    assert ("", EXACT) not in counts  # the superseded lookup never settled over the new one
    assert view.model.is_exact() and list(view.model.ids()) == list(expected)
    assert view.count_label.text() == f"{len(expected)} contact(s)"


@pytest.mark.usefixtures("staged")
def test_the_status_and_card_position_follow_the_count(
    qtbot, holed_db: Database, context: AppContext
) -> None:
    workspace = ContactWorkspace(context)
    qtbot.addWidget(workspace)
    statuses: list[tuple[str, int]] = []
    workspace.status_changed.connect(lambda text, count: statuses.append((text, count)))
    workspace.start()
    qtbot.waitUntil(lambda: ("", EXACT) in statuses)
    settle(qtbot, context)
    assert statuses[0] == ("", -SPAN)  # provisional first
    assert statuses[-1] == ("", EXACT)
    assert workspace.status() == ("", EXACT)
    qtbot.waitUntil(lambda: workspace.card.position_label.text() != "")
    assert workspace.card.position_label.text() == f"1 of {EXACT}"


def test_count_text_marks_a_provisional_count() -> None:
    assert count_text(151) == "151"
    assert count_text(0) == "0"
    provisional = count_text(-1_000_000)
    assert provisional.startswith("≈ ") and provisional != "≈ 1000000"  # grouped digits


def _page_rows(db: Database, ids: array[int]) -> dict[int, ContactRow]:
    with db.uow(write=False) as uow:
        return dict(list_data.fetch_page(uow, ids, "", "last_name", False).rows)


def _add_first_contact(db: Database) -> None:
    """Another client adds a contact that sorts first: every row below moves down one."""
    with db.uow() as uow:
        bulk_insert_contacts(uow, [{"last_name": "Aaaa", "city": "Brest"}])
        uow.commit()


@pytest.mark.parametrize("exact", [False, True])
def test_the_full_list_is_refused_when_the_rows_shown_moved(
    qtbot, holed_db: Database, context: AppContext, exact: bool
) -> None:
    """A contact created between the first page and the full id list shifts the rows: the
    model must not take the new ids under the rows shown (row 0 would show "(deleted)", the
    selected row another contact)."""
    before = _all_ids(holed_db)
    head = before[:PAGE_SIZE]
    model = ContactListModel(context.ops)
    query = PageQuery("", "last_name", False)
    total = SPAN if not exact else EXACT
    model.set_partial(head, total, query, _page_rows(holed_db, head), exact=exact)
    if exact:  # same length: one contact gone at the end, one added at the start
        with holed_db.uow() as uow:
            delete_contact(uow, before[-1])
            uow.commit()
    _add_first_contact(holed_db)
    after = _all_ids(holed_db)
    assert after[0] != before[0] and after[1] == before[0]
    assert not model.complete(after)  # nothing changed: the caller reads the list again
    assert model.id_at(0) == before[0] and model.is_exact() == exact
    assert model.data(model.index(0, 0)) not in (None, "(deleted)")
    assert model.complete(before)  # the list the rows shown came from fits
    assert model.is_exact() and model.rowCount() == EXACT


def _hold_full_ids(monkeypatch: pytest.MonkeyPatch, qtbot) -> Callable[[], None]:
    """Keep the full id list back (the count stays provisional) until the returned call.

    The list asks for it from a zero-delay timer after the first page: the call first waits
    for that request, else releasing before it is made would hold it forever."""
    held: list[tuple[ContactListView, tuple[object, ...]]] = []
    real = ContactListView._read_all_ids
    monkeypatch.setattr(
        ContactListView, "_read_all_ids", lambda self, *args: held.append((self, args))
    )

    def release() -> None:
        qtbot.waitUntil(lambda: bool(held))
        for view, args in held:
            real(view, *args)  # type: ignore[arg-type]

    return release


@pytest.mark.usefixtures("staged")
def test_the_card_follows_a_jump_to_the_end_while_the_count_is_provisional(
    qtbot, holed_db: Database, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End while "≈ 601": the last row's contact is not known yet; the card must show it
    once its page (or the full id list) tells who it is, not stay on the first contact."""
    release = _hold_full_ids(monkeypatch, qtbot)
    all_ids = _all_ids(holed_db)
    workspace = ContactWorkspace(context)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.start()
    qtbot.waitUntil(lambda: workspace._card is not None and workspace.card.showing_id())
    settle(qtbot, context)
    view = workspace.list
    assert not view.model.is_exact() and workspace.card.showing_id() == all_ids[0]
    assert view.move("last") is None  # row 601 of the estimate: not known yet
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current_id() is not None)
    settle(qtbot, context)
    assert view.model.rowCount() == EXACT  # settled by the page read past the real end
    assert view.current_id() == all_ids[-1]
    assert workspace.card.showing_id() == all_ids[-1]
    release()
    qtbot.waitUntil(view.model.is_complete)
    settle(qtbot, context)
    assert view.current_id() == all_ids[-1] == workspace.card.showing_id()


@pytest.mark.usefixtures("staged")
def test_the_card_follows_once_the_full_list_tells_the_current_contact(
    qtbot, holed_db: Database, context: AppContext
) -> None:
    """A row past the known ids made current, its page not read yet: the full id list
    names its contact, and the list tells it (``current_changed``)."""
    all_ids = _all_ids(holed_db)
    view = ContactListView(context)
    qtbot.addWidget(view)
    view.show()
    told: list[int] = []
    view.current_changed.connect(told.append)
    view.model.set_partial(
        all_ids[:PAGE_SIZE], EXACT, PageQuery("", "last_name", False), exact=True
    )
    view.select_row(EXACT - 1)  # its page is asked for: the full list arrives first
    assert view.current_id() is None and told == []
    view._staged = True
    view._on_lookup_done("", all_ids)
    assert told == [all_ids[-1]] and view.current_id() == all_ids[-1]
    settle(qtbot, context)
    assert told == [all_ids[-1]]  # the late page does not tell it twice


@pytest.mark.usefixtures("staged")
def test_the_contact_chosen_while_counting_stays_selected_when_the_list_changed(
    qtbot, holed_db: Database, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The full id list does not fit the rows shown (another client added a contact): the
    list is shown again, on the contact the user chose meanwhile, not on the first row."""
    release = _hold_full_ids(monkeypatch, qtbot)
    view = ContactListView(context)
    qtbot.addWidget(view)
    view.show()
    view.lookup_edit.setText("brest")  # counted (exact), more than 50: staged
    view.run_lookup()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    settle(qtbot, context)
    assert view.is_looking_up()  # the full id list is held back
    view.select_row(5)
    chosen = view.current_id()
    assert chosen is not None and chosen != view.model.id_at(0)
    _add_first_contact(holed_db)
    told: list[int] = []
    view.current_changed.connect(told.append)
    release()
    qtbot.waitUntil(lambda: not view.is_looking_up())
    settle(qtbot, context)
    assert list(view.model.ids()) == list(_all_ids(holed_db, "brest"))  # read again
    assert view.current_id() == chosen
    assert view.model.row_of(chosen) == 6
    assert set(told) <= {chosen}
