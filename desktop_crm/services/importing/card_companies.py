"""Companies from organisations' cards (vCard KIND:org, Apple's X-ABShowAs:COMPANY): the row
each card becomes, and their insertion, never twice under one name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, select

from desktop_crm.domain.fields import field
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import say
from desktop_crm.interchange import note_words as words
from desktop_crm.interchange.headers import NOTE_TARGET
from desktop_crm.services.importing.model import ReportNote
from desktop_crm.storage.bulk import bulk_insert_ids
from desktop_crm.storage.models import Company
from desktop_crm.storage.uow import UnitOfWork

COMPANIES = cast(Table, Company.__table__)


def _chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Company fields an organisation's card fills, from the contact fields of its row.
_COMPANY_FIELDS = {
    "company_name": "name",
    "phone_business": "phone",
    "phone_fax": "fax",
    "email": "email",
    "website": "website",
    "address1": "address1",
    "address2": "address2",
    "address3": "address3",
    "postcode": "postcode",
    "city": "city",
    "cedex": "cedex",
    "country": "country",
    "status": "status",
    "industry": "industry",
    "company_size": "company_size",
    "referred_by": "referred_by",
}
_COMPANY_SIZES = {c.name: getattr(c.type, "length", None) for c in COMPANIES.columns}


def _field_word(name: str) -> str:
    """A contact field's label in the user's language (the import window's), for the
    details of the company: "Prénom : Jean" for a French user."""
    try:
        return say("ImportFields", field(name).full_label)
    except KeyError:
        return name.replace("_", " ").capitalize()


def card_company_values(
    values: dict[str, Any], extras: dict[str, str], now: dt.datetime
) -> dict[str, Any]:
    """A company row from an organisation's card; values without a company field go to its
    details, labelled, so nothing is dropped."""
    out: dict[str, Any] = {"version": 1, "created_at": now, "edited_at": now}
    details: list[str] = []
    person = " ".join(str(values.get(n) or "") for n in ("first_name", "last_name")).strip()
    if not values.get("company_name") and person:
        values = {**values, "company_name": person, "first_name": None, "last_name": None}
    for name, value in values.items():
        if value in (None, "", False) or name in ("to_review", "email_invalid"):
            continue
        column = _COMPANY_FIELDS.get(name)
        size = _COMPANY_SIZES.get(column or "")
        text = str(value)
        if column is not None and (size is None or len(text) <= size):
            out[column] = value
        else:
            details.append(words.line(_field_word(name), text))
            if column == "name" and size:
                out["name"] = text[:size]  # shortened; the whole name is in the details
    out["name"] = str(out.get("name") or "?")
    out["name_key"] = fold(out["name"])
    notes = [extras.get(NOTE_TARGET, ""), *(["\n".join(details)] if details else [])]
    text = "\n\n".join(n for n in notes if n)
    if text:
        out["details"] = text
    return out


def write_card_companies(
    uow: UnitOfWork,
    companies: list[tuple[int, dict[str, Any]]],
    report: list[tuple[int, str, bool, Any, str, tuple[ReportNote, ...]]],
) -> list[int]:
    """Insert the organisations' companies; their report lines say which company."""
    if not companies:
        return []
    # A company already on file under the same name is not created twice.
    keys = sorted({values["name_key"] for _index, values in companies})
    existing: dict[str, int] = {}
    for chunk_keys in _chunks(keys, 500):
        for company_id, key in uow.session.execute(
            select(COMPANIES.c.id, COMPANIES.c.name_key)
            .where(COMPANIES.c.name_key.in_(chunk_keys))
            .order_by(COMPANIES.c.id)
        ):
            existing.setdefault(key, company_id)
    fresh: list[tuple[int, dict[str, Any]]] = []
    for index, values in companies:
        found = existing.get(values["name_key"])
        if found is None:
            existing[values["name_key"]] = 0  # a second card of the file with that name
            fresh.append((index, values))
            continue
        line, _kind, _flagged, target, label, notes = report[index]
        said = (
            ReportNote(
                "company_exists",
                contact_id=found,
                text=f"skipped: company #{found} already has this name",
            )
            if found
            else ReportNote(
                "company_in_file", text="skipped: an earlier card of the file has this company name"
            )
        )
        report[index] = (line, "skipped", False, target, label, (said, *notes))
    companies = fresh
    if not companies:
        return []
    ids = bulk_insert_ids(uow.session, COMPANIES, [values for _index, values in companies])
    for (index, _values), company_id in zip(companies, ids, strict=True):
        line, kind, flagged, target, label, notes = report[index]
        said = ReportNote(
            "company_created",
            contact_id=company_id,
            text=f"created as company #{company_id} (the card describes an organisation)",
        )
        report[index] = (line, kind, flagged, target, label, (said, *notes))
    return list(ids)
