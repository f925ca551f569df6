"""User field values typed the French way, and the names a user field may not take."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_crm.domain.custom_fields import (
    CustomFieldSpec,
    CustomKind,
    format_value,
    from_columns,
    name_problem,
    parse_value,
    to_columns,
)
from desktop_crm.printing.fields import ALIASES, FIELDS


def _spec(kind: CustomKind, choices: tuple[str, ...] = ()) -> CustomFieldSpec:
    return CustomFieldSpec(1, "contact", "f", "Champ", kind, choices)


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        (CustomKind.DATE, "31/12/2026", dt.date(2026, 12, 31)),
        (CustomKind.DATE, "1/2/2027", dt.date(2027, 2, 1)),
        (CustomKind.DATE, "2026-12-31", dt.date(2026, 12, 31)),
        (CustomKind.NUMBER, "12,5", Decimal("12.5")),
        (CustomKind.NUMBER, "1 500", Decimal(1500)),
        (CustomKind.NUMBER, "-3.25", Decimal("-3.25")),
        (CustomKind.YESNO, "Oui", True),
        (CustomKind.YESNO, "non", False),
        (CustomKind.TEXT, "  Salon  ", "Salon"),
        (CustomKind.TEXT, "", None),
    ],
)
def test_values_are_parsed(kind: CustomKind, raw: str, expected: object) -> None:
    assert parse_value(_spec(kind), raw) == (expected, None)


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        (CustomKind.DATE, "31/02/2026"),
        (CustomKind.DATE, "demain"),
        (CustomKind.NUMBER, "douze"),
        (CustomKind.NUMBER, "NaN"),
        (CustomKind.NUMBER, "1e20"),
        (CustomKind.YESNO, "peut-être"),
        (CustomKind.TEXT, "x" * 251),
    ],
)
def test_bad_values_name_the_field(kind: CustomKind, raw: str) -> None:
    value, problem = parse_value(_spec(kind), raw)
    assert value is None and problem is not None
    assert problem.field == "f" and problem.message.startswith("Champ:")


def test_choices_match_without_case() -> None:
    spec = _spec(CustomKind.CHOICE, ("Lyon 2026", "Paris"))
    assert parse_value(spec, "lyon 2026") == ("Lyon 2026", None)
    assert parse_value(spec, "Nice")[1] is not None


@pytest.mark.parametrize(
    ("kind", "value", "french", "english"),
    [
        (CustomKind.DATE, dt.date(2027, 6, 30), "30/06/2027", "2027-06-30"),
        (CustomKind.NUMBER, Decimal("12.5"), "12,5", "12.5"),
        (CustomKind.NUMBER, Decimal(1500), "1500", "1500"),
        (CustomKind.YESNO, True, "Oui", "Yes"),
    ],
)
def test_format_and_columns_round_trip(
    kind: CustomKind, value: object, french: str, english: str
) -> None:
    spec = _spec(kind)
    assert format_value(spec, value, french=True) == french  # type: ignore[arg-type]
    assert format_value(spec, value, french=False) == english  # type: ignore[arg-type]
    columns = to_columns(spec, value)  # type: ignore[arg-type]
    stored_number = columns["value_number"]
    if isinstance(stored_number, Decimal):
        stored_number = stored_number.quantize(Decimal("0.0001"))  # as Numeric(18, 4) gives it
    back = from_columns(spec, columns["value_text"], stored_number, columns["value_date"])  # type: ignore[arg-type]
    assert back == value


def test_names_that_would_clash_are_refused() -> None:
    assert name_problem("potentiel", "contact") is None
    assert name_problem("fin_contrat_maintenance", "contact") is None
    for bad in ("", "Potentiel", "2x", "a-b", "a b", "x" * 61, "city", "and", "version"):
        assert name_problem(bad, "contact"), bad
    for info in FIELDS:  # every merge field of letters, computed or from the catalogue
        assert name_problem(info.name, "contact"), info.name
    for alias in ALIASES:
        assert name_problem(alias, "contact"), alias
    assert name_problem("name", "company") and name_problem("siren", "company")
