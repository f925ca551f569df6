"""Wall-clock time for the agenda, with an injectable clock for alarms and tests.

Activities are stored as naive wall-clock datetimes in the team's time zone (Europe/Paris by
default, a team setting: ``use_team_timezone``): "Tuesday 9:00" stays 9:00 whatever the
season, and a shared database shows the same times to every colleague. History and system
dates (last reach...) are stored in UTC like every other timestamp; ``wall_to_utc`` converts
when an activity is cleared.

Summer time: on the last Sunday of October 02:00–03:00 happens twice, and on the last Sunday
of March it does not happen. A naive wall time keeps which occurrence it is in Python's
``fold`` (0 = the first, summer time; 1 = the second, winter time): the business clock sets
it, ``wall_to_utc`` honours it. A date-time edit loses it, so dialogs read what the user
typed back through ``settle_wall`` / ``typed_to_utc``, which decide (see ``settle_wall``).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

TEAM_TIMEZONE = "Europe/Paris"  # the default business time zone

_log = logging.getLogger(__name__)
_team_zone = TEAM_TIMEZONE


def team_timezone() -> str:
    """The business time zone in force (the team's setting, Europe/Paris by default)."""
    return _team_zone


def known_timezone(name: str | None) -> bool:
    """Whether ``name`` is an IANA time zone this computer knows ("Europe/Paris")."""
    if not name or not isinstance(name, str):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def use_team_timezone(name: str | None) -> str:
    """Make ``name`` the business time zone of this process and return the one in force.

    An unknown or empty name never stops the program: Europe/Paris is used instead, and the
    log says which value was refused and where to change it.
    """
    global _team_zone
    if not name:
        _team_zone = TEAM_TIMEZONE
    elif known_timezone(name):
        _team_zone = name
    else:
        _log.warning(
            "Unknown team time zone %r in the database settings: using %s instead "
            "(choose the zone again in File › Preferences).",
            name,
            TEAM_TIMEZONE,
        )
        _team_zone = TEAM_TIMEZONE
    return _team_zone


def _zone(timezone: str | None) -> ZoneInfo:
    return ZoneInfo(timezone or _team_zone)


class Clock(Protocol):
    """Something that tells the current wall-clock time (naive, team time zone)."""

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real clock, in the team's time zone (or the one given), to the second.

    The result keeps ``fold``: 02:30 in the repeated hour of October says which one it is.
    """

    def __init__(self, timezone: str | None = None) -> None:
        self._timezone = timezone

    @property
    def zone(self) -> ZoneInfo:
        """The given zone, else the team's zone in force now (a changed setting applies)."""
        return _zone(self._timezone)

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


def wall_to_utc(moment: dt.datetime, timezone: str | None = None) -> dt.datetime:
    """A naive wall-clock time in ``timezone`` (the team's by default) as naive UTC (how
    timestamps are stored); ``moment.fold`` chooses the occurrence of a repeated time."""
    aware = moment.replace(tzinfo=_zone(timezone))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def utc_to_wall(moment: dt.datetime, timezone: str | None = None) -> dt.datetime:
    """A naive UTC timestamp as naive wall-clock time in ``timezone`` (the team's by default),
    with ``fold`` set in the repeated hour."""
    return moment.replace(tzinfo=dt.UTC).astimezone(_zone(timezone)).replace(tzinfo=None)


def is_repeated(moment: dt.datetime, timezone: str | None = None) -> bool:
    """Whether the naive wall time happens twice (the hour put back at the end of summer)."""
    zone = _zone(timezone)
    first = moment.replace(tzinfo=zone, fold=0)
    second = moment.replace(tzinfo=zone, fold=1)
    return first.utcoffset() != second.utcoffset() and not is_skipped(moment, timezone)


def is_skipped(moment: dt.datetime, timezone: str | None = None) -> bool:
    """Whether the naive wall time never happens (the hour skipped when summer time starts)."""
    plain = moment.replace(fold=0)
    return utc_to_wall(wall_to_utc(plain, timezone), timezone).replace(fold=0) != plain


def settle_wall(
    typed: dt.datetime, proposed: dt.datetime | None = None, timezone: str | None = None
) -> dt.datetime:
    """The wall time a user meant by ``typed`` (naive, read from a date-time edit that lost
    ``fold``) when the dialog had proposed ``proposed`` (the business clock's "now", with
    its ``fold``). The rules:

    - unchanged (``typed`` shows the proposed time): the proposed time, the exact instant;
    - in the repeated hour of October: the occurrence of the proposed time when that is in
      the same repeated hour (the user changed the minutes of "now"), otherwise the first
      occurrence (still summer time, as the clock shows it first);
    - in the hour skipped in March: moved forward by the hour skipped (02:30 is 03:30, the
      same day), as the clocks were.
    """
    if proposed is not None and typed == proposed:  # naive comparison ignores fold
        return proposed
    typed = typed.replace(fold=0)
    if is_skipped(typed, timezone):
        return utc_to_wall(wall_to_utc(typed, timezone), timezone)  # fold 0: offset before
    if is_repeated(typed, timezone):
        same_hour = (
            proposed is not None
            and proposed.date() == typed.date()
            and proposed.hour == typed.hour
            and is_repeated(proposed, timezone)
        )
        if same_hour:
            assert proposed is not None
            return typed.replace(fold=proposed.fold)
    return typed


def typed_to_utc(
    typed: dt.datetime, proposed: dt.datetime | None = None, timezone: str | None = None
) -> dt.datetime:
    """``settle_wall`` then ``wall_to_utc``: a typed business time as stored (naive UTC)."""
    return wall_to_utc(settle_wall(typed, proposed, timezone), timezone)


def week_start(day: dt.date) -> dt.date:
    """Monday of the week holding ``day`` (French weeks start on Monday)."""
    return day - dt.timedelta(days=day.weekday())
