"""The "all evidence" duplicate scan: multi-pass blocking, field agreement levels, and
Fellegi–Sunter weights learned from the data without labels (expectation–maximisation).

How it works (see docs/duplicates.md):

1. every contact is reduced once to columns of normalised values (:func:`prepare_columns`);
2. several independent blocking passes propose candidate pairs, united and deduplicated
   (:data:`PASSES`): phonetic keys of each name token with the postcode or the date of
   birth, names sorted (first/last swapped meet), sorted-neighbourhood windows on three sort
   keys (name, reversed name — survives typos in the first letters — and address), address
   token keys, postcode with one digit masked, date of birth, e-mail, phone.  A block larger
   than :data:`MAX_BLOCK` is only compared over a window of :data:`WINDOW` neighbours;
3. each candidate pair gets one agreement level per field (exact, close, loose, different;
   missing when a side is empty — missing counts neither for nor against);
4. the m and u probabilities of each level are learned: u from random pairs (nearly all
   non-duplicates), m and the share of duplicates by EM over the candidate pairs' agreement
   patterns; a pair's weight is the sum of log2(m/u) of its fields, its score the
   probability that it is a duplicate (0-100);
5. names are a gate: a pair whose first or last name is clearly different (after trying
   them swapped) is never proposed, so colleagues sharing a switchboard or family members
   sharing an address are not merged.

Plain numpy + rapidfuzz (``cpdist`` compares the candidate pairs in C).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz.distance import OSA, Indel, JaroWinkler
from rapidfuzz.fuzz import token_set_ratio
from rapidfuzz.process import cpdist

from desktop_crm.domain.emails import email_match_key
from desktop_crm.domain.matching import normalise_company, normalise_name, normalise_phone
from desktop_crm.domain.phonetic import phonetic_key

MAX_BLOCK = 40
WINDOW = 8
SN_WINDOW = 4
# Fields compared, in the order of the agreement pattern; levels 0..top (-1 missing).
FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "address",
    "postcode",
    "city",
    "birthday",
    "phone",
    "email",
    "company",
)
TOP = {
    "first_name": 3,
    "last_name": 3,
    "address": 3,
    "postcode": 3,
    "city": 2,
    "birthday": 3,
    "phone": 2,
    "email": 2,
    "company": 2,
}
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
    {"rue", "avenue", "boulevard", "place", "allee", "chemin", "impasse", "route", "quai",
     "square", "cours", "faubourg", "bis", "ter", "residence", "batiment", "apt", "lieu", "dit"}
)


def normalise_address(text: str | None) -> str:
    """Lower-case, accents and punctuation removed, street abbreviations spelled out
    ("12 Av. du Gal de Gaulle" -> "12 avenue du general de gaulle")."""
    words = normalise_name(text).split()
    return " ".join(_STREET_WORDS.get(w, w) for w in words)


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
    phones: list[tuple[str, ...]]
    email: np.ndarray
    emails: list[tuple[str, ...]]
    company: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


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


def prepare_columns(rows: Iterable[Mapping[str, Any]], check: Callable[[int], None] | None = None) -> Columns:
    """Normalise every record once (``check(count)`` is called every few thousand rows)."""
    ids: list[int] = []
    cols: dict[str, list[str]] = {k: [] for k in (
        "first", "last", "first_ph", "last_ph", "address", "street", "number", "postcode",
        "city", "phone", "email", "company")}
    births: list[int] = []
    phones: list[tuple[str, ...]] = []
    emails: list[tuple[str, ...]] = []
    add = {k: v.append for k, v in cols.items()}
    for n, row in enumerate(rows, 1):
        get = row.get
        ids.append(int(row["id"]))
        first = normalise_name(get("first_name"))
        last = normalise_name(get("last_name"))
        add["first"](first)
        add["last"](last)
        add["first_ph"](phonetic_key(first))
        add["last_ph"](phonetic_key(last))
        address = normalise_address(get("address1"))
        add["address"](address)
        add["street"](_street_key(address))
        number = _NUMBER.match(address)
        add["number"](number.group() if number else "")
        add["postcode"]("".join((get("postcode") or "").split()).upper())
        add["city"](normalise_name(get("city")))
        births.append(_birth(get("birthday")))
        numbers = tuple(
            p for p in (normalise_phone(get(c)) for c in ("phone_mobile", "phone_business", "phone_home")) if p
        )
        phones.append(numbers)
        add["phone"](numbers[0] if numbers else "")
        mails = tuple(e for e in (email_match_key(get("email")), email_match_key(get("email2"))) if e)
        emails.append(mails)
        add["email"](mails[0] if mails else "")
        add["company"](normalise_company(get("company_name")))
        if check is not None and n % 4096 == 0:
            check(n)

    def arr(values: list[str]) -> np.ndarray:
        out = np.empty(len(values), dtype=object)
        out[:] = values
        return out

    return Columns(
        np.asarray(ids, dtype=np.int64),
        arr(cols["first"]),
        arr(cols["last"]),
        arr(cols["first_ph"]),
        arr(cols["last_ph"]),
        arr(cols["address"]),
        arr(cols["street"]),
        arr(cols["number"]),
        arr(cols["postcode"]),
        arr(cols["city"]),
        np.asarray(births, dtype=np.int64),
        arr(cols["phone"]),
        phones,
        arr(cols["email"]),
        emails,
        arr(cols["company"]),
    )


# ------------------------------------------------------------------------------ blocking


def _pairs_from_keys(keys: Sequence[str], owners: np.ndarray | None, secondary: np.ndarray) -> np.ndarray:
    """Pairs of records sharing a key (blocks over MAX_BLOCK: a window of WINDOW neighbours
    in ``secondary`` order).  ``owners``: record index of each key (several keys a record),
    None when key i belongs to record i.  Returns encoded pairs low * 2**32 + high."""
    karr = np.empty(len(keys), dtype=object)
    karr[:] = keys
    present = np.flatnonzero(karr != "")
    if len(present) < 2:
        return np.empty(0, dtype=np.int64)
    uniq, codes = np.unique(karr[present], return_inverse=True)
    del uniq
    rec = present if owners is None else owners[present]
    order = np.lexsort((secondary[rec], codes))
    codes_s = codes[order]
    rec_s = rec[order]
    sizes = np.bincount(codes)[codes_s]
    out: list[np.ndarray] = []
    for d in range(1, MAX_BLOCK):
        if d >= len(codes_s):
            break
        same = codes_s[:-d] == codes_s[d:]
        if d > WINDOW:
            same &= sizes[:-d] <= MAX_BLOCK
        if not same.any():
            break
        a, b = rec_s[:-d][same], rec_s[d:][same]
        keep = a != b
        out.append(_encode(a[keep], b[keep]))
    return np.unique(np.concatenate(out)) if out else np.empty(0, dtype=np.int64)


def _encode(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    low = np.minimum(a, b).astype(np.int64)
    high = np.maximum(a, b).astype(np.int64)
    return (low << 32) | high


def _window(sort_key: Sequence[str], width: int = SN_WINDOW) -> np.ndarray:
    """Sorted neighbourhood: each record with the ``width`` next ones in ``sort_key`` order."""
    karr = np.empty(len(sort_key), dtype=object)
    karr[:] = sort_key
    present = np.flatnonzero(karr != "")
    if len(present) < 2:
        return np.empty(0, dtype=np.int64)
    order = present[np.argsort(karr[present], kind="stable")]
    out = [_encode(order[:-d], order[d:]) for d in range(1, width + 1) if d < len(order)]
    return np.unique(np.concatenate(out)) if out else np.empty(0, dtype=np.int64)


def _multi(keys_per_record: Iterable[Iterable[str]], secondary: np.ndarray) -> np.ndarray:
    keys: list[str] = []
    owners: list[int] = []
    for i, ks in enumerate(keys_per_record):
        for k in ks:
            if k:
                keys.append(k)
                owners.append(i)
    return _pairs_from_keys(keys, np.asarray(owners, dtype=np.int64), secondary)


def _masked(postcode: str) -> list[str]:
    if len(postcode) < 4:
        return []
    return [postcode[:i] + "*" + postcode[i + 1 :] for i in range(len(postcode))]


def _pass_names_sorted(c: Columns) -> np.ndarray:
    return _pairs_from_keys(
        [f"{min(a, b)}|{max(a, b)}" if a and b else "" for a, b in zip(c.first_ph, c.last_ph, strict=True)],
        None,
        c.birth,
    )


def _pass_name_token_postcode(c: Columns) -> np.ndarray:
    return _multi(
        ((f"{a}|{p}" if a and p else "", f"{b}|{p}" if b and p else "")
         for a, b, p in zip(c.first_ph, c.last_ph, c.postcode, strict=True)),
        c.birth,
    )


def _pass_name_token_birth(c: Columns) -> np.ndarray:
    return _multi(
        ((f"{a}|{d}" if a and d else "", f"{b}|{d}" if b and d else "")
         for a, b, d in zip(c.first_ph, c.last_ph, c.birth.tolist(), strict=True)),
        c.birth,
    )


def _pass_birth(c: Columns) -> np.ndarray:
    return _pairs_from_keys([str(d) if d else "" for d in c.birth.tolist()], None, c.last)


def _pass_postcode_masked(c: Columns) -> np.ndarray:
    def keys(first: str, last: str, postcode: str) -> list[str]:
        initials = "".join(sorted((first[:1], last[:1])))
        return [f"{m}|{initials}" for m in _masked(postcode)] if initials else []

    return _multi(
        (keys(a, b, p) for a, b, p in zip(c.first, c.last, c.postcode, strict=True)), c.birth
    )


def _pass_address(c: Columns) -> np.ndarray:
    return _multi(
        ((f"{s}|{n}" if s and n else "", f"{s}|{p}" if s and p else "")
         for s, n, p in zip(c.street, c.number, c.postcode, strict=True)),
        c.birth,
    )


def _pass_contact(c: Columns) -> np.ndarray:
    return _multi(
        ((*ph, *em, *(e.split("@")[0] for e in em if len(e.split("@")[0]) >= 5))
         for ph, em in zip(c.phones, c.emails, strict=True)),
        c.birth,
    )


def _sn_name(c: Columns) -> np.ndarray:
    return _window([f"{a} {b}" if a or b else "" for a, b in zip(c.last, c.first, strict=True)])


def _sn_reversed(c: Columns) -> np.ndarray:
    return _window([f"{a[::-1]} {b[::-1]}" if a else "" for a, b in zip(c.last, c.first, strict=True)])


def _sn_first_reversed(c: Columns) -> np.ndarray:
    return _window([f"{b[::-1]} {a[::-1]}" if b else "" for a, b in zip(c.last, c.first, strict=True)])


def _sn_address(c: Columns) -> np.ndarray:
    return _window([f"{s} {n} {p}" if s else "" for s, n, p in zip(c.street, c.number, c.postcode, strict=True)])


# Name -> pass; the benchmark reports each one's recall and cost.
PASSES: dict[str, Callable[[Columns], np.ndarray]] = {
    "names_phonetic_sorted": _pass_names_sorted,
    "name_token+postcode": _pass_name_token_postcode,
    "name_token+birth_date": _pass_name_token_birth,
    "birth_date": _pass_birth,
    "postcode±digit+initials": _pass_postcode_masked,
    "address_tokens": _pass_address,
    "phone/e-mail": _pass_contact,
    "window:last+first": _sn_name,
    "window:reversed_last": _sn_reversed,
    "window:reversed_first": _sn_first_reversed,
    "window:address": _sn_address,
}


def candidate_pairs(
    c: Columns, passes: Sequence[str] | None = None, timings: dict[str, float] | None = None,
    per_pass: dict[str, np.ndarray] | None = None, check: Callable[[], None] | None = None,
) -> np.ndarray:
    """United candidate pairs of every pass (encoded low << 32 | high, record indexes)."""
    found: list[np.ndarray] = []
    for name in passes or PASSES:
        if check is not None:
            check()
        started = time.perf_counter()
        pairs = PASSES[name](c)
        if timings is not None:
            timings[name] = time.perf_counter() - started
        if per_pass is not None:
            per_pass[name] = pairs
        found.append(pairs)
    return np.unique(np.concatenate(found)) if found else np.empty(0, dtype=np.int64)


# ------------------------------------------------------------------------------ comparing


def _sim(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Name similarity 0-1: the better of Jaro-Winkler and the indel ratio."""
    if not len(a):
        return np.zeros(0)
    jw = cpdist(a, b, scorer=JaroWinkler.normalized_similarity, dtype=np.float32)
    ind = cpdist(a, b, scorer=Indel.normalized_similarity, dtype=np.float32)
    return np.maximum(jw, ind)


