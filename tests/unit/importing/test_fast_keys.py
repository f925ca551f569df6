"""The import's written-out shortcuts give what their plain definitions give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.services.contacts.records import KEY_SOURCES
from desktop_crm.services.importing.keys import contact_keys
from desktop_crm.services.importing.matching import (
    company_key,
    company_key_by_pattern,
    company_key_folded,
)

_WORDS = st.sampled_from(
    [
        "SARL",
        "sas",
        "Sasu",
        "S.A.",
        "sa",
        "Éts.",
        "Etablissements",
        "Société",
        "STE",
        "GmbH",
        "Ltd.",
        "inc",
        "LLC",
        "&",
        "et",
        "Dupont",
        "Œuvre",
        "sarlx",
        "xsarl",
        "a.sarl.b",
        "-",
        "'",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=6).map(" ".join) | st.text(max_size=40))
def test_company_key_drops_the_legal_forms_the_pattern_matches(name: str) -> None:
    company_key.cache_clear()
    assert company_key(name) == company_key_by_pattern(name)
    # From the contact's company lookup key (the name folded), as the import matches.
    folded = contact_keys({"company_name": name})["company_key"]
    assert company_key_folded(folded) == company_key_by_pattern(name)


def test_a_company_name_beyond_the_lookup_key_cut_is_keyed_from_the_name() -> None:
    from desktop_crm.services.importing.matching import KeyColumns

    long_name = "Société " + "Dupont " * 40 + "Fils"
    short = contact_keys({"company_name": "SARL Dupont & Fils"})["company_key"]
    cut = contact_keys({"company_name": long_name})["company_key"]
    assert len(cut) == 254
    rows = [(0, {"company_name": "SARL Dupont & Fils", "last_name": "Roux"})]
    rows.append((1, {"company_name": long_name, "last_name": "Roux"}))
    from_names = KeyColumns.of(rows)
    from_keys = KeyColumns.of(rows, [short, cut])
    assert from_keys == from_names
    assert from_keys.bases[1].endswith("fils||roux|")


def test_company_key_examples() -> None:
    assert company_key("SARL Dupont & Fils") == "dupont et fils"
    assert company_key("sas-sasu.eurl") == ""
    assert company_key("sarlx sarl") == "sarlx"
    assert company_key(None) == company_key("") == ""


def test_contact_keys_come_in_the_lookup_keys_order() -> None:
    values = {"last_name": "Lefèvre", "email": "A@B.fr", "phone_mobile": "+33612345678"}
    assert list(contact_keys(values)) == [*KEY_SOURCES, "phone_key", "mobile_key"]


def test_a_column_is_read_off_dicts_and_other_mappings_alike() -> None:
    from collections import OrderedDict
    from types import MappingProxyType

    from desktop_crm.services.importing.keys import column_of

    rows = [{"a": 1}, {}, OrderedDict(a=None), {"a": "x", "b": 2}]
    assert column_of(rows, "a") == [1, None, None, "x"]
    mixed = [*rows, MappingProxyType({"a": 3})]
    assert column_of(mixed, "a") == [1, None, None, "x", 3]
    assert column_of([], "a") == []
