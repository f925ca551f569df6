"""``desktop-crm privacy consent|check``: record consent or an objection in the ledger, and ask
whether an address or phone is on the suppression list (since when, why).

``add_privacy_commands(subparsers)`` adds them to the ``privacy`` group (``cli/privacy.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from desktop_crm.cli.common import add_command, emit, open_database
from desktop_crm.cli.labels import cli_language, say

CHANNELS = ("email", "phone", "sms", "post")
# The command line's French for the ledger's codes (the window's are in ui/privacy).
CHANNELS_FR = {"email": "e-mail", "phone": "téléphone", "sms": "SMS", "post": "courrier"}
STATUSES_FR = {
    "opt_in": "consentement (opt-in)",
    "soft_opt_in": "opt-in client (soft opt-in)",
    "opt_out": "opposition",
    "unknown": "inconnu",
}


def _fr(table: dict[str, str], code: str) -> str:
    return table.get(code, code) if cli_language() == "fr" else code


def _set_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("contact_id", metavar="CONTACT_ID", type=int, help="the contact's number")
    parser.add_argument("--channel", required=True, choices=CHANNELS, help="the channel")
    parser.add_argument(
        "--status",
        required=True,
        metavar="STATUS",
        help="opt_in, soft_opt_in (or customer), objection (or opt_out), unknown",
    )
    parser.add_argument(
        "--source",
        required=True,
        metavar="TEXT",
        help='where it comes from ("Salon Batimat 2026", "web form", "phone call")',
    )
    parser.add_argument(
        "--basis",
        choices=("consent", "legitimate_interest", "contract", "legal_obligation"),
        help="the lawful basis",
    )
    parser.add_argument("--proof", metavar="TEXT_OR_FILE", help="what proves it")
    parser.add_argument(
        "--given", metavar="YYYY-MM-DD", help="the date it was given (default: now)"
    )


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("value", metavar="EMAIL|PHONE", help="an e-mail address or a phone number")


def _set(args: argparse.Namespace) -> int:
    from desktop_crm.domain.errors import FieldProblem, ValidationError
    from desktop_crm.services.privacy.consent import parse_status, record_entry

    status = parse_status(args.status)
    given_at = None
    if args.given:
        try:
            given_at = dt.datetime.combine(dt.date.fromisoformat(args.given), dt.time(12, 0))
        except ValueError as exc:
            raise ValidationError(
                [
                    FieldProblem(
                        "given",
                        "invalid",
                        say(
                            f"Not a date (YYYY-MM-DD): {args.given!r}.",
                            f"Date non valable (AAAA-MM-JJ) : {args.given!r}.",
                        ),
                    )
                ]
            ) from exc
    db = open_database(args)
    entry = db.run(
        record_entry,
        args.contact_id,
        args.channel,
        status,
        source=args.source,
        proof=args.proof,
        basis=args.basis,
        given_at=given_at,
    ).value
    data = {
        "entry_id": entry.id,
        "contact_id": entry.contact_id,
        "channel": entry.channel,
        "status": entry.status,
        "given_at": entry.given_at.isoformat(),
        "source": entry.source,
        "basis": entry.basis,
        "proof": entry.proof,
    }
    emit(
        args,
        data,
        say(
            f"Contact #{entry.contact_id}, {entry.channel}: {entry.status} recorded "
            f"(source: {entry.source}).",
            f"Contact n° {entry.contact_id}, {_fr(CHANNELS_FR, entry.channel)} : "
            f"{_fr(STATUSES_FR, entry.status)} enregistré (source : {entry.source}).",
        ),
    )
    return 0


def check_value(uow: Any, value: str) -> dict[str, Any]:
    """Is ``value`` (an e-mail or a phone) on the suppression list, since when and why."""
    from desktop_crm.services.privacy.suppression import suppression_info

    channels = ("email",) if "@" in value else ("phone", "sms")
    found = []
    for channel in channels:
        info = suppression_info(uow, channel, value)
        if info is not None:
            found.append(
                {
                    "list": channel,
                    "since": info.created_at.isoformat(),
                    "reason": info.reason,
                    "source": info.source,
                    "legacy": info.legacy,
                }
            )
    return {"value": value, "suppressed": bool(found), "entries": found}


def _check(args: argparse.Namespace) -> int:
    if not args.value.strip():
        from desktop_crm.domain.errors import DomainError

        raise DomainError(
            say(
                "Give the e-mail address or phone number to look up.",
                "Indiquez l'adresse e-mail ou le numéro de téléphone à chercher.",
            ),
            code="invalid",
        )
    db = open_database(args)
    data = db.read(check_value, args.value)

    def text() -> str:
        if not data["suppressed"]:
            return say(
                f"{args.value}: not on the suppression list.",
                f"{args.value} : absent de la liste d'opposition.",
            )
        lines = [
            say(
                f"{args.value}: SUPPRESSED (never contacted).",
                f"{args.value} : SUR LA LISTE D'OPPOSITION (jamais contacté).",
            )
        ]
        for e in data["entries"]:
            why = e["reason"] or say(
                "reason not recorded (older list)", "motif non enregistré (ancienne liste)"
            )
            where = say(", source: ", ", source : ") + e["source"] if e["source"] else ""
            since = e["since"][:10]
            if cli_language() == "fr":
                since = dt.date.fromisoformat(since).strftime("%d/%m/%Y")
            lines.append(
                say(
                    f"  {e['list']} list since {since}: ",
                    f"  liste {e['list']} depuis le {since} : ",
                )
                + why
                + where
            )
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def add_privacy_commands(subparsers: Any) -> None:
    """``consent CONTACT_ID …`` and ``check EMAIL|PHONE`` in another group (privacy)."""
    _set_arguments(
        add_command(subparsers, "consent", _set, "record consent or an objection (ledger entry)")
    )
    _check_arguments(
        add_command(
            subparsers, "check", _check, "is an e-mail or phone suppressed, since when, why"
        )
    )
