"""``desktop-crm calendar export``: write activities to an iCalendar (.ics) file."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database
from desktop_crm.cli.labels import say
from desktop_crm.domain.errors import FieldProblem, ValidationError


def _day(text: str | None, name: str) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
    except ValueError:
        raise ValidationError(
            [
                FieldProblem(
                    name,
                    "bad_date",
                    say(
                        f"{text!r} is not a date (YYYY-MM-DD)",
                        f"« {text} » n'est pas une date (AAAA-MM-JJ)",
                    ),
                )
            ]
        ) from None


def _export(args: argparse.Namespace) -> int:
    from desktop_crm.services.activities.agenda import export_ics, find_user

    start = _day(args.date_from, "from")
    end = _day(args.date_to, "to")
    if end is not None:
        end += dt.timedelta(days=1)  # --to is inclusive
    if start and end and end <= start:
        problem = say("--to is before --from", "--to est avant --from")
        raise ValidationError([FieldProblem("to", "end_before_start", problem)])
    target = Path(args.output)
    db = open_database(args)
    with db.uow(write=False) as uow:
        users = (find_user(uow, args.user).id,) if args.user else ()
        count = export_ics(uow, target, start=start, end=end, user_ids=users)
    emit(
        args,
        {"file": str(target), "events": count},
        say(
            f"Wrote {count} event(s) to {target}.",
            f"{count} événement(s) écrit(s) dans {target}.",
        ),
    )
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("calendar", help="calendar export (iCalendar .ics)")
    sub = parser.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    export = add_command(
        sub, "export", _export, "export activities to an .ics file for Outlook or Thunderbird"
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    export.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    export.add_argument(
        "--to", dest="date_to", metavar="DATE", help="last day, inclusive (YYYY-MM-DD)"
    )
    export.add_argument("--user", metavar="U", help="only this user's activities")
