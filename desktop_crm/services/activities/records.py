"""Activities: schedule, update, reschedule, clear with a result, roll over.

Queries (task list, calendar, alarms) live in ``services.agenda``. Every function takes a
unit of work and returns frozen dataclasses; the caller commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import aliased

from desktop_crm.domain.alarms import alarm_ring_at_row
from desktop_crm.domain.changes import Action
from desktop_crm.domain.clock import Clock, SystemClock, wall_to_utc
from desktop_crm.domain.constants import (
    ACTIVITY_LABELS_FR,
    ALARM_LEAD_MINUTES,
    HISTORY_LABELS_FR,
    ActivityType,
    HistoryType,
    Priority,
)
from desktop_crm.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.recurrence import Frequency, Recurrence, next_occurrence
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.text import clean, clean_multiline
from desktop_crm.domain.wording import RECORD, say
from desktop_crm.services.users.audit import record_deletion
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import (
    Activity,
    ActivityContact,
    Company,
    Contact,
    History,
    User,
)
from desktop_crm.storage.uow import UnitOfWork

MAX_ALARM_LEAD_MIN = max(ALARM_LEAD_MINUTES)
BULK_CHUNK = 1000

# Results a user can pick when clearing each type of activity, the first being the default.
RESULTS_BY_TYPE: dict[ActivityType, tuple[HistoryType, ...]] = {
    ActivityType.CALL: (
        HistoryType.CALL_REACHED,
        HistoryType.CALL_ATTEMPTED,
        HistoryType.CALL_LEFT_MESSAGE,
        HistoryType.CALL_WRONG_NUMBER,
        HistoryType.CALL_RECEIVED,
    ),
    ActivityType.MEETING: (HistoryType.MEETING_HELD, HistoryType.MEETING_NOT_HELD),
    ActivityType.TODO: (HistoryType.TODO_DONE, HistoryType.TODO_NOT_DONE),
    ActivityType.LETTER: (HistoryType.LETTER_SENT,),
    ActivityType.EMAIL: (HistoryType.EMAIL_SENT,),
    ActivityType.PERSONAL: (),
}

# Which system date of the contact each history result moves.
SYSTEM_DATES: dict[HistoryType, tuple[str, ...]] = {
    HistoryType.CALL_REACHED: ("last_reach",),
    HistoryType.CALL_RECEIVED: ("last_reach",),
    HistoryType.CALL_ATTEMPTED: ("last_attempt",),
    HistoryType.CALL_LEFT_MESSAGE: ("last_attempt",),
    HistoryType.CALL_WRONG_NUMBER: ("last_attempt",),
    HistoryType.MEETING_HELD: ("last_meeting", "last_reach"),
    HistoryType.LETTER_SENT: ("last_letter",),
    HistoryType.EMAIL_SENT: ("last_email",),
}


@dataclass(frozen=True)
class ActivityInput:
    """What the user typed in the schedule dialog (or what a caller wants planned).

    ``start_at`` is wall-clock time; a timeless activity keeps only its date. The first of
    ``contact_ids`` is the main contact, the others are associated contacts.
    ``scheduled_for_id`` None means the current user.
    """

    type: str
    start_at: dt.datetime
    contact_ids: tuple[int, ...] = ()
    regarding: str | None = None
    details: str | None = None
    timeless: bool = False
    duration_min: int = 0
    priority: int = int(Priority.MEDIUM)
    alarm_lead_min: int | None = None
    recurrence: str | None = None
    recurrence_interval: int = 1
    recurrence_until: dt.date | None = None
    scheduled_for_id: int | None = None
    company_id: int | None = None
    opportunity_id: int | None = None
    private: bool = False


@dataclass(frozen=True)
class ActivityView:
    """An activity as lists, dialogs and exports show it."""

    id: int
    type: str
    start_at: dt.datetime
    timeless: bool
    duration_min: int
    priority: int
    regarding: str | None
    details: str | None
    alarm_lead_min: int | None
    recurrence: str | None
    recurrence_interval: int
    recurrence_until: dt.date | None
    scheduled_for_id: int | None
    scheduled_for_name: str | None
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None
    opportunity_id: int | None
    private: bool
    cleared: bool
    cleared_at: dt.datetime | None
    result: str | None
    series_run_id: int | None
    version: int
    extra_contact_ids: tuple[int, ...] = ()

    @property
    def end_at(self) -> dt.datetime:
        return self.start_at + dt.timedelta(minutes=self.duration_min)

    @property
    def rule(self) -> Recurrence | None:
        return Recurrence.parse(self.recurrence, self.recurrence_interval, self.recurrence_until)

    @property
    def type_label(self) -> str:
        return ACTIVITY_LABELS_FR.get(ActivityType(self.type), self.type)

    def to_input(self) -> ActivityInput:
        """The editable values, to pre-fill a dialog or plan a similar activity."""
        contacts = ((self.contact_id,) if self.contact_id else ()) + self.extra_contact_ids
        return ActivityInput(
            type=self.type,
            start_at=self.start_at,
            contact_ids=contacts,
            regarding=self.regarding,
            details=self.details,
            timeless=self.timeless,
            duration_min=self.duration_min,
            priority=self.priority,
            alarm_lead_min=self.alarm_lead_min,
            recurrence=self.recurrence,
            recurrence_interval=self.recurrence_interval,
            recurrence_until=self.recurrence_until,
            scheduled_for_id=self.scheduled_for_id,
            company_id=self.company_id,
            opportunity_id=self.opportunity_id,
            private=self.private,
        )


@dataclass(frozen=True)
class ClearInput:
    """How an activity went: the result, a note, when; optionally the next step to plan."""

    result: str | None = None
    details: str | None = None
    cleared_at: dt.datetime | None = None
    occurrence: dt.datetime | None = None
    follow_up: ActivityInput | None = None


@dataclass(frozen=True)
class ClearOutcome:
    """What clearing changed: the activity, history written, the follow-up, shifted steps."""

    activity: ActivityView
    history_ids: tuple[int, ...]
    follow_up: ActivityView | None = None
    shifted_activity_ids: tuple[int, ...] = field(default_factory=tuple)


def contact_display_name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part) or "—"


# --- validation -----------------------------------------------------------------------


def _validate(data: ActivityInput) -> ActivityInput:
    problems: list[FieldProblem] = []
    try:
        ActivityType(data.type)
    except ValueError:
        problems.append(
            FieldProblem("type", "unknown_type", f"Unknown activity type {data.type!r}")
        )
    if data.priority not in tuple(Priority):
        problems.append(FieldProblem("priority", "bad_priority", "Priority must be 1 to 5"))
    if data.duration_min < 0 or data.duration_min > 30 * 24 * 60:
        problems.append(
            FieldProblem("duration_min", "bad_duration", "Duration must be between 0 and 30 days")
        )
    if data.alarm_lead_min is not None and not 0 <= data.alarm_lead_min <= MAX_ALARM_LEAD_MIN:
        problems.append(
            FieldProblem(
                "alarm_lead_min",
                "bad_alarm",
                "The alarm lead time must be between 0 minutes and 30 days",
            )
        )
    if data.recurrence:
        try:
            Frequency(data.recurrence)
        except ValueError:
            problems.append(
                FieldProblem(
                    "recurrence", "bad_recurrence", f"Unknown recurrence {data.recurrence!r}"
                )
            )
        if data.recurrence_interval < 1:
            problems.append(
                FieldProblem(
                    "recurrence_interval", "bad_interval", "The interval must be at least 1"
                )
            )
        if data.recurrence_until and data.recurrence_until < data.start_at.date():
            problems.append(
                FieldProblem(
                    "recurrence_until",
                    "end_before_start",
                    "The recurrence ends before the first occurrence",
                )
            )
    regarding = clean(data.regarding)
    if regarding and len(regarding) > 250:
        problems.append(FieldProblem("regarding", "too_long", "At most 250 characters"))
    if problems:
        raise ValidationError(problems)
    start = data.start_at.replace(second=0, microsecond=0)
    if data.timeless:
        start = start.replace(hour=0, minute=0)
    return replace(
        data,
        regarding=regarding,
        details=clean_multiline(data.details),
        start_at=start,
        recurrence=data.recurrence or None,
        recurrence_until=data.recurrence_until if data.recurrence else None,
        recurrence_interval=data.recurrence_interval if data.recurrence else 1,
    )


def _check_contacts(uow: UnitOfWork, ids: Iterable[int]) -> None:
    wanted = set(ids)
    if not wanted:
        return
    found = set(uow.session.scalars(select(Contact.id).where(Contact.id.in_(wanted))))
    missing = wanted - found
    if missing:
        raise NotFoundError(say(RECORD, "Contact #{id} does not exist").format(id=min(missing)))


def _columns(uow: UnitOfWork, data: ActivityInput, contact_id: int | None) -> dict[str, Any]:
    return {
        "type": data.type,
        "regarding": data.regarding,
        "details": data.details,
        "start_at": data.start_at,
        "timeless": data.timeless,
        "duration_min": data.duration_min,
        "priority": data.priority,
        "alarm_lead_min": data.alarm_lead_min,
        "alarm_snoozed_until": None,
        "alarm_dismissed": False,
        "recurrence": data.recurrence,
        "recurrence_interval": data.recurrence_interval,
        "recurrence_until": data.recurrence_until,
        "scheduled_for_id": data.scheduled_for_id or uow.user_id,
        "contact_id": contact_id,
        "company_id": data.company_id,
        "opportunity_id": data.opportunity_id,
        "private": data.private,
    }


# --- reading ----------------------------------------------------------------------------


def _view_query() -> Any:
    owner = aliased(User)
    return (
        select(
            Activity,
            Contact.first_name,
            Contact.last_name,
            Contact.company_name,
            Company.name,
            owner.display_name,
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Company, Company.id == Activity.company_id)
        .outerjoin(owner, owner.id == Activity.scheduled_for_id)
    )


def _to_view(row: Any, extra: tuple[int, ...] = ()) -> ActivityView:
    act, first, last, contact_company, company, owner = row
    return ActivityView(
        id=act.id,
        type=act.type,
        start_at=act.start_at,
        timeless=act.timeless,
        duration_min=act.duration_min,
        priority=act.priority,
        regarding=act.regarding,
        details=act.details,
        alarm_lead_min=act.alarm_lead_min,
        recurrence=act.recurrence,
        recurrence_interval=act.recurrence_interval,
        recurrence_until=act.recurrence_until,
        scheduled_for_id=act.scheduled_for_id,
        scheduled_for_name=owner,
        contact_id=act.contact_id,
        contact_name=contact_display_name(first, last) if act.contact_id else None,
        company_id=act.company_id,
        company_name=company or contact_company,
        opportunity_id=act.opportunity_id,
        private=act.private,
        cleared=act.cleared,
        cleared_at=act.cleared_at,
        result=act.result,
        series_run_id=act.series_run_id,
        version=act.version,
        extra_contact_ids=extra,
    )


def get_activity(uow: UnitOfWork, activity_id: int) -> ActivityView:
    row = uow.session.execute(_view_query().where(Activity.id == activity_id)).first()
    if row is None:
        raise NotFoundError(say(RECORD, "Activity #{id} does not exist").format(id=activity_id))
    extra = tuple(
        uow.session.scalars(
            select(ActivityContact.contact_id)
            .where(ActivityContact.activity_id == activity_id)
            .order_by(ActivityContact.contact_id)
        )
    )
    return _to_view(row, extra)


def list_for_contact(
    uow: UnitOfWork, contact_id: int, *, include_cleared: bool = False
) -> list[ActivityView]:
    """A contact's activities (as main or associated contact), soonest first."""
    linked = select(ActivityContact.activity_id).where(ActivityContact.contact_id == contact_id)
    query = (
        _view_query()
        .where((Activity.contact_id == contact_id) | Activity.id.in_(linked))
        .order_by(Activity.start_at, Activity.id)
    )
    if not include_cleared:
        query = query.where(Activity.cleared.is_(False))
    return [_to_view(row) for row in uow.session.execute(query)]


