"""``desktop-crm import FILE``: the import wizard's checks and writing, for scripts."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop_crm.cli.common import add_command, emit, open_database

if TYPE_CHECKING:
    from desktop_crm.services.importing.model import ImportReport


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "import",
        _import,
        "import contacts from a CSV/TXT, XLSX or vCard file (checked, "
        "duplicates matched, one transaction)",
    )
    parser.add_argument("file", help="the file to import")
    parser.add_argument("--sheet", help="XLSX sheet name (default: the first with data)")
    parser.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help="row number (1-based) of the column headers (default: detected)",
    )
    parser.add_argument(
        "--mapping",
        default="auto",
        metavar="auto|FILE.json",
        help="column mapping: 'auto' from the headers, or a saved mapping",
    )
    parser.add_argument("--encoding", help="text encoding of a CSV (default: detected)")
    parser.add_argument("--delimiter", help="CSV delimiter (default: detected)")
    parser.add_argument(
        "--on-duplicate",
        choices=("add", "update", "skip"),
        default="skip",
        help="what to do with rows matching a contact on file (default: skip)",
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="with --on-duplicate update: the file's values replace existing "
        "ones (default: fill empty fields only)",
    )
    parser.add_argument(
        "--skip-problems",
        action="store_true",
        help="skip rows with any problem instead of importing them flagged 'to review'",
    )
    parser.add_argument("--group", help="add the imported contacts to this group")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a constant value for every row (e.g. status=Prospect)",
    )
    parser.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    parser.add_argument("--report", metavar="FILE", help="write the report as .csv or .xlsx")

    undo = add_command(
        subparsers,
        "import-undo",
        _undo,
        "undo an import: created contacts deleted, updated ones restored",
    )
    undo.add_argument("batch", type=int, help="the import number (see import-list)")
    add_command(subparsers, "import-list", _list, "list the latest imports")


def _import(args: argparse.Namespace) -> int:
    from desktop_crm.domain.errors import DomainError
    from desktop_crm.domain.progress import TaskControl
    from desktop_crm.services.exporting import write_report
    from desktop_crm.services.importing.model import ImportOptions, RowAction, UpdateMode
    from desktop_crm.services.importing.pipeline import ImportRequest, run_import

    constants: dict[str, str] = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            raise DomainError(f"--set expects FIELD=VALUE, not '{item}'.", code="invalid")
        constants[name.strip()] = value.strip()
    request = ImportRequest(
        path=args.file,
        encoding=args.encoding,
        delimiter=args.delimiter,
        sheet=args.sheet,
        header_row=args.header_row - 1 if args.header_row else None,
        mapping_file=None if args.mapping == "auto" else args.mapping,
        constants=constants,
        options=ImportOptions(
            on_duplicate=RowAction(args.on_duplicate),
            update_mode=UpdateMode.OVERWRITE if args.overwrite else UpdateMode.FILL_EMPTY,
        ),
        skip_problems=args.skip_problems,
        group=args.group,
    )
    db = open_database(args, verify=True)
    _ = db.user_id
    control = TaskControl()
    if args.dry_run:
        # Written in full then rolled back (never committed): the report is what the
        # import would do, every check and match included.
        with db.uow() as uow:
            outcome = run_import(uow, control, request)
    else:
        outcome = db.run(run_import, control, request).value
    report = outcome.report
    headers = outcome.headers
    # Only a workbook has sheets; a CSV/TXT file's "sheet" is its own name.
    sheet = outcome.sheet if _is_workbook(report.file_name) else None
    if args.report:
        write_report(report, args.report)
    data = {
        "file": report.file_name,
        "batch": None if args.dry_run else report.batch_id,
        "dry_run": bool(args.dry_run),
        "encoding": outcome.encoding,
        "delimiter": outcome.delimiter,
        "sheet": sheet,
        "header_row": outcome.header_row + 1,
        "mapping": {headers[i]: t for i, t in outcome.columns.items() if i < len(headers)},
        "counts": report.counts(),
        "problems": outcome.problems,
        "rows": [
            {
                "line": r.line,
                "action": r.action,
                "flagged": r.flagged,
                "contact_id": r.contact_id,
                "name": r.label,
                "reasons": r.reasons,
            }
            for r in report.rows
            if r.reasons or r.action != "created"
        ],
    }

    def text() -> str:
        delimiter = {"\t": "tab", ";": "';'", ",": "','"}.get(
            outcome.delimiter or "", f"'{outcome.delimiter}'"
        )
        lines = [
            f"{report.file_name}: "
            + (f"sheet '{sheet}', " if sheet else "")
            + f"headers on row {outcome.header_row + 1}"
            + (
                f", encoding {outcome.encoding}, columns separated by {delimiter}"
                if outcome.delimiter
                else ""
            )
        ]
        lines.append(
            "Columns: "
            + ", ".join(
                f"{headers[i]} -> {'+'.join(t)}"
                for i, t in sorted(outcome.columns.items())
                if i < len(headers)
            )
        )
        for row in report.rows:
            if row.reasons or row.action != "created":
                flag = " [to review]" if row.flagged else ""
                lines.append(f"  line {row.line}: {row.action}{flag} {row.label}: {row.reasons}")
        verb = "Would import" if args.dry_run else f"Import #{report.batch_id}"
        lines.append(
            f"{verb}: {report.created} created, {report.updated} updated, "
            f"{report.skipped} skipped, {report.flagged} flagged to review"
            + (" (dry run: nothing written)" if args.dry_run else "")
        )
        return "\n".join(lines)

    emit(args, data, text)
    if _nothing_usable(report):
        print(
            f"desktop-crm: nothing was imported: every row of {report.file_name} was skipped "
            "for the problems listed; fix the file and import it again.",
            file=sys.stderr,
        )
        return 1
    if not args.dry_run and report.batch_id:
        print(f"Undo with: desktop-crm import-undo {report.batch_id}", file=sys.stderr)
    return 0


def _is_workbook(file_name: str) -> bool:
    return file_name.lower().endswith((".xlsx", ".xlsm"))


def _nothing_usable(report: ImportReport) -> bool:
    """True when no row could be imported because of its problems (duplicates are fine)."""
    return (
        not report.created
        and not report.updated
        and bool(report.rows)
        and all(r.action == "skipped" and r.reasons.startswith("skipped for") for r in report.rows)
    )


def _undo(args: argparse.Namespace) -> int:
    from desktop_crm.domain.progress import TaskControl
    from desktop_crm.services.importing.pipeline import undo_batch

    db = open_database(args)
    result = db.run(undo_batch, TaskControl(), args.batch).value
    emit(
        args,
        {
            "batch": result.batch_id,
            "deleted": result.deleted,
            "restored": result.restored,
            "kept_fields": result.kept_fields,
        },
        f"Import #{result.batch_id} undone: {result.deleted} contacts deleted, "
        f"{result.restored} restored"
        + (f" ({result.kept_fields} values edited since were kept)" if result.kept_fields else "")
        + ".",
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.services.importing.service import list_batches

    db = open_database(args)
    batches = db.read(list_batches)
    emit(
        args,
        [
            {
                "id": b.id,
                "created_at": b.created_at,
                "file": b.file_name,
                "status": b.status,
                "counts": b.counts,
            }
            for b in batches
        ],
        "\n".join(
            f"#{b.id}  {b.created_at:%Y-%m-%d %H:%M}  {b.status:8}  {b.file_name}  "
            f"{b.counts.get('created', 0)} created, {b.counts.get('updated', 0)} "
            "updated"
            for b in batches
        )
        or "No import yet.",
    )
    return 0
