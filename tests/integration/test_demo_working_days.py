"""The demo's calls and meetings fall on working days: no weekend, no Christmas (a
salesperson browsing the demo calendar saw meetings on Sundays and on 25 December).

The steps of the loyalty series the demo starts are dated by the series engine (anchor plus
each step's days), as for any user: not by the demo, and not checked here; nor are the
history entries of the campaigns and the analyses' sales years."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_crm.services.demo.days import is_working_day, working_day
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.storage.models import Activity
from desktop_crm.storage.uow import Database

# A Friday a few days before Christmas: the range around it holds weekends and holidays.
TODAY = dt.date(2026, 12, 18)


def test_a_day_moves_to_a_working_day_on_its_side_of_today() -> None:
    assert working_day(dt.date(2026, 12, 25), TODAY) == dt.date(2026, 12, 28)  # Fri -> Mon
    assert working_day(dt.date(2026, 12, 13), TODAY) == dt.date(2026, 12, 11)  # Sun -> Fri
    saturday = dt.date(2026, 12, 19)
    assert working_day(saturday, saturday) == dt.date(2026, 12, 18)  # today stays past
    assert working_day(dt.date(2026, 12, 17), TODAY) == dt.date(2026, 12, 17)


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
