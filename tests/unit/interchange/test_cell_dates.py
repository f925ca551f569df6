"""An Excel date cell's text is the one a French user reads (never ISO), and the import's
date checks read that text back to the same day."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.custom_fields import parse_date as custom_date
from desktop_crm.interchange.table import cell_text
from desktop_crm.services.importing.checks import parse_date


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.date(2026, 12, 1), "01/12/2026"),
        (dt.datetime(2026, 12, 1), "01/12/2026"),
        (dt.datetime(2026, 12, 2, 14, 30), "02/12/2026 14:30"),
        (dt.datetime(2026, 12, 2, 14, 30, 15), "02/12/2026 14:30:15"),
        (dt.time(9, 15), "09:15"),
        (dt.time(9, 15, 7), "09:15:07"),
    ],
)
def test_date_cells_read_as_in_french_excel(value: object, text: str) -> None:
    assert cell_text(value) == text
    if isinstance(value, dt.date):
        day = value.date() if isinstance(value, dt.datetime) else value
        assert parse_date(text) == day  # a contact's date field
        assert custom_date(text) == day  # a user date field


@pytest.mark.parametrize("text", ["31/02/2026", "01/13/2026 10:00", "01/12/2026 14h30"])
def test_no_such_day_is_no_date(text: str) -> None:
    assert parse_date(text) is None
