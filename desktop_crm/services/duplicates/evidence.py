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
   sharing an address are not merged;
6. two people, not one: namesakes (nothing identifying shared, two or more identifying
   details different) and people at one place whose names differ (no e-mail, mobile or
   date of birth shared, two of them different, or one at the same company) score at
   most 60, the reason said first (``evidence_identity.py``).

Plain numpy + rapidfuzz (``cpdist`` compares the candidate pairs in C). Step 1 lives in
``evidence_columns.py`` (its names stay importable from here), step 2 in
``evidence_blocking.py``, the EM of step 4 in ``evidence_weights.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import numpy as np
from rapidfuzz.distance import OSA, Indel
from rapidfuzz.process import cpdist

from desktop_crm.domain.emails import is_role_address
from desktop_crm.domain.first_names import (
    ALIKE,
    INITIAL,
    KNOWN_IDS,
    OTHER_NAME,
    SHORT_FORM,
    first_name_likeness,
    first_name_relation,
    other_first_name_in,
)
from desktop_crm.services.duplicates import evidence_identity as identity
from desktop_crm.services.duplicates.evidence_blocking import candidate_pairs, encode_pairs
from desktop_crm.services.duplicates.evidence_codes import coded_similarity
from desktop_crm.services.duplicates.evidence_columns import Columns as Columns
from desktop_crm.services.duplicates.evidence_columns import (
    normalise_address as normalise_address,
)
from desktop_crm.services.duplicates.evidence_columns import prepare_columns as prepare_columns
from desktop_crm.services.duplicates.evidence_weights import (
    FIELDS,
    TOP,
    Weights,
    learn_weights,
    probabilities,
)

# ------------------------------------------------------------------------------ comparing


