"""Working days for the demo's calendar: no weekend, no public holiday on a fixed date."""

from __future__ import annotations

import datetime as dt
import random
from functools import lru_cache

# France's public holidays on a fixed date (New Year, 1 and 8 May, 14 July, 15 August,
# 1 and 11 November, Christmas). Easter's moving ones are not left out.
FIXED_HOLIDAYS = frozenset({(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)})


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS


def working_day(day: dt.date, today: dt.date) -> dt.date:
    """``day``, or the nearest working day on the same side of ``today`` (a past day moves
    back, a coming one forward): the demo's calls and meetings fall on no weekend or
    fixed public holiday, and a past one does not become a coming one."""
    step = dt.timedelta(days=1 if day > today else -1)
    while not is_working_day(day):
        day += step
    return day


@lru_cache(maxsize=64)
def working_days(first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """The working days from ``first`` to ``last``, both included."""
    count = (last - first).days + 1
    return tuple(
        day
        for day in (first + dt.timedelta(days=n) for n in range(max(count, 0)))
        if is_working_day(day)
    )


def drawn_working_day(
    day: dt.date, first: dt.date, last: dt.date, today: dt.date, rng: random.Random
) -> dt.date:
    """``day`` when it is a working day, else one drawn by ``rng`` among the working days
    of ``first``..``last`` on its side of ``today`` (up to today, or after it): days drawn
    evenly over the range end up evenly over its working days. (``working_day`` moved a
    Saturday and a Sunday to the Friday before, which made the demo's Fridays three times
    as busy as the other days.) A side with no working day falls back to ``working_day``.

    ``rng`` is a generator of its own, so that the demo's other draws stay as they were."""
    if is_working_day(day):
        return day
    if day <= today:
        low, high = first, min(today, last)
    else:
        low, high = max(first, today + dt.timedelta(days=1)), last
    days = working_days(low, high)
    if not days or not low <= day <= high:
        return working_day(day, today)
    return rng.choice(days)
