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
    """A step placed on the calendar for one anchor date.

    ``skipped`` says why the step is not to be done (``SKIP_LATE``: its date had passed
    when the series started); it is then recorded as a skipped step, never planned.
    """

    position: int
    step: StepTemplate
    start_at: dt.datetime
    skipped: str | None = None


# Why a step of a series is skipped: stored in the activity's ``result`` as "skipped:<code>".
SKIPPED_PREFIX = "skipped:"
SKIP_LATE = "late"
SKIP_MESSAGES: dict[str, str] = {
    SKIP_LATE: "Its date had passed when the series started",
    "npai": "Returned mail (NPAI): no letter",
    "do_not_mail": "Marked 'do not mail': no letter",
    "post_opt_out": "Objected to postal mail: no letter",
    "do_not_email": "Marked 'do not e-mail': no e-mail",
    "email_opt_out": "Objected to e-mail: no e-mail",
    "email_invalid": "E-mail address marked invalid: no e-mail",
    "do_not_call": "Marked 'do not call': no call",
    "phone_opt_out": "Objected to calls: no call",
}


def skipped_result(reason: str) -> str:
    """The value stored in ``activity.result`` for a skipped step."""
    return SKIPPED_PREFIX + reason


def skip_reason(result: str | None) -> str | None:
    """The reason code of a skipped step's ``result`` (None for any other result)."""
    if result and result.startswith(SKIPPED_PREFIX):
        return result[len(SKIPPED_PREFIX) :]
    return None


@dataclass(frozen=True)
class ChannelFlags:
    """What a contact allows, per channel: the flags and consents a step must respect."""

    do_not_mail: bool = False
    npai: bool = False
    post_opt_out: bool = False
    do_not_email: bool = False
    email_opt_out: bool = False
    email_invalid: bool = False
    do_not_call: bool = False
    phone_opt_out: bool = False


def channel_block(step_type: str, flags: ChannelFlags) -> str | None:
    """Why a step of ``step_type`` must not be planned for this contact (a code), or None.

    Letters respect NPAI, "do not mail" and a postal objection; e-mails "do not e-mail", an
    objection or an address marked invalid; calls "do not call" and a phone objection.
    """
    checks: tuple[tuple[bool, str], ...]
    if step_type == ActivityType.LETTER:
        checks = (
            (flags.npai, "npai"),
            (flags.do_not_mail, "do_not_mail"),
            (flags.post_opt_out, "post_opt_out"),
        )
    elif step_type == ActivityType.EMAIL:
        checks = (
            (flags.do_not_email, "do_not_email"),
            (flags.email_opt_out, "email_opt_out"),
            (flags.email_invalid, "email_invalid"),
        )
    elif step_type == ActivityType.CALL:
        checks = ((flags.do_not_call, "do_not_call"), (flags.phone_opt_out, "phone_opt_out"))
    else:
        return None
    return next((code for blocked, code in checks if blocked), None)


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

    With ``not_before`` (a series triggered late), steps that would fall before that date
    are marked skipped (``SKIP_LATE``) at their own date: nothing is born overdue, and late
    steps are never piled up on one day.
    """
    ordered = sorted(enumerate(steps), key=lambda pair: (pair[1].day_offset, pair[0]))
    planned: list[PlannedStep] = []
    for position, step in ordered:
        day = anchor + dt.timedelta(days=step.day_offset)
        late = not_before is not None and day < not_before
        planned.append(
            PlannedStep(position, step, dt.datetime.combine(day, at), SKIP_LATE if late else None)
        )
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
