"""Duplicate matching for imports: normalised keys of the contacts on file and earlier rows.

ACT!'s default duplicate check is company + contact name + phone; the e-mail address is a
strong key of its own. Keys are built once for the whole database in one query, so matching
a row is a dictionary look-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_crm.services.importing.candidates import (
    candidate_rows,
    contacts_estimate,
    worth_looking_up,
)
from desktop_crm.services.importing.keys import cached_fold, column_of
from desktop_crm.services.importing.model import Match
from desktop_crm.storage.models import Contact

# Names and companies repeat across a file and the database: fold each text once.
fold = cached_fold
_LEGAL_FORMS = re.compile(
    r"\b(sarl|sas|sasu|eurl|sa|sci|snc|scop|selarl|ets|etablissements?|societe|ste|"
    r"gmbh|ltd|inc|llc)\b\.?"
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


# The words ``_LEGAL_FORMS`` matches: once ``_NON_WORD`` has left only [0-9a-z] words and
# spaces, dropping these words is what its substitution does (a test compares both).
_LEGAL_WORDS = frozenset(
    (
        *("sarl", "sas", "sasu", "eurl", "sa", "sci", "snc", "scop", "selarl", "ets"),
        *("etablissement", "etablissements", "societe", "ste", "gmbh", "ltd", "inc", "llc"),
    )
)


_WORD = re.compile(r"[0-9a-z]+")  # (the words ``_NON_WORD`` leaves between its spaces)


@lru_cache(maxsize=262144)
def company_key(name: str | None) -> str:
    """ "SARL Dupont & Fils" and "Dupont et fils" give the same key."""
    return company_key_folded(fold(name))


def company_key_folded(folded: str) -> str:
    """``company_key`` of a name from its ``fold`` (the contact's company lookup key, when
    shorter than its 254-character cut): the same key without folding the name again."""
    if folded.isascii() and folded.replace(" ", "").isalnum():
        # Lower-case letters and digits between single spaces (most names): the words are
        # the spaces' splits, without the regular expression (~40 % of this function).
        words = folded.split()
    else:
        # The words found at once, rather than the rest replaced by spaces then split:
        # half the time for the ~60,000 distinct companies of a 100,000-row file.
        words = _WORD.findall(folded.replace("&", " et "))
    if _LEGAL_WORDS.isdisjoint(words):
        return " ".join(words)
    return " ".join([word for word in words if word not in _LEGAL_WORDS])


def company_key_by_pattern(name: str | None) -> str:
    """``company_key`` as the legal forms' pattern defines it (for the tests)."""
    text = _NON_WORD.sub(" ", fold(name).replace("&", " et "))
    return " ".join(_LEGAL_FORMS.sub(" ", text).split())


@lru_cache(maxsize=262144)
def _name_key(name: str | None) -> str:
    return _NON_WORD.sub("", fold(name))


def person_key(first: str | None, last: str | None) -> str:
    return f"{_name_key(first)}|{_name_key(last)}"


def email_key(email: str | None) -> str:
    return email.strip().lower() if email else ""


def _keys(
    first: Any, last: Any, company: Any, phone: Any, mobile: Any, email: Any, email2: Any
) -> tuple[list[str], list[str]]:
    """(e-mail keys, identity keys) from the seven matching fields; the hot path of
    matching, called once per contact on file and per row, so no dictionaries are built."""
    emails = [k for k in (email_key(email), email_key(email2)) if "@" in k]
    if not (last or first):
        return emails, []
    base = f"{company_key(company)}|{_name_key(first)}|{_name_key(last)}"
    identities = [f"{base}|{p}" for p in _plus_phones(phone, mobile)]
    return emails, identities or [f"{base}|"]


def _fields(values: Mapping[str, Any]) -> tuple[Any, ...]:
    get = values.get
    return (
        get("first_name"),
        get("last_name"),
        get("company_name"),
        get("phone_business"),
        get("phone_mobile"),
        get("email"),
        get("email2"),
    )


def identity_keys(values: Mapping[str, Any]) -> list[str]:
    """company|first|last|phone for each phone (one key with no phone when none)."""
    return _keys(*_fields(values))[1]


def email_keys(values: Mapping[str, Any]) -> list[str]:
    return _keys(*_fields(values))[0]


