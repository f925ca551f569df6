"""Names outside Latin-1 print: the PDFs embed DejaVu Sans instead of Helvetica."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop_crm.printing import fonts
from desktop_crm.printing.envelopes import EnvelopeOptions, envelope_catalogue, layout_envelopes
from desktop_crm.printing.labels import layout_labels
from desktop_crm.printing.layout import FONT, FONT_BOLD, text_width_mm
from desktop_crm.printing.letters import LetterInput, LetterTemplate, write_letters
from desktop_crm.printing.pdf import write_pages
from desktop_crm.printing.sheets import catalogue

NAME = "Łukasz Ődön Çelik"
BLOCK = (f"M. {NAME}", "Ulica Świętokrzyska 12", "00-916 WARSZAWA", "POLOGNE")


def _embedded_fonts(path: Path) -> set[str]:
    names: set[str] = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]))
    return names


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_font_files_and_their_licence_ship_with_the_program() -> None:
    assert all(path.is_file() and path.stat().st_size > 100_000 for path in fonts.font_files())
    assert "Bitstream" in (fonts.FOLDER / "LICENSE").read_text(encoding="utf-8")
    assert (FONT, FONT_BOLD) == (fonts.REGULAR, fonts.BOLD)


def test_a_label_prints_names_outside_latin1(tmp_path: Path) -> None:
    sheet = next(s for s in catalogue() if s.code == "L7163")
    target = tmp_path / "labels.pdf"
    write_pages(layout_labels([BLOCK], sheet), target)
    assert any(name.endswith("+DejaVuSans") for name in _embedded_fonts(target))
    text = _text(target)
    for word in ("Łukasz", "Ődön", "Çelik", "Świętokrzyska"):
        assert word in text


def test_an_envelope_prints_names_outside_latin1(tmp_path: Path) -> None:
    dl = next(e for e in envelope_catalogue() if e.code == "DL")
    target = tmp_path / "env.pdf"
    write_pages(
        layout_envelopes([BLOCK], dl, EnvelopeOptions(sender_lines=("Øresund ApS",))), target
    )
    text = _text(target)
    assert NAME in text and "Øresund" in text


def test_a_letter_prints_names_in_every_face(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    body = "<p>Cher <b>Łukasz</b>, merci <i>Ődön</i> et <b><i>Çelik</i></b>.</p>"
    write_letters(
        [LetterInput(BLOCK, {"prenom": "Łukasz"})],
        LetterTemplate("t", body_html=body),
        target,
        header_lines=("Société Ŧest",),
    )
    embedded = {name.split("+", 1)[-1] for name in _embedded_fonts(target)}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= embedded
    assert "DejaVuSans-BoldOblique" in embedded
    text = _text(target)
    for word in ("Łukasz", "Ődön", "Çelik", "Ŧest"):
        assert word in text


def test_widths_are_measured_in_the_embedded_font() -> None:
    # Ł is a real glyph with its own advance, not the width of a missing-glyph box.
    assert abs(text_width_mm("Ł", FONT, 10) - text_width_mm("L", FONT, 10)) < 0.05
    assert text_width_mm(NAME, FONT_BOLD, 10) > text_width_mm(NAME, FONT, 10) > 0
