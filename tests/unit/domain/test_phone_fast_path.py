"""The French fast path of ``format_phone`` equals phonenumbers' own formatting."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.domain.phones import _format_phone_library, format_phone

DIGITS = "0123456789"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=DIGITS, min_size=9, max_size=9))
def test_every_french_number_formats_as_phonenumbers_does(national: str) -> None:
    e164 = "+33" + national
    assert format_phone(e164) == _format_phone_library(e164)


def test_every_three_digit_prefix_formats_as_phonenumbers_does() -> None:
    # Each French numbering block (the first three digits decide the pattern), ten numbers.
    rng = random.Random(19)
    checked = 0
    for block in range(1000):
        for _ in range(10):
            e164 = f"+33{block:03d}" + "".join(rng.choice(DIGITS) for _ in range(6))
            assert format_phone(e164) == _format_phone_library(e164), e164
            checked += 1
    assert checked == 10_000


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=DIGITS + "+ ", max_size=14),
        st.text(max_size=14).map(lambda tail: "+33" + tail),
        st.text(alphabet=DIGITS, min_size=6, max_size=12).map(lambda tail: "+" + tail),
    )
)
def test_any_other_text_formats_as_phonenumbers_does(value: str) -> None:
    expected = _format_phone_library(value) if value else ""
    assert format_phone(value) == expected


def test_the_fast_path_covers_french_numbers() -> None:
    assert format_phone("+33612345678") == "06 12 34 56 78"
    assert format_phone("+33437236960") == "04 37 23 69 60"
    assert format_phone("+33800123456") == "0 800 12 34 56"  # 08: phonenumbers' pattern
    assert format_phone("+33٦12345678") == _format_phone_library("+33٦12345678")
    assert format_phone("+4930123456") == "+49 30 123456"
    assert format_phone(None) == "" and format_phone("") == ""
