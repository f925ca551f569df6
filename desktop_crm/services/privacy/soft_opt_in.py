"""When an existing customer's soft opt-in lapses (CNIL, CPCE L.34-5).

The soft opt-in lets a company e-mail (or text) a private person who bought from it about
similar products without a prior opt-in. It lasts as long as the relationship: the CNIL
keeps a customer's data for prospecting 3 years after the relationship ends, and a prospect's
3 years after the last contact coming from them. So a soft opt-in lapses once the person's
last sign of a relationship is older than the team's retention period (36 months by
default, Tools › Data retention): the soft opt-in itself being recorded, a purchase, a call
reached or received, a meeting held, a click in an e-mail, an answer to a campaign (not an
unsubscription). E-mails sent or opened do not count: they are ours, not the person's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select

from desktop_crm.domain.campaigns import STATUS_UNSUBSCRIBED
from desktop_crm.domain.constants import ConsentStatus
from desktop_crm.services.privacy.retention import INBOUND_TYPES, months_before, retention_months
from desktop_crm.storage.models import (
    CampaignMember,
    Consent,
    ConsentEntry,
    Contact,
    History,
    Sale,
    utcnow,
)
from desktop_crm.storage.uow import UnitOfWork

_CHUNK = 900


def last_relationship(
    uow: UnitOfWork, contact_ids: Iterable[int], channel: str, at: dt.datetime
) -> dict[int, dt.datetime]:
    """Per contact, the latest moment (on or before ``at``) that keeps the relationship
    alive; contacts with none are missing."""
    ids = list(dict.fromkeys(contact_ids))
    out: dict[int, dt.datetime] = {}

    def keep(rows: Iterable[Any]) -> None:  # (contact id, moment or None) rows
        for contact_id, when in rows:
            if when is None:
                continue
            if not isinstance(when, dt.datetime):
                when = dt.datetime.combine(when, dt.time.min)
            if when <= at and (contact_id not in out or when > out[contact_id]):
                out[contact_id] = when

    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        session = uow.session
        keep(
            session.execute(
                select(ConsentEntry.contact_id, func.max(ConsentEntry.given_at))
                .where(
                    ConsentEntry.contact_id.in_(part),
                    ConsentEntry.channel == channel,
                    ConsentEntry.status == ConsentStatus.SOFT_OPT_IN.value,
                    ConsentEntry.given_at <= at,
                )
                .group_by(ConsentEntry.contact_id)
            )
        )
        keep(  # the current row, for a soft opt-in recorded before the ledger
            session.execute(
                select(Consent.contact_id, Consent.recorded_at).where(
                    Consent.contact_id.in_(part),
                    Consent.channel == channel,
                    Consent.status == ConsentStatus.SOFT_OPT_IN.value,
                )
            )
        )
        keep(
            session.execute(
                select(Sale.contact_id, func.max(Sale.sold_on))
                .where(Sale.contact_id.in_(part), Sale.sold_on <= at.date())
                .group_by(Sale.contact_id)
            )
        )
        keep(
            session.execute(
                select(History.contact_id, func.max(History.occurred_at))
                .where(
                    History.contact_id.in_(part),
                    History.type.in_(INBOUND_TYPES),
                    History.occurred_at <= at,
                )
                .group_by(History.contact_id)
            )
        )
        keep(
            session.execute(
                select(CampaignMember.contact_id, func.max(CampaignMember.responded_at))
                .where(
                    CampaignMember.contact_id.in_(part),
                    CampaignMember.responded_at <= at,
                    CampaignMember.status != STATUS_UNSUBSCRIBED,
                )
                .group_by(CampaignMember.contact_id)
            )
        )
        for contact_id, reach, meeting in session.execute(
            select(Contact.id, Contact.last_reach, Contact.last_meeting).where(Contact.id.in_(part))
        ):
            keep([(contact_id, reach), (contact_id, meeting)])
    return out


def lapsed(
    uow: UnitOfWork, statuses: dict[int, str], channel: str, at: dt.datetime | None = None
) -> set[int]:
    """The contacts whose status on ``channel`` is a soft opt-in that has lapsed at ``at``
    (default now): no sign of the relationship for the retention period."""
    soft = [cid for cid, status in statuses.items() if status == ConsentStatus.SOFT_OPT_IN.value]
    if not soft:
        return set()
    moment = at or utcnow()
    cutoff = months_before(moment, retention_months(uow))
    last = last_relationship(uow, soft, channel, moment)
    return {cid for cid in soft if cid not in last or last[cid] < cutoff}
