"""Sends "for a campaign": each contact becomes a target with what was sent, and when.

A print run, an e-mail merge, a series start or a phoning session run for a campaign call
``record_sends``: the contact's campaign member row is created or updated (status "sent",
first sending date kept) and one history entry per contact carries the campaign
("Lettre « Offre » envoyée (campagne Salon 2026)"). The print run's own history is then not
written, so each contact gets one entry, not two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import insert, select

from desktop_crm.domain.campaigns import STATUS_SENT, STATUS_TARGETED
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.wording import CAMPAIGN, say
from desktop_crm.services.activities.batch import apply_series_with_progress
from desktop_crm.services.activities.series import ApplyResult, get_series
from desktop_crm.services.groups.groups import member_ids
from desktop_crm.services.mailing.dialog_data import (
    PrintRequest,
    record_system_print,
    write_print_run,
)
from desktop_crm.services.mailing.postal import (
    MergeOptions,
    PrintRun,
    RecipientList,
    postal_recipients,
)
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.storage.models import Campaign, CampaignMember, Contact, History, utcnow
from desktop_crm.storage.uow import UnitOfWork

_CHUNK = 500

# channel -> (history type, French "what was sent" with {what} and {campaign}, last date field)
SEND_KINDS: dict[str, tuple[HistoryType, str, str | None]] = {
    "letters": (
        HistoryType.LETTER_SENT,
        "Lettre « {what} » envoyée (campagne {campaign})",
        "last_letter",
    ),
    "labels": (
        HistoryType.LABEL_PRINTED,
        "Étiquettes « {what} » imprimées (campagne {campaign})",
        "last_letter",
    ),
    "envelopes": (
        HistoryType.ENVELOPE_PRINTED,
        "Enveloppes « {what} » imprimées (campagne {campaign})",
        "last_letter",
    ),
    "email": (
        HistoryType.EMAIL_SENT,
        "E-mail « {what} » envoyé (campagne {campaign})",
        "last_email",
    ),
    "series": (
        HistoryType.NOTE,
        "Série « {what} » démarrée (campagne {campaign})",
        None,
    ),
}


@dataclass(frozen=True)
class CampaignChoice:
    """A campaign offered in the "Campaign:" drop-downs."""

    id: int
    name: str
    channel: str | None
    target_group_id: int | None


@dataclass(frozen=True)
class SendsRecorded:
    """What ``record_sends`` wrote: targets added, targets already there, history entries."""

    campaign_id: int
    campaign_name: str
    added: int
    updated: int
    history_entries: int


def campaign_row(uow: UnitOfWork, campaign_id: int) -> Campaign:
    campaign = uow.session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFoundError(
            say(CAMPAIGN, "Campaign #{id} does not exist any more.").format(id=campaign_id)
        )
    return campaign


def campaign_choices(uow: UnitOfWork) -> list[CampaignChoice]:
    """Every campaign, by name (the drop-downs of the print, e-mail and series dialogs)."""
    rows = uow.session.scalars(select(Campaign).order_by(Campaign.name))
    return [CampaignChoice(c.id, c.name, c.channel, c.target_group_id) for c in rows]


def find_campaign(uow: UnitOfWork, name: str) -> CampaignChoice:
    """The campaign called ``name`` (case and surrounding spaces ignored)."""
    wanted = (name or "").strip().casefold()
    for choice in campaign_choices(uow):
        if choice.name.strip().casefold() == wanted:
            return choice
    known = ", ".join(c.name for c in campaign_choices(uow)[:10]) or say(
        CAMPAIGN, "no campaign yet"
    )
    raise NotFoundError(
        say(CAMPAIGN, "There is no campaign called '{name}' (campaigns: {known}).").format(
            name=name, known=known
        ),
        code="no_such_campaign",
    )


def member_row(uow: UnitOfWork, campaign_id: int, contact_id: int) -> CampaignMember:
    """The contact's member row in the campaign, created (targeted) if missing."""
    member = uow.session.get(CampaignMember, (campaign_id, contact_id))
    if member is None:
        member = CampaignMember(
            campaign_id=campaign_id, contact_id=contact_id, status=STATUS_TARGETED
        )
        uow.session.add(member)
    return member


