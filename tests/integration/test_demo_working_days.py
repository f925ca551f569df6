"""The demo's calls and meetings fall on working days: no weekend, no Christmas (a
salesperson browsing the demo calendar saw meetings on Sundays and on 25 December).

Its history (calls, letters, e-mails, meetings, the analyses' contact years, the campaigns'
sendings and the meetings they led to) falls on working days too, spread evenly over them:
moving a weekend day to the Friday before made the home page's "calls this week" chart show
Fridays three times as busy as the other days, and 140,000 calls on weekends at 100,000
contacts.

The steps of the loyalty series the demo starts are dated by the series engine (anchor plus
each step's days), as for any user: not by the demo, and not checked here; nor are the
campaigns' reply dates (a reply may come on a Saturday)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from sqlalchemy import select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.demo.days import drawn_working_day, is_working_day, working_day
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.storage.models import Activity, History
from desktop_crm.storage.uow import Database

# A Friday a few days before Christmas: the range around it holds weekends and holidays.
TODAY = dt.date(2026, 12, 18)


def test_a_day_moves_to_a_working_day_on_its_side_of_today() -> None:
    assert working_day(dt.date(2026, 12, 25), TODAY) == dt.date(2026, 12, 28)  # Fri -> Mon
    assert working_day(dt.date(2026, 12, 13), TODAY) == dt.date(2026, 12, 11)  # Sun -> Fri
    saturday = dt.date(2026, 12, 19)
    assert working_day(saturday, saturday) == dt.date(2026, 12, 18)  # today stays past
    assert working_day(dt.date(2026, 12, 17), TODAY) == dt.date(2026, 12, 17)


def test_days_drawn_evenly_land_evenly_on_the_working_days_of_their_side() -> None:
    first, last = TODAY - dt.timedelta(days=700), TODAY + dt.timedelta(days=350)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    draws = random.Random(3)
    placed = [drawn_working_day(day, first, last, TODAY, draws) for _ in range(4) for day in days]
    assert all(is_working_day(day) and first <= day <= last for day in placed)
    sides = [(a <= TODAY) == (b <= TODAY) for a, b in zip(days * 4, placed, strict=True)]
    assert all(sides)
    per_weekday = Counter(day.weekday() for day in placed)
    assert set(per_weekday) == {0, 1, 2, 3, 4}
    assert max(per_weekday.values()) <= 1.15 * min(per_weekday.values())
    # A working day stays; a side with no working day: the nearest one, as before.
    assert drawn_working_day(TODAY, first, last, TODAY, draws) == TODAY
    saturday = dt.date(2026, 12, 19)
    assert drawn_working_day(saturday, saturday, saturday, TODAY, draws) == dt.date(2026, 12, 21)


def test_the_demo_plans_on_working_days(sqlite_db: Database) -> None:
    with sqlite_db.uow() as uow:
        generate_demo(uow, 300, seed=5, today=TODAY)
        uow.commit()
    with sqlite_db.uow(write=False) as uow:
        starts = uow.session.scalars(
            select(Activity.start_at).where(Activity.series_run_id.is_(None))
        ).all()
    assert len(starts) > 50
    assert [s for s in starts if not is_working_day(s.date())] == []
    # Both sides of today are still planned.
    assert min(starts).date() < TODAY < max(starts).date()


def test_the_demo_history_falls_evenly_on_working_days(sqlite_db: Database) -> None:
    with sqlite_db.uow() as uow:
        generate_demo(uow, 300, seed=5, today=TODAY)
        uow.commit()
    kinds = [HistoryType.CALL_REACHED, HistoryType.MEETING_HELD, HistoryType.LETTER_SENT]
    with sqlite_db.uow(write=False) as uow:
        moments = uow.session.scalars(
            select(History.occurred_at).where(History.type.in_([str(k) for k in kinds]))
        ).all()
    assert len(moments) > 500
    assert [m for m in moments if not is_working_day(m.date())] == []
    per_weekday = Counter(m.weekday() for m in moments)
    assert max(per_weekday.values()) <= 1.3 * min(per_weekday.values())