@dataclass
class MatchIndex:
    """Keys -> contact id (on file) or row index (earlier in the file)."""

    by_email: dict[str, tuple[str, int]] = field(default_factory=dict)
    by_identity: dict[str, tuple[str, int]] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)

    def add(self, kind: str, ident: int, values: Mapping[str, Any]) -> None:
        self._add((kind, ident), _keys(*_fields(values)))

    def _add(self, hit: tuple[str, int], keys: tuple[list[str], list[str]]) -> None:
        by_email, by_identity = self.by_email, self.by_identity
        for key in keys[0]:
            if key not in by_email:
                by_email[key] = hit
        for key in keys[1]:
            if key not in by_identity:
                by_identity[key] = hit

    def find(self, values: Mapping[str, Any]) -> Match | None:
        return self._find(_keys(*_fields(values)))

    def _find(self, keys: tuple[list[str], list[str]]) -> Match | None:
        for key in keys[0]:
            hit = self.by_email.get(key)
            if hit:
                return self._match("email", hit)
        for key in keys[1]:
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


@dataclass(frozen=True)
class Wanted:
    """What the incoming rows can look up: contacts that cannot be hit are not indexed.

    A contact's e-mail key is looked up only if a row has it; its identity keys end with
    one of its phones (or nothing when it has none), so a contact whose phones no row has
    (or, with no phone, when no row has a name without a phone) can never be an identity
    match. Skipping those saves building keys for most of a large database.
    """

    emails: frozenset[str]
    phones: frozenset[str]
    blank: bool  # some row has a name and no phone

    @classmethod
    def of(cls, rows: Iterable[Mapping[str, Any]]) -> Wanted:
        return keyed_rows(enumerate(rows))[1]

    def may_hit(
        self, first: Any, last: Any, phone: Any, mobile: Any, email: Any, email2: Any
    ) -> bool:
        if email_key(email) in self.emails or email_key(email2) in self.emails:
            return True
        if not (first or last):
            return False
        plus = _plus_phones(phone, mobile)
        if plus:
            return any(p in self.phones for p in plus)
        return self.blank


def _plus_phones(phone: Any, mobile: Any) -> list[str]:
    """The phone parts of identity keys (as ``_keys`` formats them)."""
    return [str(p) for p in (phone, mobile) if p and str(p).startswith("+")]


def index_contacts(rows: Iterable[Sequence[Any]], wanted: Wanted | None = None) -> MatchIndex:
    """A match index of (id, first, last, company, phone, mobile, email, email2) rows, in
    order (the first contact with a key wins), leaving out those ``wanted`` cannot hit."""
    index = MatchIndex()
    labels = index.labels
    add = index._add
    if wanted is not None:
        rows = _may_hit(rows, wanted)
    for ident, first, last, company, phone, mobile, email, email2 in rows:
        add(("contact", ident), _keys(first, last, company, phone, mobile, email, email2))
        labels[ident] = (
            (f"{first} {last}" if first and last else first or last) or company or email or ""
        )
    return index


def _may_hit(rows: Iterable[Sequence[Any]], wanted: Wanted) -> Iterator[Sequence[Any]]:
    """The rows ``wanted.may_hit`` keeps: its tests written out, as most of a large
    database is looked at here only to be left out."""
    emails, phones, blank = wanted.emails, wanted.phones, wanted.blank
    for row in rows:
        _ident, first, last, _company, phone, mobile, email, email2 = row
        if (email and email.strip().lower() in emails) or (
            email2 and email2.strip().lower() in emails
        ):
            yield row
        elif first or last:
            plus = False
            for number in (phone, mobile):
                if number:
                    text = str(number)
                    if text.startswith("+"):
                        if text in phones:
                            yield row
                            break
                        plus = True
            else:
                if not plus and blank:
                    yield row


def load_index(session: Session, wanted: Wanted | None = None) -> MatchIndex:
    """Keys of the contacts on file (those ``wanted`` may hit), from a single query, or for
    a small file from the key indexes (``candidates``)."""
    connection = session.connection()
    if wanted is not None and worth_looking_up(
        len(wanted.emails) + len(wanted.phones), contacts_estimate(connection)
    ):  # (a small file: the contacts it may hit, through the key indexes)
        found = candidate_rows(
            connection, _INDEX_COLUMNS, wanted.emails, wanted.phones, wanted.blank
        )
        return index_contacts(found, wanted)
    query = select(*_INDEX_COLUMNS)
    if connection.dialect.name == "sqlite":
        # The driver's plain tuples (these columns need no conversion): SQLAlchemy's row
        # objects cost more than the query itself at 100,000 contacts.
        sql = str(query.compile(dialect=connection.dialect))
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            return index_contacts(cursor.execute(sql), wanted)
        finally:
            cursor.close()
    result = connection.execute(query.execution_options(yield_per=5000))
    return index_contacts(result, wanted)


