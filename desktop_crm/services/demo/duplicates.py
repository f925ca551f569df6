"""Demo duplicates: copies of existing contacts and companies typed the usual wrong ways
(accents dropped, upper case, legal form added or removed, phone written differently, first
and last names swapped, one-letter typos), so the duplicate wizard has something to find."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select

from desktop_crm.domain.matching import LEGAL_FORMS
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.storage.models import Company, Contact, utcnow
from desktop_crm.storage.uow import UnitOfWork

VARIATIONS = ("accents", "case", "form", "phone", "swap", "typo", "email")
_FORMS = ("SARL", "SAS", "SA", "EURL", "Ets", "Société")


def without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def typo(text: str, rng: random.Random) -> str:
    """One letter replaced, dropped or added (never the first one)."""
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    roll = rng.random()
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if roll < 0.4:
        return text[:i] + letter + text[i + 1 :]
    if roll < 0.7:
        return text[:i] + text[i + 1 :]
    return text[:i] + letter + text[i:]


def reformat_phone(e164: str, rng: random.Random) -> str:
    """A French E.164 number as people type it: 06 12 34 56 78, 06.12..., +33 6 12..."""
    if not e164.startswith("+33") or len(e164) != 12:
        return e164
    national = "0" + e164[3:]
    style = rng.randrange(3)
    if style == 0:
        return " ".join(national[i : i + 2] for i in range(0, 10, 2))
    if style == 1:
        return ".".join(national[i : i + 2] for i in range(0, 10, 2))
    return "+33 " + national[1] + " " + " ".join(national[i : i + 2] for i in range(2, 10, 2))


def toggle_legal_form(company: str, rng: random.Random) -> str:
    words = company.split()
    kept = [w for w in words if without_accents(w).casefold().strip(".") not in LEGAL_FORMS]
    if len(kept) == len(words):
        return f"{rng.choice(_FORMS)} {company}"
    return " ".join(kept)


def vary_contact(
    values: dict[str, Any], rng: random.Random, changes: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """A copy of a contact with one to three of the usual differences."""
    dup = dict(values)
    picked = changes or tuple(rng.sample(VARIATIONS, rng.choice((1, 2, 2, 3))))
    for change in picked:
        first, last = str(dup.get("first_name") or ""), str(dup.get("last_name") or "")
        if change == "accents":
            dup["first_name"], dup["last_name"] = without_accents(first), without_accents(last)
            if dup.get("company_name"):
                dup["company_name"] = without_accents(str(dup["company_name"]))
        elif change == "case":
            dup["last_name"] = last.upper()
        elif change == "form" and dup.get("company_name"):
            dup["company_name"] = toggle_legal_form(str(dup["company_name"]), rng)
        elif change == "phone":
            for column in ("phone_mobile", "phone_business"):
                if dup.get(column):
                    dup[column] = reformat_phone(str(dup[column]), rng)
        elif change == "swap":
            dup["first_name"], dup["last_name"] = last, first
        elif change == "typo":
            column = "last_name" if rng.random() < 0.5 else "first_name"
            dup[column] = typo(str(dup.get(column) or ""), rng) or None
        elif change == "email":
            dup["email"] = None
    return dup


@dataclass(frozen=True)
class DemoDuplicates:
    contacts: int
    companies: int


_CONTACT_COPY = (
    "civility",
    "first_name",
    "last_name",
    "company_name",
    "company_id",
    "job_title",
    "phone_business",
    "phone_mobile",
    "email",
    "address1",
    "postcode",
    "city",
    "country",
    "status",
)


def add_demo_duplicates(uow: UnitOfWork, rate: float = 0.04, seed: int = 6) -> DemoDuplicates:
    """Copy about ``rate`` of the contacts (and a few companies) with typing differences.

    Phones stay stored as E.164 (as the services store them); only the people's ways of
    typing names and companies differ.
    """
    rng = random.Random(seed)
    session = uow.session
    total = int(session.scalar(select(func.count()).select_from(Contact)) or 0)
    count = max(1, int(total * rate)) if total else 0
    cols = [getattr(Contact, c) for c in _CONTACT_COPY]
    ids = list(session.scalars(select(Contact.id)))
    chosen = sorted(rng.sample(ids, min(count, len(ids))))
    rows = []
    for row in session.execute(select(*cols).where(Contact.id.in_(chosen))).mappings():
        dup = vary_contact(
            dict(row),
            rng,
            tuple(c for c in rng.sample(VARIATIONS, rng.choice((1, 2))) if c != "phone"),
        )
        rows.append(dup)
    added = bulk_insert_contacts(uow, rows)
    companies = list(
        session.execute(
            select(Company.name, Company.phone, Company.city, Company.postcode, Company.siren)
        ).mappings()
    )
    now = utcnow()
    picked = rng.sample(companies, min(len(companies), max(1, len(companies) // 25)))
    for company in picked:
        name = toggle_legal_form(str(company["name"]), rng)
        if rng.random() < 0.5:
            name = without_accents(name).upper()
        session.execute(
            insert(Company).values(
                name=name,
                name_key=without_accents(name).casefold(),
                phone=company["phone"],
                city=company["city"],
                postcode=company["postcode"],
                siren=company["siren"],
                version=1,
                created_at=now,
                edited_at=now,
            )
        )
    return DemoDuplicates(added, len(picked))
