"""Contact lookups: accent/case-free prefixes, phones, postcodes, order, and index use."""

from __future__ import annotations

import pytest

from desktop_crm.services.contacts import lookup
from desktop_crm.services.contacts.records import bulk_insert_contacts, create_contact
from desktop_crm.storage.uow import Database


def _seed(db: Database) -> dict[str, int]:
    people = {
        "lefevre": {
            "first_name": "Jean",
            "last_name": "Lefèvre",
            "company_name": "Ébénisterie Roux",
            "city": "Lyon",
            "postcode": "69001",
            "email": "jean.lefevre@orange.fr",
            "phone_business": "04 72 00 00 01",
            "phone_mobile": "06 12 34 56 78",
        },
        "martin": {
            "first_name": "Élise",
            "last_name": "Martin",
            "company_name": "Acme",
            "city": "Paris",
            "postcode": "75011",
            "email": "e.martin@acme.fr",
            "phone_mobile": "07 88 11 22 33",
        },
        "lefort": {
            "first_name": "Paul",
            "last_name": "Lefort",
            "city": "Saint-Étienne",
            "postcode": "42000",
        },
    }
    ids = {}
    with db.uow() as uow:
        for key, values in people.items():
            ids[key] = create_contact(uow, values).id
        uow.commit()
    return ids


def _ids(db: Database, query: str, sort: str = "last_name", desc: bool = False) -> list[int]:
    with db.uow(write=False) as uow:
        return list(lookup.lookup_ids(uow, query, sort, desc))


def test_accents_and_case_are_ignored(db: Database) -> None:
    ids = _seed(db)
    assert _ids(db, "lefevre") == [ids["lefevre"]]
    assert _ids(db, "LEFÈ") == [ids["lefevre"]]
    assert _ids(db, "elise") == [ids["martin"]]
    assert _ids(db, "ebenis") == [ids["lefevre"]]
    assert _ids(db, "saint-et") == [ids["lefort"]]


def test_prefix_matches_several_in_name_order(db: Database) -> None:
    ids = _seed(db)
    assert _ids(db, "lef") == [ids["lefevre"], ids["lefort"]]
    assert _ids(db, "lef", desc=True) == [ids["lefort"], ids["lefevre"]]


def test_phone_digits_match_national_form(db: Database) -> None:
    ids = _seed(db)
    assert _ids(db, "0612") == [ids["lefevre"]]
    assert _ids(db, "06 12 34") == [ids["lefevre"]]
    assert _ids(db, "+33 6 12") == [ids["lefevre"]]
    assert _ids(db, "0472") == [ids["lefevre"]]
    assert _ids(db, "0788") == [ids["martin"]]


def test_postcode_email_city_and_two_words(db: Database) -> None:
    ids = _seed(db)
    assert _ids(db, "690") == [ids["lefevre"]]
    assert _ids(db, "e.martin@") == [ids["martin"]]
    assert _ids(db, "paris") == [ids["martin"]]
    assert _ids(db, "jean lef") == [ids["lefevre"]]
    assert _ids(db, "lef paul") == [ids["lefort"]]
    assert _ids(db, "zzz") == []
    assert _ids(db, "100%_") == []


def test_all_contacts_count_and_rows(db: Database) -> None:
    ids = _seed(db)
    assert sorted(_ids(db, "")) == sorted(ids.values())
    with db.uow(write=False) as uow:
        assert lookup.count_contacts(uow) == 3
        assert lookup.count_contacts(uow, "lef") == 2
        rows = lookup.fetch_rows(uow, [ids["lefevre"], 999_999])
    assert set(rows) == {ids["lefevre"]}
    row = rows[ids["lefevre"]]
    assert row.phone_mobile == "06 12 34 56 78"
    assert row.last_name == "Lefèvre"
    assert row.edited_at is not None


def test_sort_by_city(db: Database) -> None:
    ids = _seed(db)
    assert _ids(db, "", "city") == [ids["lefevre"], ids["martin"], ids["lefort"]]


def _plan_uses_indexes(plan: list[str]) -> bool:
    steps = [line for line in plan if "contact" in line]
    return (
        bool(steps)
        and all("USING" in line and "INDEX" in line for line in steps)
        and not any(line.startswith("SCAN contact") and "COVERING" not in line for line in steps)
    )


@pytest.mark.parametrize(
    "query", ["lefevre", "dupont jean", "0612", "+33 6 12", "69", "jean@orange", "saint-étienne"]
)
@pytest.mark.parametrize("sort", ["last_name", "city", "status"])
def test_lookup_queries_search_their_indexes(sqlite_db: Database, query: str, sort: str) -> None:
    # With many rows and no ANALYZE statistics, SQLite's planner is tempted to walk the sort
    # index and test every row: the lookup must still SEARCH the key indexes.
    rows = [
        {
            "last_name": f"Nom{i:05d}",
            "first_name": f"Prénom{i % 97}",
            "company_name": f"Société {i % 311}",
            "city": f"Ville{i % 50}",
            "postcode": f"{10000 + i % 900}",
            "email": f"p{i}@example.fr",
            "phone_business": f"+3314{i:07d}",
        }
        for i in range(3000)
    ]
    with sqlite_db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()
    with sqlite_db.uow(write=False) as uow:
        plan = lookup.explain_lookup(uow, query, sort)
    assert _plan_uses_indexes(plan), plan
    assert all("SCAN contact" not in line for line in plan), plan


def test_all_contacts_in_name_order_reads_the_name_index(sqlite_db: Database) -> None:
    with sqlite_db.uow(write=False) as uow:
        plan = lookup.explain_lookup(uow, "", "last_name")
    assert plan == ["SCAN contact USING COVERING INDEX ix_contact_last_name_key"]
