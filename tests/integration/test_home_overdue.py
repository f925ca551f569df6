"""The home page's overdue count is the task list's: at 10:00, today's 09:00 call is overdue
in both (the home page said "En retard : 162" and its list of overdue work had 189)."""

from __future__ import annotations

import datetime as dt

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.agenda import Due, TaskFilter, task_list
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.reports.home import home_figures
from desktop_crm.storage.uow import Database, UnitOfWork

NOW = dt.datetime(2026, 12, 2, 10, 0)
TODAY = NOW.date()


def _day(uow: UnitOfWork) -> None:
    def add(start: dt.datetime, regarding: str, timeless: bool = False) -> None:
        schedule_activity(
            uow,
            ActivityInput(type="call", start_at=start, timeless=timeless, regarding=regarding),
        )

    add(NOW - dt.timedelta(days=3), "late from Sunday")
    add(NOW.replace(hour=0) - dt.timedelta(days=1), "to-do of yesterday", timeless=True)
    add(NOW.replace(hour=9), "09:00 today: passed")
    add(NOW.replace(hour=0), "to-do of today", timeless=True)
    add(NOW.replace(hour=15), "15:00 today")


def test_overdue_on_the_home_page_is_the_task_lists(db: Database) -> None:
    db.run(_day)
    figures = db.read(home_figures, None, TODAY, NOW)
    overdue = db.read(task_list, TaskFilter(due=Due.OVERDUE), clock=FixedClock(NOW))
    assert figures.overdue == len(overdue) == 3
    assert figures.due_today == 2
    # Today's still to do first, in time order; then the overdue ones, latest first.
    assert [a.regarding for a in figures.activities] == [
        "to-do of today",
        "15:00 today",
        "09:00 today: passed",
        "to-do of yesterday",
        "late from Sunday",
    ]
    assert [a.overdue for a in figures.activities] == [False, False, True, True, True]


def test_without_a_time_of_day_overdue_starts_before_today(db: Database) -> None:
    db.run(_day)
    figures = db.read(home_figures, None, TODAY)
    assert (figures.overdue, figures.due_today) == (2, 3)
