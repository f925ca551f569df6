"""Migration 0010 on both backends: every existing consent row becomes the first entry of
the ledger, suppression rows are kept (with empty reason and source), and it goes back."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from desktop_crm.storage import migrate
from desktop_crm.storage.location import resolve_database
from tests.pgserver import PostgresServer


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield resolve_database(str(tmp_path / "old.sqlite"))
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    name = f"m_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    url = server.create_database(name)
    yield url
    server.drop_database(name)


def test_existing_consents_become_the_first_ledger_entries(empty_url: str) -> None:
    config = migrate.alembic_config(empty_url)
    command.upgrade(config, "0008")
    engine = create_engine(empty_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact (id, last_name, version, do_not_mail, do_not_call, "
                "do_not_email, npai, email_invalid, to_review, last_name_key, first_name_key, "
                "company_key, city_key, email_key, phone_key, mobile_key) VALUES "
                "(1, 'Dupont', 1, false, false, false, false, false, false, 'dupont', '', '', "
                "'', '', '', '')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO consent (contact_id, channel, status, recorded_at, source, proof, "
                "version) VALUES (1, 'email', 'opt_out', '2025-05-04 10:00:00', 'Appel', "
                "'note', 1), (1, 'post', 'opt_in', '2024-01-02 09:00:00', 'Salon', NULL, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO suppression (channel, value_hash, created_at) VALUES "
                "('email', :h, '2025-05-04 10:00:00')"
            ),
            {"h": "a" * 64},
        )
    engine.dispose()
    command.upgrade(config, "0010")
    engine = create_engine(empty_url)
    with engine.connect() as conn:
        entries = conn.execute(
            text(
                "SELECT contact_id, channel, status, source, proof, basis FROM consent_entry "
                "ORDER BY channel"
            )
        ).all()
        assert [tuple(e) for e in entries] == [
            (1, "email", "opt_out", "Appel", "note", None),
            (1, "post", "opt_in", "Salon", None, None),
        ]
        given = conn.execute(
            text("SELECT given_at FROM consent_entry WHERE channel = 'email'")
        ).scalar_one()
        assert str(given).startswith("2025-05-04 10:00:00")
        kept = conn.execute(text("SELECT value_hash, reason, source FROM suppression")).all()
        assert [tuple(k) for k in kept] == [("a" * 64, None, None)]
    engine.dispose()
    command.downgrade(config, "0008")
    engine = create_engine(empty_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM consent")).scalar_one() == 2
        assert conn.execute(text("SELECT count(*) FROM suppression")).scalar_one() == 1
    engine.dispose()
