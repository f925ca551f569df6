"""Responses to a campaign: logged from the card, a phoning session or an imported list.

A response sets the contact's campaign member status (replied, interested, meeting,
not_interested, unsubscribed) and its date, and writes a history entry carrying the
campaign. An unsubscribe also stops e-mails: "do not e-mail" and an e-mail opt-out consent,
as the card's consent tab records it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop_crm.domain.campaigns import (
    RESPONSE_KINDS,
    STATUS_INTERESTED,
    STATUS_MEETING,
    STATUS_NOT_INTERESTED,
    STATUS_REPLIED,
    STATUS_UNSUBSCRIBED,
)
from desktop_crm.domain.constants import Channel, ConsentStatus, HistoryType
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.text import clean
from desktop_crm.domain.wording import CAMPAIGN, say
from desktop_crm.services.campaigns.sends import campaign_row, member_row
from desktop_crm.services.contacts.links import record_consent
from desktop_crm.storage.models import Contact, History
from desktop_crm.storage.uow import UnitOfWork

# The member statuses a response sets: the codes of domain/campaigns.py.
REPLIED = STATUS_REPLIED
INTERESTED = STATUS_INTERESTED
MEETING = STATUS_MEETING
NOT_INTERESTED = STATUS_NOT_INTERESTED
UNSUBSCRIBED = STATUS_UNSUBSCRIBED
RESPONSE_LABELS_FR: dict[str, str] = {
    REPLIED: "a répondu",
    INTERESTED: "intéressé",
    MEETING: "rendez-vous pris",
    NOT_INTERESTED: "pas intéressé",
    UNSUBSCRIBED: "désabonnement",
}


@dataclass(frozen=True)
class ResponseLogged:
    """What ``log_response`` did: the history entry written (None when the member already
    had this response: nothing new to record)."""

    campaign_id: int
    contact_id: int
    kind: str
    history_id: int | None

    @property
    def written(self) -> bool:
        return self.history_id is not None


def check_kind(kind: str) -> str:
    value = (kind or "").strip().casefold()
    if value not in RESPONSE_KINDS:
        raise ValidationError(
            [
                FieldProblem(
                    "kind",
                    "invalid",
                    f"Unknown response '{kind}': use one of {', '.join(RESPONSE_KINDS)}.",
                )
            ]
        )
    return value


def log_response(
    uow: UnitOfWork,
    campaign_id: int,
    contact_id: int,
    kind: str,
    when: dt.datetime,
    note: str | None = None,
    *,
    history_id: int | None = None,
) -> ResponseLogged:
    """Record ``contact_id``'s response to the campaign (idempotent: the same response twice
    writes nothing the second time). ``history_id``: an entry already written for this
    response (a logged call), tagged with the campaign instead of writing a second one."""
    kind = check_kind(kind)
    campaign = campaign_row(uow, campaign_id)
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(
            say(CAMPAIGN, "Contact #{id} does not exist any more.").format(id=contact_id)
        )
    member = member_row(uow, campaign.id, contact.id)
    if member.status == kind and member.responded_at is not None and history_id is None:
        return ResponseLogged(campaign.id, contact.id, kind, None)
    member.status = kind
    member.responded_at = when
    label = RESPONSE_LABELS_FR[kind]
    if history_id is not None:
        entry = uow.session.get(History, history_id)
        if entry is None:
            raise NotFoundError(
                say(CAMPAIGN, "History entry #{id} does not exist any more.").format(id=history_id)
            )
        entry.campaign_id = campaign.id
    else:
        entry = History(
            contact_id=contact.id,
            company_id=contact.company_id,
            campaign_id=campaign.id,
            type=(HistoryType.UNSUBSCRIBED if kind == UNSUBSCRIBED else HistoryType.NOTE).value,
            occurred_at=when,
            result=kind,
            regarding=f"Réponse à la campagne « {campaign.name} » : {label}"[:250],
            details=clean(note),
            user_id=uow.user_id,
        )
        uow.session.add(entry)
    if kind == UNSUBSCRIBED:
        contact.do_not_email = True
        record_consent(
            uow,
            contact.id,
            Channel.EMAIL.value,
            ConsentStatus.OPT_OUT.value,
            f"Campagne « {campaign.name} »",
        )
    uow.session.flush()
    return ResponseLogged(campaign.id, contact.id, kind, entry.id)


@dataclass(frozen=True)
class ResponseRow:
    """One line of an imported response list: an e-mail address or a contact id, a kind."""

    line: int
    key: str
    kind: str
    note: str | None = None


@dataclass(frozen=True)
class ImportedResponses:
    """What an import recorded: responses written, already known, per kind."""

    campaign: str
    written: int
    already: int
    by_kind: dict[str, int]


def _find_contact(uow: UnitOfWork, key: str) -> list[int]:
    text = key.strip()
    if text.startswith("#"):
        text = text[1:]
    if text.isdigit():
        found = uow.session.get(Contact, int(text))
        return [found.id] if found is not None else []
    if "@" in text:
        wanted = text.casefold()
        return list(uow.session.scalars(select(Contact.id).where(Contact.email_key == wanted)))
    return []


def import_responses(
    uow: UnitOfWork, campaign_id: int, rows: Sequence[ResponseRow], when: dt.datetime
) -> ImportedResponses:
    """Record every response of the list, or none: an unknown address, an address shared by
    several contacts or an unknown kind stops the import with every faulty line named."""
    campaign = campaign_row(uow, campaign_id)
    if not rows:
        raise ValidationError(
            [
                FieldProblem(
                    "file",
                    "empty",
                    say(CAMPAIGN, "The file holds no response: nothing was recorded."),
                )
            ]
        )
    problems: list[str] = []
    resolved: list[tuple[int, str, str | None]] = []
    for row in rows:
        if row.kind.strip().casefold() not in RESPONSE_KINDS:
            problems.append(
                say(CAMPAIGN, "line {line}: unknown response '{kind}'").format(
                    line=row.line, kind=row.kind
                )
            )
            continue
        ids = _find_contact(uow, row.key)
        if not ids:
            problems.append(
                say(CAMPAIGN, "line {line}: no contact has '{key}'").format(
                    line=row.line, key=row.key
                )
            )
        elif len(ids) > 1:
            problems.append(
                say(CAMPAIGN, "line {line}: {count} contacts share '{key}'").format(
                    line=row.line, count=len(ids), key=row.key
                )
            )
        else:
            resolved.append((ids[0], row.kind, row.note))
    if problems:
        joined = say(CAMPAIGN, "; ")  # " ; " in French
        shown = joined.join(problems[:10]) + (f"{joined}…" if len(problems) > 10 else "")
        raise ValidationError(
            [
                FieldProblem(
                    "file",
                    "unknown_contacts",
                    say(
                        CAMPAIGN,
                        "{count} line(s) cannot be recorded ({shown}). Nothing was recorded: "
                        "correct the file (an e-mail address or a contact number, and one of "
                        "{kinds}) and import it again.",
                    ).format(count=len(problems), shown=shown, kinds=", ".join(RESPONSE_KINDS)),
                )
            ]
        )
    written = already = 0
    by_kind: dict[str, int] = {}
    for contact_id, kind, note in resolved:
        logged = log_response(uow, campaign.id, contact_id, kind, when, note)
        if logged.written:
            written += 1
            by_kind[logged.kind] = by_kind.get(logged.kind, 0) + 1
        else:
            already += 1
    return ImportedResponses(campaign.name, written, already, by_kind)
