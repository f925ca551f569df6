"""Blocking for the all-evidence duplicate scan: independent passes whose candidate pairs are
united (see :data:`PASSES`), each bounded: a block larger than :data:`MAX_BLOCK` is only
compared over a window of :data:`WINDOW` neighbours. Pairs are int64-encoded (``a << 32 | b``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from desktop_crm.services.duplicates.evidence_codes import combined_keys

if TYPE_CHECKING:
    from desktop_crm.services.duplicates.evidence_columns import Columns

MAX_BLOCK = 40
WINDOW = 8
SN_WINDOW = 2


def _pairs_from_keys(
    keys: Sequence[Any] | np.ndarray,
    owners: np.ndarray | None,
    secondary: np.ndarray,
    skip_oversized: bool = False,
) -> np.ndarray:
    """Pairs of records sharing a key (blocks over MAX_BLOCK: a window of WINDOW neighbours
    in ``secondary`` order).  ``keys``: strings ("" for none) or an int64 array (-1 for
    none); ``owners``: record index of each key (several keys a record), None when key i
    belongs to record i; ``skip_oversized``: blocks over MAX_BLOCK give no pair at all (for
    weak keys, such as a street name in a town).  Returns encoded pairs low << 32 | high."""
    if isinstance(keys, np.ndarray) and keys.dtype == np.int64:
        hashed = keys
        present = np.flatnonzero(hashed != -1)
    else:
        # 64-bit hashes sort far faster than strings; a collision would only add a pair
        # to compare, never lose one.
        # (CPython never gives -1 as a hash: -1 marks the empty keys.)
        hashed = np.fromiter(map(hash, keys), dtype=np.int64, count=len(keys))
        hashed[~np.fromiter(map(bool, keys), dtype=bool, count=len(keys))] = -1
        present = np.flatnonzero(hashed != -1)
    if len(present) < 2:
        return np.empty(0, dtype=np.int64)
    values = hashed[present]
    rec = present if owners is None else owners[present]
    # Sorted by key (its hash), then by ``secondary``: one sort, the blocks contiguous.
    order = np.lexsort((secondary[rec], values))
    codes_s = values[order]
    rec_s = rec[order]
    starts = np.flatnonzero(np.concatenate(([True], codes_s[1:] != codes_s[:-1])))
    lengths = np.diff(np.append(starts, len(codes_s)))
    sizes = np.repeat(lengths, lengths)  # each entry's block size
    # Keys of one record give no pair: left out, the blocks of the others stay contiguous.
    shared = sizes > 1
    codes_s, rec_s, sizes = codes_s[shared], rec_s[shared], sizes[shared]
    out: list[np.ndarray] = []
    for d in range(1, MAX_BLOCK):
        if d >= len(codes_s):
            break
        same = codes_s[:-d] == codes_s[d:]
        if d > WINDOW or skip_oversized:
            same &= sizes[:-d] <= MAX_BLOCK
        if not same.any():
            break
        a, b = rec_s[:-d][same], rec_s[d:][same]
        keep = a != b
        out.append(encode_pairs(a[keep], b[keep]))
    return dedup_pairs(out)


def _lengths(values: np.ndarray) -> np.ndarray:
    return np.fromiter(map(len, values), dtype=np.int64, count=len(values))


def _slots(slots: Sequence[Sequence[str]], secondary: np.ndarray) -> np.ndarray:
    """Pairs sharing a key in any of several key slots (each slot: one key per record)."""
    n = len(slots[0])
    keys = [k for slot in slots for k in slot]
    owners = np.tile(np.arange(n, dtype=np.int64), len(slots))
    return _pairs_from_keys(keys, owners, secondary)


def dedup_pairs(parts: list[np.ndarray]) -> np.ndarray:
    """Sorted distinct values of some int64 arrays (a plain sort beats ``np.unique``)."""
    if not parts:
        return np.empty(0, dtype=np.int64)
    values = np.concatenate(parts)
    if not len(values):
        return values
    values.sort()
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def encode_pairs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    low = np.minimum(a, b).astype(np.int64)
    high = np.maximum(a, b).astype(np.int64)
    out: np.ndarray = (low << 32) | high
    return out


def _window(sort_key: Sequence[str], width: int | None = None) -> np.ndarray:
    """Sorted neighbourhood: each record with the ``width`` (default SN_WINDOW) next ones in
    ``sort_key`` order."""
    width = width or SN_WINDOW
    present = [i for i, key in enumerate(sort_key) if key]
    if len(present) < 2:
        return np.empty(0, dtype=np.int64)
    # Python's own stable sort of the strings: same order, faster than numpy's argsort of
    # an object array.
    order = np.array(sorted(present, key=sort_key.__getitem__), dtype=np.int64)
    out = [encode_pairs(order[:-d], order[d:]) for d in range(1, width + 1) if d < len(order)]
    return dedup_pairs(out)


def _pass_names_sorted(c: Columns) -> np.ndarray:
    """Both names' phonetic keys, in either order, in the département."""
    a, b = c.first_ph_code, c.last_ph_code
    keys = combined_keys((np.minimum(a, b), np.maximum(a, b), c.dept_code), (a, b))
    return _pairs_from_keys(keys, None, c.birth)


