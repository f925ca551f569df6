"""Broad lookups: the first page read from an ordered walk of the sort index equals the
lookup's own first ids, and the list starts from it with the right count."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.services.contacts import list_data, lookup
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.storage.uow import Database

LAST = ("Martin", "Martinez", "Dupont", "Dupond", "Lefèvre", "Lefort", "Sarl", "Roux", "Ly")
COMPANIES = ("SARL Roux", "SAS Dupont", "Société Lyonnaise", "Ébénisterie", None)
TOWNS = (("Lyon", "69001"), ("Paris", "75011"), ("Lille", "59000"), ("Lys", "59390"))


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    path = tmp_path_factory.mktemp("broad") / "broad.sqlite"
    db = open_database(resolve_database(str(path))).db
    rng = random.Random(19)
    rows = []
    for i in range(3000):
        town, postcode = rng.choice(TOWNS)
        rows.append(
            {
                "first_name": rng.choice(("Jean", "Anne", "Élise", "Paul", "Lyes")),
                "last_name": rng.choice(LAST),
                "company_name": rng.choice(COMPANIES),
                "city": town,
                "postcode": postcode,
                "email": f"c{i}@{rng.choice(('sarl.fr', 'orange.fr', 'ly.com'))}",
                "phone_mobile": f"+336{rng.randrange(10**8):08d}",
            }
        )
    with db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()
    yield db
    db.dispose()


QUERIES = st.sampled_from(
    ("sarl", "sa", "dup", "ly", "l", "mart", "jean", "jean dup", "06", "0612", "59", "c1", "s", "é")
)
SORTS = st.sampled_from(sorted(lookup.INDEXED_SORTS))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    QUERIES, SORTS, st.booleans(), st.sampled_from((5, 40, 256)), st.sampled_from((64, 512, 4096))
)
def test_the_walked_head_is_the_lookups_first_page(
    filled: Database, query: str, sort: str, descending: bool, limit: int, window: int
) -> None:
    with filled.uow(write=False) as uow:
        head = lookup.broad_head_ids(uow, query, sort, descending, limit=limit, window=window)
        expected = list(lookup.lookup_ids(uow, query, sort, descending))
    assert head is not None
    if len(head) == limit:  # a full page: exactly the lookup's first ids
        assert list(head) == expected[:limit]
    else:  # too sparse in the window: never more than the lookup finds there
        assert set(head) <= set(expected)


def test_the_walk_does_not_apply_without_an_index_or_a_lookup(filled: Database) -> None:
    with filled.uow(write=False) as uow:
        assert lookup.broad_head_ids(uow, "", limit=10, window=100) is None
        assert lookup.broad_head_ids(uow, "sarl", "job_title", limit=10, window=100) is None
        assert lookup.broad_head_ids(uow, "sarl", "edited_at", limit=10, window=100) is None


def test_a_broad_lookup_starts_with_its_head_and_its_count(filled: Database) -> None:
    with filled.uow(write=False) as uow:
        start = list_data.start_lookup(uow, "sarl", "last_name", False, 20_000, 256)
        every = lookup.lookup_ids(uow, "sarl")
    assert len(every) > 256  # broad: a fifth of the file at least
    assert not start.complete and start.total == len(every)
    assert list(start.ids) == list(every[:256])
    assert sorted(start.first_rows) == sorted(every[:256])


def test_a_narrow_lookup_still_answers_complete(filled: Database) -> None:
    with filled.uow(write=False) as uow:
        start = list_data.start_lookup(uow, "jean dup", "last_name", False, 20_000, 256)
        every = lookup.lookup_ids(uow, "jean dup")
    assert 0 < len(every) < 256
    assert start.complete and list(start.ids) == list(every)


@pytest.mark.parametrize("query", ["sarl", "sa", "dup", "ly", "l", "jean", "jean dup", "06", "59"])
@pytest.mark.parametrize(("staged_above", "first_page"), [(20_000, 256), (300, 40), (50, 10)])
def test_every_way_of_starting_shows_the_lookups_first_ids(
    filled: Database, query: str, staged_above: int, first_page: int
) -> None:
    """Whichever path answers (all ids, walked head, searched head), the list starts right."""
    with filled.uow(write=False) as uow:
        start = list_data.start_lookup(uow, query, "last_name", False, staged_above, first_page)
        every = list(lookup.lookup_ids(uow, query))
    if start.complete:
        assert list(start.ids) == every and start.total == len(every)
    else:
        assert list(start.ids) == every[:first_page] and start.total == len(every)
    assert set(start.first_rows) == set(every[:first_page])


@pytest.fixture(scope="module")
def mostly_companies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Four contacts in five work for a "Société …", the others have no company at all."""
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    path = tmp_path_factory.mktemp("dense") / "dense.sqlite"
    db = open_database(resolve_database(str(path))).db
    rows = [
        {
            "last_name": ("Martin", "Roux", "Ly")[i % 3],
            "company_name": None if i % 5 == 0 else f"Société {i % 7}",
            "city": "Lyon" if i % 4 else None,
            "phone_mobile": f"+336{i:08d}",
        }
        for i in range(1500)
    ]
    with db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()
    yield db
    db.dispose()


DENSE_QUERIES = ("soc", "s", "société 3", "lyon", "ly", "l", "06", "+33 6", "0600", "roux")


@pytest.mark.parametrize("query", [*DENSE_QUERIES, "zzz", "\U0010ffff"])
def test_counts_by_column_equal_the_lookups_ids(mostly_companies: Database, query: str) -> None:
    with mostly_companies.uow(write=False) as uow:
        assert lookup.count_contacts(uow, query) == len(lookup.lookup_ids(uow, query)), query


def test_a_lookup_finding_most_contacts_in_one_column_is_counted_from_the_rest(
    mostly_companies: Database,
) -> None:
    with mostly_companies.uow(write=False) as uow:
        driver = uow.session.connection().connection.driver_connection
        # "soc": the company column only, 1,200 of 1,500 (the 300 without company are NULL).
        assert lookup._count_by_column(driver, lookup.parse_lookup("soc")) == 1200
        assert len(lookup.lookup_ids(uow, "soc")) == 1200
        # "ly" is a last name and a town: two columns, counted by their OR.
        assert lookup._count_by_column(driver, lookup.parse_lookup("ly")) is None
        assert lookup.count_contacts(uow, "ly") == len(lookup.lookup_ids(uow, "ly"))
