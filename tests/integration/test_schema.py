"""Schema tests: migrations give exactly the models' schema; references to contacts and
companies are listed so that merge, erasure and export code can be checked against them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from desktop_crm.domain.errors import StorageError
from desktop_crm.storage import migrate
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.models import Base
from desktop_crm.storage.uow import Database

# Every (table, column) with a foreign key to contact.id / company.id. A new reference
# fails this test on purpose: add it here AND to the merge/erasure/export code.
CONTACT_REFERENCES = {
    ("activity", "contact_id"),
    ("activity_contact", "contact_id"),
    ("campaign_member", "contact_id"),
    ("consent", "contact_id"),
    ("consent_entry", "contact_id"),
    ("contact", "referred_by_id"),
    ("group_member", "contact_id"),
    ("history", "contact_id"),
    ("note", "contact_id"),
    ("opportunity", "contact_id"),
    ("opportunity", "referrer_contact_id"),
    ("sale", "contact_id"),
    ("series_run", "contact_id"),
    ("contact_field_value", "contact_id"),
}
COMPANY_REFERENCES = {
    ("activity", "company_id"),
    ("company", "parent_id"),
    ("contact", "company_id"),
    ("history", "company_id"),
    ("note", "company_id"),
    ("opportunity", "company_id"),
    ("sale", "company_id"),
    ("group_company", "company_id"),
    ("company_field_value", "company_id"),
}


def references_to(table_name: str) -> set[tuple[str, str]]:
    return {
        (table.name, fk.parent.name)
        for table in Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == table_name
    }


def test_foreign_keys_to_contacts_are_all_listed() -> None:
    assert references_to("contact") == CONTACT_REFERENCES


def test_foreign_keys_to_companies_are_all_listed() -> None:
    assert references_to("company") == COMPANY_REFERENCES


def test_schema_head_constant_matches_alembic() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_migrated_database_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []
    assert migrate.current_revision(db.engine) == migrate.head_revision()


def test_declared_foreign_keys_exist_in_the_database(db: Database) -> None:
    inspector = inspect(db.engine)
    declared = {(t, c) for t, c in CONTACT_REFERENCES}
    found = {
        (table, column)
        for table in inspector.get_table_names()
        for fk in inspector.get_foreign_keys(table)
        if fk["referred_table"] == "contact"
        for column in fk["constrained_columns"]
    }
    assert found == declared


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        with pytest.raises(Exception, match="FOREIGN KEY"):
            conn.execute(
                text(
                    "INSERT INTO note (contact_id, text, version, private, noted_at,"
                    " created_at, edited_at) VALUES (999999, 'x', 1, 0, "
                    "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )


def test_upgrading_an_existing_file_backs_it_up_first(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite"
    url = resolve_database(str(path))
    command.upgrade(migrate.alembic_config(url), "0006")  # a database of an older version
    legacy = create_engine(f"sqlite:///{path}")
    with legacy.begin() as conn:
        conn.execute(text("INSERT INTO app_setting (key, value) VALUES ('kept', 'Gardé')"))
    legacy.dispose()
    db = Database(url)
    result = migrate.upgrade(db.engine, url)
    db.dispose()
    assert result.backup is not None and result.backup.exists()
    assert result.backup.name.startswith("old.before-upgrade-")
    copy = create_engine(f"sqlite:///{result.backup}")
    with copy.connect() as conn:
        assert (
            conn.execute(text("SELECT value FROM app_setting WHERE key = 'kept'")).scalar()
            == "Gardé"
        )
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0006"
    copy.dispose()
    assert result.after == migrate.head_revision()


def test_another_programs_file_is_never_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    legacy = create_engine(f"sqlite:///{path}")
    with legacy.begin() as conn:
        conn.execute(text("CREATE TABLE keepme (x INTEGER)"))
    legacy.dispose()
    url = resolve_database(str(path))
    db = Database(url)
    with pytest.raises(StorageError, match=r"another program \(tables: keepme\)"):
        migrate.upgrade(db.engine, url)
    db.dispose()
    assert not list(tmp_path.glob("*before-upgrade*"))
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["keepme"]


def test_a_fresh_file_needs_no_backup(tmp_path: Path) -> None:
    url = resolve_database(str(tmp_path / "new.sqlite"))
    db = Database(url)
    result = migrate.upgrade(db.engine, url)
    db.dispose()
    assert result.backup is None and result.before is None
    assert list(tmp_path.iterdir()) != [] and not list(tmp_path.glob("*before-upgrade*"))


def test_contact_and_company_ids_are_autoincrement_after_upgrade(sqlite_db: Database) -> None:
    from alembic import command

    from desktop_crm.services.contacts.records import create_contact

    with sqlite_db.uow() as uow:
        create_contact(uow, {"last_name": "Avant", "company_name": "Acme"})
        uow.commit()
    with sqlite_db.engine.connect() as conn:
        config = migrate.alembic_config(sqlite_db.url)
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
        conn.commit()
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name='contact'")).scalar()
        assert "AUTOINCREMENT" not in str(sql)
    assert migrate.upgrade(sqlite_db.engine, sqlite_db.url).after == migrate.SCHEMA_HEAD
    with sqlite_db.engine.connect() as conn:
        for table in ("contact", "company"):
            sql = conn.execute(
                text("SELECT sql FROM sqlite_master WHERE name = :t"), {"t": table}
            ).scalar()
            assert "AUTOINCREMENT" in str(sql)
        assert conn.execute(text("SELECT last_name FROM contact")).scalar() == "Avant"
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(contact)")}
        assert "ix_contact_last_name_key" in indexes
