"""Strings of the duplicate scan's columns as small integer codes (equal strings, equal codes;
0 for the empty string), so that comparing pairs tests integers instead of Python strings,
and names are measured once per distinct pair of names instead of once per candidate pair
(a few hundred first names meet each other in hundreds of thousands of candidate pairs).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, pairwise

import numpy as np
from rapidfuzz.distance import Indel, JaroWinkler
from rapidfuzz.process import cpdist


def coded(*columns: np.ndarray | Sequence[str]) -> list[np.ndarray]:
    """One int32 code array per column, all in one code space (``""`` is code 0): the same
    string in two columns gets the same code.

    A string's code is 1 + where it first appears in the columns one after the other (the
    codes are not dense): one ``dict.setdefault`` per value, called from C by ``map``."""
    total = sum(len(col) for col in columns)
    index: dict[str, int] = {"": 0}
    every = np.fromiter(
        map(index.setdefault, chain(*columns), range(1, total + 1)), dtype=np.int32, count=total
    )
    bounds = np.cumsum([0, *(len(col) for col in columns)]).tolist()
    return [every[start:end] for start, end in pairwise(bounds)]


def code_values(*columns: np.ndarray | Sequence[str]) -> np.ndarray:
    """The string of each code of ``coded(*columns)`` (the columns one after the other)."""
    values = np.empty(1 + sum(len(col) for col in columns), dtype=object)
    values[0] = ""
    values[1:] = list(chain(*columns))
    return values


def pair_keys(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """One int64 per (code, code) pair."""
    out: np.ndarray = (a.astype(np.int64) << 32) | b.astype(np.int64)
    return out


def coded_similarity(a: np.ndarray, b: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Name similarity 0-1 of coded names: the better of Jaro-Winkler and the indel ratio,
    1 for the same name, 0 where one is missing; each distinct pair of names measured once
    (the scores are those of measuring every pair: same strings, same computation)."""
    out = np.where((a == b) & (a != 0), 1.0, 0.0).astype(np.float32)
    todo = np.flatnonzero((a != b) & (a != 0) & (b != 0))
    if len(todo):
        distinct, inverse = np.unique(pair_keys(a[todo], b[todo]), return_inverse=True)
        x, y = values[distinct >> 32], values[distinct & 0xFFFFFFFF]
        jw = cpdist(x, y, scorer=JaroWinkler.normalized_similarity, dtype=np.float32)
        ind = cpdist(x, y, scorer=Indel.normalized_similarity, dtype=np.float32)
        out[todo] = np.maximum(jw, ind)[inverse.ravel()]
    return out


def combined_keys(parts: Sequence[np.ndarray], required: Sequence[np.ndarray]) -> np.ndarray:
    """One int64 key per record from several code arrays (equal keys exactly when every
    part is equal), -1 where one of ``required`` is 0 (a missing value): blocking keys
    without formatting and hashing a string per record."""
    key = parts[0].astype(np.int64)
    span = int(parts[0].max(initial=0)) + 1
    for part in parts[1:]:
        width = int(part.max(initial=0)) + 1
        if span * width >= 1 << 62:  # renumber the keys so far densely: no overflow
            distinct, inverse = np.unique(key, return_inverse=True)
            key, span = inverse.ravel().astype(np.int64), len(distinct)
        key = key * width + part
        span *= width
    missing = np.zeros(len(key), dtype=bool)
    for part in required:
        missing |= part == 0
    key[missing] = -1
    return key
