"""Retention (CNIL): prospects with no inbound contact for N months (36 by default) are due
for erasure.

A prospect is a contact whose status is empty, "Suspect" or "Prospect" and who never
bought anything (no sale). Clients, former clients, partners and suppliers follow other
periods and are never listed. The clock starts at the last *inbound* contact: the record's
creation (collection), a call reached or received, a meeting held, a click in an e-mail,
an answer to a campaign (not an unsubscription); an e-mail opened, a letter or e-mail sent
do not count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, exists, func, or_, select

from desktop_crm.domain.campaigns import STATUS_UNSUBSCRIBED
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.wording import PRIVACY, say
from desktop_crm.storage.models import AppSetting, CampaignMember, Contact, History, Sale, utcnow
from desktop_crm.storage.uow import UnitOfWork

if TYPE_CHECKING:  # erasure pulls the PDF writer (reportlab): loaded when erasing
    from desktop_crm.services.privacy.erasure import ErasureResult

DEFAULT_MONTHS = 36
SETTING_KEY = "privacy.retention_months"
PROSPECT_STATUSES = ("", "suspect", "prospect")
INBOUND_TYPES = (
    HistoryType.CALL_REACHED.value,
    HistoryType.CALL_RECEIVED.value,
    HistoryType.MEETING_HELD.value,
    HistoryType.EMAIL_CLICKED.value,
)
_BATCH = 200


@dataclass(frozen=True)
class RetentionCandidate:
    """A prospect due for erasure, with the date the retention clock started from."""

    contact_id: int
    label: str
    company: str
    status: str
    last_inbound: dt.datetime


@dataclass(frozen=True)
class RetentionReport:
    months: int
    cutoff: dt.datetime
    candidates: tuple[RetentionCandidate, ...]


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day ``months`` calendar months earlier (31 March - 1 month = 28/29 Feb)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for day in range(moment.day, 27, -1) if moment.day > 28 else (moment.day,):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    return moment.replace(year=year, month=month, day=28)


def last_inbound(
    created_at: dt.datetime,
    last_reach: dt.datetime | None,
    last_meeting: dt.datetime | None,
    inbound_history: list[dt.datetime],
) -> dt.datetime:
    """The oracle: the latest inbound moment of a contact."""
    return max([created_at, *(d for d in (last_reach, last_meeting) if d), *inbound_history])


def retention_months(uow: UnitOfWork) -> int:
    """The team's setting (Tools › Data retention), 36 when never set."""
    value = uow.session.get(AppSetting, SETTING_KEY)
    try:
        months = int(value.value) if value is not None and value.value else DEFAULT_MONTHS
    except ValueError:
        months = DEFAULT_MONTHS
    return months if months > 0 else DEFAULT_MONTHS


def set_retention_months(uow: UnitOfWork, months: int) -> int:
    months = _checked(months)
    setting = uow.session.get(AppSetting, SETTING_KEY)
    if setting is None:
        uow.session.add(AppSetting(key=SETTING_KEY, value=str(months)))
    else:
        setting.value = str(months)
    uow.session.flush()
    return months


def _checked(months: int) -> int:
    if not 1 <= months <= 1200:
        raise DomainError(
            say(
                PRIVACY, "The retention period must be between 1 and 1200 months (not {months})."
            ).format(months=months),
            code="invalid",
        )
    return months


def _due_query(months: int, cutoff: dt.datetime) -> Select[Any]:
    inbound = (
        select(func.max(History.occurred_at))
        .where(History.contact_id == Contact.id, History.type.in_(INBOUND_TYPES))
        .correlate(Contact)
        .scalar_subquery()
    )
    recent_inbound = exists().where(
        History.contact_id == Contact.id,
        History.type.in_(INBOUND_TYPES),
        History.occurred_at >= cutoff,
    )
    # An answer to a campaign (a reply, interest, a meeting, even "not interested") is the
    # prospect's own contact; an unsubscription is not a reason to keep the record.
    answered = and_(
        CampaignMember.contact_id == Contact.id,
        CampaignMember.responded_at.is_not(None),
        CampaignMember.status != STATUS_UNSUBSCRIBED,
    )
    answer = (
        select(func.max(CampaignMember.responded_at))
        .where(answered)
        .correlate(Contact)
        .scalar_subquery()
    )
    recent_answer = exists().where(answered, CampaignMember.responded_at >= cutoff)
    query: Select[Any] = select(  # type: ignore[assignment]
        Contact.id,
        Contact.first_name,
        Contact.last_name,
        Contact.company_name,
        Contact.status,
        Contact.created_at,
        Contact.last_reach,
        Contact.last_meeting,
        inbound.label("inbound"),
        answer.label("answer"),
    ).where(
        func.lower(func.coalesce(Contact.status, "")).in_(PROSPECT_STATUSES),
        Contact.created_at < cutoff,
        or_(Contact.last_reach.is_(None), Contact.last_reach < cutoff),
        or_(Contact.last_meeting.is_(None), Contact.last_meeting < cutoff),
        ~recent_inbound,
        ~recent_answer,
        ~exists().where(and_(Sale.contact_id == Contact.id)),
    )
    return query


def due_for_retention(
    uow: UnitOfWork,
    months: int | None = None,
    *,
    now: dt.datetime | None = None,
    limit: int | None = None,
) -> RetentionReport:
    """Prospects with no inbound contact since ``now - months`` (oldest first)."""
    months = _checked(months) if months is not None else retention_months(uow)
    cutoff = months_before(now or utcnow(), months)
    query = _due_query(months, cutoff).order_by(Contact.created_at, Contact.id)
    if limit is not None:
        query = query.limit(limit)
    candidates = []
    for row in uow.session.execute(query):
        label = " ".join(p for p in (row.first_name, row.last_name) if p) or f"#{row.id}"
        candidates.append(
            RetentionCandidate(
                row.id,
                label,
                row.company_name or "",
                row.status or "",
                last_inbound(
                    row.created_at,
                    row.last_reach,
                    row.last_meeting,
                    [d for d in (row.inbound, row.answer) if d],
                ),
            )
        )
    return RetentionReport(months, cutoff, tuple(candidates))


def count_due(uow: UnitOfWork, *, now: dt.datetime | None = None, cap: int = 1000) -> int:
    """How many prospects are due, counted up to ``cap`` (the start-up reminder: cheap)."""
    months = retention_months(uow)
    cutoff = months_before(now or utcnow(), months)
    capped = _due_query(months, cutoff).limit(cap).subquery()
    return int(uow.session.scalar(select(func.count()).select_from(capped)) or 0)


def apply_retention(
    uow: UnitOfWork,
    control: TaskControl | None,
    contact_ids: list[int],
    reason: str | None = None,
) -> list[ErasureResult]:
    """Erase the prospects listed (after the user confirmed), in batches, cancellable."""
    from desktop_crm.services.privacy.erasure import erase_contacts

    results: list[ErasureResult] = []
    text = reason or "Retention period elapsed (no inbound contact)"
    for start in range(0, len(contact_ids), _BATCH):
        if control is not None:
            control.check()
            control.report(start, len(contact_ids), "")
        results += erase_contacts(
            uow, contact_ids[start : start + _BATCH], text, origin="retention"
        )
    if control is not None:
        control.report(len(contact_ids), len(contact_ids), "")
    return results