def _metric(
    values: np.ndarray, codes: np.ndarray, ia: np.ndarray, ib: np.ndarray, scorer: Any, eq: float
) -> np.ndarray:
    """``scorer`` on each pair's values, computed only where they differ (``eq`` where they
    are the same, 0 where one is missing); told apart by their codes (0: missing)."""
    a, b = codes[ia], codes[ib]
    out = np.where((a == b) & (a != 0), eq, 0).astype(np.float32)
    todo = np.flatnonzero((a != b) & (a != 0) & (b != 0))
    if len(todo):
        x, y = values[ia[todo]], values[ib[todo]]
        out[todo] = cpdist(x, y, scorer=scorer, dtype=np.float32)
    return out


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
    # Names as codes (0: missing): integer tests, each distinct pair of names measured once.
    fa, fb, la, lb = c.first_code[ia], c.first_code[ib], c.last_code[ia], c.last_code[ib]
    s_ff, s_ll = coded_similarity(fa, fb, c.names), coded_similarity(la, lb, c.names)
    # Swapped when the crossed names agree better (a missing name counts as no agreement,
    # so "— / Joao" meets "Joao / Jacquet"); only tried where the straight names differ.
    swapped = np.zeros(len(ia), dtype=bool)
    s_fl = np.zeros(len(ia), dtype=np.float32)
    s_lf = np.zeros(len(ia), dtype=np.float32)
    maybe = np.flatnonzero(s_ff + s_ll < 1.85)
    if len(maybe):
        s_fl[maybe] = coded_similarity(fa[maybe], lb[maybe], c.names)
        s_lf[maybe] = coded_similarity(la[maybe], fb[maybe], c.names)
        swapped[maybe] = s_fl[maybe] + s_lf[maybe] > s_ff[maybe] + s_ll[maybe] + 0.15
    first_sim = np.where(swapped, s_fl, s_ff)
    last_sim = np.where(swapped, s_lf, s_ll)
    # Record b's names in record a's order, and whether a first name is only an initial.
    b_first = np.where(swapped, lb, fb)
    b_last = np.where(swapped, fb, lb)
    b_init = np.where(swapped, c.last_init[ib], c.first_init[ib])
    b_one = np.where(swapped, c.last_one[ib], c.first_one[ib])
    initial = (c.first_one[ia] | b_one) & (c.first_init[ia] == b_init) & (fa != 0)
    # The table of first names overrides the letters: "Manu" is "Emmanuel", alike as a
    # typo; "Jeanne" is not "Jean", different (though loosely alike: same address passes).
    b_known = np.where(swapped, c.last_known[ib], c.first_known[ib])
    relation = _first_name_relations()[c.first_known[ia], b_known]
    first_sim = np.where(relation == _SHORT, np.maximum(first_sim, 0.88), first_sim)
    other = relation == _OTHER
    first_sim = np.where(other, np.minimum(first_sim, 0.6), first_sim)
    if gate:
        keep = _name_gate(c, ia, ib, fa, b_first, la, b_last, first_sim, last_sim, initial)
        ia, ib, swapped, first_sim, last_sim = (
            ia[keep],
            ib[keep],
            swapped[keep],
            first_sim[keep],
            last_sim[keep],
        )
        fa, la, b_first, b_last, initial, other = (
            fa[keep],
            la[keep],
            b_first[keep],
            b_last[keep],
            initial[keep],
            other[keep],
        )
    pfa, pla = c.first_ph_code[ia], c.last_ph_code[ia]
    pfb = np.where(swapped, c.last_ph_code[ib], c.first_ph_code[ib])
    plb = np.where(swapped, c.first_ph_code[ib], c.last_ph_code[ib])
    levels = np.full((len(ia), len(FIELDS)), -1, dtype=np.int8)
    levels[:, 0] = _name_levels(fa, b_first, pfa, pfb, first_sim, initial)
    levels[other, 0] = 0  # (not "sound alike" either: "Michel" / "Michèle")
    levels[:, 1] = _name_levels(la, b_last, pla, plb, last_sim, None)
    levels[:, 2] = _address_levels(c, ia, ib)
    levels[:, 3] = _postcode_levels(c, ia, ib)
    # Postcode and city say the same thing: the city counts only when a postcode is missing.
    no_postcode = np.flatnonzero(levels[:, 3] < 0)
    ja, jb = ia[no_postcode], ib[no_postcode]
    levels[no_postcode, 4] = _text_levels(c.city, c.city_code, ja, jb, 0.85)
    levels[:, 5] = _birth_levels(c.birth[ia], c.birth[ib])
    levels[:, 6] = _phone_levels(c, ia, ib)
    levels[:, 7] = _email_levels(c, ia, ib)
    levels[:, 8] = _text_levels(c.company, c.company_code, ia, ib, 0.85)
    return Compared(ia, ib, levels, swapped, first_sim, last_sim)


_SHORT, _OTHER = 1, 2


@cache
def _first_name_relations() -> np.ndarray:
    """(known id, known id) -> 1 for a short form of one name ("Chris" / "Christophe"),
    2 for two names ("Louis" / "Louise"), 0 otherwise (row and column 0: not known)."""
    names = sorted(KNOWN_IDS, key=KNOWN_IDS.__getitem__)
    out = np.zeros((len(names) + 1, len(names) + 1), dtype=np.int8)
    codes = {SHORT_FORM: _SHORT, OTHER_NAME: _OTHER}
    for a in names:
        for b in names:
            out[KNOWN_IDS[a], KNOWN_IDS[b]] = codes.get(first_name_relation(a, b), 0)
    return out


CHUNK = 100_000


def compare_in_chunks(
    c: Columns, encoded: np.ndarray, check: Callable[[], None] | None = None
) -> Compared:
    """:func:`compare` a chunk of candidates at a time, so that the temporary arrays stay
    small whatever the number of candidates (a million contacts give millions)."""
    parts = []
    for start in range(0, max(1, len(encoded)), CHUNK):
        parts.append(compare(c, encoded[start : start + CHUNK]))
        if check is not None:
            check()
    if len(parts) == 1:
        return parts[0]
    return Compared(
        np.concatenate([p.ia for p in parts]),
        np.concatenate([p.ib for p in parts]),
        np.concatenate([p.levels for p in parts]),
        np.concatenate([p.swapped for p in parts]),
        np.concatenate([p.first_sim for p in parts]),
        np.concatenate([p.last_sim for p in parts]),
    )


