"""Duplicate matching for imports: normalised keys of the contacts on file and earlier rows.

ACT!'s default duplicate check is company + contact name + phone; the e-mail address is a
strong key of its own. Keys are built once for the whole database in one query, so matching
a row is a dictionary look-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.domain.text import fold as _fold
from desktop_crm.services.import_model import Match
from desktop_crm.storage.models import Contact

# Names and companies repeat across a file and the database: fold each text once.
fold = lru_cache(maxsize=262144)(_fold)
_LEGAL_FORMS = re.compile(
    r"\b(sarl|sas|sasu|eurl|sa|sci|snc|scop|selarl|ets|etablissements?|societe|ste|"
    r"gmbh|ltd|inc|llc)\b\.?"
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=262144)
def company_key(name: str | None) -> str:
    """ "SARL Dupont & Fils" and "Dupont et fils" give the same key."""
    text = fold(name).replace("&", " et ")
    text = _NON_WORD.sub(" ", text)
    return " ".join(_LEGAL_FORMS.sub(" ", text).split())


def person_key(first: str | None, last: str | None) -> str:
    return f"{_NON_WORD.sub('', fold(first))}|{_NON_WORD.sub('', fold(last))}"


def email_key(email: str | None) -> str:
    return email.strip().lower() if email else ""


def identity_keys(values: Mapping[str, Any]) -> list[str]:
    """company|first|last|phone for each phone (one key with no phone when none)."""
    if not (values.get("last_name") or values.get("first_name")):
        return []
    base = f"{company_key(values.get('company_name'))}|" + person_key(
        values.get("first_name"), values.get("last_name")
    )
    phones = [
        p
        for p in (values.get("phone_business"), values.get("phone_mobile"))
        if p and str(p).startswith("+")
    ]
    return [f"{base}|{p}" for p in phones] or [f"{base}|"]


def email_keys(values: Mapping[str, Any]) -> list[str]:
    return [
        k for k in (email_key(values.get("email")), email_key(values.get("email2"))) if "@" in k
    ]


@dataclass
class MatchIndex:
    """Keys -> contact id (on file) or row index (earlier in the file)."""

    by_email: dict[str, tuple[str, int]] = field(default_factory=dict)
    by_identity: dict[str, tuple[str, int]] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)

    def add(self, kind: str, ident: int, values: Mapping[str, Any]) -> None:
        for key in email_keys(values):
            self.by_email.setdefault(key, (kind, ident))
        for key in identity_keys(values):
            self.by_identity.setdefault(key, (kind, ident))

    def find(self, values: Mapping[str, Any]) -> Match | None:
        for key in email_keys(values):
            hit = self.by_email.get(key)
            if hit:
                return self._match("email", hit)
        for key in identity_keys(values):
            hit = self.by_identity.get(key)
            if hit:
                return self._match("identity", hit)
        return None

    def _match(self, reason: str, hit: tuple[str, int]) -> Match:
        kind, ident = hit
        if kind == "contact":
            return Match(reason, contact_id=ident, label=self.labels.get(ident, ""))
        return Match(reason, row_index=ident)


_INDEX_COLUMNS = (
    Contact.id,
    Contact.first_name,
    Contact.last_name,
    Contact.company_name,
    Contact.phone_business,
    Contact.phone_mobile,
    Contact.email,
    Contact.email2,
)


def load_index(session: Session) -> MatchIndex:
    """Keys of every contact on file, from a single streamed query."""
    index = MatchIndex()
    result = session.execute(select(*_INDEX_COLUMNS).execution_options(yield_per=5000))
    names = (
        "first_name",
        "last_name",
        "company_name",
        "phone_business",
        "phone_mobile",
        "email",
        "email2",
    )
    for row in result:
        values = dict(zip(names, row[1:], strict=True))
        index.add("contact", row[0], values)
        label = " ".join(p for p in (row[1], row[2]) if p) or row[3] or row[6] or ""
        index.labels[row[0]] = label
    return index


def match_rows(
    index: MatchIndex, rows: Iterable[tuple[int, Mapping[str, Any]]]
) -> dict[int, Match]:
    """Match each (row index, values) against the file's contacts, then earlier rows."""
    found: dict[int, Match] = {}
    for row_index, values in rows:
        match = index.find(values)
        if match is not None:
            found[row_index] = match
        index.add("row", row_index, values)
    return found
