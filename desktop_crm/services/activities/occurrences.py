"""Moving one occurrence of a recurring activity without moving the whole series.

There is no table of exceptions: the series is split instead. The occurrence moved becomes a
one-off activity; the series stops the day before it and a copy carries on from the next
occurrence with the same rule and end date. Moving the first occurrence only moves the
series' start to the next one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from desktop_crm.domain.errors import FieldProblem, ValidationError
from desktop_crm.domain.recurrence import next_occurrence, occurrences
from desktop_crm.services.activities.records import (
    ActivityView,
    get_activity,
    reschedule_activity,
    schedule_activity,
)
from desktop_crm.storage.models import Activity
from desktop_crm.storage.uow import UnitOfWork


def move_occurrence(
    uow: UnitOfWork,
    activity_id: int,
    occurrence: dt.datetime,
    new_start: dt.datetime,
    *,
    duration_min: int | None = None,
) -> ActivityView:
    """Move the occurrence starting at ``occurrence`` to ``new_start``; returns the one-off.

    A one-off activity simply moves (as ``reschedule_activity`` does).
    """
    view = get_activity(uow, activity_id)
    rule = view.rule
    if rule is None:
        return reschedule_activity(uow, activity_id, new_start, duration_min=duration_min)
    if view.cleared:
        raise ValidationError(
            [FieldProblem("start_at", "cleared", "A cleared activity cannot be moved")]
        )
    if (
        next(
            iter(
                occurrences(view.start_at, rule, occurrence, occurrence + dt.timedelta(seconds=1))
            ),
            None,
        )
        != occurrence
    ):
        raise ValidationError(
            [
                FieldProblem(
                    "start_at",
                    "not_an_occurrence",
                    "This occurrence is no longer planned: the calendar is shown again",
                )
            ]
        )
    data = view.to_input()
    following = next_occurrence(view.start_at, rule, occurrence)
    act = uow.session.get(Activity, activity_id)
    assert act is not None  # read just above
    if occurrence == view.start_at:
        if following is None:  # the only occurrence left: the whole activity moves
            return reschedule_activity(uow, activity_id, new_start, duration_min=duration_min)
        act.start_at = following
        act.alarm_snoozed_until = None
        act.alarm_dismissed = False
    else:
        if following is not None:
            schedule_activity(uow, replace(data, start_at=following))
        act.recurrence_until = occurrence.date() - dt.timedelta(days=1)
    uow.session.flush()
    one_off = replace(
        data,
        start_at=new_start,
        duration_min=data.duration_min if duration_min is None else duration_min,
        recurrence=None,
        recurrence_interval=1,
        recurrence_until=None,
    )
    return schedule_activity(uow, one_off)


def move_series(
    uow: UnitOfWork,
    activity_id: int,
    occurrence: dt.datetime,
    new_start: dt.datetime,
    *,
    duration_min: int | None = None,
) -> ActivityView:
    """Move a whole activity by as much as its occurrence at ``occurrence`` was dragged."""
    view = get_activity(uow, activity_id)
    return reschedule_activity(
        uow, activity_id, view.start_at + (new_start - occurrence), duration_min=duration_min
    )
