"""Shared fixtures: a migrated SQLite file per test and the same on a real PostgreSQL server.

The PostgreSQL server is started by the test suite itself (initdb + pg_ctl in a temporary
folder, as the unprivileged ``postgres`` user when running as root). Under CI=true a missing
PostgreSQL is an error; on a developer machine without it the PostgreSQL cases are skipped
with the reason.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESKTOP_CRM_NO_KEYRING", "1")

import itertools
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.uow import Database
from tests.pgserver import PostgresServer, find_pg_bin

_counter = itertools.count()


@pytest.fixture(autouse=True)
def _domain_sentences_back_to_english() -> Iterator[None]:
    """Each test starts with the domain's sentences in English, whatever a test before it
    installed in ``domain.wording`` (a window's Qt translation, the command line's French)."""
    yield
    from desktop_crm.domain import wording

    wording.set_translator(None)


@pytest.fixture(autouse=True)
def _business_clock_back_to_paris() -> Iterator[None]:
    """Each test starts on Paris's business clock, whatever team time zone a test before it
    installed (a database's setting, read by the command line or the window)."""
    yield
    from desktop_crm.domain.clock import TEAM_TIMEZONE, use_team_timezone

    use_team_timezone(TEAM_TIMEZONE)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated and seeded SQLite database, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    result = open_database(resolve_database(str(path)))
    result.db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    target = tmp_path / "crm.sqlite"
    shutil.copyfile(sqlite_template, target)
    return resolve_database(str(target))


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        message = (
            "PostgreSQL tests need initdb and pg_ctl (Debian: apt-get install "
            "postgresql); they are skipped on this machine."
        )
        if os.environ.get("CI") == "true":
            pytest.fail(
                "CI must run the PostgreSQL tests but initdb/pg_ctl were not found. " + message
            )
        pytest.skip(message)
    server = PostgresServer(bin_dir)
    server.start()
    try:
        template_url = server.create_database("crm_template")
        result = open_database(template_url)
        result.db.dispose()
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    name = f"t_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"
    url = pg_server.create_database(name, template="crm_template")
    yield url
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """The URL of a fresh, migrated database: once on SQLite, once on PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    """An open, migrated and seeded database on each backend, with a current user."""
    database = Database(db_url)
    _ = database.user_id
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    """An open SQLite database (for tests about SQLite itself)."""
    database = Database(sqlite_url)
    _ = database.user_id
    yield database
    database.dispose()
