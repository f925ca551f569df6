"""Demo campaigns that tell a story on first start: a trade show that paid off, a mailing
(letters and labels) that barely covered its postage, a phoning campaign that woke former
clients up; a newsletter in preparation; and a few referrals between contacts.

Everything is written in bulk (targets, history entries carrying the campaign, responses,
opportunities with product lines, the wins' sales, cost lines): a few thousand rows at most.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, select, update

from desktop_crm.domain.campaigns import cost_line_amount
from desktop_crm.domain.clock import wall_to_utc
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.opportunities import ZERO, line_amount
from desktop_crm.services.demo.days import drawn_working_day, working_day
from desktop_crm.services.demo.opportunities import PRICE_LIST, _b2b_process, _price_list
from desktop_crm.storage.bulk import bulk_insert, bulk_insert_ids
from desktop_crm.storage.models import (
    Campaign,
    CampaignCost,
    CampaignMember,
    Contact,
    History,
    Opportunity,
    OpportunityLine,
    Sale,
)
from desktop_crm.storage.uow import UnitOfWork

D = Decimal


# name, channel, objective, days ago it started, length in days, share of contacts targeted,
# max targets, response rate, share of responders meeting, opportunities per meeting,
# won share, products (PRICE_LIST indexes), cost lines (label, kind, qty or None = targets,
# unit cost), history type of a send.
CAMPAIGNS: tuple[dict[str, Any], ...] = (
    {
        "name": "Salon du commerce Lyon 2026",
        "channel": "trade_show",
        "objective": "Rencontrer 150 visiteurs sur le stand, obtenir 20 rendez-vous",
        "start": 160,
        "days": 3,
        "share": 0.12,
        "cap": 150,
        "response": 0.45,
        "meeting": 0.40,
        "opportunity": 0.9,
        "won": 0.45,
        "products": (4, 1, 6, 8),
        "costs": (
            ("Location du stand (9 m²)", "stand", 1, "3200"),
            ("Plaquettes et kakémono", "printing", 1, "640"),
            ("Déplacements et hébergement", "other", 1, "900"),
        ),
        "send": HistoryType.NOTE,
        "regarding": "Rencontré sur le stand du salon",
        "expected": "30",
        "budget": "5000",
    },
    {
        "name": "Mailing rentrée 2026",
        "channel": "mail",
        "objective": "Présenter l'offre maintenance, 2 % de retours",
        "start": 95,
        "days": 30,
        "share": 0.40,
        "cap": 600,
        "response": 0.04,
        "meeting": 0.30,
        "opportunity": 1.0,
        "won": 0.35,
        "products": (2, 9),
        "costs": (
            ("Conception graphique", "other", 1, "450"),
            ("Impression des lettres", "printing", None, "0.32"),
            ("Étiquettes d'adresse", "printing", None, "0.03"),
            ("Affranchissement lettre verte", "postage", None, "1.29"),
            ("Achat de fichier (location)", "file_purchase", 1, "350"),
        ),
        "send": HistoryType.LETTER_SENT,
        "regarding": "Mailing rentrée : offre maintenance",
        "expected": "2",
        "budget": "1500",
    },
    {
        "name": "Phoning clients inactifs",
        "channel": "phone",
        "objective": "Réactiver 30 anciens clients",
        "start": 50,
        "days": 21,
        "share": 0.15,
        "cap": 160,
        "response": 0.30,
        "meeting": 0.35,
        "opportunity": 1.0,
        "won": 0.55,
        "products": (1, 0, 7, 3),
        "costs": (
            ("Heures de téléprospection", "other", 45, "32"),
            ("Fichier d'anciens clients (mise à jour)", "file_purchase", 1, "180"),
        ),
        "send": HistoryType.CALL_REACHED,
        "regarding": "Phoning clients inactifs",
        "expected": "20",
        "budget": "2000",
    },
)


def _on_a_working_day(moment: dt.datetime, today: dt.date) -> dt.datetime:
    """``moment`` at the same time on the nearest working day on its side of ``today``."""
    return dt.datetime.combine(working_day(moment.date(), today), moment.time())


def _sent_as(spec: Mapping[str, Any], contact_id: int, responded: bool) -> HistoryType:
    """What the history says of a target: a phoning call reached only the people who
    answered; the others were an attempt or a message left (by the contact's number, so the
    campaign's random draws, hence its figures, stay the same)."""
    if spec["send"] is not HistoryType.CALL_REACHED or responded:
        return cast(HistoryType, spec["send"])
    return HistoryType.CALL_LEFT_MESSAGE if contact_id % 3 == 0 else HistoryType.CALL_ATTEMPTED


def _members(rng: random.Random, contact_ids: Sequence[int], spec: Mapping[str, Any]) -> list[int]:
    wanted = min(spec["cap"], max(4, int(len(contact_ids) * spec["share"])), len(contact_ids))
    return rng.sample(list(contact_ids), wanted)


def demo_campaigns(
    uow: UnitOfWork,
    rng: random.Random,
    today: dt.date,
    contact_company: Mapping[int, int | None],
    user_id: int | None,
    now: dt.datetime,
) -> int:
    """Write the demo campaigns (skipping names that exist); returns how many."""
    session = uow.session
    process_id, stages = _b2b_process(uow)
    products = _price_list(uow)
    contact_ids = sorted(contact_company)
    if not contact_ids or not products:
        return 0
    existing = set(session.scalars(select(Campaign.name)))
    written = 0
    history: list[dict[str, Any]] = []
    days_rng = random.Random(f"{today}-campaign-days")  # (see ``days.drawn_working_day``)
    for spec in CAMPAIGNS:
        if spec["name"] in existing:
            continue
        start = today - dt.timedelta(days=spec["start"])
        end = start + dt.timedelta(days=spec["days"])
        targets = _members(rng, contact_ids, spec)
        costs = []
        for position, (label, kind, qty, unit) in enumerate(spec["costs"]):
            quantity = D(len(targets) if qty is None else qty)
            costs.append(
                {
                    "position": position,
                    "label": label,
                    "kind": kind,
                    "quantity": quantity,
                    "unit_cost": D(unit),
                    "amount": cost_line_amount(quantity, D(unit)),
                }
            )
        total = sum((c["amount"] for c in costs), ZERO)
        campaign = Campaign(
            name=spec["name"],
            channel=spec["channel"],
            objective=spec["objective"],
            start_date=start,
            end_date=end,
            budget=D(spec["budget"]),
            cost=total,
            expected_response_rate=D(spec["expected"]),
            status="finished",
            owner_id=user_id,
            template_name="Lettre de prospection" if spec["channel"] == "mail" else None,
        )
        session.add(campaign)
        session.flush()
        cid = campaign.id
        bulk_insert(
            session,
            cast(Table, CampaignCost.__table__),
            None,
            [{**c, "campaign_id": cid} for c in costs],
        )
        members: list[dict[str, Any]] = []
        meetings: list[int] = []
        for contact_id in targets:
            sent_at = dt.datetime.combine(
                # (letters posted, calls made and e-mails sent on the campaign's working days)
                drawn_working_day(
                    start + dt.timedelta(days=rng.randint(0, spec["days"])),
                    start,
                    end,
                    today,
                    days_rng,
                ),
                dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))),
            )
            status, responded_at = "sent", None
            if rng.random() < spec["response"]:
                responded_at = sent_at + dt.timedelta(days=rng.randint(1, 12))
                draw = rng.random()
                if draw < spec["meeting"]:
                    status = "meeting"
                    meetings.append(contact_id)
                elif draw < spec["meeting"] + 0.25:
                    status = "interested"
                elif draw < 0.9:
                    status = "not_interested"
                else:
                    status = rng.choice(("replied", "unsubscribed"))
            members.append(
                {
                    "campaign_id": cid,
                    "contact_id": contact_id,
                    "status": status,
                    "sent_at": sent_at,
                    "responded_at": responded_at,
                }
            )
            base = {
                "contact_id": contact_id,
                "company_id": contact_company.get(contact_id),
                "campaign_id": cid,
                "user_id": user_id,
                "private": False,
            }
            history.append(
                {
                    **base,
                    "type": _sent_as(spec, contact_id, responded_at is not None),
                    "occurred_at": sent_at,
                    "regarding": spec["regarding"],
                }
            )
            if spec["channel"] == "mail":
                history.append(
                    {
                        **base,
                        "type": HistoryType.LABEL_PRINTED,
                        "occurred_at": sent_at - dt.timedelta(hours=1),
                        "regarding": spec["regarding"],
                    }
                )
            if status == "meeting" and responded_at is not None:
                history.append(
                    {
                        **base,
                        "type": HistoryType.MEETING_HELD,
                        "occurred_at": _on_a_working_day(
                            responded_at + dt.timedelta(days=rng.randint(3, 10)), today
                        ),
                        "regarding": "Rendez-vous suite à la campagne",
                    }
                )
        bulk_insert(session, cast(Table, CampaignMember.__table__), None, members)
        _opportunities(
            uow,
            rng,
            spec,
            cid,
            meetings,
            end,
            today,
            contact_company,
            products,
            process_id,
            stages,
            user_id,
            now,
        )
        written += 1
    bulk_insert(session, cast(Table, History.__table__), None, history)
    if "Newsletter fidélité" not in existing:
        session.add(
            Campaign(
                name="Newsletter fidélité",
                channel="email",
                objective="Garder le lien avec les clients, 25 % d'ouverture",
                start_date=today + dt.timedelta(days=10),
                budget=D("300"),
                cost=ZERO,
                status="draft",
                owner_id=user_id,
            )
        )
        written += 1
    uow.note_bulk("campaign", "campaign_cost", "campaign_member", "history", "opportunity", "sale")
    return written


