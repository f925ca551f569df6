"""``desktop-crm tasks``: list activities (today, overdue, this week or all), as text or JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from typing import Any

from desktop_crm.cli.common import add_command, add_group_option, emit, group_id, open_database
from desktop_crm.cli.labels import activity_label, cli_language, priority_label, say
from desktop_crm.domain.clock import Clock, FixedClock, SystemClock
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
                    say(
                        f"{NOW_ENV}={text!r} is not a date and time (YYYY-MM-DDTHH:MM); "
                        "fix or unset it.",
                        f"{NOW_ENV}={text!r} n'est pas une date et une heure "
                        "(AAAA-MM-JJTHH:MM) ; corrigez-la ou retirez-la.",
                    ),
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


# Column titles and the state column's words, per language.
_WORDS = {
    "en": {
        "state": "State",
        "date": "Date",
        "time": "Time",
        "type": "Type",
        "priority": "Priority",
        "contact": "Contact",
        "regarding": "Regarding",
        "overdue": "Overdue",
        "cleared": "Done",
    },
    "fr": {
        "state": "État",
        "date": "Date",
        "time": "Heure",
        "type": "Type",
        "priority": "Priorité",
        "contact": "Contact",
        "regarding": "Objet",
        "overdue": "En retard",
        "cleared": "Fait",
    },
}


def _header(language: str) -> str:
    w = _WORDS[language]
    return (
        f"{w['state']:<9} {w['date']:<10} {w['time']:<5}  {w['type']:<9} "
        f"{w['priority']:<13} {w['contact']:<28} {w['regarding']}"
    )


def _line(row: Any, language: str = "en") -> str:
    """One activity as a line under ``_header``: the state column says overdue or done."""
    w = _WORDS[language]
    when = row.start_at.strftime("%d/%m/%Y") + (
        "      " if row.timeless else row.start_at.strftime(" %H:%M")
    )
    kind = activity_label(row.type, language)
    priority = priority_label(row.priority, language)
    state = w["overdue"] if row.overdue else (w["cleared"] if row.cleared else "")
    who = row.contact_name or "—"
    return f"{state:<9} {when}  {kind:<9} {priority:<13} {who:<28} {row.regarding or ''}"


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

    language = cli_language()

    def text() -> str:
        if not rows:
            return say("No activities.", "Aucune activité.")
        lines = [_header(language)] + [_line(row, language) for row in rows]
        overdue = sum(row.overdue for row in rows)
        lines.append(
            say(f"{len(rows)} activities", f"{len(rows)} activités")
            + (say(f", {overdue} overdue", f", {overdue} en retard") if overdue else "")
        )
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
