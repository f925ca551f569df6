"""``desktop-crm report NAME --format pdf|xlsx -o FILE`` and ``desktop-crm report --list``.

The reports are those of the Reports menu (``services/reports/registry``); their texts are
in the command line's language (English, or French when the locale says so).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop_crm.cli.common import add_command, add_group_option, emit, open_database
from desktop_crm.cli.labels import cli_language, say
from desktop_crm.cli.os_errors import not_a_folder
from desktop_crm.domain.reports import ReportParams, pick
from desktop_crm.services.reports.population import ReportInputError


def _date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        say(
            f"'{text}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
            f"« {text} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)",
        )
    )


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "report",
        _report,
        "Write a report (contact list, activity by user, pipeline…) as PDF or XLSX; "
        "--list shows the reports.",
    )
    parser.add_argument("name", nargs="?", metavar="NAME", help="the report (see --list)")
    parser.add_argument("--list", action="store_true", help="list the reports and stop")
    parser.add_argument(
        "--format", choices=("pdf", "xlsx"), help="pdf or xlsx (default: from the file name)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="the file to write")
    add_group_option(parser)
    parser.add_argument("--lookup", metavar="TEXT", help="only the contacts this lookup finds")
    parser.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help="first day of the period (YYYY-MM-DD or DD/MM/YYYY; activity, activities-due, "
        "opportunities)",
    )
    parser.add_argument(
        "--to", dest="date_to", type=_date, metavar="DATE", help="last day of the period"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="only this user (login or name; activity, activities-due, opportunities, pipeline)",
    )
    parser.add_argument("--contact", type=int, metavar="ID", help="the contact (contact-detail)")
    parser.add_argument("--campaign", metavar="NAME", help="the campaign (campaign reports)")


def _list(args: argparse.Namespace, lang: str) -> int:
    from desktop_crm.services.reports.registry import description, list_reports, title

    specs = list_reports()
    data = [
        {
            "name": s.name,
            "title": title(s, lang),
            "description": description(s, lang),
            "needs": sorted(s.needs),
        }
        for s in specs
    ]
    emit(
        args,
        data,
        lambda: "\n".join(f"{s.name}\n    {title(s, lang)}: {description(s, lang)}" for s in specs),
    )
    return 0


# The report's parameters (``registry.uses``) each option gives.
_OPTIONS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("--group", "group", frozenset({"population"})),
    ("--lookup", "lookup", frozenset({"population"})),
    ("--from", "date_from", frozenset({"period", "close_period", "period_end"})),
    ("--to", "date_to", frozenset({"period", "close_period", "period_end"})),
    ("--user", "user", frozenset({"user"})),
    ("--contact", "contact", frozenset({"contact_id"})),
    ("--campaign", "campaign", frozenset({"campaign"})),
)


def _refuse_unused(args: argparse.Namespace, spec: Any, lang: str) -> None:
    """Refuse an option the report does not read (``report contacts --user nobody`` wrote
    every contact, as if the user had been taken into account)."""
    from desktop_crm.services.reports.registry import uses

    read = uses(spec)
    unused = [
        option
        for option, name, gives in _OPTIONS
        if getattr(args, name, None) not in (None, "") and not gives & read
    ]
    if not unused:
        return
    useful = ", ".join(option for option, _name, gives in _OPTIONS if gives & read)
    names = ", ".join(unused)
    one = len(unused) == 1
    raise ReportInputError(
        pick(
            lang,
            f"The report '{spec.name}' does not use {names}: leave {'it' if one else 'them'} "
            "out (" + (f"it reads {useful})." if useful else "it reads no option)."),
            f"Le rapport « {spec.name} » n'utilise pas {names} : retirez "
            f"{'cette option' if one else 'ces options'} ("
            + (f"il lit {useful})." if useful else "il ne lit aucune option)."),
        )
    )


def _report(args: argparse.Namespace) -> int:
    from desktop_crm.services.reports.registry import check_needs, get

    lang = cli_language()
    if args.list:
        return _list(args, lang)
    if not args.name:
        raise ReportInputError(
            pick(
                lang,
                "Name the report to write (desktop-crm report --list shows them).",
                "Indiquez le rapport à écrire (desktop-crm report --list les montre).",
            )
        )
    spec, _builder = get(args.name)  # an unknown name is refused before opening anything
    _refuse_unused(args, spec, lang)
    if args.group and args.lookup:
        raise ReportInputError(
            pick(
                lang,
                "Give --group or --lookup, not both.",
                "Indiquez --group ou --lookup, pas les deux.",
            )
        )
    if not args.output:
        raise ReportInputError(
            pick(
                lang,
                "Say where to write the report: -o FILE.",
                "Indiquez où écrire le rapport : -o FICHIER.",
            )
        )
    not_a_folder(args.output)
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise ReportInputError(
            pick(
                lang,
                "--to is before --from: give the period's first day with --from and its last "
                "day with --to.",
                "--to est avant --from : donnez le premier jour de la période avec --from et "
                "le dernier avec --to.",
            )
        )
    fmt = args.format or args.output.rsplit(".", 1)[-1].lower()
    if fmt not in ("pdf", "xlsx"):
        raise ReportInputError(
            pick(
                lang,
                "Choose the format: --format pdf or --format xlsx.",
                "Choisissez le format : --format pdf ou --format xlsx.",
            )
        )
    params = ReportParams(
        language=lang,
        group=args.group,
        lookup=args.lookup,
        date_from=args.date_from,
        date_to=args.date_to,
        user=args.user,
        campaign=args.campaign,
        contact_id=args.contact,
    )
    check_needs(spec, params)
    from desktop_crm.services.reports.output import write_report

    db = open_database(args)
    written = db.read(write_report, spec.name, params, fmt, args.output)
    document = written.document
    rows = sum(len(t.rows) for t in document.tables)
    emit(
        args,
        {
            "report": spec.name,
            "format": written.format,
            "file": written.path,
            "pages": written.pages or None,
            "rows": rows,
            "population": document.population,
        },
        lambda: pick(
            lang,
            f"Wrote {written.path} ({document.title}, {document.population}, {rows} row(s)"
            + (f", {written.pages} page(s))." if written.pages else ")."),
            f"Écrit {written.path} ({document.title}, {document.population}, {rows} ligne(s)"
            + (f", {written.pages} page(s))." if written.pages else ")."),
        ),
    )
    return 0