def _load(uow: UnitOfWork, activity_id: int, expected_version: int | None = None) -> Activity:
    act = uow.session.get(Activity, activity_id)
    if act is None:
        raise NotFoundError(say(RECORD, "Activity #{id} does not exist").format(id=activity_id))
    if expected_version is not None and act.version != expected_version:
        raise ConflictError(
            "Activity", act.id, act.regarding or act.type, their_version=act.version
        )
    return act


# --- writing ----------------------------------------------------------------------------


def _extra_contacts(uow: UnitOfWork, activity_id: int) -> tuple[int, ...]:
    return tuple(
        uow.session.scalars(
            select(ActivityContact.contact_id).where(ActivityContact.activity_id == activity_id)
        )
    )


def _link_contacts(
    uow: UnitOfWork,
    act: Activity,
    extra: Sequence[int],
    action: Action,
    *,
    replaced: Sequence[int] = (),
) -> None:
    """Store the associated contacts (Core rows) and say whose activities changed.

    The link rows have no id of their own: the activity is reported with every contact it
    was and is now linked to, so each of their activity lists hears of it.
    """
    if extra:
        uow.session.execute(
            insert(ActivityContact), [{"activity_id": act.id, "contact_id": c} for c in extra]
        )
    uow.note_changes("activity", action, (act.id,), contact_ids=(*extra, *replaced))


