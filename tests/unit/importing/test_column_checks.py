"""The column-by-column checks and keys give what the row-by-row ones give, value for value."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.services.importing.checks import GENERIC_PHONE, check_rows
from desktop_crm.services.importing.chunk_checks import check_chunk
from desktop_crm.services.importing.keys import contact_keys, contact_keys_many
from desktop_crm.services.importing.matching import (
    KeyColumns,
    Keys,
    MatchIndex,
    keyed_rows,
    keyed_rows_by_row,
    match_columns,
    match_keyed,
)
from desktop_crm.services.importing.model import Match

# Values of each field, usual and odd: what a row's checks may say something about.
_CELLS = {
    "civility": ["M.", "Mme", "Monsieur", "madame", "Dr", "x" * 31],
    "first_name": ["Jean", "Hélène", "", " Zoé ", "a" * 81, "Jean-Luc"],
    "last_name": ["Dupont", "LEFÈVRE", "", "Œuvre", "b" * 90],
    "company_name": ["Société Dupont 1", "SARL X & Fils", "", "c" * 300, "ACME"],
    "email": [
        "jean.dupont@orange.fr",
        "Jean@Gmail.COM",
        "luc@gmial.com",
        "paul@@x",
        "andré.dubois1@free.fr",
        "postmaster@free.fr",
        "",
        "a@b.frr",
    ],
    "email2": ["x@laposte.net", "bad", ""],
    "phone_business": ["0145000000", "01 45 00 00 00", "+33 1 23 45 67 89", "12", "abc", ""],
    "phone_mobile": ["06 12 34 56 78", "0033 6 12 34 56 79", "0799999999", "612345678", ""],
    "address1": ["1 rue A", "", "d" * 200],
    "postcode": ["75002", "6000", "75 002", "1234567", "", "2A004"],
    "city": ["Paris", "Lyon Cedex 3", "Nice CEDEX", "", "Lille"],
    "cedex": ["CEDEX 9", ""],
    "country": ["", "France", "Belgique", "FR"],
    "do_not_mail": ["oui", "non", ""],
    "birthday": ["23/11/1980", "1980-11-23", "demain", ""],
    "notes": ["une note", ""],
    "custom:Salon": ["Lyon", ""],
    GENERIC_PHONE: ["1"],
}
_FIELDS = list(_CELLS)


@st.composite
def _raw_rows(draw: st.DrawFn) -> dict[str, str]:
    names = draw(st.lists(st.sampled_from(_FIELDS), unique=True, max_size=len(_FIELDS)))
    return {name: draw(st.sampled_from(_CELLS[name])) for name in names}


def _same(expected: list, got: list) -> None:
    assert len(got) == len(expected)
    for (values, problems, keys), (values2, problems2, keys2) in zip(expected, got, strict=True):
        assert list(values2.items()) == list(values.items())  # same values, in the same order
        assert problems2 == problems
        assert keys2 == keys  # (KeyRow tuples, KEY_NAMES order)


@settings(max_examples=300, deadline=None)
@given(st.lists(_raw_rows(), max_size=12))
def test_a_chunk_is_checked_as_its_rows_one_by_one(raws: list[dict[str, str]]) -> None:
    _same(check_rows([dict(r) for r in raws]), check_chunk([dict(r) for r in raws]))


def test_usual_rows_take_the_column_path_and_keep_their_order() -> None:
    usual = {
        "civility": "Monsieur",
        "first_name": "André",
        "last_name": "Dubois",
        "email": "André.Dubois@Orange.FR",
        "phone_business": "0460329669",
        "phone_mobile": "06 60 83 48 26",
        "postcode": "6000",
        "city": "Nice",
    }
    odd = {"last_name": "Bad", "email": "paul@@x", "city": "Lyon Cedex 3"}
    raws = [usual, odd, dict(usual, notes="vu au salon")]
    got = check_chunk([dict(r) for r in raws])
    _same(check_rows([dict(r) for r in raws]), got)
    values = got[0][0]
    assert values["phone_mobile"] == "+33660834826"
    assert values["postcode"] == "06000"
    assert values["civility"] == "M."
    assert list(values) == list(usual)
    assert "notes" not in got[2][0]
    assert [p.code for p in got[1][1]] == ["email_invalid"]
    assert got[1][0]["cedex"] == "CEDEX 3"


@settings(max_examples=200, deadline=None)
@given(st.lists(_raw_rows(), max_size=12))
def test_keys_by_column_are_the_keys_of_each_row(raws: list[dict[str, str]]) -> None:
    values = [check_rows([raw])[0][0] for raw in raws]
    values.append({"last_name": "é" * 300, "phone_business": "+3212345678"})
    assert contact_keys_many(values) == [contact_keys(v) for v in values]
    assert [list(k) for k in contact_keys_many(values)] == [list(contact_keys(v)) for v in values]
    pairs = list(enumerate(values))
    assert keyed_rows(pairs) == keyed_rows_by_row(pairs)
    assert keyed_rows(iter(pairs)) == keyed_rows_by_row(pairs)


def test_no_rows() -> None:
    assert check_chunk([]) == []
    assert contact_keys_many([]) == []
    assert keyed_rows([]) == keyed_rows_by_row([])


def _match_by_row(index: MatchIndex, rows: list[tuple[int, Keys]]) -> dict[int, Match]:
    found = {}
    for row_index, keys in rows:
        match = index._find(keys)
        if match is not None:
            found[row_index] = match
        index._add(("row", row_index), keys)
    return found


@settings(max_examples=200, deadline=None)
@given(st.lists(_raw_rows(), max_size=10), st.lists(_raw_rows(), max_size=10))
def test_rows_are_matched_as_by_the_index_one_row_at_a_time(
    on_file: list[dict[str, str]], raws: list[dict[str, str]]
) -> None:
    contacts = [check_rows([raw])[0][0] for raw in on_file]
    keyed = keyed_rows(list(enumerate(check_rows([raw])[0][0] for raw in raws)))[0]
    keyed += keyed[:3]  # (rows seen again: they match the earlier ones)
    indexes = []
    for _ in range(2):
        index = MatchIndex()
        for number, values in enumerate(contacts, start=1):
            index.add("contact", number, values)
        indexes.append(index)
    assert match_keyed(indexes[0], keyed) == _match_by_row(indexes[1], keyed)
    assert indexes[0] == indexes[1]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_raw_rows(), max_size=10),
    st.lists(_raw_rows(), max_size=10),
    st.lists(st.integers(0, 9), max_size=4),
)
def test_rows_are_matched_off_the_key_columns_as_off_their_keys(
    on_file: list[dict[str, str]], raws: list[dict[str, str]], again: list[int]
) -> None:
    contacts = [check_rows([raw])[0][0] for raw in on_file]
    values = [check_rows([raw])[0][0] for raw in raws]
    values += [values[i] for i in again if i < len(values)]  # (rows seen again)
    # Rows whose two e-mails or two phones are the same, and e-mails without an "@".
    values.append({"last_name": "A", "email": "a@b.fr", "email2": "a@b.fr"})
    values.append(
        {
            "first_name": "B",
            "phone_business": "+33612345678",
            "phone_mobile": "+33612345678",
            "email": "nope",
        }
    )
    values.append({"first_name": "B", "phone_business": "+33612345678"})
    values.append({"company_name": "C", "email2": "c@d.fr"})
    # A later row with another phone and the same mobile: matched by its second key.
    values.append(
        {"first_name": "E", "phone_business": "+33611111111", "phone_mobile": "+33622222222"}
    )
    values.append(
        {"first_name": "E", "phone_business": "+33633333333", "phone_mobile": "+33622222222"}
    )
    pairs = list(enumerate(values))
    columns = KeyColumns.of(pairs)
    assert (columns.keyed(), columns.wanted()) == keyed_rows_by_row(pairs)
    indexes = []
    for _ in range(2):
        index = MatchIndex()
        for number, contact in enumerate(contacts, start=1):
            index.add("contact", number, contact)
        indexes.append(index)
    assert match_columns(indexes[0], columns) == match_keyed(indexes[1], columns.keyed())
    assert indexes[0] == indexes[1]