def _name_levels(a: np.ndarray, b: np.ndarray, pa: np.ndarray, pb: np.ndarray, sim: np.ndarray) -> np.ndarray:
    lv = np.zeros(len(a), dtype=np.int8)
    lv[sim >= 0.75] = 1
    lv[(sim >= 0.88) | ((pa == pb) & (pa != ""))] = 2
    lv[a == b] = 3
    # An initial ("J." for "Jean") is a loose agreement.
    short = np.array([len(x) == 1 or len(y) == 1 for x, y in zip(a, b, strict=True)], dtype=bool)
    if short.any():
        init = np.array([x[:1] == y[:1] for x, y in zip(a[short], b[short], strict=True)], dtype=bool)
        sub = lv[short]
        sub[init & (sub < 3)] = 1
        lv[short] = sub
    lv[(a == "") | (b == "")] = -1
    return lv


@dataclass
class Compared:
    """Candidate pairs (record indexes) with their agreement levels and name similarities."""

    ia: np.ndarray
    ib: np.ndarray
    levels: np.ndarray  # (pairs, fields) int8
    swapped: np.ndarray  # bool
    first_sim: np.ndarray
    last_sim: np.ndarray


def compare(c: Columns, encoded: np.ndarray, gate: bool = True) -> Compared:
    """Agreement levels of the candidate pairs; with ``gate`` the pairs whose names are
    clearly different are dropped first (so the other fields are compared only for the rest)."""
    ia = (encoded >> 32).astype(np.int64)
    ib = (encoded & 0xFFFFFFFF).astype(np.int64)
    fa, fb, la, lb = c.first[ia], c.first[ib], c.last[ia], c.last[ib]
    s_ff, s_ll = _sim(fa, fb), _sim(la, lb)
    s_fl, s_lf = _sim(fa, lb), _sim(la, fb)
    # Swapped when the crossed names agree better (a missing name counts as no agreement,
    # so "— / Joao" meets "Joao / Jacquet").
    swapped = s_fl + s_lf > s_ff + s_ll + 0.15
    first_sim = np.where(swapped, s_fl, s_ff)
    last_sim = np.where(swapped, s_lf, s_ll)
    if gate:
        keep = _name_gate(c, ia, ib, fa, np.where(swapped, lb, fb), la, np.where(swapped, fb, lb),
                          first_sim, last_sim)
        ia, ib, swapped, first_sim, last_sim = ia[keep], ib[keep], swapped[keep], first_sim[keep], last_sim[keep]
        fa, fb, la, lb = fa[keep], fb[keep], la[keep], lb[keep]
    fb2 = np.where(swapped, lb, fb)
    lb2 = np.where(swapped, fb, lb)
    pfa, pla = c.first_ph[ia], c.last_ph[ia]
    pfb = np.where(swapped, c.last_ph[ib], c.first_ph[ib])
    plb = np.where(swapped, c.first_ph[ib], c.last_ph[ib])
    levels = np.full((len(ia), len(FIELDS)), -1, dtype=np.int8)
    levels[:, 0] = _name_levels(fa, fb2, pfa, pfb, first_sim)
    levels[:, 1] = _name_levels(la, lb2, pla, plb, last_sim)
    levels[:, 2] = _address_levels(c.address[ia], c.address[ib])
    levels[:, 3] = _postcode_levels(c.postcode[ia], c.postcode[ib])
    city = _text_levels(c.city[ia], c.city[ib], 0.85)
    # Postcode and city say the same thing: the city counts only when a postcode is missing.
    city[levels[:, 3] >= 0] = -1
    levels[:, 4] = city
    levels[:, 5] = _birth_levels(c.birth[ia], c.birth[ib])
    levels[:, 6] = _multi_levels(c.phone[ia], c.phone[ib], c.phones, ia, ib, digits=True)
    levels[:, 7] = _multi_levels(c.email[ia], c.email[ib], c.emails, ia, ib, digits=False)
    levels[:, 8] = _text_levels(c.company[ia], c.company[ib], 0.85)
    return Compared(ia, ib, levels, swapped, first_sim, last_sim)


