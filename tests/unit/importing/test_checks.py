"""Row checks: e-mail typos suggested (never applied), phones, postcodes, civility, dates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.services.importing.checks import check_row, parse_date, row_raw_values
from desktop_crm.services.importing.model import ImportMapping


def codes(raw: dict[str, str]) -> dict[str, str]:
    _values, problems = check_row({"last_name": "Dupont", **raw})
    return {p.field: p.code for p in problems}


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [
        ("jean@orange.frr", "jean@orange.fr"),
        ("jean@yahho.fr", "jean@yahoo.fr"),
        ("jean@gmial.com", "jean@gmail.com"),
        ("jean@hotmial.fr", "jean@hotmail.fr"),
    ],
)
def test_email_typos_are_suggested_not_applied(typed: str, suggestion: str) -> None:
    values, problems = check_row({"last_name": "Dupont", "email": typed})
    assert values["email"] == typed  # never a silent correction
    assert [(p.code, p.suggestion) for p in problems] == [("email_typo", suggestion)]


def test_invalid_email_is_kept_and_flagged() -> None:
    values, problems = check_row({"last_name": "Dupont", "email": "jean.orange.fr"})
    assert values["email"] == "jean.orange.fr"
    assert values["email_invalid"] is True
    assert problems[0].code == "email_invalid"


@pytest.mark.parametrize(
    "typed",
    ["06.32.65.98.45", "0632659845", "+33 6 32 65 98 45", "0033 6 32 65 98 45", "632659845"],
)
def test_french_phone_formats(typed: str) -> None:
    values, problems = check_row({"last_name": "Dupont", "phone_mobile": typed})
    assert values["phone_mobile"] == "+33632659845"
    assert problems == []


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("0612", "phone_too_short"),
        ("06 32 65 98 45 12 34", "phone_too_long"),
        ("n/a", "phone_not_a_number"),
    ],
)
def test_impossible_phones_are_flagged(typed: str, code: str) -> None:
    assert codes({"phone_business": typed}) == {"phone_business": code}


def test_postcode_leading_zero_restored_and_cedex_split() -> None:
    values, problems = check_row({"last_name": "A", "postcode": "6000", "city": "Nice CEDEX 1"})
    assert values["postcode"] == "06000"
    assert (values["city"], values["cedex"]) == ("Nice", "CEDEX 1")
    assert problems == []


def test_postcode_and_city_consistency() -> None:
    assert codes({"postcode": "7500", "city": ""}) == {"city": "city_missing"}
    assert codes({"postcode": "750021", "city": "Paris"}) == {"postcode": "postcode_invalid"}
    assert codes({"postcode": "SW1A 1AA", "city": "London", "country": "UK"}) == {}


def test_civility_normalised_and_values_too_long() -> None:
    values, problems = check_row({"civility": "Madame", "last_name": "X" * 100})
    assert values["civility"] == "Mme"
    assert len(values["last_name"]) == 80
    assert [p.code for p in problems] == ["too_long"]


def test_row_without_identity_is_required_problem() -> None:
    _values, problems = check_row({"city": "Lyon"})
    assert [p.code for p in problems] == ["required"]


def test_dates_iso_french_and_excel_serials() -> None:
    assert parse_date("2026-11-23") == dt.date(2026, 11, 23)
    assert parse_date("23/11/2026") == dt.date(2026, 11, 23)
    assert parse_date("46349") == dt.date(2026, 11, 23)
    assert parse_date("10000") == dt.date(1927, 5, 18)
    assert parse_date("73050") == dt.date(2099, 12, 31)
    # A year or a day number typed alone is no Excel date (it was read as 1905 or 1900).
    assert parse_date("2024") is None
    assert parse_date("1985") is None
    assert parse_date("12") is None
    assert parse_date("73051") is None
    assert parse_date("demain") is None


def test_mapping_joins_columns_and_sets_constants() -> None:
    mapping = ImportMapping(
        columns={0: ["address1"], 1: ["address1"], 2: ["note", "history"], 3: ["status"]},
        constants={"status": "Prospect", "referred_by": "Salon Lyon"},
    )
    raw = row_raw_values(["12 rue X", "Bât B", "Veut un devis", ""], mapping)
    assert raw == {
        "address1": "12 rue X, Bât B",
        "note": "Veut un devis",
        "history": "Veut un devis",
        "status": "Prospect",
        "referred_by": "Salon Lyon",
    }


@pytest.mark.parametrize(
    "typed",
    [
        "jean.dupont@orange.fr",
        "Jean.Dupont@ORANGE.FR",
        "j_d+salon@gmial.com",
        "a..b@free.fr",
        ".a@free.fr",
        "a@localhost",
        "a@b.test",
        "a@-b.fr",
        "a@b",
        "été@free.fr",
        "a b@free.fr",
        "jean@yahho.fr",
        "x" * 65 + "@free.fr",
        "a@" + "b" * 64 + ".fr",
        "jean@orange.frr",
    ],
)
def test_fast_email_check_agrees_with_the_domain_check(typed: str) -> None:
    from desktop_crm.domain.emails import check_email
    from desktop_crm.services.importing.keys import fast_check_email

    full = check_email(typed)
    normalised, code, _message, suggestion = fast_check_email(typed)
    assert (normalised, code, suggestion) == (full.normalised, full.code, full.suggestion)


def test_saved_mapping_is_reused_by_header_names() -> None:
    mapping = ImportMapping(
        columns={0: ["last_name"], 2: ["email", "email2"]},
        constants={"status": "Prospect"},
        group="Salon",
        header_row=2,
    )
    text = mapping.to_json(["Nom", "Prénom", "Courriel"])
    # Next month's file has the columns in another order and one more column.
    again = ImportMapping.from_json(text, ["Courriel", "Ville", "Nom"])
    assert again.columns == {2: ["last_name"], 0: ["email", "email2"]}
    assert (again.constants, again.group, again.header_row) == ({"status": "Prospect"}, "Salon", 2)


def test_the_control_characters_test_over_a_whole_sheet() -> None:
    from desktop_crm.services.importing.checks import all_printable, copies_cells
    from desktop_crm.services.importing.model import ImportMapping

    assert all_printable([["Zoé", " a "], [], ["b"]], ["Prospect"])
    assert not all_printable([["Zoé", "a\x07"], ["b"]])
    assert not all_printable([["a\nb"]])
    assert not all_printable([["a"]], ["Salon\t2026"])
    assert not all_printable([["a", 6000]])  # type: ignore[list-item]
    assert all_printable([])
    assert copies_cells(ImportMapping(columns={0: ["last_name"], 1: ["note", "email"]}))
    # Two cells into one note are joined by a line break: checked row by row.
    assert not copies_cells(ImportMapping(columns={0: ["note"], 1: ["note"]}))
