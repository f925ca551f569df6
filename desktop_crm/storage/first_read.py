"""The first read of an embedded database at start-up, through the SQLite driver alone.

Loading SQLAlchemy and the ORM models costs about a third of a second. When the window opens
on an up-to-date SQLite file of this program, whose user is known, the contact list's first
page is read through a plain ``sqlite3`` connection on the database thread (by the very
functions that read it the ordinary way: they use only ``backend`` and
``sqlite_connection()`` of what they are given), and SQLAlchemy loads after. Anything this
cannot be sure of (another schema revision, a new user, a file it cannot write, a server
database, a damaged or foreign file) answers ``None``: the ordinary opening then runs and
says what is wrong.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import TracebackType

from desktop_crm.domain.errors import StorageError
from desktop_crm.storage.engine import SQLITE_BUSY_TIMEOUT_MS
from desktop_crm.storage.health import OURS, identify_file
from desktop_crm.storage.location import refuse_network_share
from desktop_crm.storage.migrate import SCHEMA_HEAD


class SqliteReader:
    """A read-only stand-in for a unit of work on a SQLite file (``backend`` and
    ``sqlite_connection()``); ``with reader:`` is one read transaction."""

    backend = "sqlite"

    def __init__(self, path: Path) -> None:
        # Opened on the database thread; closed there or by dispose() on the GUI thread.
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")

    def sqlite_connection(self) -> sqlite3.Connection:
        return self._conn

    def __enter__(self) -> SqliteReader:
        self._conn.execute("BEGIN")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        self._conn.close()


def first_reader(path: Path, login: str) -> tuple[SqliteReader, int] | None:
    """A reader on ``path`` and the id of ``login``'s user row, when the file is an
    up-to-date, writable database of this program that knows the user; else None."""
    try:
        if not path.is_file() or not os.access(path, os.W_OK):
            return None
        refuse_network_share(path)
        identity = identify_file(path)
        if identity.kind != OURS or identity.revision != SCHEMA_HEAD:
            return None
        reader = SqliteReader(path)
    except (OSError, StorageError, sqlite3.Error):
        return None
    try:
        with reader:
            row = (
                reader.sqlite_connection()
                .execute("SELECT id FROM app_user WHERE login = ?", (login,))
                .fetchone()
            )
    except sqlite3.Error:
        row = None
    if row is None:  # a new user (created, then asked who they are): the ordinary way
        reader.close()
        return None
    return reader, int(row[0])
