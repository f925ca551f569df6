"""E-mail merge: consent-checked recipients, safe messages, SMTP or .eml drafts, history.

Private persons need an opt-in (or soft opt-in as existing clients); professional addresses
need no objection (CNIL, CPCE L.34-5). Every message names the sender, carries the company's
postal address and a working unsubscribe line (mailto). Merge values that reach a header are
stripped of line breaks and addresses go through ``email.headerregistry.Address``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select

from desktop_crm.domain.changes import NO_CHANGES, Changes
from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.constants import Channel, HistoryType
from desktop_crm.domain.contacts import ContactView
from desktop_crm.domain.errors import FieldProblem, ValidationError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.printing.fields import Sender, merge_values
from desktop_crm.printing.merge import header_safe, html_escape, merge
from desktop_crm.services.fields.values import merge_texts_for
from desktop_crm.services.mailing.postal import record_mailing
from desktop_crm.services.mailing.recipients import (
    Excluded,
    Selection,
    display_name,
    select_contacts,
    split_by_oracle,
)
from desktop_crm.services.mailing.settings import get_template, load_sender
from desktop_crm.services.mailing.transport import Transport
from desktop_crm.services.privacy import oracle
from desktop_crm.storage.models import Contact, utcnow
from desktop_crm.storage.uow import Database, UnitOfWork

# The B2C/B2B rule lives in the sending oracle (services/privacy/oracle.py).
PERSONAL_DOMAINS = oracle.PERSONAL_DOMAINS
is_professional = oracle.is_professional
_HISTORY_CHUNK = 20


@dataclass(frozen=True)
class EmailTemplate:
    """Subject, HTML and text parts of a message, with {{field}} merge fields."""

    name: str
    subject: str
    body_html: str = ""
    body_text: str = ""


@dataclass(frozen=True)
class EmailRecipients:
    """Who will receive the e-mail and who is left out (with reasons)."""

    recipients: tuple[ContactView, ...]
    excluded: tuple[Excluded, ...]


@dataclass(frozen=True)
class EmailRun:
    """What a send did: messages sent, failures per address, exclusions, unknown fields."""

    sent: int
    failed: tuple[tuple[int, str, str], ...]  # contact id, address, error
    excluded: tuple[Excluded, ...]
    unknown_fields: tuple[str, ...] = ()
    test: bool = False
    # What the send's own commits wrote (history, Last E-mail), for the GUI to announce: the
    # send runs outside ``Database.run``.
    changes: Changes = NO_CHANGES

    def summary(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "test": self.test,
            "failed": [{"contact_id": c, "email": a, "error": e} for c, a, e in self.failed],
            "excluded": [
                {
                    "contact_id": e.contact_id,
                    "name": e.name,
                    "reason": e.reason,
                    "message": e.message,
                }
                for e in self.excluded
            ],
            "unknown_fields": list(self.unknown_fields),
        }


def email_exclusion(contact: ContactView, consent: str | None, suppressed: bool) -> str | None:
    """Why ``contact`` must not get a marketing e-mail, or None (the sending oracle's rule)."""
    decision = oracle.decide(contact, Channel.EMAIL, consent, suppressed)
    return None if decision.allowed else decision.reason


def email_recipients(uow: UnitOfWork, selection: Selection) -> EmailRecipients:
    """The selected contacts e-mail may reach, and the others with the oracle's reason."""
    kept, excluded = split_by_oracle(uow, select_contacts(uow, selection), Channel.EMAIL)
    return EmailRecipients(tuple(kept), tuple(excluded))


def load_email_template(uow: UnitOfWork, name: str) -> EmailTemplate:
    view = get_template(uow, "email", name)
    return EmailTemplate(view.name, view.subject, view.body_html, view.body_text)


def unsubscribe_text(sender: Sender, unsubscribe_address: str) -> str:
    """The footer of every message: who sends it, from where, and how to stop receiving it."""
    company = " - ".join(p for p in (sender.company, ", ".join(sender.address_lines)) if p)
    who = sender.company or sender.name
    return (
        f"{company}\nVous recevez ce message en tant que contact de {who}. "
        f"Pour ne plus recevoir nos e-mails, écrivez à {unsubscribe_address} avec pour "
        "objet STOP."
    ).lstrip()


def _address(name: str, email: str) -> Address:
    try:
        local, domain = email.strip().rsplit("@", 1)
        # Address() refuses CR/LF and other illegal characters (bpo-39073).
        return Address(display_name=header_safe(name), username=local, domain=domain)
    except (ValueError, IndexError) as exc:
        raise ValidationError(
            [FieldProblem("email", "email_invalid", f"Not a usable e-mail address: {email!r}")]
        ) from exc


def build_message(
    template: EmailTemplate,
    values: dict[str, str],
    *,
    sender: Sender,
    from_address: str,
    to_name: str,
    to_address: str,
    unsubscribe_address: str,
    reply_to: str = "",
    unknown: dict[str, None] | None = None,
) -> EmailMessage:
    """One merged message: headers safe, text and HTML parts, unsubscribe line and header."""
    unknown = unknown if unknown is not None else {}

    def merged(text: str, escape: Callable[[str], str] | None = None) -> str:
        result = merge(text, values, escape=escape)
        unknown.update(dict.fromkeys(result.unknown))
        return result.text

    message = EmailMessage()
    from_name = " - ".join(p for p in (sender.name, sender.company) if p)
    message["From"] = _address(from_name, from_address)
    message["To"] = _address(to_name, to_address)
    if reply_to:
        message["Reply-To"] = _address(from_name, reply_to)
    message["Subject"] = header_safe(merged(template.subject))
    message["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain=from_address.rsplit("@", 1)[-1])
    unsubscribe = _address("", unsubscribe_address).addr_spec
    message["List-Unsubscribe"] = f"<mailto:{unsubscribe}?subject=STOP>"
    footer = unsubscribe_text(sender, unsubscribe)
    text = merged(template.body_text) if template.body_text.strip() else ""
    message.set_content(f"{text.rstrip()}\n\n-- \n{footer}\n")
    if template.body_html.strip():
        link = f'<a href="mailto:{unsubscribe}?subject=STOP">{html_escape(unsubscribe)}</a>'
        html_footer = html_escape(footer).replace(html_escape(unsubscribe), link)
        body = merged(template.body_html, html_escape)
        message.add_alternative(
            f'<html><body>{body}<hr><p style="font-size:small;color:#555">{html_footer}'
            "</p></body></html>",
            subtype="html",
        )
    return message


@dataclass(frozen=True)
class SendOptions:
    """Identity and addresses used by a send (from the SMTP settings)."""

    from_address: str
    unsubscribe_address: str = ""
    reply_to: str = ""
    test_address: str = ""  # send only the first message there, marked [TEST]
    today: dt.date | None = None
    regarding: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    campaign_id: int | None = None  # sent for a campaign: history and targets carry it


def send_merge(
    db: Database,
    selection: Selection,
    template: EmailTemplate,
    transport: Transport,
    options: SendOptions,
    control: TaskControl | None = None,
) -> EmailRun:
    """Send (or save as drafts) one message per eligible recipient.

    The one service that commits by itself, on purpose. It takes the database rather than
    one unit of work: a throttled send lasts minutes and must not hold a write transaction,
    and a message handed to the SMTP server cannot be taken back, so its history must be
    durable even if a later message fails or the user cancels. History is committed every
    few messages; what those commits wrote is returned in ``EmailRun.changes``.
    """
    control = control or TaskControl()
    with db.uow(write=False) as uow:
        chosen = email_recipients(uow, selection)
        sender = load_sender(uow)
        custom = merge_texts_for(uow, [contact.id for contact in chosen.recipients])
    today = options.today or SystemClock().now().date()
    unsubscribe = options.unsubscribe_address or options.from_address
    recipients = chosen.recipients[:1] if options.test_address else chosen.recipients
    unknown: dict[str, None] = {}
    failed: list[tuple[int, str, str]] = []
    pending: list[int] = []
    sent = 0
    changes = NO_CHANGES

    def flush() -> None:
        nonlocal changes
        if pending and not options.test_address and options.campaign_id is not None:
            from desktop_crm.services.campaigns.sends import record_sends

            # For a campaign: the same entries, naming the campaign, and the targets marked.
            for_campaign = db.run(
                record_sends,
                options.campaign_id,
                list(pending),
                "email",
                template.name,
                utcnow(),
                group_id=selection.group_id,
            )
            changes = changes.merged(for_campaign.changes)
        elif pending and not options.test_address:
            # Deliberate intermediate commit (see the docstring): these messages were sent.
            done = db.run(
                record_mailing,
                list(pending),
                HistoryType.EMAIL_SENT,
                options.regarding or header_safe(template.subject),
                template.name,
                last_field="last_email",
                group_id=selection.group_id,
            )
            changes = changes.merged(done.changes)
        pending.clear()

    try:
        with transport:
            for index, contact in enumerate(recipients):
                control.report(index, len(recipients), display_name(contact))
                control.check()
                values = {
                    **merge_values(contact, sender, today, custom=custom.get(contact.id)),
                    **options.extra,
                }
                to_address = options.test_address or contact.email or ""
                try:
                    message = build_message(
                        template,
                        values,
                        sender=sender,
                        from_address=options.from_address,
                        to_name=display_name(contact),
                        to_address=to_address,
                        unsubscribe_address=unsubscribe,
                        reply_to=options.reply_to,
                        unknown=unknown,
                    )
                    if options.test_address:
                        subject = message["Subject"]
                        del message["Subject"]
                        message["Subject"] = f"[TEST] {subject}"
                    transport.send(message)
                except (ValidationError, OSError) as exc:
                    failed.append((contact.id, to_address, str(exc)))
                    continue
                sent += 1
                pending.append(contact.id)
                if len(pending) >= _HISTORY_CHUNK:
                    flush()
    finally:
        flush()
    control.report(len(recipients), len(recipients), "")
    return EmailRun(
        sent,
        tuple(failed),
        chosen.excluded,
        tuple(unknown),
        bool(options.test_address),
        changes,
    )


def mark_bounced(uow: UnitOfWork, addresses: Sequence[str], details: str = "") -> int:
    """Flag contacts whose address bounced as "e-mail invalid" with a "Rejeté" entry."""
    wanted = {a.strip().casefold() for a in addresses if a.strip()}
    if not wanted:
        return 0
    contacts = list(uow.session.scalars(select(Contact).where(Contact.email_key.in_(wanted))))
    for contact in contacts:
        contact.email_invalid = True
    uow.session.flush()
    if contacts:
        record_mailing(
            uow,
            [c.id for c in contacts],
            HistoryType.EMAIL_BOUNCED,
            "E-mail rejeté",
            details,
            last_field=None,
        )
    return len(contacts)
