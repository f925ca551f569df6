"""Recurrence expansion: frequencies, intervals, end dates, month ends, windows."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.recurrence import (
    Frequency,
    Recurrence,
    describe,
    next_occurrence,
    occurrences,
    occurrences_overlapping,
)

D = dt.datetime
FAR = D(2100, 1, 1)
EPOCH = D(2000, 1, 1)


def _take(start: D, rule: Recurrence | None, since: D = EPOCH, until: D = FAR) -> list[D]:
    return list(occurrences(start, rule, since, until))


def test_one_off_only_inside_window() -> None:
    start = D(2026, 3, 2, 9)
    assert _take(start, None) == [start]
    assert _take(start, None, since=D(2026, 3, 3)) == []


def test_daily_every_two_days_until_inclusive() -> None:
    rule = Recurrence(Frequency.DAILY, 2, dt.date(2026, 3, 8))
    got = _take(D(2026, 3, 2, 9), rule)
    assert [d.day for d in got] == [2, 4, 6, 8]
    assert all(d.hour == 9 for d in got)


def test_weekly_keeps_wall_clock_time_across_dst() -> None:
    # France moves to summer time on 29 March 2026: the meeting stays at 9:00.
    rule = Recurrence(Frequency.WEEKLY, 1, dt.date(2026, 4, 10))
    got = _take(D(2026, 3, 20, 9), rule)
    assert got == [D(2026, 3, 20, 9), D(2026, 3, 27, 9), D(2026, 4, 3, 9), D(2026, 4, 10, 9)]


def test_monthly_from_31st_clamps_without_drifting() -> None:
    rule = Recurrence(Frequency.MONTHLY, 1, dt.date(2026, 5, 31))
    got = _take(D(2026, 1, 31, 14), rule)
    assert [(d.month, d.day) for d in got] == [(1, 31), (2, 28), (3, 31), (4, 30), (5, 31)]


def test_monthly_in_leap_year_and_quarterly_interval() -> None:
    got = _take(D(2028, 1, 30), Recurrence(Frequency.MONTHLY, 1, dt.date(2028, 3, 1)))
    assert [(d.month, d.day) for d in got] == [(1, 30), (2, 29)]
    quarterly = _take(D(2026, 1, 15), Recurrence(Frequency.MONTHLY, 3, dt.date(2026, 12, 31)))
    assert [d.month for d in quarterly] == [1, 4, 7, 10]


def test_yearly_on_29_february() -> None:
    got = _take(D(2024, 2, 29), Recurrence(Frequency.YEARLY, 1, dt.date(2028, 12, 31)))
    assert [d.date() for d in got] == [
        dt.date(2024, 2, 29),
        dt.date(2025, 2, 28),
        dt.date(2026, 2, 28),
        dt.date(2027, 2, 28),
        dt.date(2028, 2, 29),
    ]


@pytest.mark.parametrize("frequency", list(Frequency))
def test_window_jump_matches_walking(frequency: Frequency) -> None:
    rule = Recurrence(frequency, 3)
    start = D(2020, 1, 31, 8, 30)
    walked = [d for d in _take(start, rule, until=D(2060, 1, 1)) if d >= D(2035, 6, 1)]
    jumped = _take(start, rule, since=D(2035, 6, 1), until=D(2060, 1, 1))
    assert jumped == walked
    assert jumped


def test_overlapping_includes_an_occurrence_started_before_the_window() -> None:
    rule = Recurrence(Frequency.DAILY)
    got = list(
        occurrences_overlapping(
            D(2026, 1, 1, 23), dt.timedelta(hours=2), rule, D(2026, 1, 5), D(2026, 1, 6)
        )
    )
    assert got == [D(2026, 1, 4, 23), D(2026, 1, 5, 23)]


def test_next_occurrence_and_end() -> None:
    rule = Recurrence(Frequency.WEEKLY, 1, dt.date(2026, 1, 15))
    start = D(2026, 1, 1, 10)
    assert next_occurrence(start, rule, start) == D(2026, 1, 8, 10)
    assert next_occurrence(start, rule, D(2026, 1, 15, 10)) is None
    assert next_occurrence(start, None, start) is None


def test_parse_and_describe() -> None:
    assert Recurrence.parse(None) is None
    rule = Recurrence.parse("weekly", 2, dt.date(2026, 6, 30))
    assert rule == Recurrence(Frequency.WEEKLY, 2, dt.date(2026, 6, 30))
    assert describe(rule) == "every 2 weeks until 2026-06-30"
    with pytest.raises(ValueError):
        Recurrence(Frequency.DAILY, 0)
