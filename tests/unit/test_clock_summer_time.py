"""The business clock across both summer-time changes (Europe/Paris).

On Sunday 25 October 2026 02:00–03:00 happens twice (02:00 CEST = 00:00 UTC, then 02:00 CET
= 01:00 UTC); on Sunday 28 March 2027 02:00–03:00 does not happen (01:59 CET, then 03:00
CEST). A naive wall time carries the occurrence in ``fold``; a date-time edit loses it, and
``settle_wall`` decides what a time typed back means."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.clock import (
    TEAM_TIMEZONE,
    SystemClock,
    is_repeated,
    is_skipped,
    settle_wall,
    team_timezone,
    typed_to_utc,
    use_team_timezone,
    utc_to_wall,
    wall_to_utc,
)

FIRST = dt.datetime(2026, 10, 25, 2, 30)  # 00:30 UTC, summer time
SECOND = dt.datetime(2026, 10, 25, 2, 30, fold=1)  # 01:30 UTC, winter time
MARCH = dt.date(2027, 3, 28)


@pytest.fixture(autouse=True)
def paris() -> object:
    use_team_timezone(TEAM_TIMEZONE)
    yield
    use_team_timezone(TEAM_TIMEZONE)


def test_the_repeated_hour_is_told_and_the_clock_keeps_which_one() -> None:
    assert is_repeated(FIRST) and is_repeated(SECOND)
    assert not is_repeated(dt.datetime(2026, 10, 25, 1, 59))
    assert not is_repeated(dt.datetime(2026, 10, 25, 3, 0))
    assert not is_skipped(FIRST)
    # Read back from UTC, the second 02:30 says it is the second one.
    assert utc_to_wall(dt.datetime(2026, 10, 25, 1, 30)).fold == 1
    assert wall_to_utc(utc_to_wall(dt.datetime(2026, 10, 25, 1, 30))) == dt.datetime(
        2026, 10, 25, 1, 30
    )


def test_an_untouched_proposed_time_keeps_its_instant_in_the_repeated_hour() -> None:
    typed = SECOND.replace(fold=0)  # what a QDateTimeEdit gives back: the fold is lost
    assert wall_to_utc(typed) == dt.datetime(2026, 10, 25, 0, 30)  # the old reading: 1 h early
    assert settle_wall(typed, SECOND).fold == 1
    assert typed_to_utc(typed, SECOND) == dt.datetime(2026, 10, 25, 1, 30)
    assert typed_to_utc(FIRST, FIRST) == dt.datetime(2026, 10, 25, 0, 30)


def test_minutes_changed_in_the_repeated_hour_keep_the_proposed_occurrence() -> None:
    assert typed_to_utc(dt.datetime(2026, 10, 25, 2, 5), SECOND) == dt.datetime(2026, 10, 25, 1, 5)
    assert typed_to_utc(dt.datetime(2026, 10, 25, 2, 59), SECOND) == dt.datetime(
        2026, 10, 25, 1, 59
    )
    assert typed_to_utc(dt.datetime(2026, 10, 25, 2, 59), FIRST) == dt.datetime(2026, 10, 25, 0, 59)


def test_a_time_typed_in_the_repeated_hour_otherwise_is_the_first_one() -> None:
    # Proposed 03:10 (winter time), typed 02:30: the first 02:30, still summer time.
    assert typed_to_utc(FIRST, dt.datetime(2026, 10, 25, 3, 10)) == dt.datetime(2026, 10, 25, 0, 30)
    assert typed_to_utc(FIRST) == dt.datetime(2026, 10, 25, 0, 30)
    # Not a repeated time: as typed, whatever the proposal's fold.
    assert typed_to_utc(dt.datetime(2026, 10, 25, 3, 30), SECOND) == dt.datetime(
        2026, 10, 25, 2, 30
    )


@pytest.mark.parametrize(
    ("typed", "settled"),
    [
        (dt.time(2, 0), dt.time(3, 0)),
        (dt.time(2, 30), dt.time(3, 30)),
        (dt.time(2, 59), dt.time(3, 59)),
        (dt.time(1, 59), dt.time(1, 59)),
        (dt.time(3, 0), dt.time(3, 0)),
    ],
)
def test_a_time_in_the_skipped_hour_moves_forward_the_same_day(
    typed: dt.time, settled: dt.time
) -> None:
    moment = dt.datetime.combine(MARCH, typed)
    assert is_skipped(moment) == (dt.time(2) <= typed < dt.time(3))
    for fold in (0, 1):  # whatever fold the edit or the proposal carries
        result = settle_wall(moment.replace(fold=fold), dt.datetime(2027, 3, 28, 1, 50))
        assert result == dt.datetime.combine(MARCH, settled)
        assert not is_skipped(result)
        # Stored in UTC, read back as the same wall time: a real instant of that day.
        assert utc_to_wall(wall_to_utc(result)) == result


def test_the_team_zone_moves_the_business_clock_and_conversions() -> None:
    assert team_timezone() == "Europe/Paris"
    winter = dt.datetime(2026, 12, 2, 23, 30)  # UTC
    assert utc_to_wall(winter) == dt.datetime(2026, 12, 3, 0, 30)
    assert use_team_timezone("Indian/Reunion") == "Indian/Reunion"
    assert utc_to_wall(winter) == dt.datetime(2026, 12, 3, 3, 30)  # UTC+4, no summer time
    assert wall_to_utc(dt.datetime(2026, 12, 3, 3, 30)) == winter
    reunion_now = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=4)
    assert abs(SystemClock().now() - reunion_now) < dt.timedelta(minutes=1)
    # Reunion has no repeated hour: 02:30 on 25 October is one instant.
    assert not is_repeated(dt.datetime(2026, 10, 25, 2, 30))
    # A zone given to the clock stays that zone.
    paris_now = utc_to_wall(dt.datetime.now(dt.UTC).replace(tzinfo=None), "Europe/Paris")
    assert abs(SystemClock("Europe/Paris").now() - paris_now) < dt.timedelta(minutes=1)


def test_an_unknown_team_zone_falls_back_to_paris_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    use_team_timezone("America/Guadeloupe")
    with caplog.at_level("WARNING", logger="desktop_crm.domain.clock"):
        assert use_team_timezone("Europe/Pariss") == "Europe/Paris"
    assert team_timezone() == "Europe/Paris"
    assert "Europe/Pariss" in caplog.text and "Europe/Paris instead" in caplog.text
    assert use_team_timezone("../../etc/passwd") == "Europe/Paris"
    assert use_team_timezone("") == "Europe/Paris"
