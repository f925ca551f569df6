"""A sheet row's cells read as ``cell_text`` gives them, the inlined whole numbers too."""

from __future__ import annotations

import datetime as dt

from desktop_crm.interchange.limits import LIMITS
from desktop_crm.interchange.table import cell_text
from desktop_crm.interchange.xlsx_reader import _row


def test_row_cells_are_the_cell_texts() -> None:
    raw = [
        460329669.0,
        59000.0,
        -0.0,
        -12.0,
        1.5,
        1e15,
        1e16,
        -1e15,
        float("nan"),
        float("inf"),
        7,
        True,
        None,
        " a ",
        dt.date(2026, 12, 1),
    ]
    assert _row(raw, "Contacts", 1, LIMITS) == [cell_text(v) for v in raw]
    assert _row(raw, "Contacts", 1, LIMITS)[:2] == ["460329669", "59000"]
