"""The one cleaning rule for control characters (domain.cleaning) and its users in the domain."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from desktop_crm.domain.cleaning import (
    REPLACEMENT,
    clean_controls,
    has_controls,
    one_line,
    without_controls,
)
from desktop_crm.domain.contacts import normalise_contact_values
from desktop_crm.domain.custom_fields import CustomFieldSpec, CustomKind, parse_value
from desktop_crm.domain.fields import field
from desktop_crm.domain.text import clean, clean_multiline

CONTROLS = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)))


@pytest.mark.parametrize(
    ("text", "single", "multi"),
    [
        ("Du\x00pont", "Dupont", "Dupont"),
        ("Du\x01\x1fpont\x7f", "Dupont", "Dupont"),
        ("a\tb", "a b", "a\tb"),
        ("a\r\nb\rc\nd", "a b c d", "a\nb\nc\nd"),
        ("a\x0bb\x0cc\x85d\u2028e\u2029f", "a b c d e f", "a\nb\nc\nd\ne\nf"),
        ("x\ud800y\udfffz", f"x{REPLACEMENT}y{REPLACEMENT}z", f"x{REPLACEMENT}y{REPLACEMENT}z"),
        ("no\ufffe\uffffnon", "nonon", "nonon"),
        ("C1 \x80\x9f end", "C1  end", "C1  end"),
    ],
)
def test_rule_per_field_kind(text: str, single: str, multi: str) -> None:
    assert clean_controls(text).text == single
    assert clean_controls(text, multiline=True).text == multi


def test_text_is_kept_letters_marks_rtl_and_astral() -> None:
    text = "Lefe\u0300vre \u200fعربي\u200e \U0010ffff \U0001f600 Zoë"
    cleaned = clean_controls(text)
    assert cleaned.text == text and not cleaned.changed and not has_controls(text)


def test_counts_and_sentence() -> None:
    cleaned = clean_controls("a\x00b\x01\ud800\nc")
    assert (cleaned.removed, cleaned.replaced, cleaned.joined) == (2, 1, 1)
    assert cleaned.describe() == (
        "2 control character(s) removed, 1 invalid character(s) replaced by \ufffd."
    )
    assert clean_controls("a\nb").describe() == ""  # a joined line alone is not reported


@given(st.text(alphabet=st.characters(exclude_categories=()), max_size=60))
def test_cleaned_text_is_writable_everywhere(text: str) -> None:
    for multiline in (False, True):
        out = clean_controls(text, multiline=multiline).text
        out.encode("utf-8")  # no lone surrogate left (SQLite, PostgreSQL, files)
        assert "\x00" not in out  # PostgreSQL refuses NUL
        assert not ILLEGAL_CHARACTERS_RE.search(out)  # openpyxl refuses these
        assert not has_controls(out)
        assert clean_controls(out, multiline=multiline).text == out  # idempotent
        assert without_controls(text, multiline=multiline) == out
    assert "\n" not in one_line(text) and "\r" not in one_line(text)


def test_entry_points_of_the_domain_use_the_rule() -> None:
    assert clean("  Du\x00pont\r\nJean ") == "Dupont Jean"
    assert clean("\x01\x02") is None
    assert clean_multiline("ligne 1\r\n\tligne\x00 2\x07") == "ligne 1\n\tligne 2"
    values, _problems = normalise_contact_values(
        {"last_name": "Mar\x01tin", "email": "jean\x00@orange.fr", "phone_mobile": "06\x0012"}
    )
    assert values["last_name"] == "Martin" and values["email"] == "jean@orange.fr"
    assert "\x00" not in values["phone_mobile"]
    spec = CustomFieldSpec(1, "contact", "potentiel", "Potentiel", CustomKind.TEXT)
    assert parse_value(spec, "gros\x00 client\n") == ("gros client", None)


def test_catalogue_decides_which_fields_are_multiline() -> None:
    assert field("details", "company").multiline
    assert not field("last_name").multiline and not field("address1").multiline


def test_every_control_is_handled() -> None:
    assert clean_controls(CONTROLS).text.strip() == ""
    assert clean_controls(CONTROLS, multiline=True).text.strip() == ""
