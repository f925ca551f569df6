"""Long values on a letter stay on the page: the address shrinks and is shortened inside its
window, the header and footer shrink between the margins, other lines wrap; every shortened
text is reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_crm.domain.contacts import ContactView
from desktop_crm.printing.fields import Sender, address_block, merge_values
from desktop_crm.printing.layout import (
    ELLIPSIS,
    FONT,
    fit_line,
    mm_to_pt,
    shorten_to_width,
    wrap_text,
)
from desktop_crm.printing.letters import (
    LetterInput,
    LetterRun,
    LetterSettings,
    LetterTemplate,
    write_letters,
)

TOL = 0.05  # pt: rounding in the PDF text extraction


def _chars(path: Path) -> list[tuple[float, list[dict[str, float | str]]]]:
    with pdfplumber.open(path) as pdf:
        return [(float(page.width), list(page.chars)) for page in pdf.pages]


def _hostile_letter(
    tmp_path: Path, settings: LetterSettings
) -> tuple[Path, LetterRun, tuple[str, ...]]:
    company = ("Société Coopérative " + "Très Longue Raison Sociale " * 6)[:160]
    contact = ContactView(
        id=1,
        version=1,
        civility="M.",
        first_name="Jean",
        last_name="Dupont",
        company_name=company,
        address1=("12 rue " + "des Lilas Fleuris " * 7)[:120],
        address2="B" * 120,
        postcode="44000",
        city="Nantes",
    )
    block = address_block(contact)
    values = merge_values(
        contact,
        Sender(name="Paul Martin " * 12, signature="Directeur " * 30),
        dt.date(2026, 11, 23),
    )
    target = tmp_path / "letter.pdf"
    run = write_letters(
        [LetterInput(block.lines, values)],
        LetterTemplate(
            "t", body_text="Madame {{company}}, " + "W" * 400 + " fin.", settings=settings
        ),
        target,
        header_lines=("ACME " * 40, "3 rue de la Paix " * 20),
    )
    return target, run, block.lines


def test_long_values_stay_inside_the_margins_and_the_window(tmp_path: Path) -> None:
    settings = LetterSettings(
        place="Saint-" + "Rémy-" * 60,
        subject="Objet " + "A" * 300,
        ps="P" * 300,
        footer="ACME SAS " * 40 + "\nRCS " + "9" * 300,
    )
    target, run, lines = _hostile_letter(tmp_path, settings)
    window = settings.window
    left = mm_to_pt(min(settings.margin_left, window.x))
    for width, chars in _chars(target):
        right = width - mm_to_pt(settings.margin_right)
        assert chars
        for char in chars:
            top_mm = float(char["top"]) / mm_to_pt(1)
            in_window_band = window.y - 1 <= top_mm <= window.bottom
            if in_window_band and float(char["x0"]) >= mm_to_pt(window.x) - TOL:
                assert float(char["x1"]) <= mm_to_pt(window.right) + TOL, char
            else:
                assert float(char["x1"]) <= right + TOL, char
            assert float(char["x0"]) >= left - TOL, char
    # What did not fit even at 6 pt is reported, in full.
    assert run.shortened
    assert {line for line in lines if len(line) > 100} <= set(run.shortened)
    assert "ACME " * 40 in run.shortened
    assert "3 rue de la Paix " * 20 in run.shortened
    assert "ACME SAS " * 40 in run.shortened
    # The shortened company line shows where it was cut.
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    assert "SOCIÉTÉ COOPÉRATIVE" in text.upper() and ELLIPSIS in text


def test_ordinary_letters_report_nothing_shortened(tmp_path: Path) -> None:
    contact = ContactView(
        id=1,
        version=1,
        civility="M.",
        first_name="Jean",
        last_name="Dupont",
        company_name="SARL Dupont",
        address1="12 rue des Lilas",
        postcode="44000",
        city="Nantes",
    )
    run = write_letters(
        [
            LetterInput(
                address_block(contact).lines,
                merge_values(contact, Sender(name="Paul Martin"), dt.date(2026, 11, 23)),
            )
        ],
        LetterTemplate("t", body_text="Corps.", settings=LetterSettings(footer="ACME SAS")),
        tmp_path / "ok.pdf",
        header_lines=("ACME SAS", "3 rue de la Paix"),
    )
    assert run.shortened == ()


def test_a_window_too_small_for_the_lines_keeps_them_inside(tmp_path: Path) -> None:
    settings = LetterSettings(window_width=30.0, window_height=8.0)
    target, _run, _lines = _hostile_letter(tmp_path, settings)
    window = settings.window
    _width, chars = _chars(target)[0]
    inside = [c for c in chars if float(c["x0"]) >= mm_to_pt(window.x) - TOL]
    inside = [
        c for c in inside if mm_to_pt(window.y) - 1 <= float(c["top"]) <= mm_to_pt(window.bottom)
    ]
    assert inside
    for char in inside:
        assert float(char["x1"]) <= mm_to_pt(window.right) + TOL, char
        assert float(char["bottom"]) <= mm_to_pt(window.bottom) + 1.0, char


# -- the fitting rules at their boundaries ------------------------------------------------------


def test_fit_line_keeps_a_line_that_fits_exactly() -> None:
    text = "12 RUE DES LILAS"
    exact = stringWidth(text, FONT, 10.0)
    assert fit_line(text, exact, max_size=10.0) == (10.0, text)
    size, drawn = fit_line(text, exact - 0.01, max_size=10.0)
    assert (size, drawn) == (9.5, text)  # shrunk half a point, not cut


def test_fit_line_shortens_only_below_the_smallest_size() -> None:
    text = "X" * 50
    at_min = stringWidth(text, FONT, 6.0)
    assert fit_line(text, at_min, max_size=10.0, min_size=6.0) == (6.0, text)
    size, drawn = fit_line(text, at_min - 0.01, max_size=10.0, min_size=6.0)
    assert size == 6.0 and drawn == "X" * 48 + ELLIPSIS
    assert stringWidth(drawn, FONT, 6.0) <= at_min - 0.01


def test_shorten_to_width_edge_cases() -> None:
    assert shorten_to_width("", FONT, 10, 0) == ""
    assert shorten_to_width("abc", FONT, 10, 0.5) == ""  # not even the ellipsis fits
    assert shorten_to_width("abc def", FONT, 10, stringWidth("abc" + ELLIPSIS, FONT, 10)) == (
        "abc" + ELLIPSIS
    )


_LINE = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 éÉ-'"),
    max_size=300,
)


@settings(max_examples=150, deadline=None)
@given(text=_LINE, width=st.floats(min_value=20.0, max_value=400.0))
def test_wrapped_lines_fit_and_keep_every_word(text: str, width: float) -> None:
    lines = wrap_text(text, FONT, 10.0, width)
    assert all(stringWidth(line, FONT, 10.0) <= width for line in lines)
    assert "".join("".join(lines).split()) == "".join(text.split())


@settings(max_examples=150, deadline=None)
@given(text=_LINE, width=st.floats(min_value=5.0, max_value=400.0))
def test_shortened_text_fits_and_is_a_prefix(text: str, width: float) -> None:
    drawn = shorten_to_width(text, FONT, 10.0, width)
    assert stringWidth(drawn, FONT, 10.0) <= width
    if drawn != text and drawn:
        assert drawn.endswith(ELLIPSIS) and text.startswith(drawn[:-1])
