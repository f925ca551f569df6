"""Postal mailings: labels, envelopes and letters for a selection, with history entries.

Each run selects the recipients (minus do-not-mail, NPAI and opted-out contacts, listed with
their reason), optionally merges households or company addresses, writes the PDF, then
records "Étiquette imprimée" / "Enveloppe imprimée" / "Lettre envoyée" on every contact and
updates Last Letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import insert, select

from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.contacts import ContactView
from desktop_crm.domain.errors import FieldProblem, ValidationError
from desktop_crm.domain.text import fold
from desktop_crm.printing.address import AddressBlock, format_address
from desktop_crm.printing.envelopes import Envelope, EnvelopeOptions, layout_envelopes
from desktop_crm.printing.fields import (
    DEFAULT_SALUTATION,
    Sender,
    merge_values,
    postal_address,
)
from desktop_crm.printing.labels import LabelOptions, layout_labels
from desktop_crm.printing.letters import LetterInput, write_letters
from desktop_crm.printing.pdf import write_pages
from desktop_crm.printing.sheets import LabelSheet
from desktop_crm.services.fields.values import merge_texts_for
from desktop_crm.services.mailing.recipients import (
    Excluded,
    Selection,
    display_name,
    select_contacts,
    split_postal,
)
from desktop_crm.services.mailing.settings import load_sender, template_for_letter
from desktop_crm.storage.models import Contact, History, utcnow
from desktop_crm.storage.uow import UnitOfWork

Progress = Callable[[int, int, str], None]  # done, total, message (may raise Cancelled)
_CHUNK = 500


@dataclass(frozen=True)
class MergeOptions:
    """One label per company address and/or per household instead of one per person."""

    by_company: bool = False
    by_household: bool = False


@dataclass(frozen=True)
class Recipient:
    """One printed address: the block, the contacts it stands for, the contact for fields."""

    block: AddressBlock
    contact: ContactView
    contact_ids: tuple[int, ...]
    merged: bool = False


@dataclass(frozen=True)
class RecipientList:
    """The recipients of a run and the contacts left out (shown before printing)."""

    recipients: tuple[Recipient, ...]
    excluded: tuple[Excluded, ...]

    @property
    def contact_count(self) -> int:
        return sum(len(r.contact_ids) for r in self.recipients)


@dataclass(frozen=True)
class OverlongLine:
    """An address line over 38 characters (printed in full, to be fixed on the record)."""

    contact_id: int
    name: str
    line: str


@dataclass(frozen=True)
class PrintRun:
    """What a labels/envelopes/letters run did: pages, recipients, exclusions, warnings."""

    kind: str
    pages: int
    recipients: int
    contacts: int
    excluded: tuple[Excluded, ...]
    overlong: tuple[OverlongLine, ...]
    history_entries: int
    unknown_fields: tuple[str, ...] = field(default_factory=tuple)
    # Texts too long for their place on the page even at the smallest size: printed cut
    # with "…" (letters: address lines wider than the window, sender header, footer).
    shortened: tuple[str, ...] = field(default_factory=tuple)

    def summary(self) -> dict[str, object]:
        """The --json report of the command line."""
        return {
            "kind": self.kind,
            "pages": self.pages,
            "recipients": self.recipients,
            "contacts": self.contacts,
            "history_entries": self.history_entries,
            "excluded": [
                {
                    "contact_id": e.contact_id,
                    "name": e.name,
                    "reason": e.reason,
                    "message": e.message,
                }
                for e in self.excluded
            ],
            "overlong_lines": [
                {"contact_id": o.contact_id, "name": o.name, "line": o.line, "length": len(o.line)}
                for o in self.overlong
            ],
            "unknown_fields": list(self.unknown_fields),
            "shortened": list(self.shortened),
        }


def _address_key(contact: ContactView) -> tuple[str, ...]:
    return (
        fold(contact.address1),
        fold(contact.address2),
        (contact.postcode or "").strip(),
        fold(contact.city),
        fold(contact.country),
    )


def _household_name(members: Sequence[ContactView]) -> str:
    last = members[0].last_name or ""
    civilities = sorted(m.civility or "" for m in members)
    if civilities == ["M.", "Mme"]:
        return f"M. et Mme {last}".strip()
    return f"Famille {last}".strip()


def _merge_groups(
    contacts: Sequence[ContactView], options: MergeOptions, origin: str
) -> list[Recipient]:
    groups: dict[tuple[str, ...], list[ContactView]] = {}
    order: list[tuple[str, ...]] = []
    for contact in contacts:
        if options.by_company and (contact.company_id or contact.company_name):
            key: tuple[str, ...] = (
                "company",
                str(contact.company_id or ""),
                fold(contact.company_name),
                *_address_key(contact),
            )
        elif options.by_household and not contact.company_name and contact.last_name:
            key = ("household", fold(contact.last_name), *_address_key(contact))
        else:
            key = ("single", str(contact.id))
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(contact)
    recipients: list[Recipient] = []
    for key in order:
        members = groups[key]
        first = members[0]
        ids = tuple(m.id for m in members)
        if len(members) == 1:
            recipients.append(
                Recipient(format_address(postal_address(first), origin=origin), first, ids)
            )
            continue
        parts = postal_address(first)
        if key[0] == "company":
            parts = replace(parts, recipient=None, attention=None)
            stand_in = replace(
                first, civility=None, first_name=None, last_name=None, salutation=DEFAULT_SALUTATION
            )
        else:
            parts = replace(parts, recipient=_household_name(members))
            stand_in = replace(first, salutation=DEFAULT_SALUTATION)
        recipients.append(Recipient(format_address(parts, origin=origin), stand_in, ids, True))
    return recipients


def postal_recipients(
    uow: UnitOfWork, selection: Selection, merge: MergeOptions | None = None, *, origin: str = "FR"
) -> RecipientList:
    """The address blocks to print for ``selection`` and the contacts left out."""
    kept, excluded = split_postal(uow, select_contacts(uow, selection))
    recipients = _merge_groups(kept, merge or MergeOptions(), origin)
    return RecipientList(tuple(recipients), tuple(excluded))


def _overlong(recipients: Sequence[Recipient]) -> tuple[OverlongLine, ...]:
    return tuple(
        OverlongLine(r.contact.id, display_name(r.contact), line)
        for r in recipients
        for line in r.block.overlong
    )


def record_mailing(
    uow: UnitOfWork,
    contact_ids: Sequence[int],
    kind: HistoryType,
    regarding: str,
    details: str = "",
    *,
    last_field: str | None = "last_letter",
    group_id: int | None = None,
) -> int:
    """A history entry per contact, and the contact's Last Letter (or Last E-mail) date;
    ``group_id`` names the group the run targeted ("what was sent to this group")."""
    now = utcnow()
    ids = list(dict.fromkeys(contact_ids))
    rows = [
        {
            "contact_id": cid,
            "type": kind.value,
            "occurred_at": now,
            "regarding": regarding[:250],
            "details": details or None,
            "user_id": uow.user_id,
            "group_id": group_id,
        }
        for cid in ids
    ]
    for start in range(0, len(rows), _CHUNK):
        created = uow.session.scalars(
            insert(History).returning(History.id), rows[start : start + _CHUNK]
        ).all()
        # Core rows: the service says which history entries it wrote, for whom.
        uow.note_changes("history", "created", created, contact_ids=ids[start : start + _CHUNK])
    if last_field is None:
        return len(rows)
    # Through the ORM so each update carries the version check (no blind bulk update).
    for start in range(0, len(ids), _CHUNK):
        for contact in uow.session.scalars(
            select(Contact).where(Contact.id.in_(ids[start : start + _CHUNK]))
        ):
            setattr(contact, last_field, now)
        uow.session.flush()
    return len(rows)


def finish_run(
    uow: UnitOfWork,
    kind: str,
    pages: int,
    recipients: RecipientList,
    history: HistoryType | None,
    regarding: str,
    unknown: tuple[str, ...] = (),
    *,
    group_id: int | None = None,
    shortened: tuple[str, ...] = (),
) -> PrintRun:
    """Record the run in each contact's history (unless ``history`` is None) and sum it up.

    Also used by the window after printing through the system print dialog.
    """
    ids = [cid for r in recipients.recipients for cid in r.contact_ids]
    written = (
        record_mailing(uow, ids, history, regarding, group_id=group_id)
        if history is not None
        else 0
    )
    return PrintRun(
        kind,
        pages,
        len(recipients.recipients),
        len(ids),
        recipients.excluded,
        _overlong(recipients.recipients),
        written,
        unknown,
        shortened,
    )


def _report(progress: Progress | None, total: int, message: str) -> Callable[[int], None]:
    def callback(done: int) -> None:
        if progress is not None:
            progress(done, total, message)

    return callback


def print_labels(
    uow: UnitOfWork,
    selection: Selection,
    sheet: LabelSheet,
    target: str | Path | BinaryIO,
    *,
    options: LabelOptions | None = None,
    merge: MergeOptions | None = None,
    record: bool = True,
    progress: Progress | None = None,
) -> PrintRun:
    """Labels for ``selection`` on ``sheet``; history "Étiquette imprimée" unless a test."""
    options = options or LabelOptions()
    options.check(sheet)
    recipients = postal_recipients(uow, selection, merge)
    if not recipients.recipients:
        return PrintRun("labels", 0, 0, 0, recipients.excluded, (), 0)
    pages = write_pages(
        layout_labels((r.block.lines for r in recipients.recipients), sheet, options),
        target,
        title=f"Labels {sheet.code}",
        progress=_report(progress, 0, "Labels"),
    )
    return finish_run(
        uow,
        "labels",
        pages,
        recipients,
        HistoryType.LABEL_PRINTED if record else None,
        f"Étiquettes {sheet.code}",
        group_id=selection.group_id,
    )


def print_sender_labels(
    uow: UnitOfWork,
    sheet: LabelSheet,
    target: str | Path | BinaryIO,
    *,
    count: int | None = None,
    options: LabelOptions | None = None,
) -> PrintRun:
    """Return-address labels with the company's sender block (a full sheet by default)."""
    options = options or LabelOptions()
    options.check(sheet)
    sender = load_sender(uow)
    lines = sender.block_lines
    if not sender.address_lines:
        raise ValidationError(
            [FieldProblem("sender", "required", "Fill in the company's name and address first.")]
        )
    count = count if count is not None else sheet.per_page - options.start + 1
    pages = write_pages(
        layout_labels([lines] * count, sheet, options), target, title=f"Sender labels {sheet.code}"
    )
    return PrintRun("sender_labels", pages, count, 0, (), (), 0)


