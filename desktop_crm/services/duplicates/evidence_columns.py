"""The "all evidence" scan's first step: every contact reduced once to columns of
normalised values (names and their phonetic keys, address and street key, postcode and
département, city, birth date, phone, e-mail, company), coded as integers where the scan
compares them (``evidence.py`` compares, weighs and explains)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from sys import intern
from typing import Any

import numpy as np

from desktop_crm.domain import person_names
from desktop_crm.domain.emails import email_match_key
from desktop_crm.domain.first_names import KNOWN_IDS
from desktop_crm.domain.matching import normalise_company, normalise_name, normalise_phone
from desktop_crm.domain.phonetic import phonetic_key
from desktop_crm.services.duplicates.evidence_codes import code_values, coded

_STREET_WORDS = {
    "r": "rue",
    "av": "avenue",
    "ave": "avenue",
    "bd": "boulevard",
    "bld": "boulevard",
    "boul": "boulevard",
    "pl": "place",
    "all": "allee",
    "ch": "chemin",
    "che": "chemin",
    "imp": "impasse",
    "rte": "route",
    "sq": "square",
    "st": "saint",
    "ste": "sainte",
    "gal": "general",
    "fg": "faubourg",
    "qu": "quai",
    "crs": "cours",
}
_NUMBER = re.compile(r"^\d+")
_STOP = frozenset({"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux"})
_TYPES = frozenset(
    {
        "rue",
        "avenue",
        "boulevard",
        "place",
        "allee",
        "chemin",
        "impasse",
        "route",
        "quai",
        "square",
        "cours",
        "faubourg",
        "bis",
        "ter",
        "residence",
        "batiment",
        "apt",
        "lieu",
        "dit",
    }
)


_ABBREVIATED = re.compile(r"\b(" + "|".join(sorted(_STREET_WORDS, key=len, reverse=True)) + r")\b")


_POSTAL_BOX = re.compile(r"\b(?:b p|bp|cs|tsa|boite postale|case postale) ?\d+\b")


def normalise_address(text: str | None) -> str:
    """Lower-case, accents and punctuation removed, street abbreviations spelled out
    ("12 Av. du Gal de Gaulle" -> "12 avenue du general de gaulle"), without a postal box
    ("BP 1234", "CS 30001", "TSA 70011": a CEDEX delivery, not a place; "5 rue Pasteur -
    BP 12" is "5 rue pasteur", and "BP 1234" alone no address, compared neither way)."""
    if not text:
        return ""
    name = normalise_name(text)
    if "bp" in name or "b p" in name or "cs" in name or "tsa" in name or "postale" in name:
        name = " ".join(_POSTAL_BOX.sub(" ", name).split())
    return _ABBREVIATED.sub(_spell_out, name)


_CEDEX = re.compile(r" ?\bcedex\b(?: ?\d+)?")


@lru_cache(maxsize=65536)
def normalise_city(text: str | None) -> str:
    """A town normalised without its CEDEX ("Lyon Cedex 03" is "lyon")."""
    name = normalise_name(text)
    return " ".join(_CEDEX.sub(" ", name).split()) if "cedex" in name else name


def _spell_out(match: re.Match[str]) -> str:
    return _STREET_WORDS[match.group()]


def _street_key(address: str) -> str:
    """The street's most telling word (longest non-type word), for the address pass."""
    words = [w for w in address.split() if w not in _STOP and w not in _TYPES and not w.isdigit()]
    return max(words, key=len) if words else ""


@dataclass
class Columns:
    """Every contact reduced to normalised values, one numpy array per value."""

    ids: np.ndarray
    first: np.ndarray
    last: np.ndarray
    first_ph: np.ndarray
    last_ph: np.ndarray
    address: np.ndarray
    street: np.ndarray
    number: np.ndarray
    postcode: np.ndarray
    city: np.ndarray
    birth: np.ndarray  # int32 yyyymmdd, 0 when unknown
    phone: np.ndarray
    # Record index -> all its numbers / addresses, only for records with several (a tuple
    # per record would cost ~100 MB for a million contacts).
    phones: dict[int, tuple[str, ...]]
    email: np.ndarray
    emails: dict[int, tuple[str, ...]]
    company: np.ndarray
    # Derived once per record, so that comparing pairs stays in numpy.
    first_init: np.ndarray = field(init=False)  # first letter
    last_init: np.ndarray = field(init=False)
    first_one: np.ndarray = field(init=False)  # an initial alone ("J.")
    last_one: np.ndarray = field(init=False)
    dept: np.ndarray = field(init=False)
    email_local: np.ndarray = field(init=False)
    phone_len: np.ndarray = field(init=False)
    mobile: np.ndarray = field(init=False)
    many: np.ndarray = field(init=False)  # several phones or e-mails
    # First and last names as codes of one code space (see evidence_codes), and its names.
    first_code: np.ndarray = field(init=False)
    last_code: np.ndarray = field(init=False)
    names: np.ndarray = field(init=False)
    first_ph_code: np.ndarray = field(init=False)  # phonetic keys, likewise
    last_ph_code: np.ndarray = field(init=False)
    # The names' numbers in the table of first names (domain.first_names; 0: not in it).
    first_known: np.ndarray = field(init=False)
    last_known: np.ndarray = field(init=False)
    # The other compared or blocked values as codes (each column its own code space).
    postcode_code: np.ndarray = field(init=False)
    dept_code: np.ndarray = field(init=False)
    street_code: np.ndarray = field(init=False)
    number_code: np.ndarray = field(init=False)
    city_code: np.ndarray = field(init=False)
    address_code: np.ndarray = field(init=False)
    phone_code: np.ndarray = field(init=False)
    email_code: np.ndarray = field(init=False)
    email_local_code: np.ndarray = field(init=False)
    company_code: np.ndarray = field(init=False)
    # How many records bear each phone number (counted when first asked: phone_holders).
    _phone_holders: Counter[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.first_code, self.last_code = coded(self.first, self.last)
        self.names = code_values(self.first, self.last)
        self.first_ph_code, self.last_ph_code = coded(self.first_ph, self.last_ph)
        known = KNOWN_IDS.get
        self.first_known = np.fromiter(map(known, self.first, repeat(0)), np.int16, len(self.first))
        self.last_known = np.fromiter(map(known, self.last, repeat(0)), np.int16, len(self.last))
        self.first_init = _objects([x[:1] for x in self.first])
        self.last_init = _objects([x[:1] for x in self.last])
        n = len(self.ids)
        self.first_one = _lengths(self.first) == 1
        self.last_one = _lengths(self.last) == 1
        self.dept = _objects([intern(x[:2]) for x in self.postcode])
        self.email_local = _objects([x.split("@")[0] for x in self.email])
        for name in _CODED:
            setattr(self, f"{name}_code", coded(getattr(self, name))[0])
        self.phone_len = _lengths(self.phone).astype(np.int16)
        self.mobile = np.fromiter(
            (x.startswith(("+336", "+337")) for x in self.phone), dtype=bool, count=n
        )
        self.many = np.zeros(n, dtype=bool)
        self.many[list(self.phones)] = True
        self.many[list(self.emails)] = True

    def __len__(self) -> int:
        return len(self.ids)

    def phone_holders(self) -> Counter[str]:
        """How many records bear each phone number (any of their numbers)."""
        if self._phone_holders is None:
            held = Counter(self.phone.tolist())
            held.update(n for more in self.phones.values() for n in more[1:])
            held.pop("", None)
            self._phone_holders = held
        return self._phone_holders


_CODED: tuple[str, ...] = ("postcode", "dept", "street", "number", "city", "address", "phone")
_CODED += ("email", "email_local", "company")


def _lengths(values: np.ndarray) -> np.ndarray:
    return np.fromiter(map(len, values), dtype=np.int64, count=len(values))


def _objects(values: list[str]) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _birth(value: Any) -> int:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.year * 10000 + value.month * 100 + value.day
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-":
        try:
            return int(value[:4]) * 10000 + int(value[5:7]) * 100 + int(value[8:10])
        except ValueError:
            return 0
    return 0


PREPARE_CHUNK = 8192


def prepare_columns(
    rows: Iterable[Mapping[str, Any]], check: Callable[[int], None] | None = None
) -> Columns:
    """Normalise every record once (``check(count)`` is called every few thousand rows).

    Rows are taken in chunks and each value is normalised column by column (``map`` over
    cached functions): a per-record loop with a dozen appends cost more than the
    normalising itself."""
    out = _Prepared()
    chunk: list[Mapping[str, Any]] = []
    count = 0
    for row in rows:
        chunk.append(row)
        if len(chunk) == PREPARE_CHUNK:
            out.add(chunk)
            count += len(chunk)
            chunk = []
            if check is not None:
                check(count)
    if chunk:
        out.add(chunk)
    return out.columns()


class _Prepared:
    """The columns being built, chunk after chunk."""

    NAMES = (
        "first", "last", "first_ph", "last_ph", "address", "street", "number", "postcode",
        "city", "phone", "email", "company",
    )  # fmt: skip

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.cols: dict[str, list[str]] = {k: [] for k in self.NAMES}
        self.births: list[int] = []
        self.phones: dict[int, tuple[str, ...]] = {}
        self.emails: dict[int, tuple[str, ...]] = {}
        # Addresses and postcodes repeat (a building, a town): normalised once per text.
        self.addresses: dict[Any, tuple[str, str, str]] = {}
        self.postcodes: dict[Any, str] = {None: "", "": ""}

    def add(self, chunk: list[Mapping[str, Any]]) -> None:
        cols, base = self.cols, len(self.ids)

        def column(name: str) -> list[Any]:
            return [row.get(name) for row in chunk]

        self.ids += [row["id"] for row in chunk]
        # (without a title: "Mme Sylvie"; the name in use: "Durand née Martin")
        first = list(map(person_names.first_name, column("first_name")))
        last = list(map(person_names.last_name, column("last_name")))
        cols["first"] += first
        cols["last"] += last
        cols["first_ph"] += map(phonetic_key, first)
        cols["last_ph"] += map(phonetic_key, last)
        addresses = self.addresses
        known = [addresses[a] if a in addresses else self._address(a) for a in column("address1")]
        cols["address"] += [k[0] for k in known]
        cols["street"] += [k[1] for k in known]
        cols["number"] += [k[2] for k in known]
        postcodes = self.postcodes
        cols["postcode"] += [
            postcodes[p] if p in postcodes else self._postcode(p) for p in column("postcode")
        ]
        cols["city"] += [normalise_city(c) if c else "" for c in column("city")]
        self.births += [_birth(b) if b else 0 for b in column("birthday")]
        add_phone, phones = cols["phone"].append, self.phones
        for n, (mobile, business, home) in enumerate(
            zip(
                column("phone_mobile"), column("phone_business"), column("phone_home"), strict=True
            ),
            base,
        ):
            if business or home:
                numbers = tuple(
                    p for p in (normalise_phone(x) for x in (mobile, business, home) if x) if p
                )
            else:
                numbers = (normalise_phone(mobile),) if mobile else ()
            if len(numbers) > 1:
                phones[n] = numbers
            add_phone(numbers[0] if numbers else "")
        add_email, emails = cols["email"].append, self.emails
        for n, (email, email2) in enumerate(
            zip(column("email"), column("email2"), strict=True), base
        ):
            if email2:
                mails = tuple(e for e in (email_match_key(email), email_match_key(email2)) if e)
            else:
                mails = (email.strip().casefold(),) if email and email.strip() else ()
            if len(mails) > 1:
                emails[n] = mails
            add_email(mails[0] if mails else "")
        cols["company"] += [normalise_company(c) if c else "" for c in column("company_name")]

    def _address(self, raw: Any) -> tuple[str, str, str]:
        address = normalise_address(raw)
        number = _NUMBER.match(address)
        # Interned: a million records share a few thousand numbers and postcodes.
        known = self.addresses[raw] = (
            address,
            _street_key(address),
            intern(number.group()) if number else "",
        )
        return known

    def _postcode(self, raw: Any) -> str:
        code = self.postcodes[raw] = intern(raw.replace(" ", "").upper()) if raw else ""
        return code

    def columns(self) -> Columns:
        arr, cols = _objects, self.cols
        return Columns(
            np.asarray(self.ids, dtype=np.int64),
            arr(cols["first"]),
            arr(cols["last"]),
            arr(cols["first_ph"]),
            arr(cols["last_ph"]),
            arr(cols["address"]),
            arr(cols["street"]),
            arr(cols["number"]),
            arr(cols["postcode"]),
            arr(cols["city"]),
            np.asarray(self.births, dtype=np.int64),
            arr(cols["phone"]),
            self.phones,
            arr(cols["email"]),
            self.emails,
            arr(cols["company"]),
        )
