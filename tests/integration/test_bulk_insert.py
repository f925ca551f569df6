"""The fast bulk insert stores exactly what SQLAlchemy's own insert stores."""

from __future__ import annotations

import datetime as dt
from typing import cast

import pytest
from sqlalchemy import Table, insert, select, text

from desktop_crm.storage.bulk import bulk_insert
from desktop_crm.storage.models import History, Note
from desktop_crm.storage.uow import Database


def test_dates_have_sqlalchemys_text_format(sqlite_db: Database) -> None:
    when = dt.datetime(2026, 11, 23, 0, 0, 0)
    table = cast(Table, History.__table__)
    with sqlite_db.uow() as uow:
        bulk_insert(
            uow.session,
            table,
            ["type", "occurred_at", "private"],
            [{"type": "note", "occurred_at": when, "private": False}],
        )
        uow.session.execute(
            insert(table), [{"type": "note", "occurred_at": when, "private": False}]
        )
        uow.commit()
    with sqlite_db.engine.connect() as conn:
        stored = [r[0] for r in conn.execute(text("SELECT occurred_at FROM history"))]
    assert stored == ["2026-11-23 00:00:00.000000"] * 2


def test_python_defaults_are_applied_for_missing_columns(db: Database) -> None:
    table = cast(Table, Note.__table__)
    with db.uow() as uow:
        bulk_insert(uow.session, table, ["text"], [{"text": "Rappeler lundi"}])
        uow.commit()
    with db.uow(write=False) as uow:
        note = uow.session.scalars(select(Note)).one()
        assert note.version == 1 and note.private is False
        assert note.noted_at is not None and note.created_at is not None


def test_integrity_errors_keep_their_kind(sqlite_db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from desktop_crm.domain.errors import StorageError

    table = cast(Table, Note.__table__)
    with pytest.raises(StorageError) as caught, sqlite_db.uow() as uow:
        bulk_insert(
            uow.session, table, ["text", "contact_id"], [{"text": "x", "contact_id": 999_999}]
        )
        uow.commit()
    assert isinstance(caught.value.__cause__, IntegrityError)


def test_rows_given_by_column_are_stored_as_rows_given_one_by_one(db: Database) -> None:
    from desktop_crm.storage.bulk import bulk_insert_columns_ids, bulk_insert_ids

    table = cast(Table, History.__table__)
    when = dt.datetime(2026, 11, 23, 9, 30, 15, 123456)
    rows = [
        {"type": "note", "occurred_at": when, "private": i % 2 == 0, "details": None}
        for i in range(7)
    ]
    rows[3]["details"] = "Rappeler lundi"
    with db.uow() as uow:
        by_row = bulk_insert_ids(uow.session, table, rows)
        by_column = bulk_insert_columns_ids(
            uow.session, table, {name: [row[name] for row in rows] for name in rows[0]}
        )
        uow.commit()
    assert len(by_column) == 7 and min(by_column) > max(by_row)
    columns = [c for c in table.c if c.name != "id"]
    with db.engine.connect() as conn:
        stored = {r[0]: tuple(r[1:]) for r in conn.execute(select(table.c.id, *columns))}
    assert [stored[i] for i in by_column] == [stored[i] for i in by_row]
    assert stored[by_column[3]][columns.index(table.c.details)] == "Rappeler lundi"
    assert stored[by_column[0]][columns.index(table.c.occurred_at)] == when


def test_rows_given_as_tuples_are_stored_as_rows_given_one_by_one(sqlite_db: Database) -> None:
    from desktop_crm.storage.bulk import bulk_insert_ids, bulk_insert_rows_ids

    table = cast(Table, History.__table__)
    when = dt.datetime(2026, 11, 23, 9, 30, 15)  # (sqlite3's own adapter: no .000000)
    constants = {"regarding": "l'import d'avril", "type": "note", "occurred_at": when}
    details = ["Rappeler lundi", None, "", "O'Brien", "5"]
    private = [True, False, None, False, True]
    rows = [
        {**constants, "details": d, "private": p} for d, p in zip(details, private, strict=True)
    ]
    rows[2]["private"] = False  # (NOT NULL)
    with sqlite_db.uow() as uow:
        by_row = bulk_insert_ids(uow.session, table, rows)
        by_tuple = bulk_insert_rows_ids(
            uow.session,
            table,
            ["details"],
            [(d,) for d in details],
            {"private": [row["private"] for row in rows]},  # (converted: a boolean)
            constants,
        )
        # A converted column among the tuples' names: stored the same (column by column).
        mistaken = bulk_insert_rows_ids(
            uow.session,
            table,
            ["details", "private"],
            [(row["details"], row["private"]) for row in rows],
            {},
            constants,
        )
        uow.commit()
    assert len(by_tuple) == 5 and min(by_tuple) > max(by_row)
    names = [c.name for c in table.c if c.name != "id"]
    # Compared as SQLite stores them (typeof), not as SQLAlchemy reads them back.
    query = "SELECT id, " + ", ".join(f"typeof({n}), {n}" for n in names) + " FROM history"
    with sqlite_db.engine.connect() as conn:
        stored = {r[0]: tuple(r[1:]) for r in conn.exec_driver_sql(query)}
    assert [stored[i] for i in by_tuple] == [stored[i] for i in by_row]
    assert [stored[i] for i in mistaken] == [stored[i] for i in by_row]
    first = dict(zip(names, stored[by_tuple[0]][1::2], strict=True))
    assert first["regarding"] == "l'import d'avril" and first["details"] == "Rappeler lundi"
    assert first["occurred_at"] == "2026-11-23 09:30:15.000000" and first["private"] == 1