def _opportunities(
    uow: UnitOfWork,
    rng: random.Random,
    spec: Mapping[str, Any],
    campaign_id: int,
    meetings: list[int],
    end: dt.date,
    today: dt.date,
    contact_company: Mapping[int, int | None],
    products: list[tuple[int, str, Decimal, Decimal]],
    process_id: int,
    stages: list[tuple[int, int, int]],
    user_id: int | None,
    now: dt.datetime,
) -> None:
    rows: list[dict[str, Any]] = []
    all_lines: list[list[dict[str, Any]]] = []
    for contact_id in meetings:
        if rng.random() >= spec["opportunity"]:
            continue
        lines = []
        for position, index in enumerate(rng.sample(spec["products"], rng.randint(1, 2))):
            pid, _family, price, _cost = products[index]
            quantity = D(rng.randint(1, 3))
            lines.append(
                {
                    "product_id": pid,
                    "position": position,
                    "name": PRICE_LIST[index][0],
                    "quantity": quantity,
                    "unit_price": price,
                    "discount_pct": ZERO,
                    "amount": line_amount(quantity, price, ZERO),
                }
            )
        draw = rng.random()
        closed = end + dt.timedelta(days=rng.randint(10, 40))
        status = "won" if draw < spec["won"] else ("lost" if draw < spec["won"] + 0.3 else "open")
        if not rows:  # every finished campaign sold at least once: the story has an end
            status = "won"
        if status != "open" and closed > today:
            closed = today
        stage = stages[-1] if status == "won" else rng.choice(stages)
        rows.append(
            {
                "name": f"{PRICE_LIST[spec['products'][0]][0].split(' (')[0]} — {spec['name']}",
                "contact_id": contact_id,
                "company_id": contact_company.get(contact_id),
                "process_id": process_id,
                "stage_id": stage[0],
                "campaign_id": campaign_id,
                "probability": 100 if status == "won" else (0 if status == "lost" else stage[1]),
                "amount": sum((x["amount"] for x in lines), ZERO),
                "currency": "EUR",
                "status": status,
                "expected_close": closed if status != "open" else today + dt.timedelta(days=30),
                "reason": "Prix" if status == "won" else ("Budget" if status == "lost" else None),
                "closed_at": wall_to_utc(dt.datetime.combine(closed, dt.time(11)))
                if status != "open"
                else None,
                "record_manager_id": user_id,
                "version": 1,
                "created_at": now,
                "edited_at": now,
            }
        )
        all_lines.append(lines)
    if not rows:
        return
    ids = bulk_insert_ids(uow.session, cast(Table, Opportunity.__table__), rows)
    costs = {p[0]: (p[1], p[3]) for p in products}
    line_rows, sales = [], []
    for opp_id, row, lines in zip(ids, rows, all_lines, strict=True):
        line_rows += [{**x, "opportunity_id": opp_id} for x in lines]
        if row["status"] == "won":
            sales.append(
                {
                    "contact_id": row["contact_id"],
                    "company_id": row["company_id"],
                    "opportunity_id": opp_id,
                    "campaign_id": campaign_id,
                    "sold_on": row["expected_close"],
                    "amount": row["amount"],
                    "margin": sum(
                        (x["amount"] - costs[x["product_id"]][1] * x["quantity"] for x in lines),
                        ZERO,
                    ),
                    "product_family": costs[lines[0]["product_id"]][0],
                    "reference": f"OPP-{opp_id}",
                }
            )
    bulk_insert(uow.session, cast(Table, OpportunityLine.__table__), None, line_rows)
    bulk_insert(uow.session, cast(Table, Sale.__table__), None, sales)