def _name_gate(
    c: Columns, ia: np.ndarray, ib: np.ndarray, fa: np.ndarray, fb: np.ndarray,
    la: np.ndarray, lb: np.ndarray, first_sim: np.ndarray, last_sim: np.ndarray,
) -> np.ndarray:
    """Pairs worth comparing further: both names alike (a name missing on one side neither
    passes nor fails), or one alike and a personal identifier shared (same date of birth,
    e-mail or mobile): "Marc Dupont" and "Marc Durand" sharing a switchboard stop here."""
    f_present = (fa != "") & (fb != "")
    l_present = (la != "") & (lb != "")
    f_ok = f_present & ((first_sim >= 0.7) | _initial(fa, fb))
    l_ok = l_present & (last_sim >= 0.7)
    both = (f_ok | ~f_present) & (l_ok | ~l_present) & (f_ok | l_ok)
    one = f_ok | l_ok
    if not (one & ~both).any():
        return both
    k = np.flatnonzero(one & ~both)
    a, b = ia[k], ib[k]
    personal = (c.birth[a] == c.birth[b]) & (c.birth[a] != 0)
    personal |= (c.email[a] == c.email[b]) & (c.email[a] != "")
    mobile_a = c.phone[a]
    personal |= (mobile_a == c.phone[b]) & np.array(
        [x.startswith(("+336", "+337")) for x in mobile_a], dtype=bool
    )
    out = both.copy()
    out[k[personal]] = True
    return out


