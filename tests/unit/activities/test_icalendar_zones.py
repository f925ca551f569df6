"""iCalendar time zone in the usual RRULE form, checked through two independent parsers,
and UIDs that name the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

from desktop_crm.interchange.icalendar import (
    IcsEvent,
    activity_uid,
    build_calendar,
    rule_timezone,
)

# A name no parser knows: each must build the zone from our VTIMEZONE, not from its own data.
ALIAS = "Test/Paris-From-File"
JULY = IcsEvent("act-1@test", "Salon", dt.datetime(2026, 7, 14, 10, 30), 60)
JANUARY = IcsEvent("act-2@test", "Voeux", dt.datetime(2027, 1, 12, 9, 0), 30)
# Just either side of each change of 2026 (29 March 02:00, 25 October 03:00 local).
EDGES = (
    IcsEvent("e1@test", "a", dt.datetime(2026, 3, 29, 1, 30), 10),
    IcsEvent("e2@test", "b", dt.datetime(2026, 3, 29, 3, 30), 10),
    IcsEvent("e3@test", "c", dt.datetime(2026, 10, 25, 1, 30), 10),
    IcsEvent("e4@test", "d", dt.datetime(2026, 10, 25, 4, 0), 10),
)
EXPECTED_UTC = {
    "act-1@test": dt.datetime(2026, 7, 14, 8, 30, tzinfo=dt.UTC),  # CEST, UTC+2
    "act-2@test": dt.datetime(2027, 1, 12, 8, 0, tzinfo=dt.UTC),  # CET, UTC+1
    "e1@test": dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC),
    "e2@test": dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.UTC),
    "e3@test": dt.datetime(2026, 10, 24, 23, 30, tzinfo=dt.UTC),
    "e4@test": dt.datetime(2026, 10, 25, 3, 0, tzinfo=dt.UTC),
}


def _text() -> str:
    raw = build_calendar([JULY, JANUARY, *EDGES]).to_ical().decode()
    return raw.replace("Europe/Paris", ALIAS)


def test_vtimezone_is_the_usual_rule_form() -> None:
    text = build_calendar([JULY]).to_ical().decode().replace("\r\n", "\n")
    block = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")]
    assert "RDATE" not in block
    daylight = block[block.index("BEGIN:DAYLIGHT") : block.index("END:DAYLIGHT")]
    standard = block[block.index("BEGIN:STANDARD") : block.index("END:STANDARD")]
    assert block.count("BEGIN:STANDARD") == 1 and block.count("BEGIN:DAYLIGHT") == 1
    for line in ("TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "T020000", "BYMONTH=3", "BYDAY=-1SU"):
        assert line in daylight
    for line in ("TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "T030000", "BYMONTH=10", "BYDAY=-1SU"):
        assert line in standard
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")


def test_icalendar_package_reads_the_right_instants() -> None:
    calendar = Calendar.from_ical(_text())
    got = {}
    for event in calendar.walk("VEVENT"):
        start = event.decoded("dtstart")
        assert start.tzinfo is not None
        got[str(event["uid"])] = start.astimezone(dt.UTC)
    assert got == EXPECTED_UTC


def test_vobject_reads_the_right_instants() -> None:
    calendar = vobject.readOne(_text())
    got = {
        event.uid.value: event.dtstart.value.astimezone(dt.UTC) for event in calendar.vevent_list
    }
    assert got == EXPECTED_UTC


@pytest.mark.parametrize(
    ("zone", "months"),
    [("Europe/Paris", (3, 10)), ("America/New_York", (3, 11)), ("Europe/London", (3, 10))],
)
def test_rule_matches_the_zone_database_every_year(zone: str, months: tuple[int, int]) -> None:
    timezone = rule_timezone(zone, 2008, 2040)  # the US rule dates from 2007
    assert timezone is not None
    parts = timezone.subcomponents
    assert sorted(
        int(p["rrule"].to_ical().split(b"BYMONTH=")[1][:2].strip(b";")) for p in parts
    ) == list(months)


def test_zone_whose_rule_changed_falls_back_to_a_list() -> None:
    assert rule_timezone("Europe/Paris", 1994, 1997) is None  # October rule since 1996
    calendar = build_calendar([IcsEvent("old@test", "x", dt.datetime(1995, 9, 30, 12), 60)])
    (event,) = Calendar.from_ical(calendar.to_ical()).walk("VEVENT")
    assert event.decoded("dtstart").utcoffset() == dt.timedelta(hours=1)  # 24 Sept 1995 change


def test_uids_name_the_database_and_the_activity() -> None:
    created = dt.datetime(2026, 11, 30, 14, 5, 9)
    one = activity_uid("5f0c0a52-6c1e-4c55-9a52-0a4f8ad1c6e1", 7, created)
    other = activity_uid("0b7e4c1d-1c3a-4f52-8a1e-2e5b6c7d8e9f", 7, created)
    assert one == "act-7-20261130T140509-5f0c0a52-6c1e-4c55-9a52-0a4f8ad1c6e1@desktop-crm"
    assert one != other
    assert activity_uid("5f0c0a52-6c1e-4c55-9a52-0a4f8ad1c6e1", 7, created.replace(day=1)) != one


def test_written_file_parses(tmp_path: Path) -> None:
    path = tmp_path / "a.ics"
    path.write_text(_text(), encoding="utf-8")
    assert len(vobject.readOne(path.read_text(encoding="utf-8")).vevent_list) == 6
