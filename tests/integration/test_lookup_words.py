"""Several-word lookups: whichever words are searched through the indexes (one leading, or
several intersected) the lookup finds the same contacts in the same order, on awkward data,
on both backends; SQLite searches the rare words."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop_crm.services.contacts import lookup
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.storage.uow import Database, UnitOfWork

LAST = (
    "Dupont", "Dupond", "du Pont", "Dupont-Aignan", "Lefèvre", "LEFEVRE", "Martin", "Martín",
    "O'Brien", "100%", "a_b", "back\\slash", "Straße", "İnce", "Ly", "Jean", None, "  ", "😀x",
)  # fmt: skip
FIRST = ("Jean", "Jean-Marie", "Jeanne", "Marie", "Élise", "elise", "Zoë", "Lyes", None)
COMPANIES = ("Société 4273", "SARL  Roux", "SAS Dupont", "Jean & Fils", "Ébène", "69 Lyon", None)
TOWNS = (("Lyon", "69001"), ("Paris", "75011"), ("Lys", "59390"), ("Marly", "57155"), (None, None))
QUERIES = (
    "jean dup", "dupont jean", "dup jean", "marie lyon", "lyon marie", "soc 42", "soc mart",
    "jean dupont paris", "je ma ly", "lef paris", "lefevre jean", "69 jean", "690 lyon",
    "75011 dup", "c1@ jean", "jean c1@", "100% dup", "a_b jean", "back\\ jean", "o'b jean",
    "strasse jean", "ince marie", "sarl roux", "roux sarl", "du pont", "du p", "zoe ly",
    "élise lys", "jean jean", "dup dup", "x y", "😀 jean", "j m l p", "marly 57",
)  # fmt: skip
SORTS = ("last_name", "city", "company_name", "edited_at")


def _fill(db: Database) -> None:
    rng = random.Random(1919)
    rows = []
    for i in range(600):
        town, postcode = rng.choice(TOWNS)
        rows.append(
            {
                "last_name": rng.choice(LAST),
                "first_name": rng.choice(FIRST),
                "company_name": rng.choice(COMPANIES),
                "city": town,
                "postcode": postcode,
                "email": rng.choice((f"c{i}@ex.fr", f"Jean.{i}@Dup.fr", None)),
            }
        )
    with db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()


def _ids(uow: UnitOfWork, query: str, sort: str, searched: Sequence[int]) -> list[int]:
    parsed = lookup.parse_lookup(query)
    where, params = lookup.where_clause(parsed, uow.backend, searched)
    order = lookup.order_clause(sort, False, search_first=uow.backend == "sqlite")
    sql = f"SELECT id FROM contact WHERE {where} ORDER BY {order}"
    return [row[0] for row in uow.session.execute(text(sql), params)]


def test_any_searched_words_find_the_same_contacts_in_the_same_order(db: Database) -> None:
    _fill(db)
    checked = 0
    with db.uow() as uow:
        for query in QUERIES:
            words = len(lookup.parse_lookup(query).words)
            for sort in SORTS:
                expected = _ids(uow, query, sort, (0,))
                for size in range(1, words + 1):
                    for searched in itertools.combinations(range(words), size):
                        assert _ids(uow, query, sort, searched) == expected, (query, searched)
                        checked += 1
    assert checked > 400


def test_the_list_finds_what_the_first_word_alone_found(db: Database) -> None:
    """``lookup_ids`` and ``count_contacts`` (the rare words searched on SQLite) against the
    first word leading, for every query and sort."""
    _fill(db)
    with db.uow() as uow:
        found_some = 0
        for query in QUERIES:
            for sort in SORTS:
                expected = _ids(uow, query, sort, (0,))
                assert list(lookup.lookup_ids(uow, query, sort)) == expected, (query, sort)
            assert lookup.count_contacts(uow, query) == len(expected), query
            found_some += bool(expected)
    assert found_some > 20


FRAGMENTS = st.sampled_from(
    ("j", "je", "jean", "du", "dup", "ma", "mar", "ly", "l", "69", "7", "c1@", "c1", "%", "_",
     "\\", "é", "ss", "stra", "i", "o'", "soc", "42", "&", "😀", "-", "jean-")
)  # fmt: skip


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(FRAGMENTS, min_size=2, max_size=3), sort=st.sampled_from(SORTS))
def test_random_words_find_the_same_whichever_are_searched(
    sqlite_db: Database, words: list[str], sort: str
) -> None:
    with sqlite_db.uow() as uow:
        empty = not uow.session.execute(text("SELECT count(*) FROM contact")).scalar()
    if empty:  # the fixture's file is filled once for all examples
        _fill(sqlite_db)
    query = " ".join(words)
    count = len(lookup.parse_lookup(query).words)
    with sqlite_db.uow() as uow:
        expected = _ids(uow, query, sort, (0,))
        for size in range(1, count + 1):
            for searched in itertools.combinations(range(count), size):
                assert _ids(uow, query, sort, searched) == expected, (query, searched)
        assert list(lookup.lookup_ids(uow, query, sort)) == expected


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Database:
    return Database(sqlite_url)


def test_sqlite_searches_the_rare_words(sqlite_db: Database) -> None:
    rows = [{"first_name": "Jean", "last_name": f"Nom{i}", "city": "Lyon"} for i in range(300)]
    rows += [{"first_name": "Jean", "last_name": "Dupont", "city": "Paris"} for _ in range(3)]
    rows += [{"first_name": "Marie", "last_name": "Dupuis", "city": "Paris"} for _ in range(2)]
    with sqlite_db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()
    with sqlite_db.uow() as uow:
        driver = uow.sqlite_connection()
        words = lookup.parse_lookup
        assert lookup.searched_words(driver, words("jean dup")) == (1,)  # 303 against 5
        assert lookup.searched_words(driver, words("dup paris")) == (0, 1)  # 5 and 5
        assert lookup.searched_words(driver, words("jean")) == (0,)
        # Every word over the cap: the first word leads, as before.
        assert lookup.searched_words(driver, words("jean lyon"), cap=10) == (0,)
        assert lookup.searched_words(driver, words("jean dup"), cap=4) == (0,)
        where, _ = lookup.where_clause(words("dup paris"), "sqlite", (0, 1))
        assert " INTERSECT " in where and "LIKE" not in where
        plans = {}
        for searched in ((1,), (0, 1)):
            sql, params = lookup.lookup_sql("jean dup", searched=searched)
            rows = uow.session.execute(text("EXPLAIN QUERY PLAN " + sql), params)
            plans[searched] = " ".join(str(row[-1]) for row in rows)
        # One word searched through the indexes, the other filtering; or both intersected.
        assert plans[(1,)].count("MULTI-INDEX OR") == 1 and "SCAN" not in plans[(1,)]
        assert plans[(0, 1)].count("MULTI-INDEX OR") == 2 and "INTERSECT" in plans[(0, 1)]
        assert "SCAN" not in plans[(0, 1)]
        assert list(lookup.lookup_ids(uow, "jean dup")) == _ids(uow, "jean dup", "last_name", (0,))