Keys = tuple[list[str], list[str]]  # (e-mail keys, identity keys)


@dataclass(frozen=True)
class KeyColumns:
    """The matching keys of a list of rows, column by column (one list per field).

    ``bases``: "company|first|last|" of each row; ``named``: whether it has a first or last
    name; ``mails``/``mails2``: its e-mail keys ("" when none; a key counts when it holds
    an "@"); ``phones``/``mobiles``: its phones as identity keys end (None when none).
    """

    indices: Sequence[int]
    named: list[bool]
    bases: list[str]
    mails: list[str]
    mails2: list[str]
    phones: list[str | None]
    mobiles: list[str | None]

    @classmethod
    def of(
        cls,
        rows: Iterable[tuple[int, Mapping[str, Any]]],
        folded_companies: Sequence[str | None] | None = None,
    ) -> KeyColumns:
        """Worked out column by column: each field read off all rows with one ``map``, the
        identity bases formatted by one ``map`` over the cached keys.

        ``folded_companies``: each row's company name folded (its contact lookup key, None
        when unknown), so that the name is not folded again (~0.2 s at 100,000 rows)."""
        pairs = rows if isinstance(rows, list) else list(rows)
        if not pairs:
            return cls((), [], [], [], [], [], [])
        indices, values = zip(*pairs, strict=True)

        def column(name: str) -> list[Any]:
            return column_of(values, name)

        firsts, lasts = column("first_name"), column("last_name")
        names = column("company_name")
        if folded_companies is None:
            companies = list(map(company_key, names))
        else:
            companies = [
                company_key_folded(folded)
                if folded is not None and len(folded) < 254
                else company_key(name)
                for name, folded in zip(names, folded_companies, strict=True)
            ]
        bases = list(
            map(
                "{}|{}|{}|".format,
                companies,
                map(_name_key, firsts),
                map(_name_key, lasts),
            )
        )
        # (Written out: a call per value costs as much as the rest of the row.)
        return cls(
            indices,
            [bool(first or last) for first, last in zip(firsts, lasts, strict=True)],
            bases,
            [e.strip().lower() if e else "" for e in column("email")],
            [e.strip().lower() if e else "" for e in column("email2")],
            [
                None if not p else p if type(p) is str and p[:1] == "+" else _plus(p)
                for p in column("phone_business")
            ],
            [
                None if not p else p if type(p) is str and p[:1] == "+" else _plus(p)
                for p in column("phone_mobile")
            ],
        )

    def wanted(self) -> Wanted:
        """What these rows may hit among the contacts on file."""
        named = self.named
        return Wanted(
            frozenset(k for k in chain(self.mails, self.mails2) if "@" in k),
            frozenset(
                p for p in chain(compress(self.phones, named), compress(self.mobiles, named)) if p
            ),
            any(
                is_named and phone is None and mobile is None
                for is_named, phone, mobile in zip(named, self.phones, self.mobiles, strict=True)
            ),
        )

    def keyed(self) -> list[tuple[int, Keys]]:
        """Each row's (e-mail keys, identity keys), as ``match_keyed`` takes them."""
        keyed: list[tuple[int, Keys]] = []
        append = keyed.append
        for row_index, named, base, key, key2, phone, mobile in zip(
            self.indices,
            self.named,
            self.bases,
            self.mails,
            self.mails2,
            self.phones,
            self.mobiles,
            strict=True,
        ):
            if "@" in key:
                found = [key, key2] if "@" in key2 else [key]
            else:
                found = [key2] if "@" in key2 else []
            if not named:
                append((row_index, (found, [])))
            elif phone is not None:
                identities = [base + phone, base + mobile] if mobile else [base + phone]
                append((row_index, (found, identities)))
            elif mobile is not None:
                append((row_index, (found, [base + mobile])))
            else:
                append((row_index, (found, [base])))
        return keyed


def keyed_rows(
    rows: Iterable[tuple[int, Mapping[str, Any]]],
) -> tuple[list[tuple[int, Keys]], Wanted]:
    """Each row's keys, built once, and what the rows may hit among the contacts
    (``KeyColumns``; ``keyed_rows_by_row``, the same written row by row, is what a test
    compares it with)."""
    columns = KeyColumns.of(rows)
    return columns.keyed(), columns.wanted()


