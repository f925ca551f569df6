"""The start-up's first read (plain sqlite3, before SQLAlchemy) shows exactly what the
ordinary read shows, and is used only when it can be sure; anything else opens the usual way."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.engine import URL, make_url

from desktop_crm.services.contacts import list_data, lookup
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.first_start import deferred_database, prepare_first_read
from desktop_crm.services.setup import SEED_STAMP_KEY
from desktop_crm.storage import location
from desktop_crm.storage.database import Database
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.uow import UnitOfWork

AWKWARD = [
    {"last_name": "Éloïse", "first_name": None, "city": "Saint-Étienne"},
    {"last_name": "eloise", "first_name": "Zoé", "phone_business": "01 23 45 67 89"},
    {"last_name": "Œuvre", "first_name": "Ægir", "email": "a@exemple.fr", "postcode": "69001"},
    {"company_name": "SARL Dupont & Fils", "phone_mobile": "+33 6 12 34 56 78"},
    {"last_name": "dupont", "first_name": "Jean", "job_title": "Gérant"},
    {
        "last_name": "Dupont",
        "first_name": "jean",
        "city": None,
        "phone_business": "+1 212 555 0100",
    },
    {"last_name": "Ñandú", "first_name": "Ángel", "status": "Client"},
    {"last_name": "van der Berg", "first_name": "Anne-Sophie", "city": "Lyon"},
    {"last_name": "O'Brien", "first_name": "Seán", "postcode": "75011"},
    {"first_name": "Solo"},
]

LOOKUPS = ["", "dupont", "é", "ELO", "dup jean", "06 12", "69", "sarl", "zz-none", "a@ex"]
SORTS = [
    ("last_name", False),
    ("last_name", True),
    ("first_name", False),
    ("company_name", True),
    ("city", False),
    ("phone_business", False),
    ("last_reach", True),
    ("edited_at", False),
    ("job_title", False),
]


def _fill(db: Database) -> None:
    for values in AWKWARD:
        db.run(create_contact, values)
    with db.uow() as uow:  # private records; a contact reached (microseconds), others never
        uow.session.execute(text("UPDATE contact SET private = 1 WHERE id IN (1, 5)"))
        uow.session.execute(
            text("UPDATE contact SET last_reach = :when WHERE id = 1"),
            {"when": dt.datetime(2026, 11, 30, 17, 5, 3, 250)},
        )
        uow.commit()


def _deferred(url: str) -> Database:
    db = deferred_database(url)
    assert db is not None
    assert prepare_first_read(db)
    return db


def test_the_first_read_shows_what_the_ordinary_read_shows(sqlite_db: Database) -> None:
    _fill(sqlite_db)
    first = _deferred(sqlite_db.url)
    try:
        assert first.user_id == sqlite_db.user_id  # known without SQL on the GUI thread
        for typed in LOOKUPS:
            for sort, descending in SORTS:
                for staged_above, page in ((3, 2), (1000, 256)):
                    args = (typed, sort, descending, staged_above, page)
                    quick = first.read(list_data.start_lookup, *args)
                    assert first.first_reader is not None  # still the first-read path
                    assert quick == sqlite_db.read(list_data.start_lookup, *args), args
        assert first.first_read_answered
        # The rows' raw values from the driver are those SQLAlchemy's text() rows carried
        # (the ordinary read used them before both went through the driver).
        sql = lookup._ROW_SQL.format(marks=", ".join(str(i) for i in range(1, 11)))
        with sqlite_db.uow(write=False) as uow:
            through_sqlalchemy = [tuple(r) for r in uow.session.execute(text(sql))]
            driver = uow.sqlite_connection()
            assert driver is not None
            assert driver.execute(sql).fetchall() == through_sqlalchemy
        rows = first.read(list_data.start_lookup, "", "last_name", False, 100, 256).first_rows
        assert rows[1].last_reach == dt.datetime(2026, 11, 30, 17, 5, 3, 250)
        assert rows[1].first_name is None and rows[1].last_name == "Éloïse"
        assert rows[4].phone_mobile != "" and rows[2].phone_business != ""
    finally:
        first.dispose()


def test_the_rest_of_the_opening_follows_the_first_read(sqlite_db: Database) -> None:
    """The first unit of work finishes the opening once the GUI showed the first page:
    the first-read connection closes and the defaults are seeded if this version needs."""
    with sqlite_db.uow() as uow:
        uow.session.execute(text("DELETE FROM app_setting WHERE key = :k"), {"k": SEED_STAMP_KEY})
        uow.commit()
    first = _deferred(sqlite_db.url)
    try:
        first.read(list_data.start_lookup, "", "last_name", False, 100, 256)
        assert first.awaits_showing()
        first.opening_gate.set()  # what the operation runner does after the paint
        stamp = first.read(
            lambda uow: uow.session.execute(
                text("SELECT value FROM app_setting WHERE key = :k"), {"k": SEED_STAMP_KEY}
            ).scalar()
        )
        assert stamp  # seeded again by the finished opening
        assert first.first_reader is None and not first.awaits_showing()
        # Later reads of the registered function go the ordinary way.
        assert first.read(list_data.start_lookup, "", "last_name", False, 100, 256).total == 0
    finally:
        first.dispose()


def test_a_file_it_cannot_vouch_for_opens_the_ordinary_way(
    sqlite_db: Database, tmp_path: Path
) -> None:
    path = sqlite_path(sqlite_db.url)
    assert path is not None
    sqlite_db.dispose()
    # Another user of the file: created (and asked who they are) by the ordinary opening.
    stranger = deferred_database(sqlite_db.url)
    assert stranger is not None
    stranger.user_login = "someone-else"
    assert not prepare_first_read(stranger)
    assert stranger.first_reader is None
    # A schema behind this version: upgraded (with its backup) by the ordinary opening.
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0013'")
    assert not prepare_first_read(Database(sqlite_db.url, deferred=True))
    # Another program's file, an empty file, a folder, a missing file, a server database.
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE things (id INTEGER)")
    assert not prepare_first_read(Database(location.sqlite_url(foreign), deferred=True))
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert not prepare_first_read(Database(location.sqlite_url(empty), deferred=True))
    assert deferred_database(location.sqlite_url(tmp_path)) is None
    assert deferred_database(location.sqlite_url(tmp_path / "missing.sqlite")) is None
    assert deferred_database("postgresql+psycopg://u@localhost/crm") is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_a_read_only_file_opens_the_ordinary_way(sqlite_db: Database) -> None:
    path = sqlite_path(sqlite_db.url)
    assert path is not None
    sqlite_db.dispose()
    path.chmod(0o444)
    try:
        assert not prepare_first_read(Database(sqlite_db.url, deferred=True))
    finally:
        path.chmod(0o644)


def test_a_damaged_first_read_falls_back_to_the_ordinary_read(sqlite_db: Database) -> None:
    """A first read that the driver refuses is read again the ordinary way (which says what
    is wrong, or works)."""
    first = _deferred(sqlite_db.url)
    first.first_reader.close()  # e.g. the connection lost: sqlite3.ProgrammingError
    first.opening_gate.set()
    try:
        start = first.read(list_data.start_lookup, "", "last_name", False, 100, 256)
        assert start.total == 0 and first.first_reader is None
    finally:
        first.dispose()


def test_unit_of_work_and_first_reader_offer_the_same_reading_surface(
    sqlite_db: Database,
) -> None:
    with sqlite_db.uow(write=False) as uow:
        assert isinstance(uow, UnitOfWork)
        assert uow.backend == "sqlite"
        assert isinstance(uow.sqlite_connection(), sqlite3.Connection)


PATH_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00/"), min_size=1
)


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(PATH_TEXT, min_size=1, max_size=3))
def test_sqlite_urls_are_written_and_read_as_sqlalchemy_does(parts: list[str]) -> None:
    """The start-up writes and reads SQLite URLs without importing SQLAlchemy's URL code."""
    path = Path("/", *parts)
    url = location.sqlite_url(path)
    assert url == str(URL.create("sqlite", database=str(path)))
    assert location.sqlite_path(url) == Path(str(make_url(url).database))
    assert location.sqlite_path(url + "?mode=ro&uri=true") == path


def test_other_urls_still_go_through_sqlalchemy() -> None:
    assert location.sqlite_path("sqlite://") is None
    assert location.sqlite_path("sqlite:///:memory:") is None
    assert location.sqlite_path("sqlite+pysqlite:////tmp/x.sqlite") == Path("/tmp/x.sqlite")
    assert location.sqlite_path("postgresql+psycopg://u@h/crm") is None
    assert location.resolve_database("/tmp/a b%c.sqlite") == "sqlite:////tmp/a b%25c.sqlite"
