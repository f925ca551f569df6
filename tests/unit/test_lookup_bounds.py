"""The prefix range of a lookup: its upper bound at the ends of Unicode, and the characters
no database parameter can hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain.text import bindable, prefix_upper_bound


def test_upper_bound_of_ordinary_prefixes() -> None:
    assert prefix_upper_bound("abc") == "abd"
    assert prefix_upper_bound("100%") == "100&"
    assert prefix_upper_bound("back\\") == "back]"


def test_upper_bound_at_the_last_code_point() -> None:
    assert prefix_upper_bound("\U0010ffff") is None
    assert prefix_upper_bound("\U0010ffff\U0010ffff") is None
    assert prefix_upper_bound("a\U0010ffff") == "b"
    assert prefix_upper_bound("ab\U0010ffff\U0010ffff") == "ac"


def test_upper_bound_skips_the_surrogates() -> None:
    assert prefix_upper_bound("a\ud7ff") == "a\ue000"
    assert prefix_upper_bound("a\ud7fe") == "a\ud7ff"


def test_bindable_replaces_nul_and_lone_surrogates() -> None:
    assert bindable("a\x00b") == "a\ufffdb"
    assert bindable("x\udcff\ud800") == "x\ufffd\ufffd"
    assert bindable("Lefèvre \U0010ffff") == "Lefèvre \U0010ffff"
    bindable("x\udcff").encode("utf-8")


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6)


@given(prefix=_TEXT, suffix=st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_every_extension_of_the_prefix_is_inside_the_range(prefix: str, suffix: str) -> None:
    high = prefix_upper_bound(prefix)
    value = prefix + suffix
    assert value >= prefix
    if high is not None:
        assert value < high
        assert high > prefix and not high.startswith(prefix)
        high.encode("utf-8")  # sendable: no surrogate
        # The same order byte-wise (SQLite's BINARY, PostgreSQL's "C").
        assert value.encode("utf-8") < high.encode("utf-8")


@given(prefix=_TEXT, other=_TEXT)
def test_strings_without_the_prefix_are_outside_the_range(prefix: str, other: str) -> None:
    high = prefix_upper_bound(prefix)
    if other.startswith(prefix):
        return
    inside = other >= prefix and (high is None or other < high)
    assert not inside