def record_sends(
    uow: UnitOfWork,
    campaign_id: int,
    contact_ids: Sequence[int],
    channel: str,
    what: str,
    when: dt.datetime,
    *,
    group_id: int | None = None,
) -> SendsRecorded:
    """Each contact becomes a target of the campaign marked sent (a contact who already
    answered keeps the answer; the first sending date is kept) and gets one history entry
    carrying the campaign. Running it twice updates the rows it created, never doubles them."""
    if channel not in SEND_KINDS:
        raise ValidationError(
            [FieldProblem("channel", "invalid", f"Unknown kind of send '{channel}'.")]
        )
    campaign = campaign_row(uow, campaign_id)
    history_type, text, last_field = SEND_KINDS[channel]
    regarding = text.format(what=what.strip() or "?", campaign=campaign.name)[:250]
    ids = list(dict.fromkeys(contact_ids))
    added = updated = entries = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        contacts = {
            c.id: c for c in uow.session.scalars(select(Contact).where(Contact.id.in_(chunk)))
        }
        missing = [cid for cid in chunk if cid not in contacts]
        if missing:
            raise NotFoundError(
                say(CAMPAIGN, "Contact #{id} does not exist any more.").format(id=missing[0])
            )
        members = {
            m.contact_id: m
            for m in uow.session.scalars(
                select(CampaignMember).where(
                    CampaignMember.campaign_id == campaign.id,
                    CampaignMember.contact_id.in_(chunk),
                )
            )
        }
        for cid in chunk:
            member = members.get(cid)
            if member is None:
                uow.session.add(
                    CampaignMember(
                        campaign_id=campaign.id, contact_id=cid, status=STATUS_SENT, sent_at=when
                    )
                )
                added += 1
                continue
            updated += 1
            if member.status in (None, STATUS_TARGETED):
                member.status = STATUS_SENT
            if member.sent_at is None:
                member.sent_at = when
        rows = [
            {
                "contact_id": cid,
                "company_id": contacts[cid].company_id,
                "campaign_id": campaign.id,
                "group_id": group_id,
                "type": history_type.value,
                "occurred_at": when,
                "regarding": regarding,
                "user_id": uow.user_id,
            }
            for cid in chunk
        ]
        created = uow.session.scalars(insert(History).returning(History.id), rows).all()
        uow.note_changes("history", "created", created, contact_ids=chunk)
        entries += len(created)
        if last_field is not None:
            for contact in contacts.values():
                setattr(contact, last_field, when)
        uow.session.flush()
    return SendsRecorded(campaign.id, campaign.name, added, updated, entries)


def _what(request: PrintRequest) -> str:
    if request.kind == "labels" and request.sheet is not None:
        return request.sheet.code
    if request.kind == "envelopes" and request.envelope is not None:
        return request.envelope.code
    return request.template


def finish_print_for_campaign(
    uow: UnitOfWork,
    run: PrintRun,
    campaign_id: int,
    kind: str,
    what: str,
    selection: Selection,
    merge: MergeOptions | None,
) -> PrintRun:
    """After a print run made WITHOUT its own history: the recipients become the campaign's
    targets with one history entry each (same transaction, same recipients as the run)."""
    if not run.pages:
        return run
    recipients = postal_recipients(uow, selection, merge)
    ids = [cid for r in recipients.recipients for cid in r.contact_ids]
    recorded = record_sends(
        uow, campaign_id, ids, kind, what, utcnow(), group_id=selection.group_id
    )
    return replace(run, history_entries=recorded.history_entries)


def write_print_run_for_campaign(
    uow: UnitOfWork, control: TaskControl, request: PrintRequest, campaign_id: int | None
) -> PrintRun:
    """The print dialog's run; for a campaign, its history is written by ``record_sends``
    (with the campaign) instead of by the run, in the same transaction."""
    if campaign_id is None or not request.record or request.kind == "sender_labels":
        return write_print_run(uow, control, request)
    campaign_row(uow, campaign_id)  # refuse before writing anything
    run = write_print_run(uow, control, replace(request, record=False))
    return finish_print_for_campaign(
        uow, run, campaign_id, request.kind, _what(request), request.selection, request.merge
    )


def record_system_print_for_campaign(
    uow: UnitOfWork,
    campaign_id: int | None,
    kind: str,
    pages: int,
    recipients: RecipientList,
    history: HistoryType | None,
    regarding: str,
    printer: str,
    offset: tuple[float, float],
    group_id: int | None = None,
) -> PrintRun:
    """After printing through the system dialog, for a campaign (see ``record_system_print``)."""
    if campaign_id is None or history is None:
        return record_system_print(
            uow, kind, pages, recipients, history, regarding, printer, offset, group_id
        )
    campaign_row(uow, campaign_id)
    run = record_system_print(
        uow, kind, pages, recipients, None, regarding, printer, offset, group_id
    )
    ids = [cid for r in recipients.recipients for cid in r.contact_ids]
    what = regarding.split(" ", 1)[-1]  # "Étiquettes L7160" -> "L7160"
    recorded = record_sends(uow, campaign_id, ids, kind, what, utcnow(), group_id=group_id)
    return replace(run, history_entries=recorded.history_entries)


def record_series_sends(
    uow: UnitOfWork,
    campaign_id: int,
    series_name: str,
    contact_ids: Sequence[int],
    result: ApplyResult,
    group_id: int | None = None,
) -> SendsRecorded | None:
    """The contacts a series was just started for (not those who already had it) become
    the campaign's targets, with "Série « X » démarrée (campagne Y)" in their history."""
    already = set(result.skipped_contact_ids)
    started = [cid for cid in dict.fromkeys(contact_ids) if cid not in already]
    if not started:
        return None
    return record_sends(
        uow, campaign_id, started, "series", series_name, utcnow(), group_id=group_id
    )


def apply_series_for_campaign(
    uow: UnitOfWork,
    control: TaskControl,
    campaign_id: int,
    series_id: int,
    contact_ids: Sequence[int],
    group_id: int | None,
    anchor: dt.date,
) -> ApplyResult:
    """Start a series for the contacts (or ``group_id``'s members) for a campaign."""
    campaign_row(uow, campaign_id)
    ids = member_ids(uow, group_id) if group_id is not None else list(contact_ids)
    result = apply_series_with_progress(uow, control, series_id, ids, anchor)
    name = get_series(uow, series_id).name
    record_series_sends(uow, campaign_id, name, ids, result, group_id)
    return result
