"""Phone problems say what is wrong with the length, in digits as the user typed them."""

from __future__ import annotations

import pytest

from desktop_crm.domain.phones import check_phone, is_mobile
from desktop_crm.services.importing.checks import check_row
from desktop_crm.services.importing.keys import fast_check_phone


@pytest.mark.parametrize(
    ("typed", "code", "message"),
    [
        ("04.37.23.69.6", "phone_too_short", "too short (9 digits; a French number has 10)"),
        ("+33 6 12 34 56 7", "phone_too_short", "too short (9 digits; a French number has 10)"),
        ("0632", "phone_too_short", "too short (4 digits; a French number has 10)"),
        ("04 37 23 69 60 1", "phone_too_long", "too long (11 digits; a French number has 10)"),
        ("+1 555 12", "phone_too_short", "too short (5 digits after +1)"),
        ("+44 20 7946 09581", "phone_too_long", "too long (11 digits after +44)"),
        ("05 90 00 00 00", "phone_invalid", "cannot exist"),
    ],
)
def test_length_problems_are_precise(typed: str, code: str, message: str) -> None:
    check = check_phone(typed)
    assert (check.code, check.e164) == (code, None)
    assert message in (check.message or "")
    assert fast_check_phone(typed)[1:] == (check.code, check.message)  # import says the same


def test_import_row_reports_the_short_number() -> None:
    _values, problems = check_row({"last_name": "Martin", "phone_business": "04.37.23.69.6"})
    assert [(p.code, p.message) for p in problems] == [
        ("phone_too_short", "The phone number is too short (9 digits; a French number has 10).")
    ]


@pytest.mark.parametrize(
    ("e164", "mobile"),
    [
        ("+33612345678", True),
        ("+33756123456", True),
        ("+33437236960", False),
        ("+33912345678", False),
        ("+447400123456", True),
        ("+442079460958", False),
        (None, False),
    ],
)
def test_mobiles_are_recognised(e164: str | None, mobile: bool) -> None:
    assert is_mobile(e164) is mobile
