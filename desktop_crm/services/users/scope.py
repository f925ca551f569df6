"""Whose work a report, a dashboard or a user filter may show (``reports_across_users``).

Administrators and managers report on anybody (or everybody at once); Standard and
Restricted on their own work only: asking for a colleague is refused, naming the role, and
"everybody" quietly means "me"."""

from __future__ import annotations

import datetime as dt

from desktop_crm.domain.roles import Permission
from desktop_crm.services.activities.agenda import (
    CalendarItem,
    UserChoice,
    calendar_items,
    list_users,
)
from desktop_crm.services.users.permissions import may, require
from desktop_crm.storage.uow import UnitOfWork


def across_users(uow: UnitOfWork) -> bool:
    """Whether the session's role may see reports on colleagues' work."""
    return may(uow, Permission.REPORTS_ACROSS_USERS)


def scoped_user_id(uow: UnitOfWork, wanted: int | None) -> int | None:
    """The user a report may be about: ``wanted`` (None = everybody) across users, else
    the session's own user; a colleague is refused (PermissionDenied naming the role)."""
    if across_users(uow):
        return wanted
    me = uow.user_id
    if wanted is not None and wanted != me:
        require(uow, Permission.REPORTS_ACROSS_USERS)
    return me


def reportable_users(uow: UnitOfWork) -> list[UserChoice]:
    """The people a user filter offers: the whole team across users, else oneself."""
    users = list_users(uow)
    if across_users(uow):
        return users
    return [u for u in users if u.id == uow.user_id]


def calendar_of(
    uow: UnitOfWork,
    start: dt.datetime,
    end: dt.datetime,
    *,
    user_ids: tuple[int, ...] = (),
    viewer_id: int | None = None,
    types: tuple[str, ...] = (),
) -> list[CalendarItem]:
    """The calendar as the role allows (the calendar view reads this): across users, the
    people asked for (none = everybody); Standard and Restricted, their own calendar only
    ("everybody" means "me", a colleague is refused naming the role), as for reports.
    Scheduling for a colleague still checks their busy time (``agenda.conflicts``)."""
    if not across_users(uow):
        me = uow.user_id
        if any(u != me for u in user_ids):
            require(uow, Permission.REPORTS_ACROSS_USERS)
        user_ids = (me,) if me is not None else ()
    return calendar_items(uow, start, end, user_ids=user_ids, viewer_id=viewer_id, types=types)


__all__ = ["across_users", "calendar_of", "reportable_users", "scoped_user_id"]
