"""Is a SQLite file whole? Damage, truncation and folders found before anything reads it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop_crm.domain.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
NOT_SQLITE = "it is not a SQLite database file"


def _read_only_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?mode=ro"


def _header_problem(path: Path) -> str | None:
    size = path.stat().st_size
    if size == 0:
        return None  # a new, empty database
    with path.open("rb") as handle:
        head = handle.read(HEADER_SIZE)
    if not head.startswith(SQLITE_HEADER):
        if SQLITE_HEADER.startswith(head):
            return f"it is truncated: only {size} bytes are left"
        return NOT_SQLITE
    if len(head) < HEADER_SIZE:
        return f"it is truncated: only {size} bytes are left"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count is only meaningful when "version valid for" matches the change counter.
    if pages and head[24:28] == head[92:96] and size < pages * page_size:
        return f"it is truncated: {size} of its {pages * page_size} bytes are left"
    return None


def sqlite_problem(path: Path, *, quick_check: bool = True) -> str | None:
    """What is wrong with the SQLite file at ``path`` (a few words), or None when it reads well.

    A missing file is not a problem here (callers decide whether to create it). The check
    opens the file read-only and never writes to it.
    """
    if path.is_dir():
        return "it is a folder, not a database file"
    try:
        problem = _header_problem(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if problem is not None or not quick_check or path.stat().st_size == 0:
        return problem
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return f"SQLite cannot read it: {exc}"
    if rows == ["ok"]:
        return None
    lines = [
        line.strip() for row in rows for line in row.splitlines() if not line.startswith("***")
    ]
    more = f" and {len(lines) - 1} more" if len(lines) > 1 else ""
    return f"SQLite's quick check found damage: {lines[0] if lines else rows[0]}{more}"


def damaged_error(path: Path, problem: str) -> StorageError:
    """The stop message for a damaged file: what is wrong, that nothing changed, what to do."""
    if problem == NOT_SQLITE:
        return StorageError(
            f"{path} is not a SQLite database file (or its first bytes are damaged): nothing "
            "was read or changed. Choose the right file with --db, or restore a backup with "
            "'desktop-crm restore BACKUP'.",
            code="corrupt",
        )
    return StorageError(
        f"The database file {path} is damaged ({problem}): nothing was read or changed. "
        f"Save what can still be read with 'desktop-crm db recover --db {path} --to "
        "NEW.sqlite', or restore a backup with 'desktop-crm restore BACKUP'.",
        code="corrupt",
    )


def ensure_sqlite_whole(path: Path | None) -> None:
    """Stop with a clear message when the SQLite file at ``path`` is damaged or truncated."""
    if path is None or not path.exists():
        return
    if path.is_dir():
        raise folder_error(path)
    problem = sqlite_problem(path)
    if problem is not None:
        raise damaged_error(path, problem)


def folder_error(path: Path) -> StorageError:
    return StorageError(
        f"{path} is a folder, not a database file: give the path of a database file, "
        f"for example {path / 'contacts.sqlite'}.",
        code="is_folder",
    )


def is_writable(path: Path) -> bool:
    """Whether this process may write ``path`` (an existing file) and create files beside it
    (SQLite's journal)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)