def strict_names(compared: "Compared") -> np.ndarray:
    """Pairs whose first and last names are both present and alike (level 1 or more): the
    pairs the weights are learned on (a looser set lets EM call near-misses duplicates)."""
    lv = compared.levels
    return (lv[:, 0] >= 1) & (lv[:, 1] >= 1)


def _initial(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.array(
        [(len(x) == 1 or len(y) == 1) and x[:1] == y[:1] for x, y in zip(a, b, strict=True)],
        dtype=bool,
    )


def _address_levels(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        sim = cpdist(a, b, scorer=token_set_ratio, dtype=np.float32)
        lv[sim >= 70] = 1
        lv[sim >= 88] = 2
    lv[a == b] = 3
    lv[(a == "") | (b == "")] = -1
    return lv


def _postcode_levels(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        dist = cpdist(a, b, scorer=OSA.distance, dtype=np.int32)
        dept = np.array([x[:2] == y[:2] for x, y in zip(a, b, strict=True)], dtype=bool)
        lv[dept] = 1
        lv[dist <= 1] = 2
    lv[a == b] = 3
    lv[(a == "") | (b == "")] = -1
    return lv


def _text_levels(a: np.ndarray, b: np.ndarray, close: float) -> np.ndarray:
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        sim = cpdist(a, b, scorer=Indel.normalized_similarity, dtype=np.float32)
        lv[sim >= close] = 1
    lv[a == b] = 2
    lv[(a == "") | (b == "")] = -1
    return lv


def _birth_levels(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ya, ma, da = a // 10000, a // 100 % 100, a % 100
    yb, mb, db = b // 10000, b // 100 % 100, b % 100
    equal_parts = (ya == yb).astype(np.int8) + (ma == mb) + (da == db)
    swapped = (ya == yb) & (ma == db) & (da == mb)
    lv = np.zeros(len(a), dtype=np.int8)
    lv[(equal_parts >= 2) | swapped] = 2
    lv[a == b] = 3
    lv[(a == 0) | (b == 0)] = -1
    return lv


def _multi_levels(
    a: np.ndarray, b: np.ndarray, every: list[tuple[str, ...]], ia: np.ndarray, ib: np.ndarray, digits: bool
) -> np.ndarray:
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        if digits:
            dist = cpdist(a, b, scorer=OSA.distance, dtype=np.int32)
            lens = np.array([len(x) == len(y) for x, y in zip(a, b, strict=True)], dtype=bool)
            lv[(dist <= 1) & lens] = 1
        else:
            local_a = np.array([x.split("@")[0] for x in a], dtype=object)
            local_b = np.array([x.split("@")[0] for x in b], dtype=object)
            sim = cpdist(local_a, local_b, scorer=Indel.normalized_similarity, dtype=np.float32)
            lv[(sim >= 0.85) & (local_a != "")] = 1
    lv[a == b] = 2
    # Records with several numbers or addresses: any one shared is agreement.
    several = np.flatnonzero(lv < 2)
    for k in several:
        xa, xb = every[ia[k]], every[ib[k]]
        if (len(xa) > 1 or len(xb) > 1) and set(xa) & set(xb):
            lv[k] = 2
    lv[(a == "") | (b == "")] = -1
    return lv


# ------------------------------------------------------------------------------ weights


@dataclass
class Weights:
    """m and u probabilities per field and level, and the share of duplicates."""

    m: list[np.ndarray]
    u: list[np.ndarray]
    prior: float
    iterations: int = 0
    learned: bool = False
    # log2(m/u) per field and level (for the reasons and the score).
    log: list[np.ndarray] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.log = [np.log2(m / u) for m, u in zip(self.m, self.u, strict=True)]


# Sensible starting values (and the values used when there is too little data to learn):
# duplicates mostly agree exactly or closely; random pairs mostly disagree.
_M0 = {2: [0.05, 0.15, 0.80], 3: [0.04, 0.06, 0.15, 0.75]}
_U0 = {2: [0.97, 0.02, 0.01], 3: [0.93, 0.05, 0.015, 0.005]}


def default_weights() -> Weights:
    return Weights(
        [np.array(_M0[TOP[f]], dtype=float) for f in FIELDS],
        [np.array(_U0[TOP[f]], dtype=float) for f in FIELDS],
        0.01,
    )


def u_from_random(c: Columns, samples: int = 60_000, seed: int = 7) -> list[np.ndarray] | None:
    """u probabilities from random pairs (almost all of them are not duplicates)."""
    n = len(c)
    if n < 30:
        return None
    rng = np.random.default_rng(seed)
    a = rng.integers(0, n, samples)
    b = rng.integers(0, n, samples)
    keep = a != b
    enc = _encode(a[keep], b[keep])
    levels = compare(c, enc, gate=False).levels
    out = []
    for f, name in enumerate(FIELDS):
        col = levels[:, f]
        col = col[col >= 0]
        counts = np.bincount(col, minlength=TOP[name] + 1).astype(float) + 0.5
        out.append(counts / counts.sum())
    return out


def learn_weights(levels: np.ndarray, u: list[np.ndarray] | None, max_iter: int = 40) -> Weights:
    """EM over the agreement patterns: m per field and level and the share of duplicates
    (u stays as measured on random pairs).  Too few candidate pairs: the default weights."""
    start = default_weights()
    if u is not None:
        start = Weights(start.m, u, start.prior)
    if len(levels) < 200:
        return start
    patterns, counts = np.unique(levels, axis=0, return_counts=True)
    counts = counts.astype(float)
    m = [x.copy() for x in start.m]
    u = [x.copy() for x in start.u]
    prior = 0.1
    it = 0
    for it in range(1, max_iter + 1):
        log_m = np.zeros(len(patterns))
        log_u = np.zeros(len(patterns))
        for f in range(len(FIELDS)):
            col = patterns[:, f]
            ok = col >= 0
            log_m[ok] += np.log(m[f][col[ok]])
            log_u[ok] += np.log(u[f][col[ok]])
        a = np.log(prior) + log_m
        b = np.log(1 - prior) + log_u
        g = 1.0 / (1.0 + np.exp(np.clip(b - a, -50, 50)))
        weight = counts * g
        other = counts * (1 - g)
        new_prior = float(np.clip(weight.sum() / counts.sum(), 1e-6, 0.999))
        change = abs(new_prior - prior)
        prior = new_prior
        for f, name in enumerate(FIELDS):
            col = patterns[:, f]
            ok = col >= 0
            size = TOP[name] + 1
            new_m = np.bincount(col[ok], weights=weight[ok], minlength=size) + 0.5
            new_u = np.bincount(col[ok], weights=other[ok], minlength=size) + 0.5
            new_m, new_u = new_m / new_m.sum(), new_u / new_u.sum()
            change = max(change, float(np.abs(new_m - m[f]).max()), float(np.abs(new_u - u[f]).max()))
            m[f], u[f] = new_m, new_u
        if change < 1e-4:
            break
    # Agreement must never count against, nor disagreement for (a safety net for odd data).
    for f in range(len(FIELDS)):
        top = len(m[f]) - 1
        if m[f][top] < u[f][top]:
            m[f][top] = u[f][top] * 2
        if m[f][0] > u[f][0]:
            m[f][0] = u[f][0] / 2
        m[f] = m[f] / m[f].sum()
    learned = Weights(m, u, prior, it, True)
    # Learned on pairs whose names are alike, the weights cannot know what a clearly
    # different name means: never less than a strong "against".
    for f in (0, 1):
        learned.log[f][0] = min(learned.log[f][0], -8.0)
    return learned


def match_weights(levels: np.ndarray, w: Weights) -> np.ndarray:
    """Sum of log2(m/u) of the fields present, plus the prior odds (log2)."""
    total = np.full(len(levels), np.log2(w.prior / (1 - w.prior)))
    for f in range(len(FIELDS)):
        col = levels[:, f]
        ok = col >= 0
        total[ok] += w.log[f][col[ok]]
    return total


def probabilities(levels: np.ndarray, w: Weights) -> np.ndarray:
    return 1.0 / (1.0 + np.exp2(-np.clip(match_weights(levels, w), -60, 60)))


# ------------------------------------------------------------------------------ reasons


@dataclass(frozen=True)
class EvidenceReason:
    """One field's contribution, as a code with parameters (translated by the UI)."""

    field: str
    code: str  # same, typo, close, loose, phonetic, initial, one_digit, same_area,
    # day_month_swapped, one_part, different, swapped
    a: str = ""
    b: str = ""
    percent: int = 0
    weight: float = 0.0


def reasons_for(
    compared: Compared, k: int, w: Weights, c: Columns
) -> tuple[EvidenceReason, ...]:
    """The readable reasons of pair ``k``: strongest evidence first, missing fields left out."""
    out: list[EvidenceReason] = []
    ia, ib = int(compared.ia[k]), int(compared.ib[k])
    if compared.swapped[k]:
        out.append(EvidenceReason("name", "swapped", weight=99.0))
    for f, name in enumerate(FIELDS):
        level = int(compared.levels[k, f])
        if level < 0:
            continue
        weight = float(w.log[f][level])
        top = TOP[name]
        percent = 0
        code = "same" if level == top else "different" if level == 0 else "close"
        if name in ("first_name", "last_name") and 0 < level < top:
            sim = compared.first_sim[k] if name == "first_name" else compared.last_sim[k]
            percent = int(round(float(sim) * 100))
            a_val = c.first[ia] if name == "first_name" else c.last[ia]
            b_val = (c.last[ib] if compared.swapped[k] else c.first[ib]) if name == "first_name" else (
                c.first[ib] if compared.swapped[k] else c.last[ib])
            if len(a_val) == 1 or len(b_val) == 1:
                code = "initial"
            elif level == 2 and percent >= 88:
                code = "typo"
            elif level == 2:
                code = "phonetic"
            else:
                code = "close"
        elif name == "postcode" and level == 2:
            code = "one_digit"
        elif name == "postcode" and level == 1:
            code = "same_area"
        elif name == "birthday" and level == 2:
            a_b, b_b = int(c.birth[ia]), int(c.birth[ib])
            swapped_dm = a_b // 10000 == b_b // 10000 and a_b % 100 == b_b // 100 % 100
            code = "day_month_swapped" if swapped_dm else "one_part"
        elif name in ("phone",) and level == 1:
            code = "one_digit"
        elif name in ("address", "city", "company", "email") and 0 < level < top:
            code = "close"
        out.append(EvidenceReason(name, code, percent=percent, weight=weight))
    return tuple(sorted(out, key=lambda r: -abs(r.weight)))


# ------------------------------------------------------------------------------ the scan


@dataclass
class EvidenceResult:
    """Proposed pairs (record ids, score 0-100, reasons) and figures for the summary."""

    pairs: list[tuple[int, int, int, tuple[EvidenceReason, ...]]]
    candidates: int
    compared: int
    weights: Weights


def find_duplicates(
    c: Columns,
    threshold: int = 85,
    excluded: frozenset[tuple[int, int]] = frozenset(),
    check: Callable[[], None] | None = None,
) -> EvidenceResult:
    """Every pair scoring at least ``threshold`` (probability of being a duplicate x 100)."""
    encoded = candidate_pairs(c, check=check)
    if excluded and len(encoded):
        index = {int(x): i for i, x in enumerate(c.ids.tolist())}
        drop = [
            _encode(np.array([index[a]]), np.array([index[b]]))[0]
            for a, b in excluded
            if a in index and b in index
        ]
        if drop:
            encoded = encoded[~np.isin(encoded, np.asarray(drop, dtype=np.int64))]
    if check is not None:
        check()
    compared = compare(c, encoded)
    if check is not None:
        check()
    weights = learn_weights(compared.levels[strict_names(compared)], u_from_random(c))
    prob = probabilities(compared.levels, weights)
    scores = np.rint(prob * 100).astype(int)
    chosen = np.flatnonzero(scores >= threshold)
    pairs = []
    for k in chosen.tolist():
        a, b = int(c.ids[compared.ia[k]]), int(c.ids[compared.ib[k]])
        pairs.append((min(a, b), max(a, b), int(scores[k]), reasons_for(compared, k, weights, c)))
    return EvidenceResult(pairs, len(encoded), len(compared.ia), weights)
