"""Bad conditions get a clear message and lose nothing: full disk, damaged references."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, func, select

from desktop_crm.domain.errors import StorageError
from desktop_crm.services.contacts.records import bulk_insert_contacts, create_contact
from desktop_crm.services.maintenance import check_database
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database


def test_full_disk_is_reported_and_nothing_is_half_written(sqlite_db: Database) -> None:
    with sqlite_db.uow() as uow:
        create_contact(uow, {"last_name": "Avant"})
        uow.commit()
    with sqlite_db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    # Simulate a full disk: the file may not grow past its current size (+2 pages).
    @event.listens_for(sqlite_db.engine, "connect")
    def _limit(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {int(pages or 0) + 2}")

    sqlite_db.engine.dispose()
    rows = [{"last_name": f"Nom{i}", "city": "Lyon" * 10} for i in range(5000)]
    with pytest.raises(StorageError) as caught, sqlite_db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()
    assert caught.value.code == "disk_full"
    assert "nothing was saved" in caught.value.message.lower()
    with sqlite_db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Contact)) == 1


def test_check_reports_broken_references(sqlite_db: Database) -> None:
    assert check_database(sqlite_db).healthy
    path = sqlite_path(sqlite_db.url)
    assert path is not None
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO group_member (group_id, contact_id, added_at) "
        "VALUES (12345, 67890, CURRENT_TIMESTAMP)"
    )
    conn.commit()
    conn.close()
    report = check_database(sqlite_db)
    assert not report.healthy
    assert report.orphans == {"group_member -> contact": 1, "group_member -> contact_group": 1}


def test_unreachable_server_is_a_clear_message_not_a_traceback() -> None:
    from desktop_crm.services.setup import open_database

    with pytest.raises(StorageError) as caught:
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/crm")
    assert caught.value.code == "connection"
    assert "nothing was saved" in caught.value.message.lower()