def _pass_name_token_postcode(c: Columns) -> np.ndarray:
    """Either name's phonetic key with the postcode (the two names in one key space)."""
    n = len(c)
    names = np.concatenate((c.first_ph_code, c.last_ph_code))
    postcodes = np.concatenate((c.postcode_code, c.postcode_code))
    keys = combined_keys((names, postcodes), (names, postcodes))
    return _pairs_from_keys(keys, np.tile(np.arange(n, dtype=np.int64), 2), c.birth)


def _pass_name_token_birth(c: Columns) -> np.ndarray:
    births = c.birth.tolist()
    return _slots(
        [
            [f"{a}|{d}" if a and d else "" for a, d in zip(c.first_ph, births, strict=True)],
            [f"{b}|{d}" if b and d else "" for b, d in zip(c.last_ph, births, strict=True)],
        ],
        c.birth,
    )


def _pass_birth(c: Columns) -> np.ndarray:
    """Same date of birth, day and month read either way round."""
    year, month, day = c.birth // 10000, c.birth // 100 % 100, c.birth % 100
    either = year * 10000 + np.minimum(month, day) * 100 + np.maximum(month, day)
    keys = np.where(c.birth > 0, either, -1).astype(np.int64)
    return _pairs_from_keys(keys, None, c.birth)


