"""Phone and e-mail rules: French formats in, E.164 stored, typo hints never applied."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain.contacts import normalise_civility, normalise_contact_values
from desktop_crm.domain.emails import check_email
from desktop_crm.domain.phones import check_phone, format_phone, phone_digits
from desktop_crm.domain.text import fold


@pytest.mark.parametrize(
    "typed",
    [
        "06.32.65.98.45",
        "0632659845",
        "+33 6 32 65 98 45",
        "0033632659845",
        "06 32 65 98 45",
        "(0)6-32-65-98-45",
    ],
)
def test_french_mobile_forms_give_one_e164(typed: str) -> None:
    check = check_phone(typed)
    assert check.ok, check
    assert check.e164 == "+33632659845"
    assert check.national == "06 32 65 98 45"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("0632", "phone_too_short"),
        ("063265984512", "phone_too_long"),
        ("abc", "phone_not_a_number"),
    ],
)
def test_impossible_numbers_are_flagged(typed: str, code: str) -> None:
    check = check_phone(typed)
    assert not check.ok and check.code == code and check.e164 is None


def test_foreign_numbers_shown_internationally() -> None:
    assert format_phone("+3222345678") == "+32 2 234 56 78"
    assert phone_digits("+33632659845") == "0632659845"


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [
        ("martin@yahho.fr", "martin@yahoo.fr"),
        ("jean@gmial.com", "jean@gmail.com"),
        ("a.b@orange.frr", "a.b@orange.fr"),
        ("c@hotmial.fr", "c@hotmail.fr"),
    ],
)
def test_domain_typos_get_a_suggestion_not_a_correction(typed: str, suggestion: str) -> None:
    check = check_email(typed)
    assert check.suggestion == suggestion
    assert check.normalised == typed  # syntactically valid: stored as typed unless accepted


@pytest.mark.parametrize("typed", ["paul@gmx.de", "x@acme-industries.com", "y@orange.fr"])
def test_legitimate_domains_get_no_hint(typed: str) -> None:
    assert check_email(typed).suggestion is None


def test_missing_at_sign_is_invalid() -> None:
    check = check_email("martin.orange.fr")
    assert check.code == "email_invalid" and check.normalised is None


def test_domain_is_lower_cased() -> None:
    assert check_email("Jean.Dupont@Orange.FR").normalised == "Jean.Dupont@orange.fr"


def test_fold_ignores_accents_and_case() -> None:
    assert fold("  Lefèvre ") == fold("LEFEVRE") == "lefevre"
    assert fold("Œuvre  Sociale") == "oeuvre sociale"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Monsieur", "M."),
        ("mr", "M."),
        ("Madame", "Mme"),
        ("Mlle", "Mme"),
        ("Dr", "Dr"),
        ("Sir", "Sir"),
    ],
)
def test_civility_is_normalised(typed: str, stored: str) -> None:
    assert normalise_civility(typed) == stored


def test_invalid_values_are_kept_and_reported() -> None:
    values, problems = normalise_contact_values(
        {"phone_mobile": "0632", "postcode": "6900", "country": "France"}
    )
    assert values["phone_mobile"] == "0632"  # nothing typed is lost
    assert {p.code for p in problems} == {"phone_too_short", "postcode_invalid"}


@given(
    st.dictionaries(
        st.sampled_from(
            [
                "first_name",
                "phone_mobile",
                "email",
                "postcode",
                "civility",
                "birthday",
                "do_not_mail",
            ]
        ),
        st.text(max_size=40),
    )
)
def test_any_typed_text_never_raises(values: dict[str, str]) -> None:
    cleaned, problems = normalise_contact_values(values)
    assert set(cleaned) <= set(values)
    assert all(p.field in values or p.field == "postcode" for p in problems)
