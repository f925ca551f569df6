"""The import fast paths agree with the slow, authoritative checks they stand in for."""

from __future__ import annotations

import re
import sys

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.domain.emails import COMMON_DOMAINS, check_email
from desktop_crm.domain.phones import check_phone
from desktop_crm.domain.text import fold, strip_accents, strip_accents_reference
from desktop_crm.services.importing.keys import (
    fast_check_email,
    fast_check_phone,
    french_e164,
    french_national_valid,
)


def _slow_valid(national: str) -> bool:
    return bool(phonenumbers.is_valid_number(phonenumbers.parse("+33" + national, None)))


@settings(max_examples=2000, deadline=None)
@given(st.from_regex(r"\A[1-9][0-9]{8}\Z", fullmatch=True))
def test_french_pattern_verdict_is_phonenumbers_verdict(national: str) -> None:
    assert french_national_valid(national) == _slow_valid(national)


def test_french_pattern_verdict_on_every_four_digit_prefix() -> None:
    # Every 4-digit prefix with a few endings: the metadata patterns look at 2 to 5 digits.
    for prefix in range(1000, 10000):
        for ending in ("00000", "09999", "54321"):
            national = f"{prefix}{ending}"
            assert french_national_valid(national) == _slow_valid(national), national


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.from_regex(r"\A(0|\+33 ?|0033)[1-9]([ .\-]?[0-9]{2}){4}\Z", fullmatch=True),
        st.from_regex(r"\A[+0-9 .\-/]{0,16}\Z", fullmatch=True),
    )
)
def test_fast_phone_check_agrees_with_check_phone(typed: str) -> None:
    _assert_same_phone_verdict(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "0412345678",
        "0590000000",
        "+33 5 90 00 00 00",
        "0033412345678",
        "412345678",
        "０６１２３４５６７８",
    ],
)
def test_fast_phone_check_edge_cases(typed: str) -> None:
    _assert_same_phone_verdict(typed)


def _assert_same_phone_verdict(typed: str) -> None:
    fast = fast_check_phone.__wrapped__(typed)
    full = check_phone.__wrapped__(typed)
    assert french_e164(typed) in (None, full.e164)
    if full.ok:
        assert fast == (full.e164, None, None)
    else:
        assert fast == (None, full.code, full.message)


_LOCAL_CHARS = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'!#$&*/=?^`{|}~\"")
    + list("éèêëàâäîïôöûüçÉÈÀÇœŒßøæ×÷ſŉ")
    + ["e\u0301", "\u00a0", " ", "@", "\u200b", "한"]
)
_DOMAINS = st.one_of(
    st.sampled_from(
        [
            *COMMON_DOMAINS,
            "orange.frr",
            "gmial.com",
            "yahho.fr",
            "hotmial.fr",
            "Orange.FR",
            "example.com",
            "b.test",
            "localhost",
            "xn--bcher-kva.ch",
            "bücher.ch",
            "-b.fr",
            "b..fr",
            "a.b",
            "société.fr",
            "b" * 64 + ".fr",
            "b" * 60 + "." + "c" * 60 + "." + "d" * 60 + ".fr",
        ]
    ),
    st.from_regex(r"\A[a-zA-Z0-9.\-]{1,20}\Z", fullmatch=True),
)


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.lists(_LOCAL_CHARS, min_size=0, max_size=70).map("".join),
        st.sampled_from(["Info", "POSTMASTER", "abuse", "jean.dupont", "Hélène.Lefèvre", "a" * 64]),
    ),
    _DOMAINS,
    st.sampled_from(["", " ", "\t"]),
)
def test_fast_email_check_agrees_with_email_validator(local: str, domain: str, pad: str) -> None:
    typed = f"{pad}{local}@{domain}{pad}"
    full = check_email(typed)
    normalised, code, _message, suggestion = fast_check_email.__wrapped__(typed)
    assert (normalised, code, suggestion) == (full.normalised, full.code, full.suggestion)


@pytest.mark.parametrize(
    "typed",
    [
        "Info@orange.fr",
        "hélène.lefèvre@Orange.FR",
        "éric@gmial.com",
        "x@xn--bcher-kva.ch",
        "é" * 64 + "@" + "b" * 60 + "." + "c" * 60 + ".fr",
    ],
)
def test_fast_email_check_edge_cases(typed: str) -> None:
    full = check_email(typed)
    assert fast_check_email.__wrapped__(typed)[::3] == (full.normalised, full.suggestion)


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=40))
def test_per_character_accent_stripping_is_the_whole_string_definition(text: str) -> None:
    assert strip_accents(text) == strip_accents_reference(text)


