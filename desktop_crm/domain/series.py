"""Activity series: step dates from an anchor date, and the shift-on-late rule.

A series is a template of steps, each with a day offset from an anchor (J, J+1, J+7...;
negative offsets plan work before the anchor, e.g. J-30 before a contract ends). When a
step is cleared late and the template says so, the later steps move by the same delay so
the spacing the sales team planned between contacts is kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_crm.domain.constants import ActivityType, Priority

# Steps are planned at this time of day unless the template says otherwise.
DEFAULT_STEP_TIME = dt.time(9, 0)


@dataclass(frozen=True)
class StepTemplate:
    """One step of a series template."""

    day_offset: int
    type: str
    regarding: str | None = None
    priority: int = int(Priority.MEDIUM)
    duration_min: int = 0
    details: str | None = None

    def __post_init__(self) -> None:
        ActivityType(self.type)  # raises ValueError on an unknown type
        Priority(self.priority)


@dataclass(frozen=True)
class PlannedStep:
    """A step placed on the calendar for one anchor date."""

    position: int
    step: StepTemplate
    start_at: dt.datetime


def label_offset(day_offset: int) -> str:
    """ "J", "J+7", "J-30": how the documents write step offsets."""
    if day_offset == 0:
        return "J"
    return f"J{day_offset:+d}"


def plan_steps(
    steps: Sequence[StepTemplate],
    anchor: dt.date,
    *,
    at: dt.time = DEFAULT_STEP_TIME,
    not_before: dt.date | None = None,
) -> list[PlannedStep]:
    """Dates of every step for ``anchor``, in offset order.

    ``not_before`` moves steps that would fall in the past (a series triggered late) to that
    date, so nothing is born overdue.
    """
    ordered = sorted(enumerate(steps), key=lambda pair: (pair[1].day_offset, pair[0]))
    planned: list[PlannedStep] = []
    for position, step in ordered:
        day = anchor + dt.timedelta(days=step.day_offset)
        if not_before is not None and day < not_before:
            day = not_before
        planned.append(PlannedStep(position, step, dt.datetime.combine(day, at)))
    return planned


def lateness(planned: dt.datetime, cleared: dt.datetime) -> dt.timedelta:
    """Whole days a step was cleared after its planned day (zero when on time or early)."""
    days = (cleared.date() - planned.date()).days
    return dt.timedelta(days=max(0, days))


@dataclass(frozen=True)
class PendingStep:
    """A not-yet-cleared step of a run: its activity id, offset and current start."""

    activity_id: int
    day_offset: int
    start_at: dt.datetime


def shift_later_steps(
    pending: Iterable[PendingStep], cleared_offset: int, delay: dt.timedelta
) -> dict[int, dt.datetime]:
    """New starts for the pending steps after the cleared one (by offset), moved by ``delay``.

    Returns ``{activity_id: new_start}``; empty when the step was not late.
    """
    if delay <= dt.timedelta(0):
        return {}
    return {
        step.activity_id: step.start_at + delay
        for step in pending
        if step.day_offset > cleared_offset
    }
