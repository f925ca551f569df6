"""iCalendar (.ics) export of activities, with time zones, for Outlook and Thunderbird.

Times are written with ``TZID=Europe/Paris`` (the team's zone) and the matching VTIMEZONE
block, which Outlook needs; timeless activities become all-day events; recurring ones carry
an RRULE instead of being expanded; alarms become VALARM reminders.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from desktop_crm import __version__
from desktop_crm.domain.clock import team_timezone
from desktop_crm.domain.files import writing_file

PRODID = f"-//Desktop CRM//desktop-crm {__version__}//FR"

# ACT!'s five priorities (5 = high) to iCalendar's 1 (highest) ... 9 (lowest).
ICAL_PRIORITY = {5: 1, 4: 3, 3: 5, 2: 7, 1: 9}


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def activity_uid(
    database_id: str, activity_id: int, created: dt.datetime | None, domain: str = "desktop-crm"
) -> str:
    """A UID no other database gives: the database's UUID, the activity id and its creation
    time (a copy restored from a backup may reuse an id, never with the same creation time).
    """
    made = f"-{created:%Y%m%dT%H%M%S}" if created is not None else ""
    return f"act-{activity_id}{made}-{database_id}@{domain}"


@dataclass(frozen=True)
class _Onset:
    """One yearly change of offset, as the wall clock sees it before the change."""

    month: int
    byday: str  # "-1SU" (last Sunday), "2SU" (second Sunday)...
    wall: dt.time  # local time before the change (02:00 for Paris in March)
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str

    def start_in(self, year: int) -> dt.datetime:
        """The local date and time (in ``offset_from``) of this change in ``year``."""
        weekday = _WEEKDAYS.index(self.byday[-2:])
        ordinal = int(self.byday[:-2])
        days = month_calendar.monthrange(year, self.month)[1]
        matching = [
            d for d in range(1, days + 1) if dt.date(year, self.month, d).weekday() == weekday
        ]
        return dt.datetime.combine(
            dt.date(year, self.month, matching[ordinal if ordinal < 0 else ordinal - 1]), self.wall
        )


def _onsets(zone: ZoneInfo, year: int) -> list[_Onset]:
    """The changes of offset of ``zone`` during ``year``, found by scanning each day."""
    found: list[_Onset] = []
    moment = dt.datetime(year, 1, 1, 12, tzinfo=dt.UTC)
    before = moment.astimezone(zone).utcoffset()
    for _day in range(366):
        later = moment + dt.timedelta(days=1)
        after = later.astimezone(zone).utcoffset()
        if after != before and before is not None and after is not None:
            low, high = moment, later  # first instant with the new offset, to the minute
            while high - low > dt.timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            high = high.replace(second=0, microsecond=0)
            wall = (high + before).replace(tzinfo=None)
            days = month_calendar.monthrange(wall.year, wall.month)[1]
            ordinal = -1 if wall.day + 7 > days else (wall.day - 1) // 7 + 1
            found.append(
                _Onset(
                    wall.month,
                    f"{ordinal}{_WEEKDAYS[wall.weekday()]}",
                    wall.time(),
                    before,
                    after,
                    high.astimezone(zone).tzname() or "",
                )
            )
        moment, before = later, after
    return found


def rule_timezone(name: str, first_year: int, last_year: int) -> Timezone | None:
    """The VTIMEZONE of ``name`` in the usual yearly-rule form, as Outlook writes it.

    For Europe/Paris: DAYLIGHT from the last Sunday of March 02:00 (+0100 -> +0200),
    STANDARD from the last Sunday of October 03:00 (+0200 -> +0100), each with an RRULE.
    ``None`` when the zone's rule changed between ``first_year`` and ``last_year`` (the
    caller then lists each change instead).
    """
    zone = ZoneInfo(name)
    onsets = _onsets(zone, first_year)
    if any(_onsets(zone, year) != onsets for year in range(first_year + 1, last_year + 1)):
        return None
    timezone = Timezone()
    timezone.add("tzid", name)
    if not onsets:
        offset = dt.datetime(first_year, 1, 1, tzinfo=zone).utcoffset() or dt.timedelta()
        standard = TimezoneStandard()
        standard.add("dtstart", dt.datetime(first_year, 1, 1))
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", dt.datetime(first_year, 1, 1, tzinfo=zone).tzname() or name)
        timezone.add_component(standard)
        return timezone
    if len(onsets) != 2:
        return None
    for onset in onsets:
        part = TimezoneDaylight() if onset.offset_to > onset.offset_from else TimezoneStandard()
        part.add("tzname", onset.name)
        part.add("tzoffsetfrom", onset.offset_from)
        part.add("tzoffsetto", onset.offset_to)
        part.add("dtstart", onset.start_in(first_year))
        part.add("rrule", {"freq": "YEARLY", "bymonth": onset.month, "byday": onset.byday})
        timezone.add_component(part)
    return timezone


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
    items: Iterable[IcsEvent], *, timezone: str | None = None, name: str = "Desktop CRM"
) -> Calendar:
    """A VCALENDAR holding one VEVENT per item and the VTIMEZONE blocks they use (the
    wall times are in ``timezone``, the team's business zone by default)."""
    timezone = timezone or team_timezone()
    zone = ZoneInfo(timezone)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    years: list[int] = []
    items_list = list(items)
    for item in items_list:
        calendar.add_component(_event(item, zone, stamp))
        years.append(item.start.year)
        if item.recurrence_until is not None:
            years.append(item.recurrence_until.year)
        elif item.recurrence:
            years.append(item.start.year + 10)
    # The usual yearly-rule VTIMEZONE (what Outlook writes and reads well); a list of each
    # change only when the zone's rule changed over the years the events span.
    first_year = min(years, default=stamp.year) - 1
    last_year = max(years, default=stamp.year) + 1
    if any(not item.timeless for item in items_list):
        rules = rule_timezone(timezone, first_year, last_year)
        if rules is not None:
            calendar.subcomponents.insert(0, rules)  # defined before the events using it
        else:
            calendar.add_missing_timezones(
                first_date=dt.date(first_year, 1, 1), last_date=dt.date(last_year + 1, 1, 1)
            )
    return calendar


def write_ics(path: Path, items: Iterable[IcsEvent], *, timezone: str | None = None) -> int:
    """Write the events to ``path`` (CRLF lines, UTF-8) and return how many were written."""
    calendar = build_calendar(items, timezone=timezone)
    count = len(calendar.walk("VEVENT"))
    tmp = path.with_name(path.name + ".part")
    with writing_file(path, tmp):  # Outlook may hold the previous export open
        tmp.write_bytes(calendar.to_ical())
        tmp.replace(path)
    return count
