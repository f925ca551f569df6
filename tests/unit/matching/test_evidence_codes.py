"""The duplicate scan's integer codes stand exactly for the strings they replace."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Indel, JaroWinkler

from desktop_crm.services.duplicates.evidence_codes import (
    code_values,
    coded,
    coded_similarity,
    combined_keys,
)

WORDS = st.lists(st.sampled_from(["", "jean", "jeanne", "marie", "dupont", "dupond", "é", "a b"]))


@given(WORDS, WORDS)
def test_equal_codes_are_equal_strings_and_zero_is_empty(first: list[str], last: list[str]) -> None:
    codes = coded(first, last)
    values = code_values(first, last)
    strings = [*first, *last]
    flat = np.concatenate(codes) if strings else np.empty(0, dtype=np.int32)
    for i, a in enumerate(strings):
        assert values[flat[i]] == a
        assert (flat[i] == 0) == (a == "")
        for j, b in enumerate(strings):
            assert (flat[i] == flat[j]) == (a == b)


@settings(max_examples=60)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.integers(0, 3)), min_size=1))
def test_combined_keys_are_equal_exactly_when_every_part_is(rows: list[tuple[int, ...]]) -> None:
    parts = [np.array(col, dtype=np.int32) for col in zip(*rows, strict=True)]
    keys = combined_keys(parts, parts[:2])
    for i, a in enumerate(rows):
        assert (keys[i] == -1) == (a[0] == 0 or a[1] == 0)
        for j, b in enumerate(rows):
            if keys[i] != -1 and keys[j] != -1:
                assert (keys[i] == keys[j]) == (a == b)


def test_combined_keys_renumber_instead_of_overflowing() -> None:
    big = np.array([2**31 - 1, 5, 2**31 - 1, 5], dtype=np.int64)
    other = np.array([7, 7, 7, 8], dtype=np.int64)
    keys = combined_keys((big, big, big, other), ())
    assert keys[0] == keys[2] and len({keys[0], keys[1], keys[3]}) == 3
    assert (keys >= 0).all()


@given(WORDS, WORDS)
def test_coded_similarity_equals_measuring_every_pair(a: list[str], b: list[str]) -> None:
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    ca, cb = coded(a, b)
    got = coded_similarity(ca, cb, code_values(a, b))
    for k in range(n):
        if a[k] and a[k] == b[k]:
            expected = 1.0
        elif not a[k] or not b[k]:
            expected = 0.0
        else:
            expected = max(
                np.float32(JaroWinkler.normalized_similarity(a[k], b[k])),
                np.float32(Indel.normalized_similarity(a[k], b[k])),
            )
        assert got[k] == np.float32(expected)
