"""E-mail merge subcommands: send (or save drafts of) a template, mark bounced addresses."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import Any

from desktop_crm.cli.campaign_sends import add_campaign_option, campaign_of
from desktop_crm.cli.common import add_command, add_group_option, emit, group_id, open_database
from desktop_crm.cli.labels import exclusion_label, say
from desktop_crm.cli.numbers import id_list
from desktop_crm.services.mailing.recipients import Selection

PASSWORD_ENV = "DESKTOP_CRM_SMTP_PASSWORD"


def _send(args: argparse.Namespace) -> int:
    from desktop_crm.services.mailing.email import SendOptions, load_email_template, send_merge
    from desktop_crm.services.mailing.transport import (
        DraftTransport,
        SmtpTransport,
        load_smtp_settings,
        smtp_password,
    )

    db = open_database(args)
    with db.uow(write=False) as uow:
        template = load_email_template(uow, args.template)
        settings = load_smtp_settings(uow)
        campaign = campaign_of(args, uow)
    transport: Any
    if args.drafts:
        transport = DraftTransport(args.drafts)
    else:
        password = os.environ.get(PASSWORD_ENV) or smtp_password(settings)
        if password is None and settings.username:
            password = getpass.getpass(
                say(
                    f"SMTP password for {settings.keyring_key}: ",
                    f"Mot de passe SMTP de {settings.keyring_key} : ",
                )
            )
        transport = SmtpTransport(settings, password)
    ids = id_list(args.ids)
    options = SendOptions(
        from_address=settings.from_address or "moi@localhost",
        unsubscribe_address=settings.unsubscribe_address,
        reply_to=settings.reply_to,
        test_address=args.test_to or "",
        campaign_id=campaign,
    )
    run = send_merge(
        db,
        Selection(lookup=args.lookup, contact_ids=ids, group_id=group_id(db, args.group)),
        template,
        transport,
        options,
    )

    def text() -> str:
        test = say(" (test)", " (essai)") if run.test else ""
        if args.drafts:
            done = say(
                f"{run.sent} message(s) saved as drafts in {args.drafts}{test}.",
                f"{run.sent} message(s) enregistré(s) comme brouillons dans {args.drafts}{test}.",
            )
        else:
            done = say(
                f"{run.sent} message(s) sent{test}.", f"{run.sent} message(s) envoyé(s){test}."
            )
        lines = [done]
        if run.excluded:
            lines.append(
                say(f"Left out ({len(run.excluded)}):", f"Écartés ({len(run.excluded)}) :")
            )
            lines += [
                f"  {e.name} (#{e.contact_id}): {exclusion_label(e.reason, e.message)}"
                for e in run.excluded
            ]
        lines += [
            say(f"Failed: {address}: {error}", f"Échec : {address} : {error}")
            for _cid, address, error in run.failed
        ]
        if run.unknown_fields:
            lines.append(
                say("Unknown merge fields: ", "Champs de fusion inconnus : ")
                + ", ".join(run.unknown_fields)
            )
        return "\n".join(lines)

    emit(args, run.summary(), text)
    return 1 if run.failed and not run.sent else 0


def _bounced(args: argparse.Namespace) -> int:
    from desktop_crm.domain.errors import DomainError
    from desktop_crm.services.mailing.email import mark_bounced

    for address in args.addresses:
        text = address.strip()
        if "@" not in text or any(ch.isspace() for ch in text):
            raise DomainError(
                say(
                    f"'{address}' is not an e-mail address: give the addresses that bounced, "
                    "such as jean@example.fr.",
                    f"« {address} » n'est pas une adresse e-mail : donnez les adresses revenues "
                    "en erreur, comme jean@exemple.fr.",
                ),
                code="invalid",
            )
    db = open_database(args)
    count = db.run(mark_bounced, args.addresses, "Marked from the command line").value
    emit(
        args,
        {"marked": count},
        say(
            f"{count} contact(s) marked 'e-mail invalid'.",
            f"{count} contact(s) marqué(s) « e-mail invalide ».",
        ),
    )
    return 0


def register(subparsers: Any) -> None:
    send = add_command(
        subparsers,
        "email",
        _send,
        "send a merged e-mail template to a lookup, a selection or a group "
        "(consent rules applied), or save .eml drafts",
    )
    send.add_argument("--template", required=True, help="name of the e-mail template")
    send.add_argument("--lookup", metavar="TEXT", help="as the list's lookup box; default: all")
    add_group_option(send)
    add_campaign_option(send)
    send.add_argument("--ids", metavar="ID,ID,...")
    send.add_argument(
        "--drafts", type=Path, metavar="FOLDER", help="write .eml drafts there instead of sending"
    )
    send.add_argument(
        "--test-to",
        metavar="ADDRESS",
        help="send only the first message, marked [TEST], to this address",
    )
    bounced = add_command(
        subparsers,
        "email-bounced",
        _bounced,
        "mark addresses that bounced: their contacts get 'e-mail invalid'",
    )
    bounced.add_argument("addresses", nargs="+", metavar="ADDRESS")
