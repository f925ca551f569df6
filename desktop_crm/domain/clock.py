"""Wall-clock time for the agenda, with an injectable clock for alarms and tests.

Activities are stored as naive wall-clock datetimes in the team's time zone (Europe/Paris by
default): "Tuesday 9:00" stays 9:00 whatever the season, and a shared database shows the same
times to every colleague. History and system dates (last reach...) are stored in UTC like
every other timestamp; ``wall_to_utc`` converts when an activity is cleared.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

TEAM_TIMEZONE = "Europe/Paris"


class Clock(Protocol):
    """Something that tells the current wall-clock time (naive, team time zone)."""

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real clock, in the team's time zone, to the second."""

    def __init__(self, timezone: str = TEAM_TIMEZONE) -> None:
        self.zone = ZoneInfo(timezone)

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.zone).replace(tzinfo=None, microsecond=0)


class FixedClock:
    """A clock that only moves when told to (tests, demos, benchmarks)."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, delta: dt.timedelta) -> None:
        self.moment += delta


def wall_to_utc(moment: dt.datetime, timezone: str = TEAM_TIMEZONE) -> dt.datetime:
    """A naive wall-clock time in ``timezone`` as naive UTC (how timestamps are stored)."""
    aware = moment.replace(tzinfo=ZoneInfo(timezone))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def utc_to_wall(moment: dt.datetime, timezone: str = TEAM_TIMEZONE) -> dt.datetime:
    """A naive UTC timestamp as naive wall-clock time in ``timezone``."""
    return moment.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(timezone)).replace(tzinfo=None)


def week_start(day: dt.date) -> dt.date:
    """Monday of the week holding ``day`` (French weeks start on Monday)."""
    return day - dt.timedelta(days=day.weekday())
