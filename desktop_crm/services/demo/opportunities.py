"""Demo opportunities: the French B2B sales process, a small price list, open opportunities
across the stages closing over the next months, and won/lost ones over the past year with
reasons, competitors and the sales the wins recorded."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, func, select

from desktop_crm.domain.clock import wall_to_utc
from desktop_crm.domain.constants import DEFAULT_PICKLISTS
from desktop_crm.domain.opportunities import ZERO, line_amount
from desktop_crm.storage.bulk import bulk_insert, bulk_insert_ids
from desktop_crm.storage.models import (
    Opportunity,
    OpportunityLine,
    Product,
    Sale,
    SalesProcess,
    SalesStage,
)
from desktop_crm.storage.uow import UnitOfWork

B2B_PROCESS = "Vente B2B"
# (stage, probability %, days to close): the demo's process (ACT!-like, French B2B).
B2B_STAGES: tuple[tuple[str, int, int], ...] = (
    ("Prospect identifié", 10, 150),
    ("Premier contact", 20, 120),
    ("Besoin qualifié", 40, 90),
    ("Proposition envoyée", 60, 60),
    ("Négociation", 80, 30),
)
# (name, family, unit price, cost)
PRICE_LIST: tuple[tuple[str, str, str, str], ...] = (
    ("Contrat de maintenance Essentiel (1 an)", "Maintenance", "1200.00", "420.00"),
    ("Contrat de maintenance Premium (1 an)", "Maintenance", "2400.00", "900.00"),
    ("Télémaintenance (pack 10 h)", "Maintenance", "850.00", "300.00"),
    ("Poste de travail complet", "Équipements", "1150.00", "820.00"),
    ("Serveur de fichiers", "Équipements", "4800.00", "3450.00"),
    ("Copieur multifonction A3", "Équipements", "3900.00", "2700.00"),
    ("Installation et paramétrage (jour)", "Services", "750.00", "320.00"),
    ("Formation utilisateurs (1 jour)", "Formation", "890.00", "350.00"),
    ("Formation administrateur (2 jours)", "Formation", "1650.00", "640.00"),
    ("Licence logiciel de gestion (poste)", "Logiciels", "450.00", "180.00"),
)
# What each kind of deal quotes: indexes into PRICE_LIST, with quantity ranges.
DEALS: tuple[tuple[str, tuple[tuple[int, int, int], ...]], ...] = (
    ("Contrat de maintenance", ((0, 1, 1), (2, 1, 2))),
    ("Contrat de maintenance Premium", ((1, 1, 1), (6, 1, 2))),
    ("Renouvellement parc", ((3, 3, 25), (6, 1, 4))),
    ("Équipement serveur", ((4, 1, 2), (6, 1, 3), (0, 1, 1))),
    ("Copieurs multifonctions", ((5, 1, 4), (2, 1, 1))),
    ("Formation équipe", ((7, 1, 5),)),
    ("Formation administrateurs", ((8, 1, 2), (7, 1, 2))),
    ("Licences logiciel", ((9, 5, 40), (7, 1, 3), (6, 1, 2))),
)
COMPETITORS = (
    "Axiome Informatique",
    "Bureau Vallée Pro",
    "Datanord Services",
    "Sigma Bureautique",
    "Techlyon",
    "Infogérance Rhône",
)
WON_REASONS = DEFAULT_PICKLISTS["won_reason"][1]
LOST_REASONS = DEFAULT_PICKLISTS["lost_reason"][1]
# Open opportunities thin out towards the last stages (a funnel).
STAGE_WEIGHTS = (30, 25, 20, 15, 10)


def _b2b_process(uow: UnitOfWork) -> tuple[int, list[tuple[int, int, int]]]:
    """The demo process (created once, made the default) and its (id, probability, days)."""
    session = uow.session
    process = session.scalars(select(SalesProcess).where(SalesProcess.name == B2B_PROCESS)).first()
    if process is None:
        for other in session.scalars(select(SalesProcess).where(SalesProcess.is_default)):
            other.is_default = False
        process = SalesProcess(name=B2B_PROCESS, is_default=True)
        process.stages = [
            SalesStage(position=i, name=name, probability=prob, close_days=days)
            for i, (name, prob, days) in enumerate(B2B_STAGES)
        ]
        session.add(process)
        session.flush()
    stages = session.execute(
        select(SalesStage.id, SalesStage.probability, SalesStage.close_days)
        .where(SalesStage.process_id == process.id)
        .order_by(SalesStage.position)
    ).all()
    return process.id, [(s[0], s[1], s[2]) for s in stages]


def _price_list(uow: UnitOfWork) -> list[tuple[int, str, Decimal, Decimal]]:
    """The demo products (created once): (id, family, unit price, cost) in PRICE_LIST order."""
    session = uow.session
    if session.scalar(select(func.count()).select_from(Product)) == 0:
        for name, family, price, cost in PRICE_LIST:
            session.add(
                Product(name=name, family=family, unit_price=Decimal(price), cost=Decimal(cost))
            )
        session.flush()
    by_name = {
        p.name: (p.id, p.family or "", p.unit_price, p.cost)
        for p in session.scalars(select(Product))
    }
    return [by_name[name] for name, *_ in PRICE_LIST if name in by_name]


def demo_opportunities(
    uow: UnitOfWork,
    rng: random.Random,
    today: dt.date,
    contact_company: Mapping[int, int | None],
    user_id: int | None,
    now: dt.datetime,
) -> tuple[int, int]:
    """Write the demo's opportunities, their lines and the wins' sales; returns
    (opportunities, sales). About 8 % of contacts have an open opportunity and 10 % a
    closed one; the first contacts get one at every stage and status."""
    process_id, stages = _b2b_process(uow)
    products = _price_list(uow)
    contact_ids: Sequence[int] = sorted(contact_company)
    plans: list[tuple[int, str]] = []  # (contact, "open:<stage index>" | "won" | "lost")
    kinds = [f"open:{i}" for i in range(len(stages))] + ["won", "lost"]
    for index, cid in enumerate(contact_ids):
        if index < len(kinds):
            plans.append((cid, kinds[index]))
            continue
        draw = rng.random()
        if draw < 0.08:
            pick = rng.choices(range(len(stages)), weights=STAGE_WEIGHTS[: len(stages)])[0]
            plans.append((cid, f"open:{pick}"))
        elif draw < 0.14:
            plans.append((cid, "won"))
        elif draw < 0.18:
            plans.append((cid, "lost"))
    rows: list[dict[str, Any]] = []
    all_lines: list[list[dict[str, Any]]] = []
    for cid, kind in plans:
        deal, items = rng.choice(DEALS)
        lines: list[dict[str, Any]] = []
        for position, (product_index, low, high) in enumerate(items):
            if product_index >= len(products):
                continue
            pid, _family, price, _cost = products[product_index]
            quantity = Decimal(rng.randint(low, high))
            discount = Decimal(rng.choice((0, 0, 0, 5, 10, 15)))
            lines.append(
                {
                    "product_id": pid,
                    "position": position,
                    "name": PRICE_LIST[product_index][0],
                    "quantity": quantity,
                    "unit_price": price,
                    "discount_pct": discount,
                    "amount": line_amount(quantity, price, discount),
                }
            )
        amount = sum((x["amount"] for x in lines), ZERO)
        row: dict[str, Any] = {
            "name": f"{deal} — {rng.choice(('2026', '2027', 'phase 1', 'site principal'))}",
            "contact_id": cid,
            "company_id": contact_company.get(cid),
            "process_id": process_id,
            "amount": amount,
            "currency": "EUR",
            "record_manager_id": user_id,
            "version": 1,
            "created_at": now,
            "edited_at": now,
            "reason": None,
            "competitor": None,
            "closed_at": None,
        }
        if kind.startswith("open:"):
            stage_id, probability, days = stages[int(kind[5:])]
            # Later stages close sooner; spread over the next months.
            offset = rng.randint(max(5, days // 4), days + 60)
            row.update(
                stage_id=stage_id,
                probability=probability,
                status="open",
                expected_close=today + dt.timedelta(days=offset),
            )
        else:
            closed_day = today - dt.timedelta(days=rng.randint(0, 364))
            won = kind == "won"
            row.update(
                stage_id=stages[-1][0] if won else rng.choice(stages)[0],
                probability=100 if won else 0,
                status=kind,
                expected_close=closed_day,
                reason=rng.choice(WON_REASONS if won else LOST_REASONS),
                competitor=None if won else rng.choice(COMPETITORS),
                closed_at=wall_to_utc(
                    dt.datetime.combine(closed_day, dt.time(rng.randint(9, 18), 0))
                ),
            )
        rows.append(row)
        all_lines.append(lines)
    uow.note_bulk("opportunity", "opportunity_line", "sale")
    ids = bulk_insert_ids(uow.session, cast(Table, Opportunity.__table__), rows)
    line_rows: list[dict[str, Any]] = []
    sales: list[dict[str, Any]] = []
    costs = {p[0]: (p[1], p[3]) for p in products}
    for opp_id, row, lines in zip(ids, rows, all_lines, strict=True):
        for line in lines:
            line_rows.append({**line, "opportunity_id": opp_id})
        if row["status"] == "won":
            family = costs[lines[0]["product_id"]][0] if lines else None
            margin = sum(
                (x["amount"] - costs[x["product_id"]][1] * x["quantity"] for x in lines), ZERO
            )
            sales.append(
                {
                    "contact_id": row["contact_id"],
                    "company_id": row["company_id"],
                    "opportunity_id": opp_id,
                    "sold_on": row["expected_close"],
                    "amount": row["amount"],
                    "margin": margin,
                    "product_family": family,
                    "reference": f"OPP-{opp_id}",
                }
            )
    bulk_insert(uow.session, cast(Table, OpportunityLine.__table__), None, line_rows)
    bulk_insert(uow.session, cast(Table, Sale.__table__), None, sales)
    return len(ids), len(sales)
