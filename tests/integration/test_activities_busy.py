"""Today's list with the overdue backlog, the type filter of the calendar, and moving one
occurrence of a recurring activity — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.agenda import Due, TaskFilter, calendar_items, task_list
from desktop_crm.services.activities.occurrences import move_occurrence, move_series
from desktop_crm.services.activities.records import ActivityInput, get_activity, schedule_activity
from desktop_crm.storage.uow import Database

NOW = dt.datetime(2026, 12, 2, 10, 0)  # a Wednesday
CLOCK = FixedClock(NOW)


def _plan(db: Database, kind: str, start: dt.datetime, **extra: object) -> int:
    data = ActivityInput(type=kind, start_at=start, duration_min=30, **extra)  # type: ignore[arg-type]
    return db.run(schedule_activity, data).value.id  # type: ignore[union-attr]


def test_today_with_overdue(db: Database) -> None:
    late = _plan(db, "call", NOW - dt.timedelta(days=5))
    late_todo = _plan(db, "todo", NOW - dt.timedelta(days=1), timeless=True)
    today = _plan(db, "call", NOW + dt.timedelta(hours=3))
    _plan(db, "call", NOW + dt.timedelta(days=1))  # tomorrow: never in today's list
    plain = db.read(task_list, TaskFilter(due=Due.TODAY), clock=CLOCK)
    assert [r.id for r in plain] == [today]
    with_late = db.read(task_list, TaskFilter(due=Due.TODAY, include_overdue=True), clock=CLOCK)
    assert [r.id for r in with_late] == [late, late_todo, today]
    assert [r.overdue for r in with_late] == [True, True, False]
    # "All dates" already lists the late ones: the flag changes nothing there.
    everything = db.read(task_list, TaskFilter(due=Due.ALL, include_overdue=True), clock=CLOCK)
    assert len(everything) == 4


def test_calendar_type_filter(db: Database) -> None:
    _plan(db, "call", NOW)
    meeting = _plan(db, "meeting", NOW)
    start, end = dt.datetime(2026, 11, 30), dt.datetime(2026, 12, 7)
    items = db.read(calendar_items, start, end, types=("meeting",))
    assert [i.activity_id for i in items] == [meeting]


def _starts(db: Database) -> list[dt.datetime]:
    items = db.read(calendar_items, dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 31))
    return sorted(i.start for i in items)


def test_move_one_occurrence_then_the_series(db: Database) -> None:
    weekly = _plan(
        db,
        "meeting",
        dt.datetime(2026, 11, 18, 14),
        recurrence="weekly",
        recurrence_until=dt.date(2026, 12, 16),
    )
    moved = db.run(
        move_occurrence, weekly, dt.datetime(2026, 12, 2, 14), dt.datetime(2026, 12, 3, 9)
    ).value
    assert moved.recurrence is None and moved.start_at == dt.datetime(2026, 12, 3, 9)
    assert _starts(db) == [
        dt.datetime(2026, 11, 18, 14),
        dt.datetime(2026, 11, 25, 14),
        dt.datetime(2026, 12, 3, 9),
        dt.datetime(2026, 12, 9, 14),
        dt.datetime(2026, 12, 16, 14),
    ]
    # The first occurrence moved alone: the series starts one week later.
    db.run(move_occurrence, weekly, dt.datetime(2026, 11, 18, 14), dt.datetime(2026, 11, 17, 8))
    assert db.read(get_activity, weekly).start_at == dt.datetime(2026, 11, 25, 14)
    # The whole (first part of the) series shifted by one hour.
    db.run(move_series, weekly, dt.datetime(2026, 11, 25, 14), dt.datetime(2026, 11, 25, 15))
    assert dt.datetime(2026, 11, 25, 15) in _starts(db)
    assert dt.datetime(2026, 11, 25, 14) not in _starts(db)
