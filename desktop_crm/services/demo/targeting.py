"""Demo data for the targeting analyses: each company's potential P (a company number field
"potentiel_ca"), a sales history over the last four full years and the current one with
growing, mature, declining and new clients, and contacts made in numbers that spread the
clients over the four profitability quadrants."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.analytics.figures import DEFAULT_POTENTIAL_FIELD
from desktop_crm.services.demo.days import drawn_working_day
from desktop_crm.storage.bulk import bulk_insert
from desktop_crm.storage.models import Company, Contact, History, Sale
from desktop_crm.storage.uow import UnitOfWork

FAMILIES = ("Maintenance", "Équipements", "Services", "Formation", "Logiciels")
# profile -> (share of companies, yearly growth factor)
PROFILES: tuple[tuple[str, float, float], ...] = (
    ("croissance", 0.25, 1.4),
    ("maturité", 0.3, 1.0),
    ("vieillissement", 0.2, 0.65),
    ("démarrage", 0.1, 1.0),
    ("aucun", 0.15, 0.0),
)
CONTACT_KINDS = (
    HistoryType.CALL_REACHED.value,
    HistoryType.CALL_REACHED.value,
    HistoryType.MEETING_HELD.value,
    HistoryType.EMAIL_SENT.value,
    HistoryType.LETTER_SENT.value,
)


def _profile(rng: random.Random) -> tuple[str, float]:
    roll = rng.random()
    for name, share, growth in PROFILES:
        if roll < share:
            return name, growth
        roll -= share
    return PROFILES[-1][0], PROFILES[-1][2]


def demo_targeting(
    uow: UnitOfWork, seed: float, today: dt.date, first_company: int, user_id: int | None
) -> int:
    """Write the targeting demo data for the companies from ``first_company`` on; returns
    the number of sale lines written."""
    from desktop_crm.services.fields import bulk_set_values, custom_fields, define_field

    rng = random.Random(seed)
    days_rng = random.Random(f"{seed}-working-days")  # (see ``days.drawn_working_day``)
    if DEFAULT_POTENTIAL_FIELD not in {f.name for f in custom_fields(uow, "company")}:
        define_field(uow, "company", DEFAULT_POTENTIAL_FIELD, "number", "Potentiel annuel (P)")
    first_contact: dict[int, int] = {}
    for contact_id, owner in uow.session.execute(
        select(Contact.id, Contact.company_id)
        .where(Contact.company_id >= first_company)
        .order_by(Contact.id)
    ):
        if owner is not None:
            first_contact.setdefault(owner, contact_id)
    sales: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    potentials: list[tuple[int, dict[str, Any]]] = []
    years = list(range(today.year - 4, today.year + 1))
    company_ids = list(
        uow.session.scalars(
            select(Company.id).where(Company.id >= first_company).order_by(Company.id)
        )
    )
    for company_id in company_ids:
        profile, growth = _profile(rng)
        # A Pareto-like spread of sizes: a few big clients make most of the revenue.
        base = Decimal(min(400_000, int(30_000 * rng.paretovariate(1.4)))).quantize(Decimal(10))
        if rng.random() < 0.85:
            p = (base * Decimal(str(rng.uniform(0.8, 4.0)))).quantize(Decimal(1000))
            potentials.append((company_id, {DEFAULT_POTENTIAL_FIELD: max(p, Decimal(1000))}))
        if profile == "aucun":
            continue
        for index, year in enumerate(years):
            if profile == "démarrage" and year < today.year - 1:
                continue
            if profile == "vieillissement":
                amount = base * Decimal(str(growth ** (index - 1)))
            else:
                amount = base * Decimal(str(growth**index)) * Decimal(str(rng.uniform(0.93, 1.07)))
            last_day = today if year == today.year else dt.date(year, 12, 31)
            if year == today.year:
                amount *= Decimal(today.timetuple().tm_yday) / Decimal(365)
            lines = rng.randint(2, 7)
            for _ in range(lines):
                day = dt.date(year, 1, 1) + dt.timedelta(
                    days=rng.randint(0, (last_day - dt.date(year, 1, 1)).days)
                )
                value = (amount / lines).quantize(Decimal("0.01"))
                if value <= 0:
                    continue
                sales.append(
                    {
                        "company_id": company_id,
                        "contact_id": first_contact.get(company_id),
                        "sold_on": day,
                        "amount": value,
                        "margin": (value * Decimal("0.3")).quantize(Decimal("0.01")),
                        "product_family": rng.choice(FAMILIES),
                    }
                )
        reached = first_contact.get(company_id)
        if reached is None:
            continue
        # Many or few contacts a year, independent of revenue: all four quadrants appear.
        many = rng.random() < 0.5
        for year in years[-3:]:
            count = rng.randint(8, 20) if many else rng.randint(0, 3)
            last_day = today if year == today.year else dt.date(year, 12, 31)
            for _ in range(count):
                day = dt.date(year, 1, 1) + dt.timedelta(
                    days=rng.randint(0, (last_day - dt.date(year, 1, 1)).days)
                )
                # (Calls, letters and meetings on working days, evenly: see ``days``.)
                day = drawn_working_day(day, dt.date(year, 1, 1), last_day, today, days_rng)
                history.append(
                    {
                        "contact_id": reached,
                        "company_id": company_id,
                        "type": rng.choice(CONTACT_KINDS),
                        "occurred_at": dt.datetime.combine(day, dt.time(rng.randint(8, 17))),
                        "regarding": "Suivi client",
                        "user_id": user_id,
                        "private": False,
                    }
                )
    bulk_insert(uow.session, cast(Table, Sale.__table__), None, sales)
    bulk_insert(uow.session, cast(Table, History.__table__), None, history)
    bulk_set_values(uow, "company", potentials)
    uow.note_bulk("sale", "history")
    return len(sales)
