"""While this process has the database open, its file checks and its cache warm-up must not
unlock it for other programs.

On Linux and macOS closing *any* descriptor of a file drops every lock the process holds on
it, SQLite's included. The window reads the file's header (``storage.health``) and warms the
OS cache (``storage.cache_warm``) while its first-page reader and its own connections are
open. With a plain ``open``/``close`` there, another program's connection closing (a backup
from the command line, the ``sqlite3`` tool) took the file for itself, copied the WAL in and
deleted it, and the window went on saving contacts into a deleted file: invisible to
everyone, lost at the next crash (found by hand: a contact shown as saved was missing from
the next backup and gone after a ``kill -9``).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_crm.services.setup import open_database
from desktop_crm.storage.cache_warm import CacheWarmer
from desktop_crm.storage.health import ensure_sqlite_whole, identify_file, sqlite_problem
from desktop_crm.storage.location import resolve_database

pytestmark = pytest.mark.skipif(
    os.name == "nt", reason="Windows locks belong to a handle: closing another one is harmless"
)

OTHER_PROGRAM = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "print(c.execute(sys.argv[2]).fetchone()[0])\n"
    "c.close()\n"
)


def _other_program(path: Path, sql: str) -> str:
    """A connection of another process: opened, one query, closed (the last one to close
    copies the WAL into the file and deletes it)."""
    done = subprocess.run(
        [sys.executable, "-c", OTHER_PROGRAM, str(path), sql],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.strip()


@pytest.mark.parametrize("check", ["header", "whole", "warm-up", "open"])
def test_checks_while_open_keep_the_files_lock(tmp_path: Path, check: str) -> None:
    path = tmp_path / "crm.sqlite"
    url = resolve_database(str(path))
    open_database(url, create=True).db.dispose()
    # The window's first-page reader, open while the rest of the application starts.
    reader = sqlite3.connect(path)
    reader.execute("SELECT count(*) FROM contact").fetchone()
    db = None
    try:
        if check == "header":
            assert identify_file(path).kind == "ours"
            assert sqlite_problem(path) is None
        elif check == "whole":
            ensure_sqlite_whole(path)
        elif check == "warm-up":
            warmer = CacheWarmer(path)
            if warmer.start():
                assert warmer.finished.wait(30)
        db = open_database(url).db  # (what the window does next, checks included)
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO app_setting (key, value) VALUES ('a', 'saved')"))
        assert path.with_name("crm.sqlite-wal").exists()
        # Another program comes and goes: it must not take the file from under us.
        assert _other_program(path, "SELECT count(*) FROM app_setting WHERE key = 'a'") == "1"
        assert path.with_name("crm.sqlite-wal").exists(), "the WAL was deleted under us"
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO app_setting (key, value) VALUES ('b', 'saved')"))
        # What we save now is in the file others read (it went into a deleted WAL before).
        assert _other_program(path, "SELECT count(*) FROM app_setting WHERE key = 'b'") == "1"
    finally:
        reader.close()
        if db is not None:
            db.dispose()
