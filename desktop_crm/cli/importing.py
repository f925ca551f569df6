"""``desktop-crm import FILE``: the import wizard's checks and writing, for scripts."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop_crm.cli import import_checks, import_fields
from desktop_crm.cli.common import add_command, emit, open_database
from desktop_crm.cli.labels import say, target_label
from desktop_crm.cli.numbers import LARGEST, between

if TYPE_CHECKING:
    from desktop_crm.services.importing.model import ImportReport
    from desktop_crm.services.importing.pipeline import ImportOutcome


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "import",
        _import,
        say(
            "import contacts from a CSV/TXT, XLSX or vCard file (checked, "
            "duplicates matched, one transaction)",
            "importer des contacts d'un fichier CSV/TXT, XLSX ou vCard (vérifiés, doublons "
            "repérés, en une seule transaction)",
        ),
    )
    parser.add_argument("file", help=say("the file to import", "le fichier à importer"))
    parser.add_argument(
        "--sheet",
        help=say(
            "XLSX sheet name (default: the first with data)",
            "nom de la feuille XLSX (par défaut : la première qui a des données)",
        ),
    )
    parser.add_argument(
        "--header-row",
        type=between(1, LARGEST),
        metavar="N",
        help=say(
            "row number (1-based) of the column headers (default: detected)",
            "numéro de la ligne (à partir de 1) des en-têtes de colonnes (par défaut : détectée)",
        ),
    )
    parser.add_argument(
        "--mapping",
        default="auto",
        metavar="auto|FILE.json",
        help=say(
            "column mapping: 'auto' from the headers, or a saved mapping",
            "correspondance des colonnes : 'auto' d'après les en-têtes, ou une "
            "correspondance enregistrée",
        ),
    )
    parser.add_argument(
        "--encoding",
        help=say(
            "text encoding of a CSV (default: detected)",
            "encodage du texte d'un CSV (par défaut : détecté)",
        ),
    )
    parser.add_argument(
        "--delimiter",
        help=say("CSV delimiter (default: detected)", "séparateur du CSV (par défaut : détecté)"),
    )
    parser.add_argument(
        "--on-duplicate",
        choices=("add", "update", "skip"),
        default="skip",
        help=say(
            "what to do with rows matching a contact on file (default: skip)",
            "que faire des lignes qui correspondent à un contact existant (par défaut : "
            "skip, les ignorer)",
        ),
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help=say(
            "with --on-duplicate update: the file's values replace existing "
            "ones (default: fill empty fields only)",
            "avec --on-duplicate update : les valeurs du fichier remplacent celles de la "
            "base (par défaut : seuls les champs vides sont remplis)",
        ),
    )
    parser.add_argument(
        "--skip-problems",
        action="store_true",
        help=say(
            "skip rows with any problem instead of importing them flagged 'to review'",
            "ignorer les lignes qui ont un problème au lieu de les importer marquées « à revoir »",
        ),
    )
    parser.add_argument(
        "--group",
        help=say(
            "add the imported contacts to this group", "ajouter les contacts importés à ce groupe"
        ),
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help=say(
            "a constant value for every row (e.g. status=Prospect)",
            "une valeur constante pour chaque ligne (par ex. status=Prospect)",
        ),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=say("check everything, write nothing", "tout vérifier, ne rien écrire"),
    )
    parser.add_argument(
        "--report",
        metavar="FILE",
        help=say("write the report as .csv or .xlsx", "écrire le rapport en .csv ou .xlsx"),
    )

    undo = add_command(
        subparsers,
        "import-undo",
        _undo,
        say(
            "undo an import: created contacts deleted, updated ones restored",
            "annuler un import : contacts créés supprimés, contacts mis à jour restaurés",
        ),
    )
    undo.add_argument(
        "batch",
        type=int,
        help=say("the import number (see import-list)", "le numéro de l'import (voir import-list)"),
    )
    add_command(
        subparsers,
        "import-list",
        _list,
        say("list the latest imports", "lister les derniers imports"),
    )


def _import(args: argparse.Namespace) -> int:
    from desktop_crm.cli.import_texts import note_json
    from desktop_crm.domain.progress import TaskControl
    from desktop_crm.services.exporting import write_report
    from desktop_crm.services.importing.model import ImportOptions, RowAction, UpdateMode
    from desktop_crm.services.importing.pipeline import ImportRequest, run_import

    constants = import_fields.parse_constants(args.set)  # (an unknown field refused)
    request = ImportRequest(
        path=args.file,
        encoding=import_checks.encoding(args.encoding),
        delimiter=import_checks.delimiter(args.delimiter),
        sheet=args.sheet,
        header_row=args.header_row - 1 if args.header_row else None,
        mapping_file=None if args.mapping == "auto" else import_checks.mapping_file(args.mapping),
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
    if any(name.startswith(import_fields.CUSTOM) for name in constants):
        from desktop_crm.services.fields import custom_fields

        specs = db.read(custom_fields, "contact")
        import_fields.check_user_fields(constants, [spec.name for spec in specs])
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
                "notes": [note_json(n) for n in r.notes],
            }
            for r in report.rows
            if r.reasons or r.action != "created"
        ],
    }

    emit(args, data, lambda: _report_text(args, outcome, sheet))
    if _nothing_usable(report):
        print(
            say(
                f"desktop-crm: nothing was imported: every row of {report.file_name} was "
                "skipped for the problems listed; fix the file and import it again.",
                f"desktop-crm : rien n'a été importé : chaque ligne de {report.file_name} a "
                "été ignorée pour les problèmes listés ; corrigez le fichier et importez-le "
                "à nouveau.",
            ),
            file=sys.stderr,
        )
        return 1
    if not args.dry_run and report.batch_id:
        print(
            say(
                "Undo with: desktop-crm import-undo {0}",
                "Pour annuler : desktop-crm import-undo {0}",
            ).format(report.batch_id),
            file=sys.stderr,
        )
    return 0


def _header_text(outcome: ImportOutcome, header: str) -> str:
    """A file column's name as the import window shows it: the ones the readers make up (a
    vCard's columns, an export's two added columns) in the user's language, the file's own
    as written."""
    from desktop_crm.interchange.column_words import column_word
    from desktop_crm.interchange.export_leftovers import OTHER_DETAILS, REMARKS

    if outcome.kind == "vcard":
        return column_word(header)
    if outcome.leftovers and header == OTHER_DETAILS:
        return say("Other details", "Autres informations")
    if outcome.leftovers and header == REMARKS:
        return say("Import remarks", "Remarques d'import")
    return header


def _report_text(args: argparse.Namespace, outcome: ImportOutcome, sheet: str | None) -> str:
    """The import's report for a person: the file as read, the columns, the lines to look at
    and the counts, in the command line's language."""
    from desktop_crm.cli.import_texts import action_text, row_reasons

    report = outcome.report
    headers = outcome.headers
    delimiter = {"\t": say("tab", "tabulation"), ";": "';'", ",": "','"}.get(
        outcome.delimiter or "", f"'{outcome.delimiter}'"
    )
    lines = [
        f"{report.file_name}{say(': ', ' : ')}"
        + (say(f"sheet '{sheet}', ", f"feuille « {sheet} », ") if sheet else "")
        + (
            say("vCard cards", "fiches vCard")
            if outcome.kind == "vcard"
            else say(
                f"headers on row {outcome.header_row + 1}",
                f"en-têtes sur la ligne {outcome.header_row + 1}",
            )
        )
        + (
            say(
                f", encoding {outcome.encoding}, columns separated by {delimiter}",
                f", encodage {outcome.encoding}, colonnes séparées par {delimiter}",
            )
            if outcome.delimiter
            else ""
        )
    ]
    lines.append(
        say("Columns: ", "Colonnes : ")
        + ", ".join(
            f"{_header_text(outcome, headers[i])} -> {'+'.join(target_label(n) for n in t)}"
            for i, t in sorted(outcome.columns.items())
            if i < len(headers)
        )
    )
    for row in report.rows:
        if row.reasons or row.action != "created":
            flag = say(" [to review]", " [à revoir]") if row.flagged else ""
            lines.append(
                say("  line {0}: {1}{2} {3}: {4}", "  ligne {0} : {1}{2} {3} : {4}").format(
                    row.line, action_text(row.action), flag, row.label, row_reasons(row)
                )
            )
    verb = (
        say("Would import", "Import prévu")
        if args.dry_run
        else say(f"Import #{report.batch_id}", f"Import n° {report.batch_id}")
    )
    lines.append(
        say(
            f"{verb}: {report.created} created, {report.updated} updated, "
            f"{report.skipped} skipped, {report.flagged} flagged to review",
            f"{verb} : {report.created} créé(s), {report.updated} mis à jour, "
            f"{report.skipped} ignoré(s), {report.flagged} marqué(s) à revoir",
        )
        + (
            say(" (dry run: nothing written)", " (essai : rien n'a été écrit)")
            if args.dry_run
            else ""
        )
    )
    return "\n".join(lines)


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
        say(
            f"Import #{result.batch_id} undone: {result.deleted} contacts deleted, "
            f"{result.restored} restored",
            f"Import n° {result.batch_id} annulé : {result.deleted} contact(s) supprimé(s), "
            f"{result.restored} restauré(s)",
        )
        + (
            say(
                f" ({result.kept_fields} values edited since were kept)",
                f" ({result.kept_fields} valeur(s) modifiée(s) depuis conservée(s))",
            )
            if result.kept_fields
            else ""
        )
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
            + say(
                f"{b.counts.get('created', 0)} created, {b.counts.get('updated', 0)} updated",
                f"{b.counts.get('created', 0)} créé(s), {b.counts.get('updated', 0)} mis à jour",
            )
            for b in batches
        )
        or say("No import yet.", "Aucun import pour l'instant."),
    )
    return 0
