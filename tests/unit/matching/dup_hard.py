"""A harder generated data set for duplicate detection, modelled on the published FEBRL-style
benchmark described in issue 21: originals plus corrupted copies (up to 9 per person), with
typos anywhere in a value (first letters too), first/last names swapped, missing values,
abbreviations, street numbers, postcodes, dates of birth and phones altered; French and
foreign names.  Every copy records the corruption kinds applied to it, so precision and
recall can be reported per kind.

``generate_hard(originals=2000, copies=3000)`` is the benchmark's shape (5,000 records).
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_crm.services.demo.data import (
    FIRST_NAMES_F,
    FIRST_NAMES_M,
    LAST_NAMES,
    STREET_NAMES,
    STREET_TYPES,
    TOWNS,
)

FOREIGN_FIRST = (
    "Mohamed",
    "Fatima",
    "Karim",
    "Yasmine",
    "Mamadou",
    "Aminata",
    "Giovanni",
    "Francesca",
    "José",
    "Carmen",
    "Joao",
    "Ana",
    "Piotr",
    "Agnieszka",
    "Hans",
    "Ursula",
    "John",
    "Elizabeth",
    "Mehmet",
    "Ayse",
    "Nguyen Van",
    "Mei",
    "Dmitri",
    "Olga",
    "Sean",
    "Siobhan",
    "Rajesh",
    "Priya",
)
FOREIGN_LAST = (
    "Nguyen",
    "Tran",
    "Kowalski",
    "Nowak",
    "Müller",
    "Schmidt",
    "García",
    "Fernández",
    "Rossi",
    "Esposito",
    "Da Silva",
    "Pereira",
    "Smith",
    "O'Brien",
    "Haddad",
    "Benali",
    "Diallo",
    "Traoré",
    "Yilmaz",
    "Ivanov",
    "Papadopoulos",
    "Tanaka",
    "Kim",
    "Patel",
    "Cohen",
    "Van den Berg",
    "Jansen",
    "Andersson",
    "Kaya",
    "Mendes",
)
FIRST = (*FIRST_NAMES_F, *FIRST_NAMES_M, *FOREIGN_FIRST)
LAST = (*LAST_NAMES, *FOREIGN_LAST)
DOMAINS = ("orange.fr", "free.fr", "gmail.com", "wanadoo.fr", "laposte.net", "sfr.fr")
ABBREVIATIONS = {
    "rue": "r.",
    "avenue": "av.",
    "boulevard": "bd",
    "place": "pl.",
    "allée": "all.",
    "chemin": "ch.",
    "impasse": "imp.",
    "route": "rte",
    "Saint": "St",
    "Général": "Gal",
}
# The corruption kinds, as reported by the benchmark.
KINDS = (
    "typo",
    "typo_first_letters",
    "swap_names",
    "missing",
    "abbreviation",
    "street_number",
    "postcode",
    "birth_date",
    "phone",
    "phonetic",
)


@dataclass
class HardData:
    records: list[dict[str, object]]
    truth: set[tuple[int, int]]
    # Copy id -> the corruption kinds applied to it.
    kinds: dict[int, tuple[str, ...]] = field(default_factory=dict)
    # Record id -> person number (originals and copies of one person share it).
    person: dict[int, int] = field(default_factory=dict)


def _typo(text: str, rng: random.Random, first: bool = False) -> str:
    if not text:
        return text
    pos = rng.randrange(min(2, len(text))) if first else rng.randrange(len(text))
    op = rng.choice(("sub", "ins", "del", "swap"))
    letter = rng.choice(string.ascii_lowercase)
    if text[pos].isupper():
        letter = letter.upper()
    if op == "sub":
        return text[:pos] + letter + text[pos + 1 :]
    if op == "ins":
        return text[:pos] + letter + text[pos:]
    if op == "del" and len(text) > 2:
        return text[:pos] + text[pos + 1 :]
    if pos + 1 < len(text):
        return text[:pos] + text[pos + 1] + text[pos] + text[pos + 2 :]
    return text[:pos] + letter


_PHONETIC = (
    ("ph", "f"),
    ("f", "ph"),
    ("ault", "ot"),
    ("eau", "o"),
    ("ou", "u"),
    ("c", "k"),
    ("k", "c"),
    ("y", "i"),
    ("i", "y"),
    ("tt", "t"),
    ("ll", "l"),
    ("nn", "n"),
    ("ss", "s"),
    ("é", "e"),
    ("è", "e"),
    ("s", "z"),
    ("th", "t"),
    ("mm", "m"),
)


def _phonetic(text: str, rng: random.Random) -> str:
    options = [(a, b) for a, b in _PHONETIC if a in text.lower()]
    if not options:
        return _typo(text, rng)
    a, b = rng.choice(options)
    low = text.lower()
    pos = low.find(a)
    replaced = text[:pos] + b + text[pos + len(a) :]
    return replaced[:1].upper() + replaced[1:] if text[:1].isupper() else replaced


def _digit_change(digits: str, rng: random.Random) -> str:
    if not digits:
        return digits
    pos = rng.randrange(len(digits))
    if rng.random() < 0.3 and pos + 1 < len(digits):
        return digits[:pos] + digits[pos + 1] + digits[pos] + digits[pos + 2 :]
    new = rng.choice([d for d in string.digits if d != digits[pos]])
    return digits[:pos] + new + digits[pos + 1 :]


def _original(i: int, rng: random.Random) -> dict[str, object]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if rng.random() < 0.08:
        first = f"{first}-{rng.choice(FIRST_NAMES_M + FIRST_NAMES_F)}"
    town, postcode, _ = rng.choice(TOWNS)
    if rng.random() < 0.6:
        postcode = f"{rng.randrange(1, 96):02d}{rng.randrange(0, 100) * 10:03d}"
        town = f"{rng.choice(('Saint-', 'Le ', 'La ', ''))}{rng.choice(LAST)}"
    street = f"{rng.randrange(1, 250)} {rng.choice(STREET_TYPES)} {rng.choice(STREET_NAMES)}"
    birthday = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 65))
    local = f"{first[:1]}{last}".lower().replace(" ", "").replace("'", "")
    return {
        "id": i,
        "first_name": first,
        "last_name": last,
        "address1": street,
        "address2": rng.choice(("Bâtiment B", "Résidence les Pins", "Apt 12"))
        if rng.random() < 0.15
        else None,
        "postcode": postcode,
        "city": town,
        "birthday": birthday if rng.random() < 0.85 else None,
        "phone_mobile": f"+336{rng.randrange(10_000_000, 99_999_999)}"
        if rng.random() < 0.7
        else None,
        "phone_home": None,
        "phone_business": None,
        "email": f"{_fold(local)}{rng.randrange(100)}@{rng.choice(DOMAINS)}"
        if rng.random() < 0.35
        else None,
        "email2": None,
        "company_name": None,
    }


def _fold(text: str) -> str:
    from desktop_crm.services.demo.duplicates import without_accents

    return without_accents(text)


def _name_field(rng: random.Random) -> str:
    return rng.choice(("first_name", "last_name", "last_name"))


def _apply(kind: str, rec: dict[str, object], rng: random.Random) -> None:
    get: Callable[[str], str] = lambda key: str(rec.get(key) or "")  # noqa: E731
    if kind == "typo":
        key = rng.choice(("first_name", "last_name", "last_name", "address1", "city"))
        rec[key] = _typo(get(key), rng) or rec.get(key)
    elif kind == "typo_first_letters":
        key = _name_field(rng)
        rec[key] = _typo(get(key), rng, first=True) or rec.get(key)
    elif kind == "phonetic":
        key = _name_field(rng)
        rec[key] = _phonetic(get(key), rng) or rec.get(key)
    elif kind == "swap_names":
        rec["first_name"], rec["last_name"] = rec["last_name"], rec["first_name"]
    elif kind == "missing":
        key = rng.choice(
            ("address1", "postcode", "city", "birthday", "phone_mobile", "email", "first_name")
        )
        rec[key] = None
    elif kind == "abbreviation":
        if rng.random() < 0.5 and get("first_name"):
            parts = get("first_name").split("-")
            rec["first_name"] = "-".join(f"{p[:1]}." for p in parts)
        else:
            words = get("address1").split()
            rec["address1"] = " ".join(ABBREVIATIONS.get(w, w) for w in words)
    elif kind == "street_number":
        words = get("address1").split()
        if words and words[0].isdigit():
            words[0] = str(max(1, int(words[0]) + rng.choice((-2, -1, 1, 2, 10))))
            if rng.random() < 0.3:
                words[0] += rng.choice((" bis", " ter"))
            rec["address1"] = " ".join(words)
    elif kind == "postcode":
        rec["postcode"] = _digit_change(get("postcode"), rng) or rec.get("postcode")
    elif kind == "birth_date":
        day = rec.get("birthday")
        if isinstance(day, dt.date):
            if day.day <= 12 and day.day != day.month and rng.random() < 0.4:
                rec["birthday"] = day.replace(day=day.month, month=day.day)
            elif rng.random() < 0.5:
                year = day.year + rng.choice((-1, 1, -10, 10))
                rec["birthday"] = day.replace(year=year, day=min(day.day, 28))
            else:
                rec["birthday"] = day + dt.timedelta(days=rng.choice((-1, 1, 10, -10)))
    elif kind == "phone":
        phone = get("phone_mobile")
        if phone:
            rec["phone_mobile"] = phone[:4] + _digit_change(phone[4:], rng)


def corrupt(
    original: dict[str, object], new_id: int, rng: random.Random
) -> tuple[dict[str, object], tuple[str, ...]]:
    """A copy with one to five corruptions (several may hit one field)."""
    rec = dict(original)
    rec["id"] = new_id
    count = rng.choice((1, 2, 2, 3, 3, 4, 4, 5))
    kinds = tuple(rng.sample(KINDS, count))
    for kind in kinds:
        _apply(kind, rec, rng)
    if not rec.get("first_name") and not rec.get("last_name"):
        rec["last_name"] = original["last_name"]
    return rec, kinds


def _copies_per_person(originals: int, copies: int, rng: random.Random) -> list[int]:
    """How many copies each original gets: most none or one, a few up to nine (Zipf-like)."""
    counts = [0] * originals
    weights = [1.0 / k**1.6 for k in range(1, 10)]
    left = copies
    people = list(range(originals))
    rng.shuffle(people)
    for person in people:
        if left <= 0:
            break
        k = min(left, rng.choices(range(1, 10), weights)[0])
        counts[person] = k
        left -= k
    person = 0
    while left > 0:
        if counts[person] < 9:
            counts[person] += 1
            left -= 1
        person = (person + 1) % originals
    return counts


def generate_hard(originals: int = 2000, copies: int = 3000, seed: int = 21) -> HardData:
    """``originals`` people plus ``copies`` corrupted copies, ids shuffled; labelled truth."""
    rng = random.Random(seed)
    people = [_original(0, rng) for _ in range(originals)]
    counts = _copies_per_person(originals, copies, rng)
    rows: list[tuple[int, dict[str, object], tuple[str, ...]]] = []
    for p, (rec, k) in enumerate(zip(people, counts, strict=True)):
        rows.append((p, rec, ()))
        for _ in range(k):
            copy, kinds = corrupt(rec, 0, rng)
            rows.append((p, copy, kinds))
    rng.shuffle(rows)
    data = HardData([], set())
    by_person: dict[int, list[int]] = {}
    for i, (p, rec, kinds) in enumerate(rows, 1):
        rec = {**rec, "id": i}
        data.records.append(rec)
        data.person[i] = p
        if kinds:
            data.kinds[i] = kinds
        by_person.setdefault(p, []).append(i)
    for ids in by_person.values():
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                data.truth.add((min(ids[x], ids[y]), max(ids[x], ids[y])))
    return data


def precision_recall(
    found: set[tuple[int, int]], truth: set[tuple[int, int]]
) -> tuple[float, float]:
    hits = len(found & truth)
    return hits / max(1, len(found)), hits / max(1, len(truth))


def recall_by_kind(found: set[tuple[int, int]], data: HardData) -> dict[str, tuple[int, float]]:
    """Kind -> (true pairs involving a copy with that corruption, recall on them)."""
    out: dict[str, tuple[int, float]] = {}
    for kind in KINDS:
        pairs = {
            p
            for p in data.truth
            if kind in data.kinds.get(p[0], ()) or kind in data.kinds.get(p[1], ())
        }
        hits = len(pairs & found)
        out[kind] = (len(pairs), hits / max(1, len(pairs)))
    return out


def precision_by_kind(found: set[tuple[int, int]], data: HardData) -> dict[str, tuple[int, float]]:
    """Kind -> (proposed pairs involving a copy with that corruption, precision on them)."""
    out: dict[str, tuple[int, float]] = {}
    for kind in KINDS:
        pairs = {
            p for p in found if kind in data.kinds.get(p[0], ()) or kind in data.kinds.get(p[1], ())
        }
        hits = len(pairs & data.truth)
        out[kind] = (len(pairs), hits / max(1, len(pairs)))
    return out
