"""Printing subcommands: labels, envelopes, letters and the label sheet catalogue."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from desktop_crm.cli import print_checks
from desktop_crm.cli.campaign_sends import add_campaign_option, campaign_of, for_campaign
from desktop_crm.cli.common import add_command, add_group_option, emit, group_id, open_database
from desktop_crm.cli.labels import cli_language, exclusion_label, say
from desktop_crm.cli.numbers import between, id_list, whole_number
from desktop_crm.domain.errors import DomainError
from desktop_crm.printing.envelopes import EnvelopeOptions, envelope_catalogue, find_envelope
from desktop_crm.printing.labels import LabelOptions
from desktop_crm.printing.sheets import catalogue, find_sheet
from desktop_crm.services.mailing.postal import MergeOptions, PrintRun
from desktop_crm.services.mailing.recipients import Selection


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lookup",
        metavar="TEXT",
        help="contacts whose last name, first name, company, city, e-mail or "
        "phone starts with TEXT (accents and case ignored); default: all",
    )
    add_group_option(parser)
    parser.add_argument("--ids", metavar="ID,ID,...", help="only these contact ids")
    parser.add_argument(
        "--merge-company",
        action="store_true",
        help="one address per company instead of one per person",
    )
    parser.add_argument(
        "--merge-household",
        action="store_true",
        help='one address per household ("M. et Mme Dupont")',
    )
    parser.add_argument("--test", action="store_true", help="test print: write no history entry")
    add_campaign_option(parser)
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every contact left out (default: a count per reason)",
    )
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE.pdf", help="PDF file to write"
    )


def _selection(args: argparse.Namespace, db: Any) -> Selection:
    ids = id_list(args.ids)
    return Selection(lookup=args.lookup, contact_ids=ids, group_id=group_id(db, args.group))


def _merge(args: argparse.Namespace) -> MergeOptions:
    return MergeOptions(by_company=args.merge_company, by_household=args.merge_household)


def _record_history(args: argparse.Namespace, db: Any) -> bool:
    """Whether to write history entries; a read-only database prints with a warning instead."""
    if args.test:
        return False
    if db.read_only:
        print(
            say(
                f"desktop-crm: {db.name} is read-only: the document is written but no history "
                "entry is recorded (make the file writable to record it).",
                f"desktop-crm : {db.name} est en lecture seule : le document est écrit mais "
                "aucune entrée d'historique n'est enregistrée (rendez le fichier modifiable "
                "pour l'enregistrer).",
            ),
            file=sys.stderr,
        )
        return False
    return True


_UNITS_FR = {"label(s)": "étiquette(s)", "envelope(s)": "enveloppe(s)", "letter(s)": "lettre(s)"}


def _report(args: argparse.Namespace, run: PrintRun, unit: str) -> None:
    data: dict[str, Any] = {"output": str(args.output), **run.summary()}

    def text() -> str:
        if not run.pages:
            lines = [
                say(
                    f"Nothing printed: no recipient left ({len(run.excluded)} left out).",
                    f"Rien d'imprimé : aucun destinataire restant ({len(run.excluded)} écarté(s)).",
                )
            ]
        else:
            lines = [
                say(
                    f"Wrote {args.output}: {run.pages} page(s), {run.recipients} {unit} "
                    f"for {run.contacts} contact(s).",
                    f"{args.output} écrit : {run.pages} page(s), {run.recipients} "
                    f"{_UNITS_FR.get(unit, unit)} pour {run.contacts} contact(s).",
                )
            ]
        verbose = bool(getattr(args, "verbose", False))
        if run.excluded:
            lines.append(
                say(f"Left out ({len(run.excluded)}):", f"Écartés ({len(run.excluded)}) :")
            )
            if verbose:
                lines += [
                    f"  {e.name} (#{e.contact_id}): {exclusion_label(e.reason, e.message)}"
                    for e in run.excluded
                ]
            else:
                by_reason = Counter(exclusion_label(e.reason, e.message) for e in run.excluded)
                lines += [f"  {count:>6}  {why}" for why, count in by_reason.most_common()]
                lines.append(
                    say(
                        "  (add --verbose to list the contacts left out)",
                        "  (ajoutez --verbose pour lister les contacts écartés)",
                    )
                )
        if run.overlong:
            lines.append(
                say(
                    f"Address lines over 38 characters ({len(run.overlong)}):",
                    f"Lignes d'adresse de plus de 38 caractères ({len(run.overlong)}) :",
                )
            )
            lines += [
                f"  {o.name} (#{o.contact_id}): {o.line!r} ({len(o.line)})" for o in run.overlong
            ]
        if run.shortened:
            lines.append(
                say(
                    f"Too long for the page even in small print, shortened with '…' "
                    f"({len(run.shortened)}); shorten them on the card or in the settings:",
                    f"Trop longs pour la page même en petits caractères, raccourcis par « … » "
                    f"({len(run.shortened)}) ; raccourcissez-les sur la fiche ou dans les "
                    "réglages :",
                )
            )
            lines += [f"  {text!r} ({len(text)})" for text in run.shortened]
        if run.unknown_fields:
            lines.append(
                say("Unknown merge fields: ", "Champs de fusion inconnus : ")
                + ", ".join(run.unknown_fields)
            )
        return "\n".join(lines)

    emit(args, data, text)


def _labels(args: argparse.Namespace) -> int:
    from desktop_crm.services.mailing.postal import print_labels
    from desktop_crm.services.mailing.settings import custom_sheets, printer_offset

    db = open_database(args)
    if args.sender:
        return _sender_labels(args, db)
    with db.uow(write=not db.read_only) as uow:
        sheet = find_sheet(args.sheet, custom_sheets(uow))
        print_checks.first_label(args.start, sheet)
        offset = printer_offset(uow, args.printer) if args.printer else (0.0, 0.0)
        options = LabelOptions(
            start=args.start,
            copies=args.copies,
            outlines=args.outlines,
            offset_x=args.offset_x if args.offset_x is not None else offset[0],
            offset_y=args.offset_y if args.offset_y is not None else offset[1],
        )
        campaign, record, selection = (
            campaign_of(args, uow),
            _record_history(args, db),
            _selection(args, db),
        )
        run = print_labels(
            uow,
            selection,
            sheet,
            args.output,
            options=options,
            merge=_merge(args),
            record=record and campaign is None,
        )
        run = for_campaign(
            uow, run, campaign, record, "labels", sheet.code, selection, _merge(args)
        )
        uow.commit()
    _report(args, run, "label(s)")
    return 0


def _sender_labels(args: argparse.Namespace, db: Any) -> int:
    from desktop_crm.services.mailing.postal import print_sender_labels
    from desktop_crm.services.mailing.settings import custom_sheets

    with db.uow(write=False) as uow:
        sheet = find_sheet(args.sheet, custom_sheets(uow))
        print_checks.first_label(args.start, sheet)
        options = LabelOptions(
            start=args.start,
            outlines=args.outlines,
            offset_x=args.offset_x or 0.0,
            offset_y=args.offset_y or 0.0,
        )
        run = print_sender_labels(uow, sheet, args.output, count=args.count, options=options)
    emit(
        args,
        {"output": str(args.output), **run.summary()},
        say(
            f"Wrote {args.output}: {run.pages} page(s), {run.recipients} sender label(s).",
            f"{args.output} écrit : {run.pages} page(s), {run.recipients} étiquette(s) "
            "d'expéditeur.",
        ),
    )
    return 0


def _envelopes(args: argparse.Namespace) -> int:
    from desktop_crm.services.mailing.postal import print_envelopes

    envelope = find_envelope(args.size)
    print_checks.logo(args.logo)
    db = open_database(args)
    options = EnvelopeOptions(
        use_window=args.window,
        print_sender=not args.no_sender,
        logo_path=str(args.logo) if args.logo else None,
        offset_x=args.offset_x,
        offset_y=args.offset_y,
    )
    with db.uow(write=not db.read_only) as uow:
        campaign, record, selection = (
            campaign_of(args, uow),
            _record_history(args, db),
            _selection(args, db),
        )
        run = print_envelopes(
            uow,
            selection,
            envelope,
            args.output,
            options=options,
            merge=_merge(args),
            record=record and campaign is None,
        )
        run = for_campaign(
            uow, run, campaign, record, "envelopes", envelope.code, selection, _merge(args)
        )
        uow.commit()
    _report(args, run, "envelope(s)")
    return 0


def _letters(args: argparse.Namespace) -> int:
    from desktop_crm.services.mailing.postal import print_letters

    db = open_database(args)
    with db.uow(write=not db.read_only) as uow:
        campaign, record, selection = (
            campaign_of(args, uow),
            _record_history(args, db),
            _selection(args, db),
        )
        run = print_letters(
            uow,
            selection,
            args.template,
            args.output,
            merge=_merge(args),
            record=record and campaign is None,
        )
        run = for_campaign(
            uow, run, campaign, record, "letters", args.template, selection, _merge(args)
        )
        uow.commit()
    _report(args, run, "letter(s)")
    return 0


def _import_glabels(args: argparse.Namespace) -> int:
    from desktop_crm.printing.glabels import read_glabels
    from desktop_crm.services.mailing.settings import save_custom_sheet

    found = print_checks.chosen_parts(
        read_glabels(args.import_glabels), args.part, args.import_glabels
    )
    db = open_database(args)
    with db.uow() as uow:
        saved = [save_custom_sheet(uow, sheet) for sheet in found]
        uow.commit()
    emit(
        args,
        {"imported": [s.code for s in saved]},
        say(
            f"Imported {len(saved)} sheet(s) as custom sheets: ",
            f"{len(saved)} planche(s) importée(s) comme planches personnalisées : ",
        )
        + (", ".join(s.code for s in saved[:20]) or say("none", "aucune"))
        + (" …" if len(saved) > 20 else ""),
    )
    return 0 if saved else 1


_SHEET_HEADER_EN = ("Sheet", "Page", "Grid", "Label mm", "Top/left mm", "Also sold as")
_SHEET_HEADER_FR = ("Planche", "Page", "Grille", "Étiq. mm", "Haut/gche mm", "Aussi vendue sous")


def _sheets(args: argparse.Namespace) -> int:
    if args.import_glabels:
        return _import_glabels(args)
    if args.part:
        raise DomainError(
            say(
                "--part chooses among the sheets of --import-glabels FILE: give the file too.",
                "--part choisit parmi les planches de --import-glabels FICHIER : donnez aussi "
                "le fichier.",
            ),
            code="invalid",
        )
    sheets = list(catalogue())
    if getattr(args, "db", None) is not None or args.custom:
        from desktop_crm.services.mailing.settings import custom_sheets

        db = open_database(args)
        with db.uow(write=False) as uow:
            sheets = [*custom_sheets(uow), *sheets]
    data = {
        "sheets": [s.to_dict() for s in sheets],
        "envelopes": [
            {"code": e.code, "description": e.description, "width": e.width, "height": e.height}
            for e in envelope_catalogue()
        ],
    }

    def text() -> str:
        header = _SHEET_HEADER_FR if cli_language() == "fr" else _SHEET_HEADER_EN
        lines = [
            f"{header[0]:<16} {header[1]:<7} {header[2]:<6} {header[3]:<13} {header[4]:<13} "
            + header[5]
        ]
        for s in sheets:
            lines.append(
                f"{s.code:<16} {s.page:<7} {f'{s.columns}x{s.rows}':<6} "
                f"{f'{s.width:g}x{s.height:g}':<13} {f'{s.top:g}/{s.left:g}':<13} "
                + ", ".join(s.aliases)
                + (say(" (custom)", " (personnalisée)") if s.custom else "")
            )
        lines.append(
            say("Envelopes: ", "Enveloppes : ") + ", ".join(e.code for e in envelope_catalogue())
        )
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def register(subparsers: Any) -> None:
    labels = add_command(
        subparsers,
        "labels",
        _labels,
        "print address labels (PDF) for a lookup, a selection or a group",
    )
    labels.add_argument("--sheet", required=True, help="label sheet, e.g. L7163 (see 'sheets')")
    labels.add_argument(
        "--start",
        type=whole_number,
        default=1,
        metavar="N",
        help="first free label on a partly used sheet (default 1)",
    )
    labels.add_argument("--copies", type=between(1, 1000), default=1, help="labels per recipient")
    labels.add_argument("--printer", help="use the X/Y offset saved for this printer")
    labels.add_argument(
        "--offset-x", type=print_checks.offset_mm, metavar="MM", help="move right by MM"
    )
    labels.add_argument(
        "--offset-y", type=print_checks.offset_mm, metavar="MM", help="move down by MM"
    )
    labels.add_argument(
        "--sender",
        action="store_true",
        help="print return-address labels with the company's sender block instead",
    )
    labels.add_argument(
        "--count",
        type=print_checks.sheet_count,
        help="with --sender: how many (default: the rest of the sheet)",
    )
    labels.add_argument(
        "--outlines",
        action="store_true",
        help="draw the label borders (for a test print on plain paper)",
    )
    _add_selection(labels)

    envelopes = add_command(
        subparsers,
        "envelopes",
        _envelopes,
        "print envelopes (PDF, landscape) with the sender and the address",
    )
    envelopes.add_argument("--size", default="DL", help="DL, C5, C6, C6/5, C4 or US10 (default DL)")
    envelopes.add_argument(
        "--window", action="store_true", help="place the address in the envelope's window"
    )
    envelopes.add_argument("--no-sender", action="store_true", help="leave the sender out")
    envelopes.add_argument("--logo", type=Path, help="logo picture above the sender")
    envelopes.add_argument("--offset-x", type=float, default=0.0, metavar="MM")
    envelopes.add_argument("--offset-y", type=float, default=0.0, metavar="MM")
    _add_selection(envelopes)

    letters = add_command(
        subparsers, "letters", _letters, "print merged letters (PDF) from a stored letter template"
    )
    letters.add_argument("--template", required=True, help="name of the letter template")
    _add_selection(letters)

    sheets = add_command(
        subparsers, "sheets", _sheets, "list the label sheets and envelope sizes the app knows"
    )
    sheets.add_argument(
        "--import-glabels",
        type=Path,
        metavar="FILE.xml",
        help="add the sheets of a gLabels template file to the team's custom sheets",
    )
    sheets.add_argument(
        "--part", action="append", help="with --import-glabels: only this part (repeatable)"
    )
    sheets.add_argument(
        "--custom", action="store_true", help="include the team's custom sheets from the database"
    )
