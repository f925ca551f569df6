"""The calendar's hours preference: which hours the grid shows and where the working day starts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

FIRST_HOUR_KEY = "calendar/first_hour"
LAST_HOUR_KEY = "calendar/last_hour"
DAY_START_KEY = "calendar/day_start"


@dataclass(frozen=True)
class CalendarHours:
    """Hours shown (``first`` to ``last``) and the hour scrolled to on opening."""

    first: int = 7
    last: int = 20
    day_start: int = 8


def _hour(settings: QSettings, key: str, default: int) -> int:
    try:
        value = int(str(settings.value(key, default)))
    except ValueError:
        return default
    return min(max(0, value), 24)


def calendar_hours(settings: QSettings) -> CalendarHours:
    """The saved hours, sane whatever the file says (first < last, start inside)."""
    default = CalendarHours()
    first = min(_hour(settings, FIRST_HOUR_KEY, default.first), 23)
    last = max(_hour(settings, LAST_HOUR_KEY, default.last), first + 1)
    start = min(max(_hour(settings, DAY_START_KEY, default.day_start), first), last - 1)
    return CalendarHours(first, last, start)


def save_calendar_hours(settings: QSettings, hours: CalendarHours) -> None:
    settings.setValue(FIRST_HOUR_KEY, hours.first)
    settings.setValue(LAST_HOUR_KEY, hours.last)
    settings.setValue(DAY_START_KEY, hours.day_start)
