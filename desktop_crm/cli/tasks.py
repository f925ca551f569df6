"""``desktop-crm tasks``: list activities (today, overdue, this week or all), as text or JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Any

from desktop_crm.cli.common import add_command, add_group_option, emit, group_id, open_database
from desktop_crm.domain.clock import Clock, FixedClock, SystemClock
from desktop_crm.domain.constants import ACTIVITY_LABELS_FR, PRIORITY_LABELS_FR, ActivityType
from desktop_crm.domain.errors import FieldProblem, ValidationError

# Tests and demos: the wall-clock time (team time zone, ISO) that "today" and "overdue" use.
NOW_ENV = "DESKTOP_CRM_NOW"


def clock_from_environment() -> Clock:
    """The real clock, or a fixed one when ``DESKTOP_CRM_NOW`` is set."""
    text = os.environ.get(NOW_ENV)
    if not text:
        return SystemClock()
    try:
        return FixedClock(dt.datetime.fromisoformat(text).replace(tzinfo=None))
    except ValueError:
        raise ValidationError(
            [
                FieldProblem(
                    NOW_ENV,
                    "bad_date",
                    f"{NOW_ENV}={text!r} is not a date and time (YYYY-MM-DDTHH:MM); "
                    "fix or unset it.",
                )
            ]
        ) from None


def task_json(row: Any) -> dict[str, Any]:
    """The JSON shape of one activity (shared with ``calendar``)."""
    return {
        "id": row.id,
        "contact_id": row.contact_id,
        "contact": row.contact_name,
        "type": row.type,
        "regarding": row.regarding,
        "start": row.start_at.date().isoformat() if row.timeless else row.start_at.isoformat(),
        "timeless": row.timeless,
        "duration_min": row.duration_min,
        "priority": row.priority,
        "user": row.scheduled_for_name,
        "cleared": row.cleared,
        "overdue": row.overdue,
    }


def _line(row: Any) -> str:
    when = row.start_at.strftime("%d/%m/%Y") + (
        "       " if row.timeless else row.start_at.strftime(" %H:%M")
    )
    kind = ACTIVITY_LABELS_FR.get(ActivityType(row.type), row.type)
    priority = PRIORITY_LABELS_FR.get(row.priority, str(row.priority))  # type: ignore[call-overload]
    flag = "!" if row.overdue else ("✓" if row.cleared else " ")
    who = row.contact_name or "—"
    return f"{flag} {when}  {kind:<9} {priority:<13} {who:<28} {row.regarding or ''}"


def _tasks(args: argparse.Namespace) -> int:
    from desktop_crm.services.activities.agenda import Due, TaskFilter, find_user, task_list

    clock = clock_from_environment()
    db = open_database(args)
    group = group_id(db, args.group)
    with db.uow(write=False) as uow:
        user_ids: tuple[int, ...] = ()
        if args.user:
            user_ids = (db.user_id or 0,) if args.user == "me" else (find_user(uow, args.user).id,)
        cleared: bool | None = {"no": False, "yes": True, "any": None}[args.cleared]
        rows = task_list(
            uow,
            TaskFilter(due=Due(args.due), user_ids=user_ids, cleared=cleared, group_id=group),
            clock=clock,
        )

    def text() -> str:
        if not rows:
            return "No activities."
        lines = [_line(row) for row in rows]
        overdue = sum(row.overdue for row in rows)
        lines.append(f"{len(rows)} activities" + (f", {overdue} overdue" if overdue else ""))
        return "\n".join(lines)

    emit(args, [task_json(row) for row in rows], text)
    return 0


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "tasks",
        _tasks,
        "list activities (calls, meetings, to-dos...) from the task list",
    )
    parser.add_argument(
        "--due",
        choices=["today", "overdue", "week", "next30", "all"],
        default="all",
        help="date range (default: all)",
    )
    parser.add_argument(
        "--user", metavar="U", help="only activities scheduled for this user (login, name, or 'me')"
    )
    add_group_option(parser)
    parser.add_argument(
        "--cleared",
        choices=["no", "yes", "any"],
        default="no",
        help="cleared activities: hide (default), only, or both",
    )
