"""The label sheet and envelope catalogues: complete, consistent, found by any name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.printing.envelopes import envelope_catalogue, find_envelope
from desktop_crm.printing.labels import LabelOptions, count_pages
from desktop_crm.printing.sheets import PAGE_SIZES, Rect, catalogue, find_sheet, sheet_from_dict

REQUIRED = [
    "L7160",
    "J8160",
    "L7161",
    "L7162",
    "L7163",
    "L7165",
    "L7173",
    "3422",
    "3474",
    "3475",
    "Herma 4677",
    "Herma 4464",
    "Apli 1999",
    "5160",
    "5161",
    "5162",
    "5163",
    "5164",
]


@pytest.mark.parametrize("code", REQUIRED)
def test_required_sheets_are_in_the_catalogue(code: str) -> None:
    assert find_sheet(code).per_page > 0


def test_every_sheet_fits_its_page_without_overlap() -> None:
    for sheet in catalogue():
        assert sheet.problems() == [], sheet.code
        width, height = PAGE_SIZES[sheet.page]
        page = Rect(0, 0, width, height)
        cells = list(sheet.cells())
        assert all(page.contains(c) for c in cells), sheet.code
        assert len(cells) == sheet.columns * sheet.rows


def test_manufacturer_figures_for_l7163() -> None:
    sheet = find_sheet("avery l7163")
    assert (sheet.columns, sheet.rows, sheet.width, sheet.height) == (2, 7, 99.1, 38.1)
    assert sheet.cell(13) == Rect(4.67 + 101.6, 15.15 + 6 * 38.1, 99.1, 38.1)
    assert find_sheet("J8163") == sheet


def test_unknown_sheet_and_impossible_custom_sheet() -> None:
    with pytest.raises(NotFoundError):
        find_sheet("L9999")
    data = {**find_sheet("L7163").to_dict(), "code": "Maison", "rows": 8}
    with pytest.raises(ValidationError) as caught:
        sheet_from_dict(data)
    assert caught.value.problems[0].code == "off_page"
    data.update(rows=7, pitch_x=50)
    with pytest.raises(ValidationError):
        sheet_from_dict(data)


def test_custom_sheet_is_found_before_the_catalogue() -> None:
    custom = replace(find_sheet("L7163"), code="L7163", brand="Maison", custom=True, top=16)
    assert find_sheet("L7163", (custom,)).top == 16


def test_start_and_offset_are_checked() -> None:
    sheet = find_sheet("L7163")
    with pytest.raises(ValidationError):
        LabelOptions(start=15).check(sheet)
    with pytest.raises(ValidationError):
        LabelOptions(offset_x=25).check(sheet)
    assert count_pages(14, sheet, 1) == 1 and count_pages(14, sheet, 2) == 2


def test_envelopes_in_landscape_with_windows_on_the_envelope() -> None:
    codes = {e.code for e in envelope_catalogue()}
    assert codes == {"DL", "C5", "C6", "C6/5", "C4", "US10"}
    for envelope in envelope_catalogue():
        page = Rect(0, 0, envelope.width, envelope.height)
        assert envelope.width > envelope.height
        assert page.contains(envelope.window) and page.contains(envelope.recipient)
    dl = find_envelope("dl")
    # France DL window: 100 x 45 mm, 20 mm from the right edge, 15 mm from the bottom.
    assert (dl.width - dl.window.right, dl.height - dl.window.bottom) == (20.0, 15.0)
    assert find_envelope("#10").code == "US10" and find_envelope("c6/5").code == "C6/5"
    with pytest.raises(NotFoundError):
        find_envelope("B4")


GLABELS_SAMPLE = """<?xml version="1.0"?>
<Glabels-templates xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="Acme" part="A100" size="A4" _description="Address labels">
    <Label-rectangle id="0" width="70mm" height="37mm" round="0">
      <Layout nx="3" ny="8" x0="0mm" y0="0mm" dx="70mm" dy="37mm"/>
    </Label-rectangle>
  </Template>
  <Template brand="Acme" part="A100B" equiv="A100"/>
  <Template brand="Acme" part="P200" size="US-Letter" _description="Points">
    <Label-rectangle id="0" width="189" height="72" round="5">
      <Layout nx="3" ny="10" x0="11.25" y0="36" dx="200.25" dy="72"/>
    </Label-rectangle>
  </Template>
  <Template brand="Acme" part="CD" size="A4" _description="CD">
    <Label-cd id="0" radius="166.5" hole="58.5">
      <Layout nx="1" ny="2" x0="1" y0="1" dx="1" dy="1"/>
    </Label-cd>
  </Template>
  <Template brand="Acme" part="TOO-BIG" size="A4" _description="Off the page">
    <Label-rectangle id="0" width="70mm" height="40mm">
      <Layout nx="3" ny="8" x0="0" y0="0" dx="70mm" dy="40mm"/>
    </Label-rectangle>
  </Template>
</Glabels-templates>
"""


def test_glabels_import(tmp_path: Path) -> None:
    from desktop_crm.printing.glabels import read_glabels, to_mm

    path = tmp_path / "acme-templates.xml"
    path.write_text(GLABELS_SAMPLE, encoding="utf-8")
    sheets = {s.code: s for s in read_glabels(path)}
    assert set(sheets) == {"Acme A100", "Acme P200"}  # CD and off-page sheet skipped
    a100 = sheets["Acme A100"]
    assert (a100.columns, a100.rows, a100.width, a100.height, a100.custom) == (3, 8, 70, 37, True)
    assert a100.aliases == ("Acme A100B",)
    p200 = sheets["Acme P200"]
    assert p200.page == "Letter" and p200.width == to_mm("189") == 66.675
    assert find_sheet("acme a100b", tuple(sheets.values())) == a100
