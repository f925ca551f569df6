"""The group query language: parsing, canonical text round trip, error messages, dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain import query as q

FIELDS = q.contact_fields()

EXAMPLES = [
    'city = "Lyon"',
    'status = "Client" and city = "Lyon"',
    "last_reach older than 6 months",
    "contract_end within next 30 days",
    '(city = "Lyon" or city = "Bron") and email is not empty',
    'in group "Salon Lyon 2026"',
    'not (city in ("A", "B") or birthday anniversary within next 15 days)',
    'has history "letter sent" since 2026-01-01',
    'has open activity and has opportunity in stage "Négociation"',
    'consent email is "opt_in" or lookup "jean dup"',
    'npai = yes and has no history "email sent"',
    "created_at between 2026-01-01 and 2026-01-31",
    'postcode starts with "69" and last_name != "O\\"Brien"',
    "last_email in the last 2 weeks",
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_examples_round_trip(text: str) -> None:
    tree = q.parse(text, FIELDS)
    assert q.parse(q.format_query(tree), FIELDS) == tree


def test_words_are_case_insensitive_and_and_binds_tighter() -> None:
    tree = q.parse('city = "A" OR city = "B" AND NOT npai = yes', FIELDS)
    assert tree == q.Or(
        (
            q.Compare("city", "=", "A"),
            q.And((q.Compare("city", "=", "B"), q.Not(q.Compare("npai", "=", True)))),
        )
    )
    assert q.parse('has history "Lettre envoyée"', FIELDS) == q.HasHistory("letter_sent")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('citty = "Lyon"', "Unknown field 'citty' at 1: did you mean 'city'?"),
        ('city = "Lyon" and statsu = "x"', "Unknown field 'statsu' at 19: did you mean 'status'?"),
        ("id; drop = 1", "Unexpected character ';' at 3"),
        ('city == "x"', "Unexpected '=' at 7"),
        ('birthday contains "x"', "Operator 'contains' does not apply to the date field"),
        ("last_reach older than 6 monts", "Unknown unit 'monts' at 25: did you mean 'months'?"),
        ('city = "Lyon', "Unclosed quote at 8"),
        ('has history "leter sent"', "did you mean 'letter sent'?"),
        ('consent emial is "opt_in"', "Unknown consent channel 'emial' at 9"),
        ("contract_end > 2026-02-30", "Invalid date '2026-02-30' at 16"),
        ('(city = "x"', "Expected ')'"),
        ("", "The query is empty"),
        ('contract_end > "soon"', "'\"soon\"' at 16 is not a date value"),
    ],
)
def test_errors_name_the_word_and_where(text: str, message: str) -> None:
    with pytest.raises(q.QueryError) as error:
        q.parse(text, FIELDS)
    assert message in str(error.value)


def test_shift_clamps_months_and_relative_ranges() -> None:
    assert q.shift(dt.date(2026, 8, 31), -6, "months") == dt.date(2026, 2, 28)
    assert q.shift(dt.date(2024, 2, 29), 1, "years") == dt.date(2025, 2, 28)
    today = dt.date(2026, 6, 15)
    assert q.relative_range("older than", 6, "months", today) == (None, dt.date(2025, 12, 15))
    assert q.relative_range("within next", 30, "days", today) == (today, dt.date(2026, 7, 16))


def test_anniversaries_wrap_the_year_and_keep_29_february() -> None:
    keys = q.anniversary_keys(dt.date(2026, 12, 25), 10)
    assert "12-31" in keys and "01-04" in keys and "01-05" not in keys
    assert "02-29" in q.anniversary_keys(dt.date(2027, 2, 27), 1)  # 28 Feb, no 29th in 2027
    assert "02-29" not in q.anniversary_keys(dt.date(2028, 2, 27), 1)  # 2028 has one
    row = {"birthday": dt.date(1980, 2, 29)}
    node = q.parse("birthday anniversary within next 3 days", FIELDS)
    assert q.evaluate(node, row, FIELDS, dt.date(2027, 2, 26))
    assert not q.evaluate(node, row, FIELDS, dt.date(2027, 3, 1))


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)
_values = st.one_of(
    _text,
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False),
    st.booleans(),
)
_names = st.sampled_from(["city", "status", "birthday", "x_score"])
_leaves = st.one_of(
    st.builds(q.Compare, _names, st.sampled_from((*q.COMPARISONS, "contains")), _values),
    st.builds(q.IsEmpty, _names, st.booleans()),
    st.builds(q.InList, _names, st.lists(_values, min_size=1, max_size=3).map(tuple)),
    st.builds(q.Between, _names, _values, _values),
    st.builds(
        q.Relative,
        _names,
        st.sampled_from(q.RELATIVE),
        st.integers(0, 99),
        st.sampled_from(q.UNITS),
    ),
    st.builds(q.Anniversary, _names, st.integers(0, 366)),
    st.builds(q.InGroup, _text),
    st.builds(
        q.HasHistory,
        st.sampled_from([t.value for t in q.HistoryType]),
        st.none() | st.dates(min_value=dt.date(1900, 1, 1)),
    ),
    st.builds(q.HasOpportunity, st.none() | _text),
    st.builds(q.LookupText, _text),
)


def _tree() -> st.SearchStrategy[q.Node]:
    return st.recursive(
        _leaves,
        lambda inner: st.one_of(
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: q._combine(q.And, xs)),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: q._combine(q.Or, xs)),
            inner.map(q.Not),
        ),
        max_leaves=6,
    )


@given(_tree())
def test_any_tree_round_trips_through_its_text(tree: q.Node) -> None:
    text = q.format_query(tree)
    assert q.parse(text) == tree
    assert q.format_query(q.parse(text)) == text


def test_numbers_keep_their_digits() -> None:
    assert q.parse("x = 12.50") == q.Compare("x", "=", Decimal("12.50"))


def test_query_error_is_a_domain_error_with_the_word_and_position() -> None:
    from desktop_crm.domain.errors import DomainError

    with pytest.raises(DomainError) as error:
        q.parse('city = "a" and citty = "b"', FIELDS)
    assert isinstance(error.value, q.QueryError)
    assert (error.value.word, error.value.position, error.value.code) == (
        "citty",
        16,
        "invalid_query",
    )


def test_company_fields_and_evaluation_of_missing_values() -> None:
    tree = q.parse('company.name starts with "acme" or company.city is empty', FIELDS)
    assert q.evaluate(tree, {}, FIELDS, dt.date(2026, 1, 1))
    assert q.evaluate(
        tree, {"company.name": "ACMÉ SA", "company.city": "Lyon"}, FIELDS, dt.date(2026, 1, 1)
    )
    assert not q.evaluate(
        tree, {"company.name": "Borel", "company.city": "Lyon"}, FIELDS, dt.date(2026, 1, 1)
    )


def test_rename_field_renames_every_condition_naming_it_and_nothing_else() -> None:
    tree = q.parse('(size = "big" or size is empty) and not size in ("a", "b") and city = "size"')
    renamed = q.rename_field(tree, "size", "taille")
    assert q.format_query(renamed) == (
        '(taille = "big" or taille is empty) and not taille in ("a", "b") and city = "size"'
    )
    assert q.field_names(tree) == {"size", "city"}
    assert q.field_names(renamed) == {"taille", "city"}


def test_contains_ignores_ascii_case_only_and_keeps_other_letters() -> None:
    fields = q.contact_fields()
    row = {"status": "ÉTUDIANT"}
    found = {
        word
        for word in ("É", "é", "tud", "TUD", "Étu", "étu")
        if q.evaluate(q.Compare("status", "contains", word), row, fields, dt.date(2026, 1, 1))
    }
    assert found == {"É", "tud", "TUD", "Étu"}
    assert q.ascii_lower("ÀÉ Abc") == "ÀÉ abc"


def test_a_valid_value_says_no_refusal() -> None:
    """The "not a number value" sentence is built only for a refused value (it used to be
    said, with the five kind words, for every value of every query)."""
    from desktop_crm.domain import wording

    said: list[str] = []

    def listening(context: str, english: str) -> str:
        said.append(english)
        return english

    previous = wording.current()
    wording.set_translator(listening)
    try:
        q.parse('city = "Lyon" and postcode starts with "69" and birthday > 2000-01-01', FIELDS)
        assert not [s for s in said if "is not a" in s or s in {"text", "number", "bool"}]
        with pytest.raises(q.QueryError):
            q.parse('birthday > "soon"', FIELDS)
        assert "'{text}' at {pos} is not a {kind} value for '{name}'" in said
    finally:
        wording.set_translator(previous)
