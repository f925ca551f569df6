"""An existing single-user database becomes a team database: every row kept, every row
given to the first administrator; SQLite stays single-user."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from desktop_crm.domain.errors import DomainError
from desktop_crm.services.setup import open_database
from desktop_crm.services.users.accounts import add_user, list_users, whoami
from desktop_crm.services.users.team_setup import set_up_team
from desktop_crm.storage import migrate
from desktop_crm.storage.location import resolve_database
from tests.pgserver import PostgresServer

TABLES = ("app_user", "contact", "company", "contact_group", "note", "history", "activity")


def _old_single_user_database(url: str) -> None:
    """A database of revision 0008 as one person used it: rows without record manager."""
    command.upgrade(migrate.alembic_config(url), "0008")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO app_user (login, display_name, role, active, version, created_at, "
                "edited_at) VALUES ('paul', 'Paul', 'standard', :t, 1, CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP), ('lucie', 'Lucie', 'standard', :t, 1, CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP)"
            ),
            {"t": True},
        )
        conn.execute(
            text(
                "INSERT INTO company (name, name_key, version, created_at, edited_at) "
                "VALUES ('Acme', 'acme', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
        for n in range(5):
            conn.execute(
                text(
                    "INSERT INTO contact (last_name, last_name_key, first_name_key, company_key,"
                    " city_key, email_key, phone_key, mobile_key, do_not_mail, do_not_call, "
                    "do_not_email, npai, email_invalid, to_review, version, created_at, "
                    "edited_at) VALUES (:n, :n, '', '', '', '', '', '', :f, :f, :f, :f, :f, :f,"
                    " 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {"n": f"person{n}", "f": False},
            )
        conn.execute(
            text(
                "INSERT INTO contact_group (name, include_subgroups, version, created_at, "
                "edited_at) VALUES ('Salon', :f, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"f": False},
        )
        conn.execute(
            text(
                "INSERT INTO note (contact_id, text, private, noted_at, version, created_at, "
                "edited_at) SELECT id, 'old private note', :t, CURRENT_TIMESTAMP, 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM contact"
            ),
            {"t": True},
        )
        conn.execute(
            text(
                "INSERT INTO history (contact_id, type, occurred_at, private) "
                "SELECT id, 'call', CURRENT_TIMESTAMP, :f FROM contact"
            ),
            {"f": False},
        )
    engine.dispose()


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        out = {
            t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0) for t in TABLES
        }
    engine.dispose()
    return out


def _check_assigned(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        admin = (
            conn.execute(text("SELECT id FROM app_user WHERE role = 'administrator'"))
            .scalars()
            .all()
        )
        assert len(admin) == 1
        assert (
            conn.execute(text("SELECT login FROM app_user WHERE id = :i"), {"i": admin[0]}).scalar()
            == "paul"
        )
        for table in ("contact", "company", "contact_group"):
            managers = (
                conn.execute(text(f"SELECT DISTINCT record_manager_id FROM {table}"))
                .scalars()
                .all()
            )
            assert managers == [admin[0]], table
        authors = conn.execute(text("SELECT DISTINCT user_id FROM note")).scalars().all()
        assert authors == [admin[0]]
        assert not conn.execute(
            text("SELECT count(*) FROM contact WHERE private = :t"), {"t": True}
        ).scalar()
    engine.dispose()
    return int(admin[0])


def test_upgrading_a_single_user_file_keeps_every_row(tmp_path: Path) -> None:
    url = resolve_database(str(tmp_path / "old.sqlite"))
    _old_single_user_database(url)
    before = _counts(url)
    result = open_database(url)
    result.db.dispose()
    assert _counts(url) == {**before, "app_user": _counts(url)["app_user"]}
    assert _counts(url)["app_user"] >= before["app_user"]
    _check_assigned(url)


def test_sqlite_stays_single_user(sqlite_url: str) -> None:
    db = open_database(sqlite_url).db
    try:
        me = db.read(whoami)
        assert me.role == "administrator" and me.team is False and me.backend == "sqlite"
        with pytest.raises(DomainError, match="PostgreSQL"):
            db.run(set_up_team)
        # Users can still be listed and added (no database login on a file).
        row = db.run(add_user, "Lucie", "standard").value
        assert row.has_login is None
        assert "Lucie" in [u.login for u in db.read(list_users)]
    finally:
        db.dispose()


@pytest.mark.postgres
def test_upgrading_a_single_user_postgresql_database_to_a_team(
    pg_server: PostgresServer,
) -> None:
    name = f"up_{uuid.uuid4().hex[:8]}"
    url = pg_server.create_database(name)
    paul = f"paul{uuid.uuid4().hex[:6]}"
    try:
        _old_single_user_database(url)
        before = _counts(url)
        owner = open_database(url).db
        admin_id = _check_assigned(url)
        report = owner.run(set_up_team).value
        assert "contact" in report.secured_tables and "note" in report.secured_tables
        assert report.users_without_login == ["paul", "lucie"]
        # Give the administrator row a login: rename it to a fresh role name for the test.
        with owner.engine.begin() as conn:
            conn.execute(
                text("UPDATE app_user SET login = :l WHERE id = :i"), {"l": paul, "i": admin_id}
            )
        owner.run(add_user, paul, "administrator")
        assert owner.run(set_up_team).value.secured_tables == report.secured_tables  # idempotent
        owner.dispose()
        after = _counts(url)
        assert {k: v for k, v in after.items() if k != "app_user"} == {
            k: v for k, v in before.items() if k != "app_user"
        }
        # The first administrator logs in and sees every row, private notes included.
        paul_url = url.replace("postgres@", f"{paul}@", 1)
        assert _counts(paul_url)["note"] == before["note"]
        assert _counts(paul_url)["contact"] == before["contact"]
        mine = open_database(paul_url, create=False).db
        assert mine.read(whoami).role == "administrator" and mine.team
        mine.dispose()
    finally:
        pg_server.drop_database(name)
        import contextlib

        import psycopg

        with (
            contextlib.suppress(psycopg.Error),
            psycopg.connect(
                f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres",
                autocommit=True,
            ) as conn,
        ):
            conn.execute(f'DROP ROLE IF EXISTS "{paul}"')  # type: ignore[arg-type]
