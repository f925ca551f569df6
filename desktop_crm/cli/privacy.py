"""Subcommands ``privacy export|erase|retention|register`` (RGPD: access, erasure, retention,
processing register).

``privacy consent`` and ``privacy check`` (the consent ledger and the suppression list)
come from ``cli/privacy_consent.py``.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database, wants_json
from desktop_crm.cli.labels import cli_language, say
from desktop_crm.domain.errors import DomainError


def _export(args: argparse.Namespace) -> int:
    from desktop_crm.services.privacy.export import write_access_export

    db = open_database(args)
    files = db.read(write_access_export, args.contact_id, args.output, args.pdf, cli_language())
    written = files.json_path + (say(" and ", " et ") + files.pdf_path if files.pdf_path else "")
    emit(
        args,
        {
            "contact_id": files.contact_id,
            "json": files.json_path,
            "pdf": files.pdf_path,
            "rows": files.rows,
            "tables": files.tables,
        },
        say(
            f"Contact #{files.contact_id}: {files.rows} rows from {files.tables} tables "
            f"written to {written}.",
            f"Contact n° {files.contact_id} : {files.rows} lignes de {files.tables} tables "
            f"écrites dans {written}.",
        ),
    )
    return 0


def _confirm(args: argparse.Namespace, label: str, contact_id: int) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise DomainError(
            say(
                "Erasing cannot be undone: add --yes to confirm when not typing at a terminal.",
                "Un effacement est définitif : ajoutez --yes pour confirmer hors d'un terminal.",
            ),
            code="invalid",
        )
    print(
        say(
            f"Erase contact #{contact_id} ({label}) and every trace of them? This cannot be "
            "undone: no copy is kept in the database.",
            f"Effacer le contact n° {contact_id} ({label}) et toutes ses traces ? C'est "
            "définitif : aucune copie n'est gardée dans la base.",
        ),
        file=sys.stderr,
    )
    answer = input(
        say(f"Type the number {contact_id} to confirm: ", f"Tapez le numéro {contact_id} : ")
    ).strip()
    return answer == str(contact_id)


def _erase(args: argparse.Namespace) -> int:
    from desktop_crm.services.privacy.erasure import erase_contact, erasure_preview

    db = open_database(args)
    preview = db.read(erasure_preview, args.contact_id)
    if not _confirm(args, preview.label, args.contact_id):
        print(say("Nothing was erased.", "Rien n'a été effacé."), file=sys.stderr)
        return 1
    result = db.run(erase_contact, args.contact_id, args.reason).value
    deleted = sum(result.deleted.values())
    cleaned = sum(result.cleaned.values())
    emit(
        args,
        {
            "contact_id": result.contact_id,
            "erasure_record": result.record_id,
            "deleted": result.deleted,
            "cleaned": result.cleaned,
            "suppressed": result.suppressed,
        },
        say(
            f"Erased contact #{result.contact_id}: {deleted} rows deleted, {cleaned} cleaned, "
            f"{result.suppressed} addresses/phones on the suppression list (erasure record "
            f"#{result.record_id}). There is no undo; backups made before now still hold the "
            "data.",
            f"Contact n° {result.contact_id} effacé : {deleted} lignes supprimées, {cleaned} "
            f"nettoyées, {result.suppressed} adresses/numéros sur la liste d'opposition "
            f"(trace d'effacement n° {result.record_id}). C'est définitif ; les sauvegardes "
            "antérieures contiennent encore les données.",
        ),
    )
    return 0


def _retention(args: argparse.Namespace) -> int:
    from desktop_crm.services.privacy.retention import apply_retention, due_for_retention

    db = open_database(args)
    report = db.read(due_for_retention, args.months)
    ids = [c.contact_id for c in report.candidates]
    data: dict[str, Any] = {
        "months": report.months,
        "cutoff": report.cutoff.isoformat(timespec="seconds"),
        "due": [
            {
                "contact_id": c.contact_id,
                "name": c.label,
                "company": c.company,
                "status": c.status,
                "last_inbound": c.last_inbound.isoformat(timespec="seconds"),
            }
            for c in report.candidates
        ],
        "erased": 0,
    }
    if args.apply and ids:
        if not args.yes and not wants_json(args):
            if not sys.stdin.isatty():
                raise DomainError(
                    say(
                        "Erasing cannot be undone: add --yes to --apply when not typing at a "
                        "terminal.",
                        "Un effacement est définitif : ajoutez --yes à --apply hors d'un terminal.",
                    ),
                    code="invalid",
                )
            answer = input(
                say(
                    f"Erase these {len(ids)} prospects for good? Type ERASE: ",
                    f"Effacer définitivement ces {len(ids)} prospects ? Tapez EFFACER : ",
                )
            )
            if answer.strip().upper() not in ("ERASE", "EFFACER"):
                print(say("Nothing was erased.", "Rien n'a été effacé."), file=sys.stderr)
                return 1
        elif not args.yes:
            raise DomainError(
                say("Add --yes to --apply with --json.", "Ajoutez --yes à --apply avec --json."),
                code="invalid",
            )
        results = db.run(apply_retention, None, ids).value
        data["erased"] = len(results)

    def text() -> str:
        lines = [
            say(
                f"{len(ids)} prospect(s) with no inbound contact for {report.months} months "
                f"(since {report.cutoff:%d/%m/%Y}).",
                f"{len(ids)} prospect(s) sans contact de leur part depuis {report.months} mois "
                f"(depuis le {report.cutoff:%d/%m/%Y}).",
            )
        ]
        for c in report.candidates[:200]:
            lines.append(
                f"#{c.contact_id:<7} {c.label[:30]:<30} {c.company[:24]:<24} "
                + say("last inbound ", "dernier contact ")
                + f"{c.last_inbound:%d/%m/%Y}"
            )
        if len(ids) > 200:
            more = len(ids) - 200
            lines.append(
                say(
                    f"... and {more} more (use --json for all).",
                    f"… et {more} autres (--json pour tous).",
                )
            )
        if args.apply:
            erased = data["erased"]
            lines.append(
                say(
                    f"Erased {erased} prospect(s); there is no undo.",
                    f"{erased} prospect(s) effacé(s) ; c'est définitif.",
                )
            )
        elif ids:
            lines.append(
                say(
                    "Nothing erased: add --apply to erase them.",
                    "Rien n'a été effacé : ajoutez --apply pour les effacer.",
                )
            )
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def _register(args: argparse.Namespace) -> int:
    from desktop_crm.services.privacy.register import write_register

    db = open_database(args)
    path = db.read(write_register, args.output, cli_language())
    emit(
        args,
        {"pdf": path},
        say(
            f"Processing register written to {path}.",
            f"Registre des traitements écrit dans {path}.",
        ),
    )
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "privacy",
        help="RGPD: a person's data export, erasure, retention, processing register",
        description="RGPD tools: export everything stored about a person, erase a person "
        "for good, list or erase prospects past the retention period, print the "
        "processing register.",
    )
    commands = parser.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    export = add_command(
        commands, "export", _export, "write everything stored about a contact (JSON, PDF)"
    )
    export.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE.json")
    export.add_argument("--pdf", metavar="FILE.pdf", help="also a readable PDF")
    erase = add_command(
        commands, "erase", _erase, "erase a contact and every trace of them (no undo)"
    )
    erase.add_argument("contact_id", type=int, metavar="CONTACT_ID")
    erase.add_argument("--reason", metavar="TEXT", help="why (kept in the erasure record)")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    retention = add_command(
        commands, "retention", _retention, "list (or erase) prospects past the retention period"
    )
    retention.add_argument(
        "--months",
        type=int,
        metavar="N",
        help="months without inbound contact (default: the database's setting, 36)",
    )
    retention.add_argument("--apply", action="store_true", help="erase them")
    retention.add_argument("--yes", action="store_true", help="with --apply: do not ask")
    reg = add_command(
        commands,
        "register",
        _register,
        "print the processing register as PDF",
        json_output=True,
    )
    reg.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    from desktop_crm.cli.privacy_consent import add_privacy_commands

    add_privacy_commands(commands)
