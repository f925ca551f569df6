"""What the printing and e-mail dialogs load and run, one unit of work per user action.

The dialogs call these through the operation runner (``ops.read`` / ``ops.run`` /
``ops.run_long``): each gathers several service calls that belong to one action.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.contacts import ContactView
from desktop_crm.domain.progress import TaskControl
from desktop_crm.printing.envelopes import Envelope, EnvelopeOptions
from desktop_crm.printing.fields import Sender
from desktop_crm.printing.labels import LabelOptions
from desktop_crm.printing.sheets import LabelSheet
from desktop_crm.services.fields.values import merge_texts_for
from desktop_crm.services.mailing.email import (
    EmailRecipients,
    EmailRun,
    SendOptions,
    email_recipients,
    load_email_template,
    send_merge,
)
from desktop_crm.services.mailing.postal import (
    MergeOptions,
    PrintRun,
    RecipientList,
    finish_run,
    postal_recipients,
    print_envelopes,
    print_labels,
    print_letters,
    print_sender_labels,
)
from desktop_crm.services.mailing.recipients import Selection, select_contacts
from desktop_crm.services.mailing.settings import (
    custom_sheets,
    list_templates,
    load_sender,
    printer_offset,
    save_printer_offset,
)
from desktop_crm.services.mailing.transport import SmtpSettings, Transport, load_smtp_settings

if TYPE_CHECKING:
    from desktop_crm.storage.uow import Database, UnitOfWork


# -- print dialog ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintDialogData:
    """Everything the print dialog shows: recipients, sender, sheets, letter templates."""

    recipients: RecipientList
    sender: Sender
    sheets: tuple[LabelSheet, ...]
    templates: tuple[str, ...]
    offset: tuple[float, float]


def load_print_dialog(
    uow: UnitOfWork, selection: Selection, merge: MergeOptions, printer: str
) -> PrintDialogData:
    """The recipients of ``selection`` and the settings the print dialog offers."""
    return PrintDialogData(
        postal_recipients(uow, selection, merge),
        load_sender(uow),
        custom_sheets(uow),
        tuple(t.name for t in list_templates(uow, "letter")),
        printer_offset(uow, printer),
    )


@dataclass(frozen=True)
class PrintRequest:
    """One PDF run as chosen in the dialog (``kind``: labels, envelopes, letters, sender)."""

    kind: str
    selection: Selection
    target: Path
    record: bool
    merge: MergeOptions
    sheet: LabelSheet | None = None
    label_options: LabelOptions | None = None
    envelope: Envelope | None = None
    envelope_options: EnvelopeOptions | None = None
    template: str = ""


def write_print_run(uow: UnitOfWork, control: TaskControl, request: PrintRequest) -> PrintRun:
    """Write the PDF and (if ``record``) each contact's history entry."""
    progress = control.report
    if request.kind == "sender_labels":
        assert request.sheet is not None
        return print_sender_labels(
            uow, request.sheet, request.target, options=request.label_options
        )
    if request.kind == "labels":
        assert request.sheet is not None
        return print_labels(
            uow,
            request.selection,
            request.sheet,
            request.target,
            options=request.label_options,
            merge=request.merge,
            record=request.record,
            progress=progress,
        )
    if request.kind == "envelopes":
        assert request.envelope is not None
        return print_envelopes(
            uow,
            request.selection,
            request.envelope,
            request.target,
            options=request.envelope_options,
            merge=request.merge,
            record=request.record,
            progress=progress,
        )
    return print_letters(
        uow,
        request.selection,
        request.template,
        request.target,
        merge=request.merge,
        record=request.record,
        progress=progress,
    )


def record_system_print(
    uow: UnitOfWork,
    kind: str,
    pages: int,
    recipients: RecipientList,
    history: HistoryType | None,
    regarding: str,
    printer: str,
    offset: tuple[float, float],
    group_id: int | None = None,
) -> PrintRun:
    """After printing through the system dialog: remember the printer offset, log history
    (``group_id``: the group the run targeted)."""
    if kind == "labels":
        save_printer_offset(uow, printer, *offset)
    return finish_run(uow, kind, pages, recipients, history, regarding, group_id=group_id)


# -- e-mail merge ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmailDialogData:
    """The e-mail merge dialog's server settings, template names and recipients."""

    settings: SmtpSettings
    templates: tuple[str, ...]
    recipients: EmailRecipients


def load_email_dialog(uow: UnitOfWork, selection: Selection) -> EmailDialogData:
    return EmailDialogData(
        load_smtp_settings(uow),
        template_names(uow, "email"),
        email_recipients(uow, selection),
    )


def template_names(uow: UnitOfWork, kind: str) -> tuple[str, ...]:
    return tuple(t.name for t in list_templates(uow, kind))


def send_email_merge(
    db: Database,
    control: TaskControl,
    template_name: str,
    selection: Selection,
    transport: Transport,
    options: SendOptions,
) -> EmailRun:
    """Send the merge (or a test, or drafts) with the stored template ``template_name``.

    Takes the database, not one unit of work: ``send_merge`` commits the history every few
    messages, so a crash or a cancel keeps exactly the messages really sent recorded, and a
    throttled send never holds a transaction for minutes. What it wrote is in ``.changes``.
    """
    template = db.read(load_email_template, template_name)
    return send_merge(db, selection, template, transport, options, control)


# -- template editor ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewSubject:
    """The contact a template is previewed with (None when the lookup finds nobody)."""

    contact: ContactView | None
    sender: Sender
    custom: dict[str, str] = field(default_factory=dict)  # user fields as merge text


def preview_subject(uow: UnitOfWork, lookup: str) -> PreviewSubject:
    contacts = select_contacts(uow, Selection(lookup=lookup or None))[:1]
    if not contacts:
        return PreviewSubject(None, load_sender(uow))
    custom = merge_texts_for(uow, [contacts[0].id]).get(contacts[0].id, {})
    return PreviewSubject(contacts[0], load_sender(uow), custom)


def preview_letter(uow: UnitOfWork, contact_id: int, template_name: str, target: Path) -> Path:
    """One letter for one contact, recorded nowhere (the template editor's preview)."""
    print_letters(uow, Selection(contact_ids=(contact_id,)), template_name, target, record=False)
    return target


def preview_letters(
    uow: UnitOfWork,
    selection: Selection,
    template_name: str,
    merge: MergeOptions,
    target: Path,
) -> PrintRun:
    """The letters of ``selection`` written to ``target`` for the print dialog's preview,
    recorded nowhere (the dialog passes its first recipients only)."""
    return print_letters(uow, selection, template_name, target, merge=merge, record=False)
