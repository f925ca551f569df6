"""``desktop-crm import FILE``: the import wizard's checks and writing, for scripts."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database


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
    from desktop_crm.interchange.sources import open_source
    from desktop_crm.interchange.table import header_labels
    from desktop_crm.services.exporting import write_report
    from desktop_crm.services.importing.model import (
        ImportMapping,
        ImportOptions,
        ProblemPolicy,
        RowAction,
        UpdateMode,
    )
    from desktop_crm.services.importing.service import (
        default_mapping,
        prepare_import,
        problem_kinds,
    )
    from desktop_crm.services.importing.writer import apply_import

    source = open_source(args.file, encoding=args.encoding, delimiter=args.delimiter)
    sheet = source.sheet(args.sheet)
    header_row = args.header_row - 1 if args.header_row else None
    if args.mapping == "auto":
        mapping = default_mapping(sheet, header_row)
    else:
        # Columns are found by their header names, on the given or the detected header row.
        row = header_row if header_row is not None else default_mapping(sheet).header_row
        mapping = ImportMapping.load(args.mapping, header_labels(sheet.rows, row))
        mapping.header_row, mapping.sheet = row, sheet.name
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            raise DomainError(f"--set expects FIELD=VALUE, not '{item}'.", code="invalid")
        mapping.constants[name.strip()] = value.strip()
    options = ImportOptions(
        on_duplicate=RowAction(args.on_duplicate),
        update_mode=UpdateMode.OVERWRITE if args.overwrite else UpdateMode.FILL_EMPTY,
    )
    db = open_database(args)
    _ = db.user_id
    with db.uow() as uow:
        plan = prepare_import(uow, source, mapping)
        if args.skip_problems:
            for code in plan.problem_counts():
                options.problem_policy[code] = ProblemPolicy.SKIP
        report = apply_import(uow, plan, options, group=args.group or mapping.group)
        if args.dry_run:
            uow.rollback()
        else:
            uow.commit()
    if args.report:
        write_report(report, args.report)
    data = {
        "file": report.file_name,
        "batch": None if args.dry_run else report.batch_id,
        "dry_run": bool(args.dry_run),
        "encoding": source.encoding,
        "delimiter": source.delimiter,
        "sheet": sheet.name,
        "header_row": mapping.header_row + 1,
        "mapping": {
            plan.headers[i]: t for i, t in mapping.columns.items() if i < len(plan.headers)
        },
        "counts": report.counts(),
        "problems": dict(problem_kinds(plan)),
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
        lines = [
            f"{report.file_name}: sheet '{sheet.name}', headers on row "
            f"{mapping.header_row + 1}"
            + (f", {source.encoding} with '{source.delimiter}'" if source.delimiter else "")
        ]
        lines.append(
            "Columns: "
            + ", ".join(
                f"{plan.headers[i]} -> {'+'.join(t)}"
                for i, t in sorted(mapping.columns.items())
                if i < len(plan.headers)
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
    if not args.dry_run and report.batch_id:
        print(f"Undo with: desktop-crm import-undo {report.batch_id}", file=sys.stderr)
    return 0


def _undo(args: argparse.Namespace) -> int:
    from desktop_crm.services.importing.writer import undo_import

    db = open_database(args)
    with db.uow() as uow:
        result = undo_import(uow, args.batch)
        uow.commit()
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
    with db.uow(write=False) as uow:
        batches = list_batches(uow)
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
