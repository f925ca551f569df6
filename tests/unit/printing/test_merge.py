"""The {{field}} language, salutations, rich text reduction and the header-safe filter."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.contacts import ContactView
from desktop_crm.printing.fields import (
    FIELDS,
    Sender,
    french_date,
    merge_values,
    salutation,
)
from desktop_crm.printing.merge import fields_in, header_safe, html_escape, merge, para_escape
from desktop_crm.printing.richtext import paragraphs_from_html, paragraphs_from_text


def _contact(**values: object) -> ContactView:
    base: dict[str, object] = {
        "id": 1,
        "version": 1,
        "civility": "Mme",
        "first_name": "Hélène",
        "last_name": "Lefèvre",
    }
    base.update(values)
    return ContactView(**base)  # type: ignore[arg-type]


def test_fields_are_replaced_case_and_accent_insensitively() -> None:
    result = merge(
        "{{ Prénom }} {{nom|upper}} — {{ville}}",
        {"prenom": "Hélène", "nom": "Lefèvre", "ville": ""},
    )
    assert result.text == "Hélène LEFÈVRE — " and result.unknown == ()


def test_unknown_fields_render_empty_and_are_reported() -> None:
    result = merge(
        "Bonjour {{first_name}} {{shoe_size}} {{x|explode}}", {"first_name": "Jean", "x": "1"}
    )
    assert result.text == "Bonjour Jean  1"
    assert result.unknown == ("shoe_size", "x|explode")


@pytest.mark.parametrize(
    "payload",
    [
        "{{ __import__('os').system('id') }}",
        "{{ first_name.__class__ }}",
        "{{ first_name + last_name }}",
        "{{7*7}}",
        "{{ config }}",
    ],
)
def test_templates_cannot_run_code(payload: str) -> None:
    result = merge(payload, {"first_name": "Jean", "last_name": "D"})
    assert result.text == ""  # an expression is just an unknown field name
    assert len(result.unknown) == 1


def test_other_template_syntax_is_left_as_text() -> None:
    assert merge("{% for x in y %}", {"x": "1"}).text == "{% for x in y %}"


def test_values_are_never_re_interpreted() -> None:
    result = merge("{{a}}", {"a": "{{b}}", "b": "secret"})
    assert result.text == "{{b}}"


def test_escapes_for_html_and_pdf_markup() -> None:
    values = {"company": "Dupont & Fils <b>", "address": "1 rue A\n75001 PARIS"}
    assert merge("{{company}}", values, escape=html_escape).text == "Dupont &amp; Fils &lt;b&gt;"
    assert merge("{{address}}", values, escape=para_escape).text == "1 rue A<br/>75001 PARIS"


@pytest.mark.parametrize(
    "raw",
    [
        "Jean\r\nBcc: x@y.z",
        "Jean\nBcc: x@y.z",
        "Jean\rBcc: x@y.z",
        "Jean\x00Bcc: x@y.z",
        "Jean\u2028Bcc: x@y.z",
        "Jean\x0bBcc: x@y.z",
        "Jean\x85Bcc: x@y.z",
    ],
)
def test_header_safe_removes_every_line_break(raw: str) -> None:
    assert header_safe(raw) == "Jean Bcc: x@y.z"


def test_salutation_rule() -> None:
    assert salutation(_contact()) == "Madame Lefèvre,"
    assert salutation(_contact(civility="M.", last_name="Dupont")) == "Monsieur Dupont,"
    assert salutation(_contact(civility=None)) == "Madame, Monsieur,"
    assert salutation(_contact(civility="Dr", last_name="Morel")) == "Docteur Morel,"
    assert salutation(_contact(salutation="Chère Hélène")) == "Chère Hélène,"
    assert salutation(_contact(), with_name=False) == "Madame,"


def test_merge_values_cover_every_offered_field() -> None:
    contact = _contact(company_name="ACME", address1="1 rue A", postcode="75001", city="Paris")
    values = merge_values(
        contact, Sender(name="Paul", signature="Paul Martin\nDirecteur"), dt.date(2026, 5, 1)
    )
    assert {f.name for f in FIELDS} <= set(values)
    assert values["today"] == "1er mai 2026" and values["date"] == values["today"]
    assert values["address"] == "ACME\nMme Hélène Lefèvre\n1 RUE A\n75001 PARIS"
    assert values["my_signature"] == "Paul Martin\nDirecteur"
    assert all(isinstance(v, str) for v in values.values())


def test_french_date() -> None:
    assert french_date(dt.date(2026, 8, 15)) == "15 août 2026"


def test_fields_in_lists_names_once() -> None:
    assert fields_in("{{a}} {{ b | upper }} {{a}}") == ("a", "b")


def test_qt_rich_text_is_reduced_to_safe_markup() -> None:
    qt_html = (
        '<!DOCTYPE HTML><html><head><style type="text/css">p {}</style></head>'
        "<body style=\" font-family:'Sans';\">"
        '<p style="margin:0px;">Bonjour <span style=" font-weight:700;">{{prenom}}</span>,'
        ' <span style=" font-style:italic; text-decoration: underline;">merci</span> &amp; à'
        ' bientôt<script>alert(1)</script><img src="x.png"></p>'
        '<p align="center" style="margin:0px;">Centré<br />ligne 2</p>'
        "<ul><li>un</li><li>deux</li></ul></body></html>"
    )
    paragraphs = paragraphs_from_html(qt_html)
    assert [p.markup for p in paragraphs] == [
        "Bonjour <b>{{prenom}}</b>, <i><u>merci</u></i> &amp; à bientôt",
        "Centré<br/>ligne 2",
        "\u2022 un",
        "\u2022 deux",
    ]
    assert paragraphs[1].align == "center"
    assert "alert" not in paragraphs[0].plain


def test_plain_text_paragraphs() -> None:
    paragraphs = paragraphs_from_text("Ligne 1\nligne 2 <b>\n\nParagraphe 2")
    assert [p.markup for p in paragraphs] == ["Ligne 1<br/>ligne 2 &lt;b&gt;", "Paragraphe 2"]


def test_simplified_html_keeps_only_safe_markup() -> None:
    from desktop_crm.printing.richtext import simplify_html

    source = (
        '<p style="text-align:right">A <span style="font-weight:600">b</span>'
        '<a href="javascript:x">lien</a></p><p></p>'
    )
    assert simplify_html(source) == '<p align="right">A <b>b</b>lien</p><p><br/></p>'
