"""``desktop-crm series``: list activity series, apply one to looked-up contacts, run triggers."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop_crm.cli.campaign_sends import add_campaign_option, campaign_of
from desktop_crm.cli.common import add_command, add_group_option, emit, group_id, open_database
from desktop_crm.cli.labels import say
from desktop_crm.domain.errors import FieldProblem, ValidationError
from desktop_crm.services.campaigns.sends import record_series_sends


def _list(args: argparse.Namespace) -> int:
    from desktop_crm.services.activities.series import list_series

    db = open_database(args)
    with db.uow(write=False) as uow:
        views = list_series(uow)
    data = [
        {
            "id": v.id,
            "name": v.name,
            "steps": [
                {
                    "offset": s.day_offset,
                    "type": s.type,
                    "regarding": s.regarding,
                    "priority": s.priority,
                }
                for s in v.steps
            ],
            "trigger": v.trigger_kind,
            "shift_on_late": v.shift_on_late,
            "active": v.active,
        }
        for v in views
    ]
    emit(
        args,
        data,
        lambda: (
            "\n".join(f"{v.name}  ({v.summary})" for v in views)
            or say("No series.", "Aucune série.")
        ),
    )
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            [
                FieldProblem(
                    "anchor",
                    "bad_date",
                    say(
                        f"{text!r} is not a date (YYYY-MM-DD)",
                        f"« {text} » n'est pas une date (AAAA-MM-JJ)",
                    ),
                )
            ]
        ) from None


def _apply(args: argparse.Namespace) -> int:
    from desktop_crm.services.activities.records import list_for_contact
    from desktop_crm.services.activities.series import apply_series, find_series, lookup_contact_ids

    anchor = _date(args.anchor)
    if not args.lookup and not args.group:
        raise ValidationError(
            [
                FieldProblem(
                    "lookup",
                    "required",
                    say(
                        "Give --lookup TEXT or --group NAME",
                        "Donnez --lookup TEXTE ou --group NOM",
                    ),
                )
            ]
        )
    db = open_database(args)
    group = group_id(db, args.group)
    with db.uow() as uow:
        series = find_series(uow, args.name)
        campaign = campaign_of(args, uow)
        if group is not None:
            from desktop_crm.services.groups.groups import member_ids

            contact_ids = member_ids(uow, group)
            if args.lookup:
                found = set(lookup_contact_ids(uow, args.lookup))
                contact_ids = [cid for cid in contact_ids if cid in found]
        else:
            contact_ids = lookup_contact_ids(uow, args.lookup)
        if not contact_ids:
            if group is not None:
                missing = say(
                    f"No contact matches group {args.group!r}",
                    f"Aucun contact ne correspond au groupe « {args.group} »",
                )
            else:
                missing = say(
                    f"No contact matches {args.lookup!r}",
                    f"Aucun contact ne correspond à « {args.lookup} »",
                )
            raise ValidationError([FieldProblem("lookup", "no_contact", missing)])
        result = apply_series(uow, series.id, contact_ids, anchor)
        if campaign is not None:
            record_series_sends(uow, campaign, series.name, contact_ids, result, group)
        uow.commit()
    with db.uow(write=False) as uow:
        runs = set(result.run_ids)
        planned = [
            {
                "id": a.id,
                "contact_id": a.contact_id,
                "type": a.type,
                "regarding": a.regarding,
                "start": a.start_at.isoformat(),
                "priority": a.priority,
            }
            for cid in contact_ids
            if cid not in result.skipped_contact_ids
            for a in list_for_contact(uow, cid)
            if a.series_run_id in runs
        ]
    data = {
        "series": series.name,
        "anchor": anchor.isoformat(),
        "contacts": result.runs,
        "skipped": list(result.skipped_contact_ids),
        "skipped_steps": result.skipped_steps,
        "activities": planned,
    }
    emit(
        args,
        data,
        say(
            f"Applied '{series.name}' from {anchor:%d/%m/%Y} to {result.runs} "
            f"contact(s): {result.activities - result.skipped_steps} activities planned",
            f"Série « {series.name} » appliquée à partir du {anchor:%d/%m/%Y} à "
            f"{result.runs} contact(s) : {result.activities - result.skipped_steps} "
            "activités planifiées",
        )
        + (
            say(
                f", {result.skipped_steps} step(s) skipped (the contact refuses that channel: "
                "NPAI, do not mail / e-mail / call, objection)",
                f", {result.skipped_steps} étape(s) sautée(s) (le contact refuse ce canal : "
                "NPAI, pas de courrier / e-mail / appel, opposition)",
            )
            if result.skipped_steps
            else ""
        )
        + (
            say(
                f"; {len(result.skipped_contact_ids)} already had it",
                f" ; {len(result.skipped_contact_ids)} l'avaient déjà",
            )
            if result.skipped_contact_ids
            else ""
        )
        + ".",
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from desktop_crm.services.activities.series import run_triggers

    db = open_database(args)
    report = db.run(run_triggers).value

    def text() -> str:
        if not report.total:
            return say("No series due.", "Aucune série à lancer.")
        lines = [
            say(f"{name}: {n} contact(s)", f"{name} : {n} contact(s)")
            for name, n in report.runs_by_series.items()
        ]
        lines += [
            say(
                f"  {run.contact_name} (#{run.contact_id}): {run.planned} step(s) planned",
                f"  {run.contact_name} (n° {run.contact_id}) : {run.planned} étape(s) planifiée(s)",
            )
            + (say(f", {run.skipped} skipped", f", {run.skipped} sautée(s)") if run.skipped else "")
            for run in report.started
        ]
        if report.skipped_steps:
            lines.append(
                say(
                    f"{report.skipped_steps} step(s) recorded as skipped: their date had "
                    "passed, or the contact refuses that channel (NPAI, do not mail / e-mail / "
                    "call, objection).",
                    f"{report.skipped_steps} étape(s) notée(s) comme sautée(s) : leur date était "
                    "passée, ou le contact refuse ce canal (NPAI, pas de courrier / e-mail / "
                    "appel, opposition).",
                )
            )
        return "\n".join(lines)

    emit(
        args,
        {
            "runs": report.runs_by_series,
            "total": report.total,
            "skipped_steps": report.skipped_steps,
            "started": [
                {
                    "run_id": run.run_id,
                    "series": run.series_name,
                    "contact_id": run.contact_id,
                    "contact": run.contact_name,
                    "planned": run.planned,
                    "skipped": run.skipped,
                }
                for run in report.started
            ],
        },
        text,
    )
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("series", help="activity series (loyalty chains, J+7...)")
    sub = parser.add_subparsers(dest="series_command", metavar="ACTION", required=True)
    add_command(sub, "list", _list, "list the series templates and their steps")
    apply = add_command(
        sub, "apply", _apply, "plan a series for the contacts a lookup finds, from an anchor date"
    )
    apply.add_argument("name", metavar="NAME", help="series name (or a unique beginning)")
    add_group_option(apply)
    add_campaign_option(apply)
    apply.add_argument(
        "--lookup",
        metavar="TEXT",
        help="contacts whose name, company, city, e-mail or phone starts "
        "with TEXT (accents and case ignored)",
    )
    apply.add_argument(
        "--anchor",
        required=True,
        metavar="YYYY-MM-DD",
        help="the J date the step offsets count from",
    )
    add_command(
        sub,
        "check",
        _check,
        "start the automatic series that are due (opportunity won, contract end)",
    )
