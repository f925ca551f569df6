"""Every catalogue sheet fills its page exactly and names where its figures were checked.

Run ``python tests/unit/printing/test_sheet_sources.py`` for the table of sheets and sources.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":  # pragma: no cover - run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

import pytest

from desktop_crm.printing.sheets import PAGE_SIZES, catalogue_records, find_sheet

TOLERANCE = 0.1  # mm
IN = 25.4
SOURCE_KINDS = ("glabels-", "libreoffice-", "avery-", "reference")
# Sheets for which only one source gives their geometry (said in their notes).
SINGLE_GEOMETRY_SOURCE = {"Apli 1999", "Apli 1271", "Apli 1293", "Herma 4677", "Herma 4464"}


@pytest.mark.parametrize("record", catalogue_records(), ids=lambda r: r.sheet.code)
def test_margins_and_pitches_fill_the_page(record) -> None:  # type: ignore[no-untyped-def]
    sheet = record.sheet
    width, height = PAGE_SIZES[sheet.page]
    down = sheet.top + (sheet.rows - 1) * sheet.pitch_y + sheet.height + record.bottom
    across = sheet.left + (sheet.columns - 1) * sheet.pitch_x + sheet.width + record.right
    assert down == pytest.approx(height, abs=TOLERANCE)
    assert across == pytest.approx(width, abs=TOLERANCE)
    assert sheet.pitch_y >= sheet.height and sheet.pitch_x >= sheet.width
    # Die-cut sheets are symmetric: the same margin top and bottom, left and right.
    assert record.bottom == pytest.approx(sheet.top, abs=TOLERANCE)
    assert record.right == pytest.approx(sheet.left, abs=TOLERANCE)


@pytest.mark.parametrize("record", catalogue_records(), ids=lambda r: r.sheet.code)
def test_each_sheet_names_existing_sources(record) -> None:  # type: ignore[no-untyped-def]
    ids = [source.id for source in record.sources]
    assert len(ids) >= 2 and len(set(ids)) == len(ids), record.sheet.code
    for source in record.sources:
        assert source.id.startswith(SOURCE_KINDS) and source.title and source.entry
        assert source.url.startswith(("https://", "file:"))
    if record.sheet.code in SINGLE_GEOMETRY_SOURCE:
        assert "Single geometric source" in record.notes and "test print" in record.notes
    assert record.notes


def test_avery_5160_as_avery_states_it() -> None:
    sheet = find_sheet("5160")
    assert sheet.left == pytest.approx(0.1875 * IN)
    assert sheet.pitch_x == pytest.approx(2.75 * IN)
    assert (sheet.width, sheet.height) == (pytest.approx(2.625 * IN), pytest.approx(1 * IN))
    assert sheet.top == pytest.approx(0.5 * IN)
    assert (sheet.columns, sheet.rows) == (3, 10)
    # Column 3 ends 3/16 in from the right edge, like column 1 starts.
    assert 215.9 - sheet.cell(2).right == pytest.approx(0.1875 * IN)


def test_l7161_rows_touch_and_margins_match() -> None:
    (record,) = [r for r in catalogue_records() if r.sheet.code == "L7161"]
    assert record.sheet.pitch_y == record.sheet.height == 46.6
    assert record.sheet.top == record.bottom == 8.7


def test_3474_and_herma_4464_are_separate_and_centred() -> None:
    zweckform, herma = find_sheet("3474"), find_sheet("Herma 4464")
    assert zweckform != herma
    assert zweckform.top == 0.5 and zweckform.cell(23).bottom == pytest.approx(296.5)
    assert herma.top == 0 and herma.cell(23).bottom == pytest.approx(297.0)


def test_apli_1999_is_centred() -> None:
    sheet = find_sheet("Apli 1999")
    assert sheet.top == pytest.approx(297 - sheet.cell(7).bottom, abs=TOLERANCE)


def main() -> None:  # pragma: no cover - the table for the closing notes
    print("| Sheet | Grid | Label mm | Top/bottom | Left/right | Pitch h/v | Sources |")
    print("|---|---|---|---|---|---|---|")
    for record in catalogue_records():
        s = record.sheet
        sources = "; ".join(f"{src.id}: {src.entry}" for src in record.sources)
        print(
            f"| {s.title} | {s.columns}x{s.rows} | {s.width:g}x{s.height:g} | "
            f"{s.top:g}/{record.bottom:g} | {s.left:g}/{record.right:g} | "
            f"{s.pitch_x:g}/{s.pitch_y:g} | {sources} |"
        )


if __name__ == "__main__":  # pragma: no cover
    main()
