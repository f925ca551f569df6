"""Duplicate keys: accents, case, legal forms and phone formats do not hide a duplicate."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.services.importing.matching import (
    MatchIndex,
    Wanted,
    company_key,
    index_contacts,
    match_rows,
)


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
    from desktop_crm.services.contacts.records import lookup_keys
    from desktop_crm.services.importing.keys import contact_keys

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


_NAMES = st.sampled_from([None, "", "Zoé", "zoe", "Petit", "PETIT", "Lefèvre", "Lefevre"])
_COMPANIES = st.sampled_from([None, "", "Petit SAS", "petit", "SARL Dupont & Fils", "Dupont"])
_PHONES = st.sampled_from([None, "", "+33612345678", "+33699999999", "0612", "+33 1|2", 33])
_EMAILS = st.sampled_from([None, "", "a@b.fr", " A@B.FR ", "c@d.fr", "nota", "x@y.fr"])
_VALUES = st.fixed_dictionaries(
    {
        "first_name": _NAMES,
        "last_name": _NAMES,
        "company_name": _COMPANIES,
        "phone_business": _PHONES,
        "phone_mobile": _PHONES,
        "email": _EMAILS,
        "email2": _EMAILS,
    }
)


def _contact_rows(contacts: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [
        (
            i + 1,
            c["first_name"],
            c["last_name"],
            c["company_name"],
            c["phone_business"],
            c["phone_mobile"],
            c["email"],
            c["email2"],
        )
        for i, c in enumerate(contacts)
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(_VALUES, max_size=12), st.lists(_VALUES, max_size=8))
def test_indexing_only_the_contacts_rows_may_hit_gives_the_same_matches(
    contacts: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> None:
    numbered = list(enumerate(rows))
    every = match_rows(index_contacts(_contact_rows(contacts)), numbered)
    wanted = Wanted.of(rows)
    some = match_rows(index_contacts(_contact_rows(contacts), wanted), numbered)
    assert some == every
    # And the old per-dictionary path gives the same index as the streamed one.
    index = MatchIndex()
    for i, contact in enumerate(contacts):
        index.add("contact", i + 1, contact)
    unlabelled = {k: replace(m, label="") for k, m in every.items()}
    assert match_rows(index, numbered) == unlabelled
