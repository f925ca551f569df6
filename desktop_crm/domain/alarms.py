"""When an activity's alarm rings: the rule shared by the services, the storage and migrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any


def alarm_ring_at(
    start_at: dt.datetime | None,
    lead_min: int | None,
    snoozed_until: dt.datetime | None = None,
    *,
    dismissed: bool = False,
    cleared: bool = False,
) -> dt.datetime | None:
    """The snooze time, else the start minus the lead; None without an alarm or once settled.

    Stored as ``activity.alarm_at`` (indexed) so "which alarms are due" is one index range.
    """
    if lead_min is None or dismissed or cleared or start_at is None:
        return None
    if snoozed_until is not None:
        return snoozed_until
    return start_at - dt.timedelta(minutes=lead_min)


def alarm_ring_at_row(row: Mapping[str, Any]) -> dt.datetime | None:
    """``alarm_ring_at`` for a bulk-insert row (a dict of activity columns)."""
    return alarm_ring_at(
        row.get("start_at"),
        row.get("alarm_lead_min"),
        row.get("alarm_snoozed_until"),
        dismissed=bool(row.get("alarm_dismissed")),
        cleared=bool(row.get("cleared")),
    )