def demo_referrals(
    uow: UnitOfWork,
    rng: random.Random,
    today: dt.date,
    contact_ids: Sequence[int],
    company_of: Mapping[int, int | None],
) -> None:
    """A few clients recommended people ("Bouche à oreille"); some of those bought."""
    session = uow.session
    clients = list(
        session.scalars(
            select(Contact.id)
            .where(Contact.id.in_(contact_ids), Contact.status == "Client")
            .order_by(Contact.id)
            .limit(200)
        )
    )
    if len(clients) < 3:
        return
    referrers = rng.sample(clients, min(6, len(clients) // 2))
    buyers = set(session.scalars(select(Sale.contact_id).where(Sale.contact_id.is_not(None))))
    pool = [c for c in contact_ids if c not in set(referrers) and c not in buyers]
    referees = rng.sample(pool, min(len(pool), max(6, len(contact_ids) // 40), 40))
    sales: list[dict[str, Any]] = []
    for index, referee in enumerate(referees):
        # The first referrers recommend more: the report has a clear leader.
        referrer = referrers[min(index % (len(referrers) + 2), len(referrers) - 1)]
        session.execute(
            update(Contact)
            .where(Contact.id == referee)
            .values(referred_by_id=referrer, referred_by="Bouche à oreille")
        )
        if rng.random() < 0.5:  # half of the referees bought
            amount = D(rng.randrange(800, 9000, 50))
            sales.append(
                {
                    "contact_id": referee,
                    "company_id": company_of.get(referee),
                    "sold_on": today - dt.timedelta(days=rng.randint(5, 200)),
                    "amount": amount,
                    "margin": (amount * D("0.35")).quantize(D("0.01")),
                    "product_family": "Services",
                    "reference": "RECO",
                }
            )
    if sales:
        bulk_insert(session, cast(Table, Sale.__table__), None, sales)
    uow.note_changes("contact", "updated", referees, contact_ids=referees)
