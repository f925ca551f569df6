"""Is a SQLite file whole? Damage, truncation and folders found before anything reads it."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.wording import STORAGE, say
from desktop_crm.storage.held_files import read_head
from desktop_crm.storage.sqlite_copy import read_only_uri

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
NOT_SQLITE = "it is not a SQLite database file"


def _say(english: str, **values: object) -> str:
    """``english`` in the window's language, its ``{name}`` fields filled after translation
    (the window installs the French, ``domain/wording.py``; the command line keeps English)."""
    return say(STORAGE, english).format(**values)


def _header_problem(path: Path) -> str | None:
    size = path.stat().st_size
    if size == 0:
        return None  # a new, empty database
    head = read_head(path, HEADER_SIZE)
    if not head.startswith(SQLITE_HEADER):
        if SQLITE_HEADER.startswith(head):
            return _say("it is truncated: only {size} bytes are left", size=size)
        return NOT_SQLITE
    if len(head) < HEADER_SIZE:
        return _say("it is truncated: only {size} bytes are left", size=size)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count is only meaningful when "version valid for" matches the change counter.
    if pages and head[24:28] == head[92:96] and size < pages * page_size:
        return _say(
            "it is truncated: {size} of its {total} bytes are left",
            size=size,
            total=pages * page_size,
        )
    return None


def sqlite_problem(path: Path, *, quick_check: bool = True) -> str | None:
    """What is wrong with the SQLite file at ``path`` (a few words), or None when it reads well.

    A missing file is not a problem here (callers decide whether to create it). The check
    opens the file read-only and never writes to it.
    """
    if path.is_dir():
        return _say("it is a folder, not a database file")
    try:
        problem = _header_problem(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _say("it cannot be read ({reason})", reason=exc.strerror or exc)
    if problem is not None or not quick_check or path.stat().st_size == 0:
        return problem
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return _say("SQLite cannot read it: {reason}", reason=exc)
    if rows == ["ok"]:
        return None
    lines = [
        line.strip() for row in rows for line in row.splitlines() if not line.startswith("***")
    ]
    first = lines[0] if lines else rows[0]
    if len(lines) > 1:
        return _say(
            "SQLite's quick check found damage: {first} and {more} more",
            first=first,
            more=len(lines) - 1,
        )
    return _say("SQLite's quick check found damage: {first}", first=first)


def damaged_error(path: Path, problem: str) -> StorageError:
    """The stop message for a damaged file: what is wrong, that nothing changed, what to do."""
    if problem == NOT_SQLITE:
        return not_database_error(path, _looks_like(path))
    return StorageError(
        _say(
            "The database file {path} is damaged ({problem}): nothing was read or changed. "
            "Save what can still be read with 'desktop-crm db recover --db {path} --to "
            "NEW.sqlite', or restore a backup with 'desktop-crm restore BACKUP'.",
            path=path,
            problem=problem,
        ),
        code="corrupt",
    )


def ensure_sqlite_whole(path: Path | None) -> None:
    """Stop with a clear message when the SQLite file at ``path`` is damaged or truncated."""
    if path is None or not path.exists():
        return
    if path.is_dir():
        raise folder_error(path)
    identity = identify_file(path)
    if identity.kind in (FOREIGN, NOT_DATABASE):
        raise refusal(path, identity, create=False) or damaged_error(path, NOT_SQLITE)
    problem = sqlite_problem(path)
    if problem is not None:
        raise damaged_error(path, problem)


def folder_error(path: Path) -> StorageError:
    return StorageError(
        _say(
            "{path} is a folder, not a database file: give the path of a database file, "
            "for example {example}.",
            path=path,
            example=path / "contacts.sqlite",
        ),
        code="is_folder",
    )


def is_writable(path: Path) -> bool:
    """Whether this process may write ``path`` (an existing file) and create files beside it
    (SQLite's journal)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


# --- what a file is, before anything opens it with our engine -----------------------------

MISSING = "missing"
FOLDER = "folder"
EMPTY = "empty"
OURS = "ours"
FOREIGN = "foreign"
NOT_DATABASE = "not_database"
DAMAGED = "damaged"
# Tables every Desktop CRM database has, whatever its revision.
OUR_TABLES = frozenset({"alembic_version", "contact"})
_SHOWN_TABLES = 6


@dataclass(frozen=True)
class FileIdentity:
    """What a file given as a database is, read without writing a byte.

    ``kind`` is one of "missing", "folder", "empty" (0 bytes, or SQLite without a table),
    "ours", "foreign" (a SQLite database of another program), "not_database", "damaged".
    """

    kind: str
    tables: tuple[str, ...] = ()
    revision: str | None = None
    looks_like: str | None = None
    problem: str | None = None


_MAGIC = (
    (b"%PDF", "it looks like a PDF document"),
    (b"PK\x03\x04", "it looks like a ZIP archive, such as an Excel .xlsx or Word .docx file"),
    (b"\xd0\xcf\x11\xe0", "it looks like an old Office document (.xls or .doc)"),
    (b"\x89PNG", "it looks like a PNG image"),
    (b"\xff\xd8\xff", "it looks like a JPEG image"),
    (b"\x1f\x8b", "it looks like a gzip archive"),
)


def _looks_like(path: Path) -> str:
    """A guess at what a file that is not a database holds, from its first bytes."""
    try:
        head = read_head(path, 4096)
    except OSError:
        return _say("it cannot be read")
    for magic, looks_like in _MAGIC:
        if head.startswith(magic):
            return _say(looks_like)
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        text = head[: exc.start].decode("utf-8") if exc.start >= len(head) - 3 else ""
        if not text:
            try:
                text = head.decode("cp1252")
            except UnicodeDecodeError:
                text = ""
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    if text and printable >= 0.95 * len(text):
        return _say("it looks like a text file")
    return _say("its first bytes are not those of a SQLite database")


def identify_file(path: Path) -> FileIdentity:
    """Say what ``path`` is (see ``FileIdentity``); opens it read-only, never writes."""
    if path.is_dir():
        return FileIdentity(FOLDER)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileIdentity(MISSING)
    except OSError as exc:
        return FileIdentity(
            DAMAGED, problem=_say("it cannot be read ({reason})", reason=exc.strerror or exc)
        )
    if size == 0:
        return FileIdentity(EMPTY)
    try:
        problem = _header_problem(path)
    except OSError as exc:
        return FileIdentity(
            DAMAGED, problem=_say("it cannot be read ({reason})", reason=exc.strerror or exc)
        )
    if problem == NOT_SQLITE:
        return FileIdentity(NOT_DATABASE, looks_like=_looks_like(path))
    if problem is not None:
        return FileIdentity(DAMAGED, problem=problem)
    # Without a -wal file beside it, the file holds everything: "immutable" reads it without
    # creating the -wal/-shm companions a read-only WAL connection would leave behind.
    uri = read_only_uri(path)
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            tables = tuple(
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            )
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT max(version_num) FROM alembic_version").fetchone()
                revision = None if row is None or row[0] is None else str(row[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return FileIdentity(DAMAGED, problem=_say("SQLite cannot read it: {reason}", reason=exc))
    if not tables or (tables == ("alembic_version",) and revision is None):
        return FileIdentity(EMPTY, tables)
    if set(tables) >= OUR_TABLES:
        return FileIdentity(OURS, tables, revision)
    return FileIdentity(FOREIGN, tables, revision)


def _table_list(tables: tuple[str, ...]) -> str:
    shown = ", ".join(tables[:_SHOWN_TABLES])
    more = len(tables) - _SHOWN_TABLES
    return _say("{shown} and {more} more", shown=shown, more=more) if more > 0 else shown


def foreign_error(where: str, tables: tuple[str, ...], *, backend: str = "SQLite") -> StorageError:
    return StorageError(
        _say(
            "{where} is a {backend} database of another program (tables: {tables}): Desktop "
            "CRM did not read or change it. Choose a Desktop CRM database, or create a new one "
            "in another file ('desktop-crm init --db NEW.sqlite', or File > New database).",
            where=where,
            backend=backend,
            tables=_table_list(tables),
        ),
        code="foreign_database",
    )


def not_database_error(path: Path, looks_like: str) -> StorageError:
    return StorageError(
        _say(
            "{path} is not a database ({looks_like}): Desktop CRM did not change it. Choose "
            "a Desktop CRM database file (.sqlite) with --db or File > Open.",
            path=path,
            looks_like=say(STORAGE, looks_like),
        ),
        code="not_database",
    )


def empty_error(path: Path) -> StorageError:
    return StorageError(
        _say(
            "{path} is empty: it holds no database, and Desktop CRM did not change it. To make "
            "it a new database, run 'desktop-crm init --db {path}' (or use File > New "
            "database); otherwise choose another file.",
            path=path,
        ),
        code="empty_file",
    )


def refusal(path: Path, identity: FileIdentity, *, create: bool) -> StorageError | None:
    """Why the file at ``path`` must not be opened as our database, or None.

    Only a command that was asked to create a database (``create``) may adopt an empty file.
    """
    if identity.kind == FOLDER:
        return folder_error(path)
    if identity.kind == FOREIGN:
        return foreign_error(str(path), identity.tables)
    if identity.kind == NOT_DATABASE:
        return not_database_error(path, identity.looks_like or NOT_SQLITE)
    if identity.kind == EMPTY and not create:
        return empty_error(path)
    if identity.kind == DAMAGED:
        return damaged_error(path, identity.problem or _say("unreadable"))
    return None


def ensure_ours(path: Path, *, create: bool) -> FileIdentity:
    """The file's identity, or a StorageError saying why it must not be opened as ours."""
    identity = identify_file(path)
    error = refusal(path, identity, create=create)
    if error is not None:
        raise error
    return identity
