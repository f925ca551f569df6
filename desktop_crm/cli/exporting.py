"""``desktop-crm export``: contacts to XLSX, CSV (French Excel) or vCard 3.0."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_crm.cli.common import add_command, add_group_option, emit, group_id, open_database
from desktop_crm.cli.labels import say
from desktop_crm.cli.os_errors import not_a_folder


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers, "export", _export, "export contacts (all, or a lookup) to XLSX, CSV or vCard"
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    parser.add_argument(
        "--format", choices=("xlsx", "csv", "vcf"), help="default: from the file's extension"
    )
    parser.add_argument(
        "--lookup",
        metavar="TEXT",
        help="only contacts whose name, company, city or e-mail starts with TEXT",
    )
    add_group_option(parser)
    parser.add_argument(
        "--for-channel",
        choices=("email", "phone", "sms", "post"),
        help="an export for a mailing: keep only the contacts the consent rules allow "
        "on this channel (the others are listed with the reason)",
    )
    parser.add_argument(
        "--columns",
        metavar="FIELD,FIELD",
        help="fields to export, in order (default: the usual ones)",
    )


def _export(args: argparse.Namespace) -> int:
    from desktop_crm.services.exporting import export_contacts

    not_a_folder(args.output)
    columns = [c.strip() for c in args.columns.split(",") if c.strip()] if args.columns else None
    db = open_database(args, verify=True)
    group = group_id(db, args.group)
    with db.uow(write=False) as uow:
        result = export_contacts(
            uow,
            args.output,
            fmt=args.format,
            columns=columns,
            lookup=args.lookup,
            group_id=group,
            for_channel=args.for_channel,
        )
    left_out = [{"contact_id": c, "name": n, "reason": r} for c, n, r in result.excluded]
    text = say(
        f"Exported {result.count} contacts to {result.path} ({result.format}).",
        f"{result.count} contacts exportés dans {result.path} ({result.format}).",
    )
    if args.for_channel:
        text += say(
            f" Left out (consent rules): {len(left_out)}.",
            f" Écartés (règles de consentement) : {len(left_out)}.",
        )
        text += "".join(f"\n  #{e['contact_id']} {e['name']}: {e['reason']}" for e in left_out)
    emit(
        args,
        {"file": result.path, "format": result.format, "count": result.count}
        | ({"excluded": left_out} if args.for_channel else {}),
        text,
    )
    return 0
