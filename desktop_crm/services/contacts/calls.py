"""Logging a call in one step: history entry, Last Reach/Attempt, optional follow-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import update

from desktop_crm.domain.constants import (
    ATTEMPT_TYPES,
    REACH_TYPES,
    ActivityType,
    HistoryType,
    Priority,
)
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.text import clean
from desktop_crm.domain.wording import RECORD, say
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.storage.models import Contact, History
from desktop_crm.storage.uow import UnitOfWork

CALL_RESULTS: tuple[HistoryType, ...] = (
    HistoryType.CALL_ATTEMPTED,
    HistoryType.CALL_REACHED,
    HistoryType.CALL_LEFT_MESSAGE,
    HistoryType.CALL_RECEIVED,
    HistoryType.CALL_WRONG_NUMBER,
)
FOLLOW_UP_TYPES: tuple[ActivityType, ...] = (
    ActivityType.CALL,
    ActivityType.TODO,
    ActivityType.MEETING,
)


@dataclass(frozen=True)
class FollowUp:
    """The next action to schedule after the call (``start_at`` in wall-clock time, as
    activities are stored)."""

    type: ActivityType
    start_at: dt.datetime
    priority: Priority = Priority.MEDIUM
    regarding: str | None = None
    duration_min: int = 15
    timeless: bool = False


@dataclass(frozen=True)
class CallInput:
    """What the call dialog collected."""

    contact_id: int
    result: HistoryType
    occurred_at: dt.datetime
    outgoing: bool = True
    duration_s: int = 0
    regarding: str | None = None
    details: str | None = None
    follow_up: FollowUp | None = None


@dataclass(frozen=True)
class CallLogged:
    """What ``log_call`` wrote."""

    history_id: int
    activity_id: int | None
    updated_field: str


def log_call(uow: UnitOfWork, call: CallInput) -> CallLogged:
    """Write the call's history entry, update Last Reach or Last Attempt and schedule the
    follow-up, all in the caller's one transaction (nothing is written on error)."""
    if call.result not in CALL_RESULTS:
        raise ValidationError([FieldProblem("result", "invalid", "Choose the call's result.")])
    if call.outgoing is False and call.result == HistoryType.CALL_ATTEMPTED:
        raise ValidationError(
            [FieldProblem("result", "invalid", "An incoming call cannot be an attempt.")]
        )
    contact = uow.session.get(Contact, call.contact_id)
    if contact is None:
        raise NotFoundError(
            say(RECORD, "Contact #{id} does not exist any more.").format(id=call.contact_id)
        )
    history = History(
        contact_id=contact.id,
        company_id=contact.company_id,
        type=call.result.value,
        occurred_at=call.occurred_at,
        result="outgoing" if call.outgoing else "incoming",
        regarding=(clean(call.regarding) or "")[:250] or None,
        details=clean(call.details),
        duration_s=max(0, int(call.duration_s)),
        user_id=uow.user_id,
    )
    uow.session.add(history)
    field = "last_reach" if call.result in REACH_TYPES else "last_attempt"
    assert call.result in REACH_TYPES | ATTEMPT_TYPES
    # A Core UPDATE: a system date must not bump the version a colleague is editing from.
    uow.session.execute(
        update(Contact).where(Contact.id == contact.id).values({field: call.occurred_at})
    )
    uow.note_changes("contact", "updated", (contact.id,))
    activity_id: int | None = None
    if call.follow_up is not None:
        follow = call.follow_up
        activity = schedule_activity(
            uow,
            ActivityInput(
                type=follow.type.value,
                start_at=follow.start_at,
                contact_ids=(contact.id,),
                regarding=(clean(follow.regarding) or clean(call.regarding) or "")[:250] or None,
                timeless=follow.timeless,
                duration_min=follow.duration_min,
                priority=int(follow.priority),
                company_id=contact.company_id,
            ),
        )
        activity_id = activity.id
    uow.session.flush()
    return CallLogged(history.id, activity_id, field)