def match_columns(index: MatchIndex, columns: KeyColumns) -> dict[int, Match]:
    """``match_keyed(index, columns.keyed())`` without building each row's key lists: the
    keys are read off the columns as the row is matched, then added for later rows (a test
    compares both)."""
    found: dict[int, Match] = {}
    match_of = index._match
    by_email, by_identity = index.by_email, index.by_identity
    get_email, get_identity = by_email.get, by_identity.get
    add_identity = by_identity.setdefault
    for row_index, named, base, key, key2, phone, mobile in zip(
        columns.indices,
        columns.named,
        columns.bases,
        columns.mails,
        columns.mails2,
        columns.phones,
        columns.mobiles,
        strict=True,
    ):
        mine = ("row", row_index)
        # E-mail keys (those with an "@", the first then the second): looked up, then
        # added for later rows; both looked up before either is added (they may be equal).
        hit = None
        if "@" in key:
            hit = get_email(key)
            if "@" in key2:
                if hit is None:
                    hit = get_email(key2)
                    by_email[key] = mine
                by_email.setdefault(key2, mine)
            elif hit is None:
                by_email[key] = mine
        elif "@" in key2:
            hit = get_email(key2)
            if hit is None:
                by_email[key2] = mine
        if hit is not None:
            found[row_index] = match_of("email", hit)
        if not named:
            continue
        # Identity keys: looked up only when no e-mail matched, always added.
        if phone is not None:
            first = base + phone
            second = base + mobile if mobile else None
            if hit is None:
                hit = get_identity(first)
                if hit is None and second is not None:
                    hit = get_identity(second)
                if hit is not None:
                    found[row_index] = match_of("identity", hit)
            add_identity(first, mine)
            if second is not None:
                add_identity(second, mine)
        else:
            only = base if mobile is None else base + mobile
            if hit is None:
                hit = get_identity(only)
                if hit is not None:
                    found[row_index] = match_of("identity", hit)
                    continue
                by_identity[only] = mine
            else:
                add_identity(only, mine)
    return found


def _plus(number: Any) -> str | None:
    """The number as an identity key ends, or None (not a "+..." number)."""
    if not number:
        return None
    text = str(number)
    return text if text.startswith("+") else None


def keyed_rows_by_row(
    rows: Iterable[tuple[int, Mapping[str, Any]]],
) -> tuple[list[tuple[int, Keys]], Wanted]:
    """``keyed_rows`` written row by row (the reference its tests compare it with)."""
    keyed: list[tuple[int, Keys]] = []
    emails: set[str] = set()
    phones: set[str] = set()
    blank = False
    append = keyed.append
    for row_index, values in rows:
        # ``_keys`` written out (e-mail keys, phones), so that the phones are worked out
        # once for both uses and no helper is called per row.
        get = values.get
        first, last = get("first_name"), get("last_name")
        found: list[str] = []
        for email in (get("email"), get("email2")):
            if email:
                key = email.strip().lower()
                if "@" in key:
                    found.append(key)
                    emails.add(key)
        identities: list[str] = []
        if first or last:
            plus = [
                text
                for number in (get("phone_business"), get("phone_mobile"))
                if number and (text := str(number)).startswith("+")
            ]
            base = f"{company_key(get('company_name'))}|{_name_key(first)}|{_name_key(last)}"
            if plus:
                identities = [f"{base}|{p}" for p in plus]
                phones.update(plus)
            else:
                identities = [f"{base}|"]
                blank = True
        append((row_index, (found, identities)))
    return keyed, Wanted(frozenset(emails), frozenset(phones), blank)


def match_keyed(index: MatchIndex, rows: Iterable[tuple[int, Keys]]) -> dict[int, Match]:
    """Match each (row index, keys) against the file's contacts, then earlier rows."""
    found: dict[int, Match] = {}
    match_of = index._match
    by_email, by_identity = index.by_email, index.by_identity
    for row_index, (emails, identities) in rows:
        # ``index._find`` then ``index._add``, written out (two calls a row saved).
        for key in emails:
            hit = by_email.get(key)
            if hit:
                found[row_index] = match_of("email", hit)
                break
        else:
            for key in identities:
                hit = by_identity.get(key)
                if hit:
                    found[row_index] = match_of("identity", hit)
                    break
        mine = ("row", row_index)
        for key in emails:
            if key not in by_email:
                by_email[key] = mine
        for key in identities:
            if key not in by_identity:
                by_identity[key] = mine
    return found


def match_rows(
    index: MatchIndex, rows: Iterable[tuple[int, Mapping[str, Any]]]
) -> dict[int, Match]:
    """Match each (row index, values) against the file's contacts, then earlier rows."""
    return match_keyed(index, keyed_rows(rows)[0])
