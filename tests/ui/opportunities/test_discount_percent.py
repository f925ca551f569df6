"""The opportunity card's product lines write the discount as a percentage ("10 %"), where the
"Remise %" column showed a bare "10" or "0"; its editor still gets the plain number."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from desktop_crm.ui.opportunities.lines_model import COL_DISCOUNT, COL_QUANTITY, LinesModel

NBSP = "\u00a0"


def test_the_discount_is_written_as_a_percentage(language: str) -> None:
    model = LinesModel()
    row = model.add_line()
    model.setData(model.index(row, 0), "Formation")
    model.setData(model.index(row, COL_QUANTITY), "2")
    index = model.index(row, COL_DISCOUNT)
    assert index.data() == f"0{NBSP}%"
    assert model.setData(index, "12.5")
    point = "," if language == "fr" else "."
    assert index.data() == f"12{point}5{NBSP}%"
    assert index.data(Qt.ItemDataRole.EditRole) == f"12{point}5"  # what the editor shows
    # What the cell shows, typed back, is the same discount.
    assert model.setData(index, index.data())
    assert model.lines()[row].discount_pct == Decimal("12.5")
    assert model.setData(index, "10")
    assert index.data() == f"10{NBSP}%"


def test_the_discount_header_does_not_repeat_the_percent(language: str) -> None:
    """The values say "10 %": the header says "Remise" ("Discount"), not "Remise %"."""
    model = LinesModel()
    header = model.headerData(COL_DISCOUNT, Qt.Orientation.Horizontal)
    assert header == ("Remise" if language == "fr" else "Discount")
