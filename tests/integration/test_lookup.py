"""Contact lookups: accent/case-free prefixes, phones, postcodes, order, and index use."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text

from desktop_crm.cli import main
from desktop_crm.services.contacts import companies, lookup
from desktop_crm.services.contacts.companies import create_company
from desktop_crm.services.contacts.records import bulk_insert_contacts, create_contact
from desktop_crm.services.groups import query as group_query
from desktop_crm.services.setup import open_database
from desktop_crm.storage import migrate
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database
from tests.pgserver import PostgresServer


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


def test_the_end_of_a_number_finds_its_contact(db: Database) -> None:
    # What a caller's message left ("...36 20 35", "34 56 78"): digits that cannot begin a
    # number are looked for anywhere in the phones (they found nothing, found by hand).
    ids = _seed(db)
    assert _ids(db, "34 56 78") == [ids["lefevre"]]  # the end of his mobile
    assert _ids(db, "5678") == [ids["lefevre"]]
    assert _ids(db, "11 22") == [ids["martin"]]  # the middle of hers
    with db.uow(write=False) as uow:
        assert lookup.count_contacts(uow, "34 56 78") == 1
    # A number's start is still a prefix (and a short one still a postcode too).
    assert _ids(db, "06 12") == [ids["lefevre"]]
    assert _ids(db, "42") == [ids["lefort"]]  # postcode 42000; not "anywhere"
    assert _ids(db, "9999") == []


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


# -- hostile lookups: the largest code point, lone surrogates, NUL, LIKE's special characters


def _hostile_seed(db: Database) -> dict[str, int]:
    names = {
        "percent100": ("100% Bio", "Lyon"),
        "percent": ("Percent%Co", "Nantes"),
        "backslash": ("Back\\slash", "Brest"),
        "underscore": ("Under_score", "Lille"),
        "top": ("Top\U0010ffff", "Metz"),
        "before_surrogates": ("Ab\ud7ffz", "Nice"),
        "after_surrogates": ("Ab\ue000z", "Pau"),
        "plain": ("Backer", "Dijon"),
    }
    ids = {}
    with db.uow() as uow:
        for key, (last_name, city) in names.items():
            ids[key] = create_contact(uow, {"last_name": last_name, "city": city}).id
        uow.commit()
    return ids


HOSTILE_LOOKUPS = [
    "\U0010ffff",
    "\U0010ffff\U0010ffff",
    "a\U0010ffff",
    "\ud800",
    "x\udcff",  # what an undecodable command-line byte becomes
    "\udcff 0612",
    "\x00",
    "a\x00b",
    "\ud7ff",
    "\ufffd",
    "06\U0010ffff",
    "%",
    "_",
    "\\",
]


def test_hostile_lookups_answer_without_error(db: Database) -> None:
    _hostile_seed(db)
    with db.uow(write=False) as uow:
        backend = uow.session.get_bind().dialect.name
        for query in HOSTILE_LOOKUPS:
            found = list(lookup.lookup_ids(uow, query))
            assert lookup.count_contacts(uow, query) == len(found), query
            condition = lookup.lookup_condition(query, backend)
            assert len(list(uow.session.scalars(select(Contact.id).where(condition)))) == len(found)


def test_lookups_of_special_characters_find_their_contacts(db: Database) -> None:
    ids = _hostile_seed(db)
    assert _ids(db, "100%") == [ids["percent100"]]
    assert _ids(db, "Percent%") == [ids["percent"]]
    assert _ids(db, "percent%c") == [ids["percent"]]
    assert _ids(db, "Back\\") == [ids["backslash"]]
    assert sorted(_ids(db, "Back")) == sorted([ids["backslash"], ids["plain"]])
    assert _ids(db, "under_") == [ids["underscore"]]
    assert _ids(db, "%") == []
    assert _ids(db, "_") == []


def test_lookups_at_the_ends_of_unicode(db: Database) -> None:
    ids = _hostile_seed(db)
    assert _ids(db, "top\U0010ffff") == [ids["top"]]
    assert _ids(db, "top") == [ids["top"]]
    assert _ids(db, "\U0010ffff") == []
    assert _ids(db, "ab\ud7ff") == [ids["before_surrogates"]]
    assert _ids(db, "ab\ue000") == [ids["after_surrogates"]]
    assert sorted(_ids(db, "ab")) == sorted([ids["before_surrogates"], ids["after_surrogates"]])
    assert _ids(db, "\ud800") == []
    assert _ids(db, "top\udcff") == []


@pytest.mark.parametrize(
    "query",
    ["\U0010ffff", "\udcff", "100%", "Back\\"],
)
def test_cli_lookup_with_hostile_text_gives_a_plain_answer(
    sqlite_db: Database,
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    query: str,
) -> None:
    _hostile_seed(sqlite_db)
    out_file = tmp_path / "out.csv"
    code = main(["export", "-o", str(out_file), "--lookup", query, "--db", sqlite_url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "internal fault" not in out + err and "Traceback" not in out + err
    expected = 1 if query in ("100%", "Back\\") else 0
    assert f"Exported {expected} contacts" in out


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


GROUP_TEMPLATES = (
    "last_name starts with {v}",
    "last_name = {v}",
    "last_name contains {v}",
    "last_name in ({v}, {v})",
    "job_title starts with {v}",
    "job_title = {v}",
    "job_title contains {v}",
    "postcode starts with {v}",
    "lookup {v}",
)


def test_group_query_text_conditions_take_hostile_values(db: Database) -> None:
    _hostile_seed(db)
    with db.uow(write=False) as uow:
        for template in GROUP_TEMPLATES:
            for value in HOSTILE_LOOKUPS:
                query = template.format(v=_quoted(value))
                assert isinstance(group_query.matching_ids(uow, query), list), query


def test_group_query_prefixes_of_special_characters(db: Database) -> None:
    ids = _hostile_seed(db)
    cases = {
        "100%": [ids["percent100"]],
        "Percent%": [ids["percent"]],
        "Back\\": [ids["backslash"]],
        "top\U0010ffff": [ids["top"]],
        "ab\ud7ff": [ids["before_surrogates"]],
    }
    with db.uow(write=False) as uow:
        for prefix, expected in cases.items():
            query = f"last_name starts with {_quoted(prefix)}"
            assert group_query.matching_ids(uow, query) == expected, prefix
            assert group_query.matching_ids(uow, f"lookup {_quoted(prefix)}") == expected


def test_company_lookup_takes_hostile_text(db: Database) -> None:
    with db.uow() as uow:
        top = create_company(uow, {"name": "Zed\U0010ffff"}).id
        pct = create_company(uow, {"name": "100% Bio"}).id
        uow.commit()
    with db.uow(write=False) as uow:
        assert companies.company_ids(uow, "zed\U0010ffff") == [top]
        assert companies.company_ids(uow, "\U0010ffff") == []
        assert companies.company_ids(uow, "\ud800") == []
        assert companies.company_ids(uow, "100%") == [pct]


# -- a PostgreSQL database with a linguistic (ICU) collation ------------------------------------


@pytest.fixture
def icu_db(pg_server: PostgresServer) -> Iterator[Database]:
    name = f"icu_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        pg_server._admin(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
            "LOCALE_PROVIDER icu ICU_LOCALE 'fr-FR' LOCALE 'C'"
        )
    except psycopg.Error as exc:
        pytest.skip(f"this PostgreSQL server cannot create an ICU database: {exc}")
    try:
        url = pg_server.url(name)
        open_database(url).db.dispose()
        database = Database(url)
        _ = database.user_id
        yield database
        database.dispose()
    finally:
        pg_server.drop_database(name)


@pytest.mark.postgres
def test_icu_database_lookups_find_special_characters(icu_db: Database) -> None:
    with icu_db.engine.connect() as conn:
        provider = conn.exec_driver_sql(
            "SELECT datlocprovider FROM pg_database WHERE datname = current_database()"
        ).scalar()
        # The case this test is about: the database's own order puts "100&" below "100%".
        assert provider == "i"
        below = conn.execute(
            text("SELECT CAST(:a AS text) < CAST(:b AS text)"), {"a": "100&", "b": "100%"}
        )
        assert below.scalar() is True
    ids = _hostile_seed(icu_db)
    assert _ids(icu_db, "100%") == [ids["percent100"]]
    assert _ids(icu_db, "Percent%") == [ids["percent"]]
    assert _ids(icu_db, "Back\\") == [ids["backslash"]]
    assert _ids(icu_db, "top\U0010ffff") == [ids["top"]]
    assert sorted(_ids(icu_db, "back")) == sorted([ids["backslash"], ids["plain"]])
    with icu_db.uow(write=False) as uow:
        assert group_query.matching_ids(uow, 'last_name starts with "100%"') == [ids["percent100"]]
        assert group_query.matching_ids(uow, 'lookup "Back\\\\"') == [ids["backslash"]]
    with icu_db.uow() as uow:
        zed = create_contact(
            uow, {"last_name": "Zorro", "job_title": "Zz Zoologiste", "postcode": "69003"}
        ).id
        uow.commit()
    # Under fr-FR "6:" < "69" and "{" < "z": ranges built in code point order are empty.
    assert _ids(icu_db, "690") == [zed]
    assert _ids(icu_db, "zor") == [zed]
    with icu_db.uow(write=False) as uow:
        for query in (
            'postcode starts with "69"',
            'job_title starts with "Zz"',
            'job_title starts with "Zz Zoologiste"',
            'lookup "690"',
        ):
            assert group_query.matching_ids(uow, query) == [zed], query
        assert group_query.matching_ids(uow, 'job_title starts with "Zz%"') == []
    with icu_db.uow() as uow:
        top = create_company(uow, {"name": "100% Bio"}).id
        uow.commit()
    with icu_db.uow(write=False) as uow:
        assert companies.company_ids(uow, "100%") == [top]


def _bytewise_revision(config: Any) -> Any:
    from alembic.script import ScriptDirectory

    [revision] = [
        r
        for r in ScriptDirectory.from_config(config).walk_revisions()
        if r.path.endswith("lookup_keys_bytewise.py")
    ]
    return revision


@pytest.mark.postgres
def test_icu_database_upgrade_makes_the_keys_bytewise(icu_db: Database) -> None:
    from alembic import command

    ids = _hostile_seed(icu_db)
    config = migrate.alembic_config(icu_db.url)
    revision = _bytewise_revision(config)
    with icu_db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision.down_revision)
        conn.commit()
    # Before the revision: the database's own collation, and the reported miss.
    assert _ids(icu_db, "100%") == []
    assert migrate.upgrade(icu_db.engine, icu_db.url).after == migrate.SCHEMA_HEAD
    with icu_db.engine.connect() as conn:
        collations = dict(
            conn.execute(
                text(
                    "SELECT column_name, collation_name FROM information_schema.columns "
                    "WHERE table_name = 'contact' AND column_name LIKE '%\\_key'"
                )
            ).all()
        )
    assert set(collations.values()) == {"C"}, collations
    assert _ids(icu_db, "100%") == [ids["percent100"]]
    assert _ids(icu_db, "Back\\") == [ids["backslash"]]


def test_group_queries_know_which_columns_are_bytewise() -> None:
    from sqlalchemy.dialects import postgresql

    from desktop_crm.storage.models import Base

    declared = {
        (table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
        if getattr(column.type.dialect_impl(postgresql.dialect()), "collation", None) == "C"
    }
    assert declared == group_query._BYTEWISE
