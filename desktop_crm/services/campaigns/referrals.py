"""Referrals ("Recommandé par"): who recommended whom, how many of them became clients, the
revenue each referrer brought; and the contact card's referrer link.

A contact is referred by another when ``contact.referred_by_id`` names them, or when one of
its opportunities names a referrer (``opportunity.referrer_contact_id``). A referee "became
a client" when they have a sale (a won opportunity records one) or the status "Client".
Revenue counts each sale once: the referee's sales, and the sales of opportunities that
name the referrer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, or_, select, union

from desktop_crm.domain.campaigns import ZERO
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.wording import CAMPAIGN, say
from desktop_crm.services.users.amounts import amounts_hidden, readable
from desktop_crm.storage.models import Contact, Opportunity, Sale
from desktop_crm.storage.uow import UnitOfWork

CLIENT_STATUS = "Client"


@dataclass(frozen=True)
class ReferrerRow:
    """One referrer: how many they recommended, how many bought, what it brought."""

    contact_id: int
    name: str
    company: str | None
    referred: int
    clients: int
    revenue: Decimal | None  # None: hidden from the role (Restricted)


@dataclass(frozen=True)
class ReferralLink:
    """One recommendation: the referrer, the referee, whether they bought and how much."""

    referrer_id: int
    referrer: str
    referee_id: int
    referee: str
    referee_company: str | None
    since: dt.date | None
    client: bool
    revenue: Decimal | None  # None: hidden from the role (Restricted)


@dataclass(frozen=True)
class SourceRow:
    """The contacts of one "Recommandé par" source ("Salon", "Ami"…) and what they bought."""

    source: str
    contacts: int
    clients: int
    revenue: Decimal | None  # None: hidden from the role (Restricted)


@dataclass(frozen=True)
class ReferralReport:
    referrers: tuple[ReferrerRow, ...]
    links: tuple[ReferralLink, ...]
    sources: tuple[SourceRow, ...]


def person_name(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p) or "?"


def _pairs() -> Any:
    """(referrer, referee) pairs from both sources, each once."""
    return union(
        select(Contact.referred_by_id.label("referrer"), Contact.id.label("referee")).where(
            Contact.referred_by_id.is_not(None)
        ),
        select(
            Opportunity.referrer_contact_id.label("referrer"),
            Opportunity.contact_id.label("referee"),
        ).where(Opportunity.referrer_contact_id.is_not(None), Opportunity.contact_id.is_not(None)),
    ).subquery()


def referral_report(uow: UnitOfWork, *, limit: int = 2000) -> ReferralReport:
    """Referrers by revenue, the links (newest referees first, at most ``limit``) and the
    sources of the "Recommandé par" pick list."""
    no_amounts = amounts_hidden(uow)  # Restricted: who bought, never how much
    session = uow.session
    pairs = _pairs()
    sales_by_contact = (
        select(
            Sale.contact_id.label("cid"),
            func.count(Sale.id).label("n"),
            func.sum(readable(uow, Sale.amount)).label("amount"),
        )
        .where(Sale.contact_id.is_not(None))
        .group_by(Sale.contact_id)
        .subquery()
    )
    # Sales credited to a referrer: the referees' own, and those of opportunities naming them.
    credited = union(
        select(pairs.c.referrer.label("referrer"), Sale.id.label("sale_id")).join(
            Sale, Sale.contact_id == pairs.c.referee
        ),
        select(Opportunity.referrer_contact_id.label("referrer"), Sale.id.label("sale_id"))
        .join(Sale, Sale.opportunity_id == Opportunity.id)
        .where(Opportunity.referrer_contact_id.is_not(None)),
    ).subquery()
    revenue: dict[int, Decimal] = (
        {}
        if no_amounts
        else {
            int(r): Decimal(str(a or 0))
            for r, a in session.execute(
                select(credited.c.referrer, func.sum(Sale.amount))
                .join(Sale, Sale.id == credited.c.sale_id)
                .group_by(credited.c.referrer)
            )
        }
    )
    referee = Contact.__table__.alias("referee")
    referrer = Contact.__table__.alias("referrer")
    link_rows = session.execute(
        select(
            pairs.c.referrer,
            referrer.c.first_name,
            referrer.c.last_name,
            referrer.c.company_name,
            pairs.c.referee,
            referee.c.first_name,
            referee.c.last_name,
            referee.c.company_name,
            referee.c.created_at,
            referee.c.status,
            sales_by_contact.c.amount,
            sales_by_contact.c.n,
        )
        .join(referrer, referrer.c.id == pairs.c.referrer)
        .join(referee, referee.c.id == pairs.c.referee)
        .outerjoin(sales_by_contact, sales_by_contact.c.cid == pairs.c.referee)
        .order_by(referee.c.created_at.desc(), pairs.c.referee)
    ).all()
    by_referrer: dict[int, list[ReferralLink]] = {}
    meta: dict[int, tuple[str, str | None]] = {}
    links: list[ReferralLink] = []
    for row in link_rows:
        amount = None if no_amounts else Decimal(str(row[10] or 0))
        created = row[8]
        link = ReferralLink(
            referrer_id=int(row[0]),
            referrer=person_name(row[1], row[2]),
            referee_id=int(row[4]),
            referee=person_name(row[5], row[6]),
            referee_company=row[7],
            since=created.date() if isinstance(created, dt.datetime) else created,
            client=row[11] is not None or row[9] == CLIENT_STATUS,
            revenue=amount,
        )
        meta[link.referrer_id] = (link.referrer, row[3])
        by_referrer.setdefault(link.referrer_id, []).append(link)
        links.append(link)
    referrers = sorted(
        (
            ReferrerRow(
                contact_id=rid,
                name=meta[rid][0],
                company=meta[rid][1],
                referred=len(items),
                clients=sum(1 for x in items if x.client),
                revenue=None if no_amounts else revenue.get(rid, ZERO),
            )
            for rid, items in by_referrer.items()
        ),
        key=lambda r: (-(r.revenue or ZERO), -r.referred, r.name.casefold()),
    )
    sources = [
        SourceRow(
            str(src), int(n), int(clients or 0), None if no_amounts else Decimal(str(amount or 0))
        )
        for src, n, clients, amount in session.execute(
            select(
                Contact.referred_by,
                func.count(),
                func.sum(
                    case(
                        (
                            or_(
                                sales_by_contact.c.n.is_not(None),
                                Contact.status == CLIENT_STATUS,
                            ),
                            1,
                        ),
                        else_=0,
                    )
                ),
                func.sum(sales_by_contact.c.amount),
            )
            .outerjoin(sales_by_contact, sales_by_contact.c.cid == Contact.id)
            .where(Contact.referred_by.is_not(None), Contact.referred_by != "")
            .group_by(Contact.referred_by)
            .order_by(
                func.coalesce(func.sum(sales_by_contact.c.amount), 0).desc(),
                func.count().desc(),
                Contact.referred_by,
            )
        )
    ]
    return ReferralReport(tuple(referrers), tuple(links[:limit]), tuple(sources))


# --- the contact card's referrer link ----------------------------------------------------


@dataclass(frozen=True)
class ContactReferrals:
    """Who recommended a contact, and whom the contact recommended."""

    contact_id: int
    referrer_id: int | None
    referrer_name: str | None
    referred: tuple[tuple[int, str], ...]


def contact_referrals(uow: UnitOfWork, contact_id: int) -> ContactReferrals:
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(
            say(CAMPAIGN, "Contact #{id} does not exist (any more).").format(id=contact_id)
        )
    name = None
    if contact.referred_by_id is not None:
        row = uow.session.execute(
            select(Contact.first_name, Contact.last_name).where(
                Contact.id == contact.referred_by_id
            )
        ).first()
        name = person_name(row[0], row[1]) if row else None
    referred = tuple(
        (int(i), person_name(f, last))
        for i, f, last in uow.session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name)
            .where(Contact.referred_by_id == contact_id)
            .order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)
        )
    )
    return ContactReferrals(contact_id, contact.referred_by_id, name, referred)


def set_referrer(uow: UnitOfWork, contact_id: int, referrer_id: int | None) -> ContactReferrals:
    """Name (or clear, with None) the contact who recommended ``contact_id``."""
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError(
            say(CAMPAIGN, "Contact #{id} does not exist (any more).").format(id=contact_id)
        )
    if referrer_id is not None:
        if referrer_id == contact_id:
            raise ValidationError(
                [FieldProblem("referred_by_id", "self", "A contact cannot recommend itself.")]
            )
        if uow.session.get(Contact, referrer_id) is None:
            raise NotFoundError(
                say(CAMPAIGN, "Contact #{id} does not exist (any more).").format(id=referrer_id)
            )
    if contact.referred_by_id != referrer_id:
        contact.referred_by_id = referrer_id
        uow.session.flush()
    return contact_referrals(uow, contact_id)