def _name_levels(
    a: np.ndarray,
    b: np.ndarray,
    pa: np.ndarray,
    pb: np.ndarray,
    sim: np.ndarray,
    initial: np.ndarray | None,
) -> np.ndarray:
    lv = np.zeros(len(a), dtype=np.int8)
    lv[sim >= 0.75] = 1
    lv[(sim >= 0.88) | ((pa == pb) & (pa != 0))] = 2
    lv[a == b] = 3
    if initial is not None:
        # An initial ("J." for "Jean") is a loose agreement.
        lv[initial & (lv < 3)] = 1
    lv[(a == 0) | (b == 0)] = -1  # (names as codes: 0 is missing)
    return lv


def _name_gate(
    c: Columns,
    ia: np.ndarray,
    ib: np.ndarray,
    fa: np.ndarray,
    fb: np.ndarray,
    la: np.ndarray,
    lb: np.ndarray,
    first_sim: np.ndarray,
    last_sim: np.ndarray,
    initial: np.ndarray,
) -> np.ndarray:
    """Pairs worth comparing further: both names alike (a name missing on one side neither
    passes nor fails), or one alike and a personal identifier shared (same date of birth,
    e-mail or mobile; or the same first name and a direct line: "Marie Dupont", married,
    now "Marie Lefort"), or one alike, the other loosely, in the same street of the same
    town: "Marc Dupont" and "Marc Durand" sharing a switchboard, or "Sophie Dupont" and
    "Marc Dupont" sharing an address, stop here."""
    f_present = (fa != 0) & (fb != 0)  # (names as codes: 0 is missing)
    l_present = (la != 0) & (lb != 0)
    f_ok = f_present & ((first_sim >= 0.7) | initial)
    l_ok = l_present & (last_sim >= 0.7)
    both = (f_ok | ~f_present) & (l_ok | ~l_present) & (f_ok | l_ok)
    one = f_ok | l_ok
    k = np.flatnonzero(one & ~both)
    if not len(k):
        result: np.ndarray = both
        return result
    a, b = ia[k], ib[k]
    personal = (c.birth[a] == c.birth[b]) & (c.birth[a] != 0)
    same_email = (c.email_code[a] == c.email_code[b]) & (c.email_code[a] != 0)
    personal |= same_email & ~_role_emails(c, a, b, same_email)
    # A shared mobile; a shared landline only with the same first name when it is a
    # direct line ("Marie Dupont", married, now "Marie Lefort"), not the switchboard.
    same_phone = (c.phone_code[a] == c.phone_code[b]) & (c.phone_code[a] != 0)
    personal |= same_phone & c.mobile[a]
    line = np.flatnonzero(same_phone & ~c.mobile[a] & (fa[k] == fb[k]))
    if len(line):
        direct = identity.direct_lines(c, set(c.phone[a[line]].tolist()))
        personal[line] |= np.isin(c.phone[a[line]], list(direct))
    # The other name loosely alike (not "Sophie" for "Marc") at the same street address.
    loose = (first_sim[k] >= 0.5) & (last_sim[k] >= 0.5)
    street = (c.street_code[a] == c.street_code[b]) & (c.street_code[a] != 0)
    place = (c.postcode_code[a] == c.postcode_code[b]) | (c.city_code[a] == c.city_code[b])
    place &= c.city_code[a] != 0
    personal |= loose & street & place
    out: np.ndarray = both.copy()
    out[k[personal]] = True
    return out


