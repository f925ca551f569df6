"""Campaign figures (targets → responses → sales → ROI) for every campaign at once.

A fixed handful of grouped queries, whatever the number of campaigns or contacts:

- targets, sent, responses, meetings from ``campaign_member`` (its status, ``sent_at``,
  ``responded_at``) plus "meeting held" history entries carrying the campaign;
- opportunities and won ones from ``opportunity.campaign_id``; revenue = won amounts;
  cost of goods = quantity × the product's cost on the price list, line by line;
- sales typed or imported for the campaign without an opportunity add their amount, and
  their recorded margin gives their cost of goods;
- cost = the total of the campaign's cost lines (``campaign.cost`` when it has none).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, literal, or_, select, union

from desktop_crm.domain.campaigns import (
    POSITIVE_RESPONSES,
    RESPONSE_KINDS,
    STATUS_MEETING,
    STATUS_TARGETED,
    ZERO,
    CampaignCounts,
    CampaignFigures,
    add_counts,
    compute_figures,
)
from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.users.amounts import amounts_hidden, readable
from desktop_crm.storage.models import (
    Campaign,
    CampaignCost,
    CampaignMember,
    Contact,
    History,
    Opportunity,
    OpportunityLine,
    Product,
    Sale,
)
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class CampaignRow:
    """One campaign in the list and the dashboard: its card's headline and its figures."""

    id: int
    name: str
    channel: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    budget: Decimal
    expected_response_rate: Decimal | None
    figures: CampaignFigures


@dataclass(frozen=True)
class CampaignOverview:
    """Every campaign chosen, and their total ("all campaigns")."""

    rows: tuple[CampaignRow, ...]
    total: CampaignFigures


def _dec(value: Any) -> Decimal:
    return ZERO if value is None else Decimal(str(value))


def _grouped(uow: UnitOfWork, statement: Any) -> dict[int, tuple[Any, ...]]:
    return {int(row[0]): tuple(row[1:]) for row in uow.session.execute(statement)}


def campaign_counts(
    uow: UnitOfWork, campaign_ids: list[int] | None = None
) -> dict[int, CampaignCounts]:
    """The counts of each campaign (all when ``campaign_ids`` is None).

    A role that may not see sales amounts (Restricted) gets the counts and costs, never a
    revenue: the queries then do not name the amount columns (the server refuses them)."""
    no_amounts = amounts_hidden(uow)
    session = uow.session
    ids_stmt = select(Campaign.id, Campaign.cost)
    if campaign_ids is not None:
        ids_stmt = ids_stmt.where(Campaign.id.in_(campaign_ids))
    lump = {int(i): _dec(c) for i, c in session.execute(ids_stmt)}
    if not lump:
        return {}
    wanted = list(lump)

    m = CampaignMember
    responded = or_(m.status.in_(RESPONSE_KINDS), m.responded_at.is_not(None))
    members = _grouped(
        uow,
        select(
            m.campaign_id,
            func.count(),
            func.sum(case((or_(m.sent_at.is_not(None), m.status != STATUS_TARGETED), 1), else_=0)),
            func.sum(case((responded, 1), else_=0)),
            func.sum(case((m.status.in_(tuple(POSITIVE_RESPONSES)), 1), else_=0)),
        )
        .where(m.campaign_id.in_(wanted))
        .group_by(m.campaign_id),
    )
    met = union(
        select(m.campaign_id.label("cid"), m.contact_id.label("who")).where(
            m.campaign_id.in_(wanted), m.status == STATUS_MEETING
        ),
        select(History.campaign_id.label("cid"), History.contact_id.label("who")).where(
            History.campaign_id.in_(wanted),
            History.type == HistoryType.MEETING_HELD.value,
            History.contact_id.is_not(None),
        ),
    ).subquery()
    meetings = _grouped(uow, select(met.c.cid, func.count()).group_by(met.c.cid))

    o = Opportunity
    opps = _grouped(
        uow,
        select(
            o.campaign_id,
            func.count(),
            func.sum(case((o.status == "won", 1), else_=0)),
            func.sum(case((o.status == "won", readable(uow, o.amount)), else_=0)),
        )
        .where(o.campaign_id.in_(wanted))
        .group_by(o.campaign_id),
    )
    line_cost = OpportunityLine.quantity * func.coalesce(Product.cost, 0)
    goods = (
        {}
        if no_amounts
        else _grouped(
            uow,
            select(o.campaign_id, func.sum(line_cost))
            .select_from(o)
            .join(OpportunityLine, OpportunityLine.opportunity_id == o.id)
            .join(Product, Product.id == OpportunityLine.product_id)
            .where(o.campaign_id.in_(wanted), o.status == "won")
            .group_by(o.campaign_id),
        )
    )
    loose_sales = _grouped(
        uow,
        select(
            Sale.campaign_id,
            func.count(),
            func.sum(readable(uow, Sale.amount)),
            func.sum(readable(uow, Sale.margin)),
        )
        .where(Sale.campaign_id.in_(wanted), Sale.opportunity_id.is_(None))
        .group_by(Sale.campaign_id),
    )
    costs = _grouped(
        uow,
        select(CampaignCost.campaign_id, func.sum(CampaignCost.amount), func.count())
        .where(CampaignCost.campaign_id.in_(wanted))
        .group_by(CampaignCost.campaign_id),
    )

    result: dict[int, CampaignCounts] = {}
    for cid in wanted:
        targets, sent, responses, positive = members.get(cid, (0, 0, 0, 0))
        n_opps, won, revenue = opps.get(cid, (0, 0, None))
        n_sales, sales_amount, sales_margin = loose_sales.get(cid, (0, None, None))
        cost_sum, n_lines = costs.get(cid, (None, 0))
        sales_amount_d = _dec(sales_amount)
        result[cid] = CampaignCounts(
            targets=int(targets or 0),
            sent=int(sent or 0),
            responses=int(responses or 0),
            positive=int(positive or 0),
            meetings=int(meetings.get(cid, (0,))[0] or 0),
            opportunities=int(n_opps or 0),
            won=int(won or 0) + int(n_sales or 0),
            revenue=_dec(revenue) + sales_amount_d,
            cost_of_goods=_dec(goods.get(cid, (None,))[0]) + sales_amount_d - _dec(sales_margin),
            cost=_dec(cost_sum) if n_lines else lump[cid],
            amounts_hidden=no_amounts,
        )
    return result