def _pass_postcode_masked(c: Columns) -> np.ndarray:
    """Postcode with each digit masked in turn (a typo in one digit still meets), with the
    names' initials (sorted, so swapped names meet)."""
    numeric = np.array([len(p) == 5 and p.isdigit() for p in c.postcode], dtype=bool)
    code = np.zeros(len(c), dtype=np.int64)
    code[numeric] = np.array([int(p) for p in c.postcode[numeric]], dtype=np.int64)
    # The initials' code points, sorted (one name alone: its initial's; none: 0).
    letters = np.array([ord(name[0]) if name else 0 for name in c.names], dtype=np.int64)
    fi, li = letters[c.first_code], letters[c.last_code]
    initials = np.where(
        (fi > 0) & (li > 0), np.minimum(fi, li) * 65536 + np.maximum(fi, li), fi + li
    )
    slots = []
    for i in range(5):
        power = 10 ** (4 - i)
        masked = code - (code // power % 10) * power
        key = (masked * 8 + i) * (1 << 24) + (initials % (1 << 24))
        slots.append(np.where(numeric & (initials > 0), key, -1))
    owners = np.tile(np.arange(len(c), dtype=np.int64), 5)
    return _pairs_from_keys(np.concatenate(slots), owners, c.birth)


def _pass_address(c: Columns) -> np.ndarray:
    street = c.street_code
    # Street and number within a département (a street name alone is common); street and
    # postcode (keys of the second kind numbered after the first: never equal to them).
    numbered = combined_keys((street, c.number_code, c.dept_code), (street, c.number_code))
    posted = combined_keys((street, c.postcode_code), (street, c.postcode_code))
    posted[posted >= 0] += int(numbered.max(initial=-1)) + 1
    pairs = _pairs_from_keys(
        np.concatenate((numbered, posted)), np.tile(np.arange(len(c), dtype=np.int64), 2), c.birth
    )
    # The street in the town (postcode and number both altered still meet); a big block
    # (a long street of a city) says too little to compare it.
    in_town = _pairs_from_keys(
        combined_keys((street, c.city_code), (street, c.city_code)),
        None,
        c.birth,
        skip_oversized=True,
    )
    return dedup_pairs([pairs, in_town])


def _pass_contact(c: Columns) -> np.ndarray:
    """Any phone or e-mail shared, or the same e-mail local part (5 characters or more).

    Each record's values as (key, record) entries, slot after slot in record order, only
    where there is a value (the second and third numbers: a few records): hashed as they
    come, equal strings in any slot meet."""
    owned = [np.flatnonzero(c.phone_len > 0), np.flatnonzero(c.email != "")]
    keys = [c.phone[owned[0]], c.email[owned[1]]]
    for every, count in ((c.phones, 3), (c.emails, 2)):
        for i in range(1, count):
            extra = [(k, values[i]) for k, values in every.items() if len(values) > i]
            owned.append(np.array([k for k, _ in extra], dtype=np.int64))
            keys.append(np.array([v for _, v in extra], dtype=object))
    local = np.flatnonzero(_lengths(c.email_local) >= 5)
    owned.append(local)
    keys.append(c.email_local[local])
    values = np.concatenate(keys)
    hashed = np.fromiter(map(hash, values), dtype=np.int64, count=len(values))
    return _pairs_from_keys(hashed, np.concatenate(owned).astype(np.int64), c.birth)


def _sn_name(c: Columns) -> np.ndarray:
    return _window([f"{a} {b}" if a or b else "" for a, b in zip(c.last, c.first, strict=True)])


def _sn_reversed(c: Columns) -> np.ndarray:
    return _window(
        [f"{a[::-1]} {b[::-1]}" if a else "" for a, b in zip(c.last, c.first, strict=True)]
    )


def _sn_first_reversed(c: Columns) -> np.ndarray:
    return _window(
        [f"{b[::-1]} {a[::-1]}" if b else "" for a, b in zip(c.last, c.first, strict=True)]
    )


def _sn_address(c: Columns) -> np.ndarray:
    return _window(
        [
            f"{s} {n} {p}" if s else ""
            for s, n, p in zip(c.street, c.number, c.postcode, strict=True)
        ]
    )


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
# The passes the scan runs: the others add almost nothing on the hard generator (the
# benchmark prints what each one adds and costs; see docs/duplicates.md).
DEFAULT_PASSES: tuple[str, ...] = (
    "names_phonetic_sorted",
    "name_token+postcode",
    "birth_date",
    "postcode±digit+initials",
    "address_tokens",
    "phone/e-mail",
    "window:reversed_first",
    "window:address",
)


def candidate_pairs(
    c: Columns,
    passes: Sequence[str] | None = None,
    timings: dict[str, float] | None = None,
    per_pass: dict[str, np.ndarray] | None = None,
    check: Callable[[], None] | None = None,
) -> np.ndarray:
    """United candidate pairs of every pass (encoded low << 32 | high, record indexes)."""
    found: list[np.ndarray] = []
    for name in passes or DEFAULT_PASSES:
        if check is not None:
            check()
        started = time.perf_counter()
        pairs = PASSES[name](c)
        if timings is not None:
            timings[name] = time.perf_counter() - started
        if per_pass is not None:
            per_pass[name] = pairs
        found.append(pairs)
    return dedup_pairs(found)
