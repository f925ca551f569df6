"""Read-only lists shown on the contact card's tabs: activities, opportunities, groups,
and the per-channel consent (which the card can also record)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop_crm.domain.constants import Channel, ConsentStatus
from desktop_crm.domain.errors import FieldProblem, ValidationError
from desktop_crm.storage.models import (
    Activity,
    Consent,
    Group,
    GroupMember,
    Opportunity,
    SalesStage,
)
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ActivityLine:
    """A scheduled activity of a contact."""

    id: int
    type: str
    start_at: dt.datetime
    regarding: str | None
    priority: int
    cleared: bool


@dataclass(frozen=True)
class OpportunityLine:
    """An opportunity of a contact."""

    id: int
    name: str
    stage: str | None
    probability: int
    amount: Decimal
    expected_close: dt.date | None
    status: str


@dataclass(frozen=True)
class ConsentLine:
    """Consent for one channel (``recorded_at`` is None when never recorded)."""

    channel: str
    status: str
    recorded_at: dt.datetime | None
    source: str | None


def contact_activities(uow: UnitOfWork, contact_id: int) -> list[ActivityLine]:
    rows = uow.session.scalars(
        select(Activity)
        .where(Activity.contact_id == contact_id)
        .order_by(Activity.cleared, Activity.start_at.desc())
    )
    return [
        ActivityLine(a.id, a.type, a.start_at, a.regarding, a.priority, a.cleared) for a in rows
    ]


def contact_opportunities(uow: UnitOfWork, contact_id: int) -> list[OpportunityLine]:
    stmt = (
        select(Opportunity, SalesStage.name)
        .outerjoin(SalesStage, SalesStage.id == Opportunity.stage_id)
        .where(Opportunity.contact_id == contact_id)
        .order_by(Opportunity.expected_close.desc())
    )
    return [
        OpportunityLine(o.id, o.name, stage, o.probability, o.amount, o.expected_close, o.status)
        for o, stage in uow.session.execute(stmt)
    ]


def contact_groups(uow: UnitOfWork, contact_id: int) -> list[str]:
    stmt = (
        select(Group.name)
        .join(GroupMember, GroupMember.group_id == Group.id)
        .where(GroupMember.contact_id == contact_id)
        .order_by(Group.name)
    )
    return list(uow.session.scalars(stmt))


def contact_consents(uow: UnitOfWork, contact_id: int) -> list[ConsentLine]:
    """One line per channel, in a fixed order; unknown where nothing was recorded."""
    stored = {
        c.channel: c
        for c in uow.session.scalars(select(Consent).where(Consent.contact_id == contact_id))
    }
    lines = []
    for channel in Channel:
        c = stored.get(channel.value)
        lines.append(
            ConsentLine(channel.value, c.status, c.recorded_at, c.source)
            if c
            else ConsentLine(channel.value, ConsentStatus.UNKNOWN.value, None, None)
        )
    return lines


def record_consent(
    uow: UnitOfWork, contact_id: int, channel: str, status: str, source: str | None
) -> ConsentLine:
    """Record the consent given (or refused) for one channel, dated now."""
    from desktop_crm.services.privacy.consent import record_entry

    if channel not in {c.value for c in Channel} or status not in {s.value for s in ConsentStatus}:
        raise ValidationError([FieldProblem("consent", "invalid", "Unknown channel or status.")])
    # A ledger entry (nothing overwritten); the current state follows the ledger.
    entry = record_entry(uow, contact_id, channel, status, source=source or "Contact card")
    return ConsentLine(channel, status, entry.given_at, entry.source)
