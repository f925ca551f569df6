"""Change notices: merging, what they touch, and their one-line description."""

from __future__ import annotations

from desktop_crm.domain.changes import NO_CHANGES, ChangeCollector, Changes, OpResult


def test_empty_notice_is_false_and_describes_nothing() -> None:
    assert not NO_CHANGES
    assert NO_CHANGES.describe() == "nothing"
    assert not NO_CHANGES.touches("contact")
    assert not NO_CHANGES.touches_contact(1)
    assert OpResult(3).changes == NO_CHANGES


def test_ids_touches_and_touches_contact() -> None:
    changes = Changes(
        frozenset({("contact", "updated", 12), ("history", "created", 3)}),
        frozenset({12}),
    )
    assert changes
    assert changes.ids("contact") == {12}
    assert changes.ids("contact", "created") == frozenset()
    assert changes.ids("history", "created", "deleted") == {3}
    assert changes.touches("history") and changes.touches("note", "contact")
    assert not changes.touches("activity")
    assert changes.touches_contact(12)
    assert not changes.touches_contact(13) and not changes.touches_contact(None)
    assert changes.kinds() == {"contact", "history"}


def test_bulk_kinds_are_touched_and_bulk_contacts_touch_every_contact() -> None:
    bulk = Changes(bulk=frozenset({"activity"}))
    assert bulk and bulk.touches("activity") and bulk.ids("activity") == frozenset()
    assert not bulk.touches_contact(5)
    assert Changes(bulk=frozenset({"contact"})).touches_contact(5)


def test_merged_unites_records_contacts_and_bulk() -> None:
    first = Changes(frozenset({("contact", "updated", 1)}), frozenset({1}))
    second = Changes(frozenset({("note", "created", 7)}), frozenset({2}), frozenset({"history"}))
    both = first.merged(second)
    assert both.records == first.records | second.records
    assert both.contacts == {1, 2}
    assert both.bulk == {"history"}
    assert first.merged(NO_CHANGES) == first


def test_describe_is_sorted_and_names_bulk_kinds() -> None:
    changes = Changes(
        frozenset({("history", "created", 3), ("contact", "updated", 12)}),
        bulk=frozenset({"picklist_item"}),
    )
    assert changes.describe() == "contact 12 updated; history 3 created; picklist_item (bulk)"


def test_collector_notes_are_precise_and_win_over_bulk() -> None:
    collector = ChangeCollector()
    collector.bulk.update({"history", "activity"})
    collector.note("history", "created", [4, 5], contact_ids=[9])
    frozen = collector.frozen()
    assert frozen.ids("history", "created") == {4, 5}
    assert frozen.bulk == {"activity"}  # history was said precisely
    assert frozen.contacts == {9}
    collector.add("contact", "deleted", [9, 10])
    assert collector.frozen().contacts == {9, 10}
    collector.clear()
    assert not collector.frozen()
