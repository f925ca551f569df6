"""Copying a SQLite file whole through SQLite's online backup API: a consistent copy even
while others write to it (they wait, or the copy starts over), read-only on the source."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def read_only_uri(path: Path) -> str:
    """A ``file:`` URI opening ``path`` read-only; ``#``, ``%`` and drive letters are
    escaped (a plain ``f"file:{path}"`` stops at ``#`` and opens another, empty file)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy the database of ``source`` (opened read-only) into ``target``, both closed after.

    ``target`` is a ``.part`` file the caller removed first and renames into place once the
    copy is whole (a leftover that is not a database would make the copy fail)."""
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
