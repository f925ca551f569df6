"""Contact fields, their validation rules and the plain value returned by services."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from desktop_crm.domain.emails import check_email
from desktop_crm.domain.errors import FieldProblem
from desktop_crm.domain.fields import FieldKind, names, of_kind, text_lengths
from desktop_crm.domain.phones import check_phone
from desktop_crm.domain.text import clean

PHONE_FIELDS = names(of_kind("contact", FieldKind.PHONE))
EMAIL_FIELDS = names(of_kind("contact", FieldKind.EMAIL))
FLAG_FIELDS = names(of_kind("contact", FieldKind.BOOL))
DATE_FIELDS = names(of_kind("contact", FieldKind.DATE))
INT_FIELDS = names(of_kind("contact", FieldKind.REFERENCE))

# Editable text fields and their maximum length (from the catalogue, as the columns).
TEXT_FIELDS: dict[str, int] = text_lengths("contact")
EDITABLE_FIELDS: tuple[str, ...] = (
    *TEXT_FIELDS,
    *PHONE_FIELDS,
    *EMAIL_FIELDS,
    *FLAG_FIELDS,
    *DATE_FIELDS,
    *INT_FIELDS,
)
COUNTRY_FRANCE = {"", "france", "fr", "fra"}
_FR_POSTCODE = re.compile(r"^\d{5}$")

CIVILITY_ALIASES = {
    "m": "M.",
    "m.": "M.",
    "mr": "M.",
    "mr.": "M.",
    "monsieur": "M.",
    "mme": "Mme",
    "mme.": "Mme",
    "madame": "Mme",
    "mrs": "Mme",
    "mrs.": "Mme",
    "ms": "Mme",
    "ms.": "Mme",
    "mlle": "Mme",
    "mademoiselle": "Mme",
    "dr": "Dr",
    "dr.": "Dr",
    "docteur": "Dr",
    "me": "Me",
    "maître": "Me",
    "maitre": "Me",
    "pr": "Pr",
    "professeur": "Pr",
}


def normalise_civility(value: str | None) -> str | None:
    """ "Monsieur", "M", "Mr." -> "M."; "Madame", "Mlle" -> "Mme"; others kept as typed."""
    text = clean(value)
    if text is None:
        return None
    return CIVILITY_ALIASES.get(text.casefold(), text)


def normalise_contact_values(
    values: Mapping[str, Any],
) -> tuple[dict[str, Any], list[FieldProblem]]:
    """Clean and check user-typed contact values.

    Returns the values ready to store (phones in E.164, e-mails normalised) and the problems
    found. Invalid values are returned unchanged so nothing typed is lost; callers decide
    whether problems block the save (card) or only flag the row (import).
    """
    out: dict[str, Any] = {}
    problems: list[FieldProblem] = []
    for name, value in values.items():
        if name in TEXT_FIELDS:
            text = clean(value)
            if name == "civility":
                text = normalise_civility(text)
            if text is not None and len(text) > TEXT_FIELDS[name]:
                problems.append(
                    FieldProblem(name, "too_long", f"At most {TEXT_FIELDS[name]} characters.")
                )
            out[name] = text
        elif name in PHONE_FIELDS:
            text = clean(value)
            if text is None:
                out[name] = None
                continue
            phone = check_phone(text)
            if phone.ok:
                out[name] = phone.e164
            else:
                out[name] = text
                problems.append(
                    FieldProblem(
                        name,
                        phone.code or "phone_invalid",
                        phone.message or "Invalid phone number.",
                    )
                )
        elif name in EMAIL_FIELDS:
            text = clean(value)
            if text is None:
                out[name] = None
                continue
            email = check_email(text)
            if email.ok:
                out[name] = email.normalised
                if email.suggestion:
                    problems.append(
                        FieldProblem(
                            name,
                            "email_typo",
                            f"Did you mean {email.suggestion}?",
                            email.suggestion,
                        )
                    )
            else:
                out[name] = text
                problems.append(
                    FieldProblem(
                        name,
                        email.code or "email_invalid",
                        email.message or "Invalid e-mail address.",
                        email.suggestion,
                    )
                )
        elif name in FLAG_FIELDS:
            out[name] = bool(value)
        elif name in DATE_FIELDS:
            if value in (None, ""):
                out[name] = None
            elif isinstance(value, dt.date):
                out[name] = value
            else:
                try:
                    out[name] = dt.date.fromisoformat(str(value))
                except ValueError:
                    problems.append(
                        FieldProblem(name, "date_invalid", "Use a date such as 2026-11-23.")
                    )
        elif name in INT_FIELDS:
            out[name] = int(value) if value not in (None, "") else None
        else:
            problems.append(FieldProblem(name, "unknown_field", f"Unknown field '{name}'."))
    country = (out.get("country") if "country" in out else values.get("country")) or ""
    postcode = out.get("postcode")
    if postcode and str(country).casefold() in COUNTRY_FRANCE and not _FR_POSTCODE.match(postcode):
        problems.append(
            FieldProblem("postcode", "postcode_invalid", "A French postcode has 5 digits.")
        )
    return out, problems


def blocking_problems(problems: list[FieldProblem]) -> list[FieldProblem]:
    """Problems that prevent saving from the card (a typo hint does not)."""
    return [p for p in problems if p.code not in {"email_typo"}]


@dataclass(frozen=True)
class ContactView:
    """A contact as services hand it to the UI and the command line (never an ORM object)."""

    id: int
    version: int
    civility: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    salutation: str | None = None
    job_title: str | None = None
    department: str | None = None
    company_id: int | None = None
    company_name: str | None = None
    phone_business: str | None = None
    phone_ext: str | None = None
    phone_mobile: str | None = None
    phone_home: str | None = None
    phone_fax: str | None = None
    email: str | None = None
    email2: str | None = None
    website: str | None = None
    address1: str | None = None
    address2: str | None = None
    address3: str | None = None
    postcode: str | None = None
    city: str | None = None
    cedex: str | None = None
    country: str | None = None
    home_address1: str | None = None
    home_address2: str | None = None
    home_postcode: str | None = None
    home_city: str | None = None
    home_country: str | None = None
    status: str | None = None
    industry: str | None = None
    company_size: str | None = None
    referred_by: str | None = None
    potential: str | None = None
    id_status: str | None = None
    last_results: str | None = None
    equipment: str | None = None
    record_manager_id: int | None = None
    do_not_mail: bool = False
    do_not_call: bool = False
    do_not_email: bool = False
    npai: bool = False
    email_invalid: bool = False
    to_review: bool = False
    contract_end: dt.date | None = None
    birthday: dt.date | None = None
    created_at: dt.datetime | None = None
    edited_at: dt.datetime | None = None
    last_reach: dt.datetime | None = None
    last_attempt: dt.datetime | None = None
    last_meeting: dt.datetime | None = None
    last_letter: dt.datetime | None = None
    last_email: dt.datetime | None = None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def values(self) -> dict[str, Any]:
        """All editable field values, keyed by field name."""
        return {name: getattr(self, name) for name in EDITABLE_FIELDS}


CONTACT_VIEW_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ContactView))


# The accent-free lookup columns of a contact and the field each one is folded from
# (``services.contacts.records.lookup_keys``; the phone keys are worked out apart).
KEY_SOURCES = {
    "last_name_key": "last_name",
    "first_name_key": "first_name",
    "company_key": "company_name",
    "city_key": "city",
    "email_key": "email",
}
