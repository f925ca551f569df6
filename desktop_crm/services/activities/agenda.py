"""Agenda queries: the task list, the calendar (recurrences expanded) and due alarms.

The task list is one SQL query with its filters and sort, returning light rows; the calendar
asks the database for the activities that can touch a range and expands recurring ones in
Python; alarms compare the wall-clock time of an injectable clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from desktop_crm.domain.clock import Clock, SystemClock, week_start
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.recurrence import Recurrence, occurrences_overlapping
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import RECORD, say
from desktop_crm.services.activities.records import (
    ActivityView,
    contact_display_name,
    get_activity,
)
from desktop_crm.services.database_id import database_id
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import Activity, Company, Contact, PickList, PickListItem, User
from desktop_crm.storage.uow import UnitOfWork

if TYPE_CHECKING:  # icalendar loads when exporting, not with the agenda
    from desktop_crm.interchange.icalendar import IcsEvent


class Due(StrEnum):
    """Date-range presets of the task list."""

    ALL = "all"
    TODAY = "today"
    WEEK = "week"
    OVERDUE = "overdue"
    NEXT_30 = "next30"
    RANGE = "range"


class SortKey(StrEnum):
    """Columns the task list can be sorted on."""

    START = "start_at"
    TYPE = "type"
    PRIORITY = "priority"
    REGARDING = "regarding"
    CONTACT = "contact"
    COMPANY = "company"
    USER = "user"
    CLEARED = "cleared"


@dataclass(frozen=True)
class TaskFilter:
    """Task-list filters; empty tuples mean "any". ``date_to`` is inclusive."""

    due: Due = Due.ALL
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: tuple[str, ...] = ()
    priorities: tuple[int, ...] = ()
    user_ids: tuple[int, ...] = ()
    cleared: bool | None = False
    text: str = ""
    sort: SortKey = SortKey.START
    descending: bool = False
    limit: int | None = None
    group_id: int | None = None  # only activities of the group's members (now)
    # Today's (this week's, the next 30 days') list also shows what is late from before.
    include_overdue: bool = False


# The presets whose window starts today (or this Monday): overdue work belongs with them.
WITH_OVERDUE = (Due.TODAY, Due.WEEK, Due.NEXT_30)


@dataclass(frozen=True)
class TaskRow:
    """One line of the task list."""

    id: int
    type: str
    start_at: dt.datetime
    timeless: bool
    duration_min: int
    priority: int
    regarding: str | None
    contact_id: int | None
    contact_name: str | None
    company_name: str | None
    scheduled_for_id: int | None
    scheduled_for_name: str | None
    cleared: bool
    recurring: bool
    alarm: bool
    series_run_id: int | None
    overdue: bool


def due_window(due: Due, now: dt.datetime) -> tuple[dt.datetime | None, dt.datetime | None]:
    """[start, end) of a date preset; None on a side means open."""
    today = dt.datetime.combine(now.date(), dt.time())
    if due is Due.TODAY:
        return today, today + dt.timedelta(days=1)
    if due is Due.WEEK:
        monday = dt.datetime.combine(week_start(now.date()), dt.time())
        return monday, monday + dt.timedelta(days=7)
    if due is Due.NEXT_30:
        return today, today + dt.timedelta(days=31)
    return None, None


def _overdue_clause(now: dt.datetime) -> Any:
    midnight = dt.datetime.combine(now.date(), dt.time())
    return and_(
        Activity.cleared.is_(False),
        or_(
            and_(Activity.timeless.is_(True), Activity.start_at < midnight),
            and_(Activity.timeless.is_(False), Activity.start_at < now),
        ),
    )


def task_list_query(filters: TaskFilter, now: dt.datetime) -> Select[*tuple[Any, ...]]:
    """The task-list SELECT for these filters (one user's range hits its composite index)."""
    owner = aliased(User)
    company_name = func.coalesce(Company.name, Contact.company_name)
    query = (
        select(
            Activity.id,
            Activity.type,
            Activity.start_at,
            Activity.timeless,
            Activity.duration_min,
            Activity.priority,
            Activity.regarding,
            Activity.contact_id,
            Contact.first_name,
            Contact.last_name,
            company_name,
            Activity.scheduled_for_id,
            owner.display_name,
            Activity.cleared,
            Activity.recurrence,
            Activity.alarm_lead_min,
            Activity.series_run_id,
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Company, Company.id == Activity.company_id)
        .outerjoin(owner, owner.id == Activity.scheduled_for_id)
    )
    if filters.due is Due.OVERDUE:
        query = query.where(_overdue_clause(now))
    else:
        start, end = due_window(filters.due, now)
        if filters.due is Due.RANGE:
            start = dt.datetime.combine(filters.date_from, dt.time()) if filters.date_from else None
            end = (
                dt.datetime.combine(filters.date_to + dt.timedelta(days=1), dt.time())
                if filters.date_to
                else None
            )
        if filters.include_overdue and filters.due in WITH_OVERDUE:
            assert start is not None and end is not None  # these presets are closed ranges
            in_window = and_(Activity.start_at >= start, Activity.start_at < end)
            query = query.where(or_(in_window, _overdue_clause(now)))
        else:
            if start is not None:
                query = query.where(Activity.start_at >= start)
            if end is not None:
                query = query.where(Activity.start_at < end)
    if filters.cleared is not None and filters.due is not Due.OVERDUE:
        query = query.where(Activity.cleared.is_(filters.cleared))
    if filters.types:
        query = query.where(Activity.type.in_(filters.types))
    if filters.priorities:
        query = query.where(Activity.priority.in_(filters.priorities))
    if filters.user_ids:
        query = query.where(Activity.scheduled_for_id.in_(filters.user_ids))
    text = filters.text.strip()
    if text:
        key = fold(text)
        pattern = f"%{text.lower()}%"
        query = query.where(
            or_(
                Contact.last_name_key.startswith(key, autoescape=True),
                Contact.first_name_key.startswith(key, autoescape=True),
                Contact.company_key.startswith(key, autoescape=True),
                func.lower(Activity.regarding).like(pattern),
                func.lower(Activity.details).like(pattern),
            )
        )
    query = query.order_by(*_order(filters, owner, company_name))
    if filters.limit:
        query = query.limit(filters.limit)
    return query


def task_list(uow: UnitOfWork, filters: TaskFilter, *, clock: Clock | None = None) -> list[TaskRow]:
    """The activities matching the filters, sorted, as task-list rows."""
    now = (clock or SystemClock()).now()
    query = task_list_query(filters, now)
    if filters.group_id is not None:
        from desktop_crm.services.groups.groups import members_select

        query = query.where(Activity.contact_id.in_(members_select(uow, filters.group_id)))
    midnight = dt.datetime.combine(now.date(), dt.time())
    rows: list[TaskRow] = []
    for (
        act_id,
        kind,
        start_at,
        timeless,
        duration,
        priority,
        regarding,
        contact_id,
        first,
        last,
        company,
        owner_id,
        owner_name,
        cleared,
        recurrence,
        alarm,
        run_id,
    ) in uow.session.execute(query):
        overdue = not cleared and (start_at < midnight if timeless else start_at < now)
        rows.append(
            TaskRow(
                act_id,
                kind,
                start_at,
                timeless,
                duration,
                priority,
                regarding,
                contact_id,
                contact_display_name(first, last) if contact_id else None,
                company,
                owner_id,
                owner_name,
                cleared,
                recurrence is not None,
                alarm is not None,
                run_id,
                overdue,
            )
        )
    return rows


def _order(filters: TaskFilter, owner: Any, company_name: Any) -> list[Any]:
    column = {
        SortKey.START: Activity.start_at,
        SortKey.TYPE: Activity.type,
        SortKey.PRIORITY: Activity.priority,
        SortKey.REGARDING: func.lower(func.coalesce(Activity.regarding, "")),
        SortKey.CONTACT: func.coalesce(Contact.last_name_key, ""),
        SortKey.COMPANY: func.lower(func.coalesce(company_name, "")),
        SortKey.USER: func.coalesce(owner.display_name, ""),
        SortKey.CLEARED: Activity.cleared,
    }[filters.sort]
    first = column.desc() if filters.descending else column.asc()
    return [first, Activity.start_at, Activity.id]


# --- calendar ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CalendarItem:
    """One occurrence of an activity on the calendar."""

    activity_id: int
    start: dt.datetime
    end: dt.datetime
    type: str
    regarding: str | None
    priority: int
    timeless: bool
    cleared: bool
    recurring: bool
    contact_id: int | None
    contact_name: str | None
    scheduled_for_id: int | None
    scheduled_for_name: str | None
    private: bool
    hidden: bool = False


def calendar_items(
    uow: UnitOfWork,
    start: dt.datetime,
    end: dt.datetime,
    *,
    user_ids: tuple[int, ...] = (),
    include_cleared: bool = True,
    viewer_id: int | None = None,
    types: tuple[str, ...] = (),
) -> list[CalendarItem]:
    """Occurrences touching ``[start, end)`` for the given users and types (all when empty).

    Another user's private activity shows as busy time only, without its subject or contact.
    """
    owner = aliased(User)
    # The longest duration allowed is 30 days: older one-offs cannot reach into the window.
    earliest = start - dt.timedelta(days=31)
    query = (
        select(Activity, Contact.first_name, Contact.last_name, owner.display_name)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(owner, owner.id == Activity.scheduled_for_id)
        .where(
            Activity.start_at < end,
            or_(
                and_(Activity.recurrence.is_(None), Activity.start_at >= earliest),
                and_(
                    Activity.recurrence.is_not(None),
                    or_(
                        Activity.recurrence_until.is_(None),
                        Activity.recurrence_until >= earliest.date(),
                    ),
                ),
            ),
        )
    )
    if user_ids:
        query = query.where(Activity.scheduled_for_id.in_(user_ids))
    if types:
        query = query.where(Activity.type.in_(types))
    if not include_cleared:
        query = query.where(Activity.cleared.is_(False))
    items: list[CalendarItem] = []
    for act, first, last, owner_name in uow.session.execute(query):
        rule = Recurrence.parse(act.recurrence, act.recurrence_interval, act.recurrence_until)
        length = dt.timedelta(days=1) if act.timeless else dt.timedelta(minutes=act.duration_min)
        hidden = act.private and viewer_id is not None and act.scheduled_for_id != viewer_id
        for moment in occurrences_overlapping(act.start_at, length, rule, start, end):
            items.append(
                CalendarItem(
                    act.id,
                    moment,
                    moment + length,
                    act.type,
                    None if hidden else act.regarding,
                    act.priority,
                    act.timeless,
                    act.cleared,
                    rule is not None,
                    None if hidden else act.contact_id,
                    None if hidden or not act.contact_id else contact_display_name(first, last),
                    act.scheduled_for_id,
                    owner_name,
                    act.private,
                    hidden,
                )
            )
    if uow.db.team:  # colleagues' private activities: the server shows only their times
        from desktop_crm.services.users.busy import busy_items

        items += busy_items(uow, start, end, user_ids, {i.activity_id for i in items})
    items.sort(key=lambda item: (item.start, not item.timeless, item.activity_id))
    return items


# --- alarms -----------------------------------------------------------------------------


class Snooze(StrEnum):
    """Snooze choices offered in the Alarms window."""

    MIN_5 = "5min"
    MIN_15 = "15min"
    HOUR_1 = "1h"
    TOMORROW = "tomorrow"


# "Tomorrow" wakes the alarm at the start of the next working morning.
TOMORROW_AT = dt.time(9, 0)


def snooze_until(choice: Snooze, now: dt.datetime) -> dt.datetime:
    if choice is Snooze.TOMORROW:
        return dt.datetime.combine(now.date() + dt.timedelta(days=1), TOMORROW_AT)
    minutes = {Snooze.MIN_5: 5, Snooze.MIN_15: 15, Snooze.HOUR_1: 60}[choice]
    return now + dt.timedelta(minutes=minutes)


@dataclass(frozen=True)
class AlarmView:
    """A due alarm: when it rang, the activity and its contact."""

    activity_id: int
    alarm_at: dt.datetime
    start_at: dt.datetime
    timeless: bool
    type: str
    regarding: str | None
    priority: int
    contact_id: int | None
    contact_name: str | None


def due_alarms_query(now: dt.datetime, user_id: int | None = None) -> Select[*tuple[Any, ...]]:
    """Alarms rung by ``now``: one range on ``ix_activity_alarm_at`` (NULL once settled)."""
    query = (
        select(
            Activity.id,
            Activity.alarm_at,
            Activity.start_at,
            Activity.timeless,
            Activity.type,
            Activity.regarding,
            Activity.priority,
            Activity.contact_id,
            Contact.first_name,
            Contact.last_name,
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .where(Activity.alarm_at <= now)
        .order_by(Activity.alarm_at, Activity.id)
    )
    if user_id is not None:
        # Same as "= user OR IS NULL", written so that no planner trades the alarm_at range
        # for a read of every activity of the user.
        query = query.where(func.coalesce(Activity.scheduled_for_id, user_id) == user_id)
    return query


def due_alarms(
    uow: UnitOfWork, *, user_id: int | None = None, clock: Clock | None = None
) -> list[AlarmView]:
    """Alarms that have rung and are neither dismissed nor cleared (catch-up included)."""
    now = (clock or SystemClock()).now()
    return [
        AlarmView(
            act_id,
            ring,
            start_at,
            timeless,
            kind,
            regarding,
            priority,
            contact_id,
            contact_display_name(first, last) if contact_id else None,
        )
        for (
            act_id,
            ring,
            start_at,
            timeless,
            kind,
            regarding,
            priority,
            contact_id,
            first,
            last,
        ) in uow.session.execute(due_alarms_query(now, user_id))
    ]


def snooze_alarm(uow: UnitOfWork, activity_id: int, until: dt.datetime) -> None:
    act = _activity(uow, activity_id)
    act.alarm_snoozed_until = until.replace(microsecond=0)
    act.alarm_dismissed = False
    uow.session.flush()


def dismiss_alarm(uow: UnitOfWork, activity_id: int) -> None:
    act = _activity(uow, activity_id)
    act.alarm_dismissed = True
    uow.session.flush()


def _activity(uow: UnitOfWork, activity_id: int) -> Activity:
    act = uow.session.get(Activity, activity_id)
    if act is None:
        raise NotFoundError(say(RECORD, "Activity #{id} does not exist").format(id=activity_id))
    return act


# --- iCalendar export -------------------------------------------------------------------


def _ics_event(view: ActivityView, uid: str) -> IcsEvent:
    from desktop_crm.interchange.icalendar import IcsEvent

    summary = view.regarding or view.type_label
    if view.contact_name:
        summary = f"{view.type_label} – {view.contact_name} : {summary}"
    details = [view.details or ""]
    if view.company_name:
        details.append(view.company_name)
    return IcsEvent(
        uid=uid,
        summary=summary,
        start=view.start_at,
        duration_min=view.duration_min,
        timeless=view.timeless,
        description="\n".join(d for d in details if d) or None,
        categories=(view.type_label,),
        priority=view.priority,
        alarm_lead_min=view.alarm_lead_min,
        recurrence=view.recurrence,
        recurrence_interval=view.recurrence_interval,
        recurrence_until=view.recurrence_until,
        private=view.private,
        cleared=view.cleared,
        contact_name=view.contact_name,
    )


def export_ics(
    uow: UnitOfWork,
    path: Path,
    *,
    activity_ids: Sequence[int] | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    user_ids: tuple[int, ...] = (),
    uid_domain: str = "desktop-crm",
) -> int:
    """Write selected activities, or those touching ``[start, end)``, to an .ics file.

    Recurring activities are written once with their rule. Returns the number of events.
    Each UID names the database (its stored UUID) and the activity (id and creation
    time), so no other database, nor a restored copy reusing ids, gives the same UID.
    """
    require(uow, Permission.EXPORT)
    if activity_ids is None:
        low = start or dt.datetime(1900, 1, 1)
        high = end or dt.datetime(9999, 1, 1)
        found = calendar_items(uow, low, high, user_ids=user_ids)
        activity_ids = list(dict.fromkeys(item.activity_id for item in found))
    from desktop_crm.interchange.icalendar import activity_uid, write_ics

    views = [get_activity(uow, act_id) for act_id in activity_ids]
    database = database_id(uow)
    created: dict[int, dt.datetime] = {}
    for first in range(0, len(activity_ids), 500):
        chunk = activity_ids[first : first + 500]
        rows = uow.session.execute(
            select(Activity.id, Activity.created_at).where(Activity.id.in_(chunk))
        )
        created.update((row[0], row[1]) for row in rows)
    return write_ics(
        path,
        (_ics_event(v, activity_uid(database, v.id, created.get(v.id), uid_domain)) for v in views),
    )


# --- users ------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserChoice:
    """A team member offered in "scheduled for" and user filters."""

    id: int
    login: str
    display_name: str
    initials: str = ""


def list_users(uow: UnitOfWork) -> list[UserChoice]:
    query = select(User.id, User.login, User.display_name, User.initials).where(
        User.active.is_(True)
    )
    return [
        UserChoice(row[0], row[1], row[2], row[3] or "")
        for row in uow.session.execute(query.order_by(User.display_name))
    ]


def find_user(uow: UnitOfWork, text: str) -> UserChoice:
    """A user by login or display name, case-insensitive (command line ``--user``)."""
    wanted = text.strip().casefold()
    for user in list_users(uow):
        if wanted in (user.login.casefold(), user.display_name.casefold()):
            return user
    raise NotFoundError(say(RECORD, "No user named {text!r}").format(text=text))


def regarding_choices(uow: UnitOfWork) -> list[str]:
    """The "Regarding" pick list values offered when scheduling an activity."""
    query = (
        select(PickListItem.value)
        .join(PickList, PickList.id == PickListItem.picklist_id)
        .where(PickList.key == "regarding")
        .order_by(PickListItem.position)
    )
    return list(uow.session.scalars(query))
