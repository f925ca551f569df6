"""The contact list's provisional count: all contacts of a large file show their first page
with the span of the ids as the count (no ``count(*)`` before the first page, 186 ms on a
cold 1M file), and the exact count follows. ``STAGED_ABOVE`` is lowered so that a file of
601 contacts is "large"; deleting every other one makes the span over-estimate (601 for 301)."""

from __future__ import annotations

from array import array

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.services.contacts import lookup
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