def schedule_activity(uow: UnitOfWork, data: ActivityInput) -> ActivityView:
    """Plan one activity (with its associated contacts) and return it."""
    data = _validate(data)
    _check_contacts(uow, data.contact_ids)
    main = data.contact_ids[0] if data.contact_ids else None
    act = Activity(**_columns(uow, data, main), scheduled_by_id=uow.user_id)
    uow.session.add(act)
    uow.session.flush()
    extra = tuple(dict.fromkeys(c for c in data.contact_ids[1:] if c != main))
    if extra:
        _link_contacts(uow, act, extra, "created")
    return get_activity(uow, act.id)


def schedule_for_selection(uow: UnitOfWork, data: ActivityInput, contact_ids: Sequence[int]) -> int:
    """Plan the same activity separately for each contact of a selection (bulk insert)."""
    data = _validate(replace(data, contact_ids=()))
    ids = list(dict.fromkeys(contact_ids))
    _check_contacts(uow, ids)
    base = _columns(uow, data, None)
    base["scheduled_by_id"] = uow.user_id
    base["alarm_at"] = alarm_ring_at_row(base)  # bulk rows bypass the ORM hook
    for begin in range(0, len(ids), BULK_CHUNK):
        chunk = ids[begin : begin + BULK_CHUNK]
        rows = [{**base, "contact_id": cid} for cid in chunk]
        created = uow.session.scalars(insert(Activity).returning(Activity.id), rows).all()
        uow.note_changes("activity", "created", created, contact_ids=chunk)
    return len(ids)


