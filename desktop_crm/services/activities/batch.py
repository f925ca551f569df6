"""Several activity writes as one user action, and the long runs the window starts.

Each function takes the unit of work first (the operation runner commits once after it):
snoozing or dismissing a selection of alarms, applying a series to many contacts in slices
with progress and cancel, and the periodic check of automatic series.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.activities.agenda import (
    AlarmView,
    dismiss_alarm,
    due_alarms,
    snooze_alarm,
)
from desktop_crm.services.activities.series import (
    ApplyResult,
    TriggerReport,
    apply_series,
    run_triggers,
)
from desktop_crm.storage.uow import UnitOfWork

# Contacts planned per slice when a series is applied: progress moves, Cancel is heard.
APPLY_SLICE = 500


def due_alarms_for_me(uow: UnitOfWork, now: dt.datetime) -> list[AlarmView]:
    """The alarms that rang by ``now`` for the team member using the database."""
    return due_alarms(uow, user_id=uow.db.user_id, clock=FixedClock(now))


def snooze_alarms(uow: UnitOfWork, activity_ids: Sequence[int], until: dt.datetime) -> int:
    """Snooze the alarms of these activities until ``until``; how many were snoozed."""
    for activity_id in activity_ids:
        snooze_alarm(uow, activity_id, until)
    return len(activity_ids)


def dismiss_alarms(uow: UnitOfWork, activity_ids: Sequence[int]) -> int:
    """Dismiss the alarms of these activities (they stay planned); how many were dismissed."""
    for activity_id in activity_ids:
        dismiss_alarm(uow, activity_id)
    return len(activity_ids)


def apply_series_with_progress(
    uow: UnitOfWork,
    control: TaskControl,
    series_id: int,
    contact_ids: Sequence[int],
    anchor: dt.date,
) -> ApplyResult:
    """``apply_series`` over many contacts, slice by slice, reporting progress."""
    ids = list(dict.fromkeys(contact_ids))
    runs = activities = skipped_steps = 0
    skipped: list[int] = []
    run_ids: list[int] = []
    for begin in range(0, len(ids), APPLY_SLICE):
        control.check()
        control.report(begin, len(ids))
        part = apply_series(uow, series_id, ids[begin : begin + APPLY_SLICE], anchor)
        runs += part.runs
        activities += part.activities
        skipped_steps += part.skipped_steps
        skipped.extend(part.skipped_contact_ids)
        run_ids.extend(part.run_ids)
    control.report(len(ids), len(ids))
    return ApplyResult(
        series_id, runs, activities, tuple(sorted(skipped)), tuple(run_ids), skipped_steps
    )


def check_triggers(uow: UnitOfWork, control: TaskControl) -> TriggerReport:
    """The periodic check of automatic series (opportunity won, dates coming up)."""
    control.check()
    return run_triggers(uow)