def strict_names(compared: Compared) -> np.ndarray:
    """Pairs whose first and last names are both present and alike (level 1 or more): the
    pairs the weights are learned on (a looser set lets EM call near-misses duplicates)."""
    lv = compared.levels
    return (lv[:, 0] >= 1) & (lv[:, 1] >= 1)


# (The level functions test the values' codes: equal codes, equal values; 0, missing.)


def _address_levels(c: Columns, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    a, b = c.address_code[ia], c.address_code[ib]
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        sim = _metric(c.address, c.address_code, ia, ib, Indel.normalized_similarity, 1.0)
        lv[sim >= 0.70] = 1
        lv[sim >= 0.88] = 2
    lv[a == b] = 3
    lv[(a == 0) | (b == 0)] = -1
    return lv


def _postcode_levels(c: Columns, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    a, b = c.postcode_code[ia], c.postcode_code[ib]
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        dist = _metric(c.postcode, c.postcode_code, ia, ib, OSA.distance, 0.0)
        dist[(a == 0) | (b == 0)] = 99
        lv[c.dept_code[ia] == c.dept_code[ib]] = 1
        lv[dist <= 1] = 2
    lv[a == b] = 3
    lv[(a == 0) | (b == 0)] = -1
    return lv


def _text_levels(
    values: np.ndarray, codes: np.ndarray, ia: np.ndarray, ib: np.ndarray, close: float
) -> np.ndarray:
    a, b = codes[ia], codes[ib]
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        sim = _metric(values, codes, ia, ib, Indel.normalized_similarity, 1.0)
        lv[sim >= close] = 1
    lv[a == b] = 2
    lv[(a == 0) | (b == 0)] = -1
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


def _phone_levels(c: Columns, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    a, b = c.phone_code[ia], c.phone_code[ib]
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        dist = _metric(c.phone, c.phone_code, ia, ib, OSA.distance, 0.0)
        dist[(a == 0) | (b == 0)] = 99
        lv[(dist <= 1) & (c.phone_len[ia] == c.phone_len[ib])] = 1
    lv[a == b] = 2
    _any_shared(lv, c.phones, c.phone, c, ia, ib)
    # A switchboard (a landline borne by more than ``identity.DIRECT`` contacts) shared is
    # no evidence either way: colleagues share it; said so by the reasons.
    shared = np.flatnonzero(lv == 2)
    own = c.mobile[ia[shared]] & (a[shared] == b[shared]) & ~c.many[ia[shared]]
    for k in shared[~own].tolist():
        numbers = identity._shared(c, int(ia[k]), int(ib[k]))
        if not any(n.startswith(identity._MOBILE) for n in numbers) and not (
            identity.direct_lines(c, numbers)
        ):
            lv[k] = -1
    lv[(a == 0) | (b == 0)] = -1
    return lv


def _email_levels(c: Columns, ia: np.ndarray, ib: np.ndarray) -> np.ndarray:
    a, b = c.email_code[ia], c.email_code[ib]
    lv = np.zeros(len(a), dtype=np.int8)
    if len(a):
        codes = c.email_local_code
        sim = _metric(c.email_local, codes, ia, ib, Indel.normalized_similarity, 1.0)
        lv[(sim >= 0.85) & (codes[ia] != 0)] = 1
        # "jean.dupont@" and "jeanne.dupont@" differ by a first name: two people's.
        for k in np.flatnonzero((lv == 1) & (codes[ia] != codes[ib])).tolist():
            if other_first_name_in(c.email_local[ia[k]], c.email_local[ib[k]]):
                lv[k] = 0
    lv[a == b] = 2
    _any_shared(lv, c.emails, c.email, c, ia, ib)
    # A role's address ("contact@", "info@") alike or shared is no evidence either way:
    # colleagues share it (``domain.emails.is_role_address``); said so by the reasons.
    lv[_role_emails(c, ia, ib, lv >= 1)] = -1
    lv[(a == 0) | (b == 0)] = -1
    return lv


def _role_emails(c: Columns, ia: np.ndarray, ib: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Of the pairs ``rows`` (a mask; few: those with e-mails alike), those alike only
    through a role's address: every address they share is one, or, sharing none, either
    main address is one ("contact@acme.fr" / "contacts@acme.fr")."""
    out = np.zeros(len(ia), dtype=bool)
    for k in np.flatnonzero(rows).tolist():
        a, b = int(ia[k]), int(ib[k])
        xa = c.emails.get(a) or (c.email[a],)
        xb = c.emails.get(b) or (c.email[b],)
        shared = set(xa) & set(xb) - {""}
        if shared:
            out[k] = all(map(is_role_address, shared))
        else:
            out[k] = is_role_address(c.email[a]) or is_role_address(c.email[b])
    return out


def _any_shared(
    lv: np.ndarray,
    every: dict[int, tuple[str, ...]],
    primary: np.ndarray,
    c: Columns,
    ia: np.ndarray,
    ib: np.ndarray,
) -> None:
    """Records with several numbers or addresses: any one shared is agreement."""
    for k in np.flatnonzero((lv < 2) & (c.many[ia] | c.many[ib])).tolist():
        a, b = int(ia[k]), int(ib[k])
        xa = every.get(a) or ((primary[a],) if primary[a] else ())
        xb = every.get(b) or ((primary[b],) if primary[b] else ())
        if set(xa) & set(xb):
            lv[k] = 2


# ------------------------------------------------------------------------------ weights


def u_from_random(c: Columns, samples: int = 40_000, seed: int = 7) -> list[np.ndarray] | None:
    """u probabilities from random pairs (almost all of them are not duplicates)."""
    n = len(c)
    if n < 30:
        return None
    rng = np.random.default_rng(seed)
    a = rng.integers(0, n, samples)
    b = rng.integers(0, n, samples)
    keep = a != b
    enc = encode_pairs(a[keep], b[keep])
    levels = compare(c, enc, gate=False).levels
    out = []
    for f, name in enumerate(FIELDS):
        col = levels[:, f]
        col = col[col >= 0]
        counts = np.bincount(col, minlength=TOP[name] + 1).astype(float) + 0.5
        out.append(counts / counts.sum())
    return out


# ------------------------------------------------------------------------------ reasons


@dataclass(frozen=True)
class EvidenceReason:
    """One field's contribution, as a code with parameters (translated by the UI)."""

    field: str
    code: str  # same, typo, close, loose, phonetic, initial, short_form, one_digit, same_area,
    # day_month_swapped, one_part, different, swapped, namesake, two_people
    a: str = ""
    b: str = ""
    percent: int = 0
    weight: float = 0.0
    # The field shown for the second record (its last name for a first name when swapped).
    b_field: str = ""


def reasons_for(
    compared: Compared,
    k: int,
    w: Weights,
    c: Columns,
    logs: list[list[float]] | None = None,
) -> tuple[EvidenceReason, ...]:
    """The readable reasons of pair ``k``: strongest evidence first, missing fields left out.
    ``logs``: ``w.log`` as Python lists (converted once by a caller explaining many pairs)."""
    out: list[EvidenceReason] = []
    logs = [list(map(float, log)) for log in w.log] if logs is None else logs
    ia, ib = int(compared.ia[k]), int(compared.ib[k])
    swapped = bool(compared.swapped[k])
    if swapped:
        out.append(EvidenceReason("name", "swapped", weight=99.0))
    for f, (name, level) in enumerate(zip(FIELDS, compared.levels[k].tolist(), strict=True)):
        if level < 0:
            # Both given yet neither way: a role's address, a switchboard (said last).
            if name == "email" and c.email[ia] and c.email[ib]:
                out.append(EvidenceReason(name, "role_address"))
            elif name == "phone" and c.phone[ia] and c.phone[ib]:
                out.append(EvidenceReason(name, "switchboard"))
            continue
        weight = logs[f][level]
        top = TOP[name]
        percent = 0
        code = "same" if level == top else "different" if level == 0 else "close"
        if name in ("first_name", "last_name") and 0 < level < top:
            sim = compared.first_sim[k] if name == "first_name" else compared.last_sim[k]
            percent = round(float(sim) * 100)
            a_val = c.first[ia] if name == "first_name" else c.last[ia]
            b_val = (
                (c.last[ib] if swapped else c.first[ib])
                if name == "first_name"
                else (c.first[ib] if swapped else c.last[ib])
            )
            # (initials of a compound, "J.-P." / "Jean-Pierre", and a part of one, "Marie" /
            # "Marie-Christine", as the fields mode says them)
            likeness = first_name_likeness(a_val, b_val) if name == "first_name" else ""
            if len(a_val) == 1 or len(b_val) == 1 or likeness == INITIAL:
                code = "initial"
            elif likeness == ALIKE or (
                name == "first_name" and first_name_relation(a_val, b_val) == SHORT_FORM
            ):
                code = "short_form"
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
        elif name == "email" and level == 1 and compared.levels[k, 0] == 0:
            # The first names differ: e-mails alike only through the last name differ
            # (as ``evidence_identity`` counts them).
            code, weight = "other_first_name", logs[f][0]
        elif name == "email" and level == 0 and other_first_name_in(c.email[ia], c.email[ib]):
            code = "other_first_name"
        elif name == "email" and level == 1 and c.email_local[ia] == c.email_local[ib]:
            code = "other_domain"  # ("jean.martin@orange.fr" / "jean.martin@free.fr")
        elif name == "address" and level > 0 and identity.in_another_town(compared, c, k):
            code = "other_town"  # (not shared: "3 rue de la Gare" in two towns)
        elif name == "address" and level == 1:
            code = "loose"  # (only alike, not shared: "77 place" / "159 rue des Écoles")
        elif name in ("address", "city", "company", "email") and 0 < level < top:
            code = "close"
        b_field = ""
        if swapped and name in ("first_name", "last_name"):
            b_field = "last_name" if name == "first_name" else "first_name"
        out.append(EvidenceReason(name, code, percent=percent, weight=weight, b_field=b_field))
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
            encode_pairs(np.array([index[a]]), np.array([index[b]]))[0]
            for a, b in excluded
            if a in index and b in index
        ]
        if drop:
            encoded = encoded[~np.isin(encoded, np.asarray(drop, dtype=np.int64))]
    if check is not None:
        check()
    compared = compare_in_chunks(c, encoded, check)
    weights = learn_weights(compared.levels[strict_names(compared)], u_from_random(c))
    prob = probabilities(compared.levels, weights)
    verdict = identity.verdicts(compared, c)
    scores = identity.cap_scores(np.rint(prob * 100).astype(int), verdict)
    chosen = np.flatnonzero(scores >= threshold)
    pairs = []
    logs = [list(map(float, log)) for log in weights.log]
    for k in chosen.tolist():
        a, b = int(c.ids[compared.ia[k]]), int(c.ids[compared.ib[k]])
        why = reasons_for(compared, k, weights, c, logs)
        if verdict[k]:  # said first: it is why the score is low
            code = identity.REASON_CODES[int(verdict[k])]
            why = (EvidenceReason("name", code, weight=-99.0), *_loosely(why, code))
        pairs.append((min(a, b), max(a, b), int(scores[k]), why))
    return EvidenceResult(pairs, len(encoded), len(compared.ia), weights)


def _loosely(why: tuple[EvidenceReason, ...], verdict: str) -> tuple[EvidenceReason, ...]:
    """Two people's names only loosely alike (level 1) are said so, not "close": the
    verdict says their names differ (``evidence_identity``)."""
    if verdict != identity.REASON_CODES[identity.TWO_PEOPLE]:
        return why
    names = ("first_name", "last_name")
    return tuple(
        replace(r, code="loose") if r.field in names and r.code == "close" else r for r in why
    )