def update_activity(
    uow: UnitOfWork,
    activity_id: int,
    data: ActivityInput,
    *,
    expected_version: int | None = None,
) -> ActivityView:
    """Save the edited values of an activity (alarm state restarts when the time changes)."""
    data = _validate(data)
    act = _load(uow, activity_id, expected_version)
    _check_contacts(uow, data.contact_ids)
    main = data.contact_ids[0] if data.contact_ids else None
    columns = _columns(uow, data, main)
    if act.start_at == data.start_at and act.alarm_lead_min == data.alarm_lead_min:
        # Same time: keep a snooze or a dismissal the user already chose.
        columns.pop("alarm_snoozed_until")
        columns.pop("alarm_dismissed")
    # Contacts it leaves hear of it too (read before the new main contact is set).
    previous = (*_extra_contacts(uow, act.id), *([act.contact_id] if act.contact_id else []))
    for key, value in columns.items():
        setattr(act, key, value)
    uow.session.execute(delete(ActivityContact).where(ActivityContact.activity_id == act.id))
    extra = tuple(dict.fromkeys(c for c in data.contact_ids[1:] if c != main))
    _link_contacts(uow, act, extra, "updated", replaced=previous)
    uow.session.flush()
    return get_activity(uow, act.id)


def reschedule_activity(
    uow: UnitOfWork,
    activity_id: int,
    start_at: dt.datetime,
    *,
    duration_min: int | None = None,
    timeless: bool | None = None,
    expected_version: int | None = None,
) -> ActivityView:
    """Move (and optionally resize) an activity; a recurring one moves as a whole."""
    act = _load(uow, activity_id, expected_version)
    if act.cleared:
        raise ValidationError(
            [FieldProblem("start_at", "cleared", "A cleared activity cannot be moved")]
        )
    if duration_min is not None:
        if duration_min < 0:
            raise ValidationError(
                [FieldProblem("duration_min", "bad_duration", "Duration must be positive")]
            )
        act.duration_min = duration_min
    if timeless is not None:
        act.timeless = timeless
    start_at = start_at.replace(second=0, microsecond=0)
    if act.timeless:
        start_at = start_at.replace(hour=0, minute=0)
    if act.recurrence_until is not None:
        act.recurrence_until += start_at.date() - act.start_at.date()
    act.start_at = start_at
    act.alarm_snoozed_until = None
    act.alarm_dismissed = False
    uow.session.flush()
    return get_activity(uow, act.id)


def delete_activity(uow: UnitOfWork, activity_id: int) -> None:
    require(uow, Permission.DELETE)
    act = _load(uow, activity_id)
    extra = _extra_contacts(uow, act.id)
    label = act.regarding or act.type
    record_deletion(uow, "activity", activity_id, label, private=bool(act.private))
    uow.session.delete(act)
    uow.session.flush()
    if extra:
        # Their links go with the activity (ON DELETE CASCADE): their views reload too.
        uow.note_changes("activity", "deleted", (activity_id,), contact_ids=extra)