@pytest.mark.parametrize(
    "text", ["Lefèvre", "Œuvre", "e\u0301\u0327", "ﬁn ½ Ⅻ", "Straße", "한국어", "  Zoé  Éric "]
)
def test_accent_stripping_examples(text: str) -> None:
    assert strip_accents(text) == strip_accents_reference(text)
    assert fold(text) == " ".join(strip_accents_reference(text).casefold().split())


def test_garbage_collection_is_paused_during_an_import_step_and_restored() -> None:
    import gc

    from desktop_crm.domain.bulk_work import gc_paused

    seen: list[bool] = []

    @gc_paused()
    def step(fail: bool) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("boom")

    assert gc.isenabled()
    step(False)
    with pytest.raises(ValueError):
        step(True)
    assert seen == [False, False] and gc.isenabled()
    gc.disable()
    try:
        step(False)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


_TARGETS = st.sampled_from(["last_name", "first_name", "address1", "note", "history", "email"])


@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(st.integers(0, 6), st.lists(_TARGETS, min_size=1, max_size=2), max_size=5),
    st.dictionaries(_TARGETS, st.sampled_from(["", "Prospect", "Salon"]), max_size=2),
    st.lists(st.sampled_from(["", "  ", " Zoé ", "'=1+1", "'+33 6", "'x", "12 rue X"]), max_size=7),
)
def test_prepared_row_reader_gives_the_same_raw_values(
    columns: dict[int, list[str]], constants: dict[str, str], cells: list[str]
) -> None:
    from desktop_crm.services.importing.checks import row_raw_values, row_reader
    from desktop_crm.services.importing.model import ImportMapping

    mapping = ImportMapping(columns=columns, constants=constants)
    fast = row_reader(mapping)(cells)
    assert list(fast.items()) == list(row_raw_values(cells, mapping).items())


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="0123456789 +.-/\t\u00a0\u2009\u0660\uff10a", max_size=18))
def test_french_national_digits_and_spaces_shortcut(typed: str) -> None:
    # The shortcut (spaces dropped, then ASCII digits only) gives what the separators'
    # substitution gives; anything else takes the substitution.
    from desktop_crm.services.importing import keys

    compact = keys._SEPARATORS.sub("", typed)
    if compact.startswith("+33"):
        national = compact[3:]
    elif compact.startswith("0033"):
        national = compact[4:]
    elif compact.startswith("0"):
        national = compact[1:]
    elif len(compact) == 9:
        national = compact
    else:
        national = ""
    ok = len(national) == 9 and national.isascii() and national.isdigit() and national[0] != "0"
    assert keys._french_national(typed) == (national if ok else None)


@settings(max_examples=1000, deadline=None)
@given(
    st.sampled_from(["", "+33", "0033", "0", "00", "+3", "+330", "33", "+", "0330", "+0033"]),
    st.text(alphabet="0123456789", max_size=11),
    st.sampled_from(["", " ", ".", "a", "\u0660"]),
)
def test_french_national_pattern_gives_the_step_by_step_digits(
    prefix: str, digits: str, tail: str
) -> None:
    # The one pattern (+33, 0033 or 0, then 9 ASCII digits not starting with 0; or 9 such
    # digits alone) gives what the prefix tests in order, then the digits' tests, gave.
    from desktop_crm.services.importing import keys

    typed = prefix + digits + tail
    compact = keys._SEPARATORS.sub("", typed)
    if compact.startswith("+33"):
        national = compact[3:]
    elif compact.startswith("0033"):
        national = compact[4:]
    elif compact.startswith("0"):
        national = compact[1:]
    elif len(compact) == 9:
        national = compact
    else:
        national = ""
    ok = len(national) == 9 and national.isascii() and national.isdigit() and national[0] != "0"
    assert keys._french_national(typed) == (national if ok else None)


_REGEX_SPACE = re.compile(r"\s")
_SPACE_KINDS = "".join(
    chr(code)
    for code in range(sys.maxunicode + 1)
    if chr(code).isspace() or _REGEX_SPACE.match(chr(code))
)


def test_str_split_and_regex_agree_on_every_whitespace_character() -> None:
    for char in _SPACE_KINDS:
        assert char.isspace() and _REGEX_SPACE.match(char), hex(ord(char))
    assert len(_SPACE_KINDS) >= 25 and "\u3000" in _SPACE_KINDS and "\x1c" in _SPACE_KINDS


@settings(max_examples=2000, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(_SPACE_KINDS + "\u200b\ufeff\u180eaéŒ ﬁ\u0301ß"),
        max_size=30,
    )
)
def test_fold_collapses_whitespace_as_the_regex_definition(text: str) -> None:
    expected = re.sub(r"\s+", " ", strip_accents_reference(text).casefold()).strip()
    assert fold(text) == expected
