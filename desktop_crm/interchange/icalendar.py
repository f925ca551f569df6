"""iCalendar (.ics) export of activities, with time zones, for Outlook and Thunderbird.

Times are written with ``TZID=Europe/Paris`` (the team's zone) and the matching VTIMEZONE
block, which Outlook needs; timeless activities become all-day events; recurring ones carry
an RRULE instead of being expanded; alarms become VALARM reminders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from desktop_crm import __version__
from desktop_crm.domain.clock import TEAM_TIMEZONE
from desktop_crm.domain.files import writing_file

PRODID = f"-//Desktop CRM//desktop-crm {__version__}//FR"

# ACT!'s five priorities (5 = high) to iCalendar's 1 (highest) ... 9 (lowest).
ICAL_PRIORITY = {5: 1, 4: 3, 3: 5, 2: 7, 1: 9}


@dataclass(frozen=True)
class IcsEvent:
    """One activity as the exporter needs it (plain values, no database objects)."""

    uid: str
    summary: str
    start: dt.datetime
    duration_min: int
    timeless: bool = False
    description: str | None = None
    categories: tuple[str, ...] = ()
    priority: int = 3
    alarm_lead_min: int | None = None
    recurrence: str | None = None
    recurrence_interval: int = 1
    recurrence_until: dt.date | None = None
    private: bool = False
    cleared: bool = False
    contact_name: str | None = None
    stamp: dt.datetime | None = None


def _event(item: IcsEvent, zone: ZoneInfo, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", item.stamp or stamp)
    event.add("summary", item.summary)
    if item.timeless:
        first = item.start.date()
        days = max(1, -(-item.duration_min // (24 * 60)))
        event.add("dtstart", first)
        event.add("dtend", first + dt.timedelta(days=days))
    else:
        start = item.start.replace(tzinfo=zone)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=item.duration_min))
    if item.description:
        event.add("description", item.description)
    if item.categories:
        event.add("categories", list(item.categories))
    event.add("priority", ICAL_PRIORITY.get(item.priority, 5))
    event.add("class", "PRIVATE" if item.private else "PUBLIC")
    event.add("transp", "TRANSPARENT" if item.timeless else "OPAQUE")
    if item.recurrence:
        rule: dict[str, object] = {"freq": item.recurrence.upper()}
        if item.recurrence_interval > 1:
            rule["interval"] = item.recurrence_interval
        if item.recurrence_until is not None:
            if item.timeless:
                rule["until"] = item.recurrence_until
            else:
                # With a zoned DTSTART, RFC 5545 wants UNTIL in UTC.
                last = dt.datetime.combine(item.recurrence_until, dt.time(23, 59, 59), zone)
                rule["until"] = last.astimezone(dt.UTC)
        event.add("rrule", rule)
    if item.alarm_lead_min is not None and not item.cleared:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.summary)
        alarm.add("trigger", dt.timedelta(minutes=-item.alarm_lead_min))
        event.add_component(alarm)
    return event


def build_calendar(
    items: Iterable[IcsEvent], *, timezone: str = TEAM_TIMEZONE, name: str = "Desktop CRM"
) -> Calendar:
    """A VCALENDAR holding one VEVENT per item and the VTIMEZONE blocks they use."""
    zone = ZoneInfo(timezone)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    years: list[int] = []
    for item in items:
        calendar.add_component(_event(item, zone, stamp))
        years.append(item.start.year)
        if item.recurrence_until is not None:
            years.append(item.recurrence_until.year)
        elif item.recurrence:
            years.append(item.start.year + 10)
    # Only the transitions the events need: a compact VTIMEZONE that Outlook reads well.
    first = dt.date(min(years, default=stamp.year) - 1, 1, 1)
    last = dt.date(max(years, default=stamp.year) + 2, 1, 1)
    calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def write_ics(path: Path, items: Iterable[IcsEvent], *, timezone: str = TEAM_TIMEZONE) -> int:
    """Write the events to ``path`` (CRLF lines, UTF-8) and return how many were written."""
    calendar = build_calendar(items, timezone=timezone)
    count = len(calendar.walk("VEVENT"))
    tmp = path.with_name(path.name + ".part")
    with writing_file(path, tmp):  # Outlook may hold the previous export open
        tmp.write_bytes(calendar.to_ical())
        tmp.replace(path)
    return count