def clear_activity(
    uow: UnitOfWork,
    activity_id: int,
    clearing: ClearInput,
    *,
    clock: Clock | None = None,
) -> ClearOutcome:
    """Clear an activity with a result: history for each contact, system dates, next step.

    A recurring activity clears one occurrence and moves on to the next one; it is only
    marked cleared after its last occurrence.
    """
    from desktop_crm.services.activities.series import (
        shift_after_clear,  # series imports nothing here
    )

    act = _load(uow, activity_id)
    if act.cleared:
        raise ValidationError(
            [FieldProblem("cleared", "already_cleared", "This activity is already cleared")]
        )
    kind = ActivityType(act.type)
    allowed = RESULTS_BY_TYPE[kind]
    result = HistoryType(clearing.result) if clearing.result else (allowed[0] if allowed else None)
    if result is not None and result not in allowed and result not in SYSTEM_DATES:
        raise ValidationError(
            [FieldProblem("result", "bad_result", f"{result} is not a result for a {kind}")]
        )
    when = (clearing.cleared_at or (clock or SystemClock()).now()).replace(microsecond=0)
    when_utc = wall_to_utc(when)
    occurrence = clearing.occurrence or act.start_at
    history_ids = _write_history(uow, act, result, clearing.details, when_utc)

    rule = Recurrence.parse(act.recurrence, act.recurrence_interval, act.recurrence_until)
    upcoming = next_occurrence(act.start_at, rule, occurrence) if rule else None
    planned_start = act.start_at
    if upcoming is not None:
        act.start_at = upcoming
        act.alarm_snoozed_until = None
        act.alarm_dismissed = False
    else:
        act.cleared = True
        act.cleared_at = when
        act.result = str(result) if result else None
    uow.session.flush()
    shifted: tuple[int, ...] = ()
    if act.series_run_id is not None and upcoming is None:
        shifted = shift_after_clear(uow, act.id, planned_start, when)
    follow = schedule_activity(uow, clearing.follow_up) if clearing.follow_up else None
    return ClearOutcome(get_activity(uow, act.id), history_ids, follow, shifted)


def _write_history(
    uow: UnitOfWork,
    act: Activity,
    result: HistoryType | None,
    details: str | None,
    when_utc: dt.datetime,
) -> tuple[int, ...]:
    if result is None:
        return ()
    contacts: list[int | None] = [act.contact_id] if act.contact_id else []
    contacts += list(
        uow.session.scalars(
            select(ActivityContact.contact_id).where(ActivityContact.activity_id == act.id)
        )
    )
    label = HISTORY_LABELS_FR[result]
    ids: list[int] = []
    for contact_id in contacts or [None]:
        entry = History(
            contact_id=contact_id,
            company_id=act.company_id,
            opportunity_id=act.opportunity_id,
            activity_id=act.id,
            type=str(result),
            occurred_at=when_utc,
            result=label,
            regarding=act.regarding,
            details=clean_multiline(details) or act.details,
            duration_s=act.duration_min * 60 or None,
            user_id=uow.user_id,
            private=act.private,
        )
        uow.session.add(entry)
        uow.session.flush()
        ids.append(entry.id)
    columns = SYSTEM_DATES.get(result, ())
    text = f"{label} : {act.regarding}"[:250] if act.regarding else label
    # Through the ORM so the contact's version moves: an open card editing it sees a conflict.
    for contact in uow.session.scalars(
        select(Contact).where(Contact.id.in_([c for c in contacts if c is not None]))
    ):
        for name in columns:
            current = getattr(contact, name)
            if current is None or current < when_utc:
                setattr(contact, name, when_utc)
        contact.last_results = text
    return tuple(ids)


def roll_over(
    uow: UnitOfWork,
    *,
    today: dt.date | None = None,
    user_id: int | None = None,
    clock: Clock | None = None,
) -> int:
    """Move uncleared one-off activities from past days to today, keeping their time of day.

    ``user_id`` limits the roll-over to one user's activities. Returns how many moved.
    """
    today = today or (clock or SystemClock()).now().date()
    midnight = dt.datetime.combine(today, dt.time())
    query = select(Activity).where(
        Activity.cleared.is_(False),
        Activity.start_at < midnight,
        Activity.recurrence.is_(None),
    )
    if user_id is not None:
        query = query.where(Activity.scheduled_for_id == user_id)
    moved = 0
    for act in uow.session.scalars(query):
        act.start_at = dt.datetime.combine(today, act.start_at.time())
        act.alarm_dismissed = False
        act.alarm_snoozed_until = None
        moved += 1
    uow.session.flush()
    return moved


def results_for(activity_type: str) -> tuple[HistoryType, ...]:
    """The results offered when clearing this type of activity (first is the default)."""
    return RESULTS_BY_TYPE[ActivityType(activity_type)]
