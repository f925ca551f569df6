"""The one SQLite file copy every backup, restore and move uses (storage/sqlite_copy.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_crm.storage.sqlite_copy import copy_sqlite, read_only_uri


def _rows(path: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, name FROM t ORDER BY id").fetchall()
    finally:
        conn.close()


def test_the_copy_is_whole_and_leaves_the_source_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "a #1 100%"  # characters a plain file: URI gets wrong
    folder.mkdir()
    source = folder / "crm.sqlite"
    conn = sqlite3.connect(source)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO t (name) VALUES (?)", [(f"n{i}",) for i in range(500)])
    conn.commit()
    conn.close()
    before = source.read_bytes()
    target = tmp_path / "copy.sqlite.part"
    copy_sqlite(source, target)
    assert _rows(target) == _rows(source) and len(_rows(target)) == 500
    assert source.read_bytes() == before
    assert not (folder / "a").exists() and sorted(p.name for p in folder.iterdir()) == [
        "crm.sqlite"
    ]


def test_the_source_is_opened_read_only(tmp_path: Path) -> None:
    source = tmp_path / "x #y.sqlite"
    sqlite3.connect(source).close()
    conn = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        try:
            conn.execute("CREATE TABLE t (id INTEGER)")
        except sqlite3.OperationalError as exc:
            assert "readonly" in str(exc)
        else:
            raise AssertionError("a read-only URI let a write through")
    finally:
        conn.close()