def print_envelopes(
    uow: UnitOfWork,
    selection: Selection,
    envelope: Envelope,
    target: str | Path | BinaryIO,
    *,
    options: EnvelopeOptions | None = None,
    merge: MergeOptions | None = None,
    record: bool = True,
    progress: Progress | None = None,
) -> PrintRun:
    """One envelope per recipient; the sender block comes from the mailing settings."""
    options = options or EnvelopeOptions()
    if not options.sender_lines:
        sender = load_sender(uow)
        options = replace(options, sender_lines=sender.block_lines)
    options.check(envelope)
    recipients = postal_recipients(uow, selection, merge)
    if not recipients.recipients:
        return PrintRun("envelopes", 0, 0, 0, recipients.excluded, (), 0)
    pages = write_pages(
        layout_envelopes((r.block.lines for r in recipients.recipients), envelope, options),
        target,
        title=f"Envelopes {envelope.code}",
        progress=_report(progress, len(recipients.recipients), "Envelopes"),
    )
    return finish_run(
        uow,
        "envelopes",
        pages,
        recipients,
        HistoryType.ENVELOPE_PRINTED if record else None,
        f"Enveloppes {envelope.code}",
        group_id=selection.group_id,
    )


def print_letters(
    uow: UnitOfWork,
    selection: Selection,
    template_name: str,
    target: str | Path | BinaryIO,
    *,
    merge: MergeOptions | None = None,
    record: bool = True,
    today: dt.date | None = None,
    sender: Sender | None = None,
    progress: Progress | None = None,
) -> PrintRun:
    """Merged letters from a stored template; history "Lettre envoyée" and Last Letter."""
    template = template_for_letter(uow, template_name)
    sender = sender or load_sender(uow)
    today = today or SystemClock().now().date()
    recipients = postal_recipients(uow, selection, merge, origin=sender.country)
    if not recipients.recipients:
        return PrintRun("letters", 0, 0, 0, recipients.excluded, (), 0)
    custom = merge_texts_for(uow, [r.contact.id for r in recipients.recipients])
    inputs = [
        LetterInput(
            r.block.lines,
            merge_values(r.contact, sender, today, r.block, custom.get(r.contact.id)),
        )
        for r in recipients.recipients
    ]
    run = write_letters(
        inputs,
        template,
        target,
        header_lines=sender.block_lines,
        progress=_report(progress, len(inputs), "Letters"),
    )
    return finish_run(
        uow,
        "letters",
        run.pages,
        recipients,
        HistoryType.LETTER_SENT if record else None,
        template.name,
        run.unknown_fields,
        group_id=selection.group_id,
        shortened=run.shortened,
    )
