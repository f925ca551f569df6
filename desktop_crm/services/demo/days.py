"""Working days for the demo's calendar: no weekend, no public holiday on a fixed date."""

from __future__ import annotations

import datetime as dt

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
