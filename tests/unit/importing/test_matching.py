"""Duplicate keys: accents, case, legal forms and phone formats do not hide a duplicate."""

from __future__ import annotations

from desktop_crm.services.import_matching import MatchIndex, company_key, match_rows


def test_company_key_strips_legal_forms_and_accents() -> None:
    assert company_key("SARL Dupont & Fils") == company_key("Dupont et fils")
    assert company_key("Société Générale") == company_key("SOCIETE GENERALE SA") == "generale"
    assert company_key("Ets Martin") == "martin"


def test_email_is_a_strong_key_and_earlier_rows_count() -> None:
    index = MatchIndex()
    index.add("contact", 7, {"last_name": "Lefèvre", "email": "andre@lefevre.fr"})
    found = match_rows(
        index,
        [
            (0, {"last_name": "Autre", "email": "ANDRE@lefevre.fr"}),
            (
                1,
                {
                    "first_name": "Zoé",
                    "last_name": "Petit",
                    "company_name": "Petit SAS",
                    "phone_business": "+33612345678",
                },
            ),
            (
                2,
                {
                    "first_name": "zoe",
                    "last_name": "PETIT",
                    "company_name": "petit",
                    "phone_business": "+33612345678",
                },
            ),
            (
                3,
                {
                    "first_name": "Zoé",
                    "last_name": "Petit",
                    "company_name": "Petit SAS",
                    "phone_business": "+33699999999",
                },
            ),
        ],
    )
    assert found[0].contact_id == 7 and found[0].reason == "email"
    assert found[2].row_index == 1 and found[2].reason == "identity"
    assert 1 not in found and 3 not in found  # another phone: not the same person


def test_fast_contact_keys_equal_the_contact_service_keys() -> None:
    from desktop_crm.services.contacts import lookup_keys
    from desktop_crm.services.import_keys import contact_keys

    samples = [
        {
            "last_name": "Lefèvre",
            "first_name": "André",
            "company_name": "SARL Œuvre & Fils",
            "city": "Saint-Étienne",
            "email": "Andre@Orange.fr",
            "phone_business": "+33632659845",
            "phone_mobile": "+442079460958",
        },
        {
            "last_name": None,
            "first_name": "",
            "company_name": None,
            "city": None,
            "email": None,
            "phone_business": None,
            "phone_mobile": "+262262123456",
        },
    ]
    for values in samples:
        expected = lookup_keys(values)
        assert {k: v for k, v in contact_keys(values).items() if k in expected} == expected