def campaign_overview(uow: UnitOfWork, campaign_ids: list[int] | None = None) -> CampaignOverview:
    """The campaigns (newest first) with their figures, and the total of them all."""
    stmt = select(Campaign).order_by(
        func.coalesce(Campaign.start_date, literal(dt.date(1900, 1, 1))).desc(), Campaign.name
    )
    if campaign_ids is not None:
        stmt = stmt.where(Campaign.id.in_(campaign_ids))
    campaigns = list(uow.session.scalars(stmt))
    counts = campaign_counts(uow, [c.id for c in campaigns])
    rows = tuple(
        CampaignRow(
            id=c.id,
            name=c.name,
            channel=c.channel or "",
            status=c.status or "draft",
            start_date=c.start_date,
            end_date=c.end_date,
            budget=_dec(c.budget),
            expected_response_rate=(
                None if c.expected_response_rate is None else _dec(c.expected_response_rate)
            ),
            figures=compute_figures(counts[c.id]),
        )
        for c in campaigns
    )
    total = compute_figures(add_counts([r.figures.counts for r in rows]))
    return CampaignOverview(rows, total)


def campaign_figures(uow: UnitOfWork, campaign_id: int) -> CampaignFigures:
    """The figures of one campaign (zeros for a campaign with nothing yet)."""
    counts = campaign_counts(uow, [campaign_id]).get(campaign_id, CampaignCounts())
    return compute_figures(counts)


@dataclass(frozen=True)
class MemberStatusCount:
    status: str
    count: int


def member_status_counts(uow: UnitOfWork, campaign_id: int) -> list[MemberStatusCount]:
    """How many targets are at each status (the campaign card's funnel)."""
    rows = uow.session.execute(
        select(CampaignMember.status, func.count())
        .where(CampaignMember.campaign_id == campaign_id)
        .group_by(CampaignMember.status)
    )
    return [MemberStatusCount(str(s), int(n)) for s, n in rows]


@dataclass(frozen=True)
class MemberRow:
    """One target of a campaign: who, and what happened to the message."""

    contact_id: int
    name: str
    company: str | None
    status: str
    sent_at: dt.datetime | None
    responded_at: dt.datetime | None


@dataclass(frozen=True)
class CampaignMembers:
    """The campaign's targets by status (all of them) and the first ``limit`` targets."""

    by_status: tuple[MemberStatusCount, ...]
    rows: tuple[MemberRow, ...]
    total: int


def campaign_members(uow: UnitOfWork, campaign_id: int, limit: int = 500) -> CampaignMembers:
    """Answers first (most recent first), then the others by name."""
    m = CampaignMember
    counts = member_status_counts(uow, campaign_id)
    rows = uow.session.execute(
        select(
            m.contact_id,
            Contact.first_name,
            Contact.last_name,
            Contact.company_name,
            m.status,
            m.sent_at,
            m.responded_at,
        )
        .join(Contact, Contact.id == m.contact_id)
        .where(m.campaign_id == campaign_id)
        .order_by(
            m.responded_at.is_(None),
            m.responded_at.desc(),
            Contact.last_name_key,
            Contact.first_name_key,
            Contact.id,
        )
        .limit(limit)
    )
    members = tuple(
        MemberRow(
            int(cid),
            " ".join(p for p in (first, last) if p) or (company or f"#{cid}"),
            company,
            str(status),
            sent,
            responded,
        )
        for cid, first, last, company, status, sent, responded in rows
    )
    return CampaignMembers(tuple(counts), members, sum(c.count for c in counts))
