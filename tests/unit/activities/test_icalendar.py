"""iCalendar writer: zones, all-day events, recurrence end in UTC, priorities, alarms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from desktop_crm.interchange.icalendar import IcsEvent, build_calendar, write_ics


def test_timed_recurring_event_round_trips(tmp_path: Path) -> None:
    item = IcsEvent(
        uid="act-1@test",
        summary="Point équipe",
        start=dt.datetime(2026, 3, 27, 9),
        duration_min=45,
        priority=5,
        alarm_lead_min=10,
        recurrence="weekly",
        recurrence_interval=2,
        recurrence_until=dt.date(2026, 6, 26),
    )
    path = tmp_path / "a.ics"
    assert write_ics(path, [item]) == 1
    raw = path.read_bytes()
    assert b"\r\n" in raw
    (event,) = Calendar.from_ical(raw).walk("VEVENT")
    start = event.decoded("dtstart")
    assert start.utcoffset() == dt.timedelta(hours=1)  # winter time in Paris
    assert event.decoded("dtend") - start == dt.timedelta(minutes=45)
    rule = event["rrule"]
    assert rule["INTERVAL"] == [2]
    assert rule["UNTIL"][0] == dt.datetime(2026, 6, 26, 21, 59, 59, tzinfo=dt.UTC)
    assert int(event["priority"]) == 1
    assert event.walk("VALARM")[0].decoded("trigger") == dt.timedelta(minutes=-10)


def test_timeless_private_cleared_event() -> None:
    item = IcsEvent(
        uid="act-2@test",
        summary="Congés",
        start=dt.datetime(2026, 8, 3),
        duration_min=0,
        timeless=True,
        private=True,
        cleared=True,
        alarm_lead_min=0,
        priority=1,
    )
    calendar = build_calendar([item])
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == dt.date(2026, 8, 3)
    assert event.decoded("dtend") == dt.date(2026, 8, 4)
    assert str(event["class"]) == "PRIVATE" and int(event["priority"]) == 9
    assert event.walk("VALARM") == []
