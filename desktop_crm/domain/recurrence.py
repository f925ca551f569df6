"""Recurring activities: expand a daily/weekly/monthly/yearly rule into occurrences.

Times are wall-clock (naive) datetimes in the team's time zone, so a weekly 9:00 meeting
stays at 9:00 across daylight-saving changes. A monthly rule started on the 31st lands on
the last day of shorter months (31 Jan -> 28/29 Feb -> 31 Mar), and a yearly rule started
on 29 February lands on 28 February in other years: the day of the month always comes from
the first occurrence, never from the previous (clamped) one.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

# A guard against runaway loops (a daily rule with no end over a huge window).
MAX_OCCURRENCES = 5000


class Frequency(StrEnum):
    """How often an activity repeats."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


@dataclass(frozen=True)
class Recurrence:
    """A repeat rule: every ``interval`` days/weeks/months/years, until a date (inclusive)."""

    frequency: Frequency
    interval: int = 1
    until: dt.date | None = None

    def __post_init__(self) -> None:
        if self.interval < 1:
            raise ValueError("interval must be at least 1")

    @classmethod
    def parse(
        cls, frequency: str | None, interval: int | None = 1, until: dt.date | None = None
    ) -> Recurrence | None:
        """Build a rule from stored columns; no frequency means the activity does not repeat."""
        if not frequency:
            return None
        return cls(Frequency(frequency), max(1, interval or 1), until)


def add_months(value: dt.datetime, months: int, day: int | None = None) -> dt.datetime:
    """``value`` moved by ``months``, on ``day`` (default: its own day) clamped to month end."""
    total = value.year * 12 + (value.month - 1) + months
    year, month = divmod(total, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return value.replace(year=year, month=month, day=min(day or value.day, last))


def nth_occurrence(start: dt.datetime, rule: Recurrence, n: int) -> dt.datetime:
    """The ``n``-th occurrence (0 = ``start``), ignoring the end date."""
    if rule.frequency is Frequency.DAILY:
        return start + dt.timedelta(days=n * rule.interval)
    if rule.frequency is Frequency.WEEKLY:
        return start + dt.timedelta(weeks=n * rule.interval)
    months = n * rule.interval * (12 if rule.frequency is Frequency.YEARLY else 1)
    return add_months(start, months, start.day)


def _first_index_at_or_after(start: dt.datetime, rule: Recurrence, moment: dt.datetime) -> int:
    """Smallest n whose occurrence is >= ``moment`` (jumps instead of walking from start)."""
    if moment <= start:
        return 0
    if rule.frequency in (Frequency.DAILY, Frequency.WEEKLY):
        step = dt.timedelta(days=rule.interval * (7 if rule.frequency is Frequency.WEEKLY else 1))
        n = (moment - start) // step
    else:
        per = rule.interval * (12 if rule.frequency is Frequency.YEARLY else 1)
        months = (moment.year - start.year) * 12 + moment.month - start.month
        n = max(0, months // per - 1)
    while nth_occurrence(start, rule, n) < moment:
        n += 1
    return n


def occurrences(
    start: dt.datetime,
    rule: Recurrence | None,
    window_start: dt.datetime,
    window_end: dt.datetime,
) -> Iterator[dt.datetime]:
    """Occurrence starts in ``[window_start, window_end)``; a one-off yields ``start`` only."""
    if rule is None:
        if window_start <= start < window_end:
            yield start
        return
    n = _first_index_at_or_after(start, rule, window_start)
    for _ in range(MAX_OCCURRENCES):
        moment = nth_occurrence(start, rule, n)
        if moment >= window_end or (rule.until is not None and moment.date() > rule.until):
            return
        yield moment
        n += 1


def occurrences_overlapping(
    start: dt.datetime,
    duration: dt.timedelta,
    rule: Recurrence | None,
    window_start: dt.datetime,
    window_end: dt.datetime,
) -> Iterator[dt.datetime]:
    """Occurrence starts whose [start, start + duration) overlaps the window."""
    yield from occurrences(
        start,
        rule,
        window_start - duration + dt.timedelta(microseconds=1) if duration else window_start,
        window_end,
    )


def next_occurrence(
    start: dt.datetime, rule: Recurrence | None, after: dt.datetime
) -> dt.datetime | None:
    """The first occurrence strictly after ``after``, or None when the rule has ended."""
    if rule is None:
        return None
    for moment in occurrences(start, rule, after + dt.timedelta(microseconds=1), dt.datetime.max):
        return moment
    return None


def describe(rule: Recurrence | None) -> str:
    """Short English description ("every 2 weeks until 2026-06-30") for lists and exports."""
    if rule is None:
        return ""
    unit = {
        Frequency.DAILY: "day",
        Frequency.WEEKLY: "week",
        Frequency.MONTHLY: "month",
        Frequency.YEARLY: "year",
    }[rule.frequency]
    text = f"every {unit}" if rule.interval == 1 else f"every {rule.interval} {unit}s"
    if rule.until is not None:
        text += f" until {rule.until.isoformat()}"
    return text
