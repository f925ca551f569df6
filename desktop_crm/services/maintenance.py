"""Database health checks, consistent backups and restores."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.files import writing_file
from desktop_crm.domain.wording import BACKUP, say
from desktop_crm.storage import migrate
from desktop_crm.storage.health import (
    FOLDER,
    NOT_DATABASE,
    ensure_sqlite_whole,
    folder_error,
    identify_file,
    is_writable,
    sqlite_problem,
)
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.models import Base
from desktop_crm.storage.sqlite_copy import copy_sqlite, read_only_uri
from desktop_crm.storage.uow import Database


@dataclass(frozen=True)
class CheckReport:
    """What ``check_database`` found; ``healthy`` is False when anything needs attention."""

    backend: str
    revision: str | None
    head: str | None
    integrity: list[str] = field(default_factory=list)
    orphans: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def healthy(self) -> bool:
        return self.revision == self.head and not self.integrity and not any(self.orphans.values())

    def as_dict(self) -> dict[str, object]:
        return {
            "backend": self.backend,
            "revision": self.revision,
            "head": self.head,
            "healthy": self.healthy,
            "integrity": self.integrity,
            "orphans": self.orphans,
            "counts": self.counts,
        }


def check_database(db: Database) -> CheckReport:
    """Integrity check (SQLite), orphan references for every foreign key, table counts."""
    integrity: list[str] = []
    orphans: dict[str, int] = {}
    counts: dict[str, int] = {}
    with db.engine.connect() as conn:
        if db.backend == "sqlite":
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            integrity = [] if rows == ["ok"] else rows
            for table, rowid, parent, _fk in conn.exec_driver_sql(
                "PRAGMA foreign_key_check"
            ).fetchall():
                key = f"{table} -> {parent}"
                orphans[key] = orphans.get(key, 0) + 1
                del rowid
        for table in Base.metadata.sorted_tables:
            counts[table.name] = int(conn.scalar(select(func.count()).select_from(table)) or 0)
            if db.backend == "sqlite":
                continue  # foreign_key_check above covers every constraint
            for fk in table.foreign_keys:
                child = fk.parent
                # An alias keeps self-references (company.parent_id) from correlating.
                parent_table = fk.column.table.alias("parent")
                parent = parent_table.c[fk.column.name]
                missing = conn.scalar(
                    select(func.count())
                    .select_from(table)
                    .where(child.isnot(None))
                    .where(~select(parent).where(parent == child).exists())
                )
                if missing:
                    orphans[f"{table.name}.{child.name} -> {fk.column.table.name}"] = int(missing)
        conn.rollback()
    return CheckReport(
        db.backend,
        migrate.current_revision(db.engine),
        migrate.head_revision(),
        integrity,
        orphans,
        counts,
    )


def _require_sqlite(db: Database) -> Path:
    path = sqlite_path(db.url)
    if path is None:
        raise StorageError(
            say(
                BACKUP,
                "Backups of a shared PostgreSQL database are made on the server "
                "(pg_dump); ask your administrator.",
            ),
            code="backup_postgres",
        )
    return path


def backup_database(db: Database, target: Path) -> Path:
    """A consistent copy of the live SQLite file (online backup API, safe during writes)."""
    source = _require_sqlite(db)
    ensure_sqlite_whole(source)
    if target.resolve() == source.resolve():
        raise StorageError(
            say(BACKUP, "Choose a backup file other than the database itself."),
            code="backup_same_file",
        )
    with writing_file(target, target.with_name(target.name + ".part")):
        return migrate.backup_sqlite(source, target)


def _validate_backup(path: Path) -> None:
    if not path.exists():
        raise StorageError(
            say(BACKUP, "The backup file {path} does not exist.").format(path=path),
            code="restore_missing",
        )
    identity = identify_file(path)
    if identity.kind == FOLDER:
        raise StorageError(
            say(
                BACKUP, "{path} is a folder: give the backup file inside it. Nothing was changed."
            ).format(path=path),
            code="restore_invalid",
        )
    if identity.kind == NOT_DATABASE:
        raise StorageError(
            say(
                BACKUP, "{path} is not a Desktop CRM backup ({looks_like}). Nothing was changed."
            ).format(path=path, looks_like=identity.looks_like),
            code="restore_invalid",
        )
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            has_version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            say(
                BACKUP, "{path} is damaged or is not a Desktop CRM backup. Nothing was changed."
            ).format(path=path),
            code="restore_invalid",
        ) from exc
    if not ok or ok[0] != "ok" or not has_version or not has_version[0]:
        raise StorageError(
            say(
                BACKUP, "{path} is damaged or is not a Desktop CRM backup. Nothing was changed."
            ).format(path=path),
            code="restore_invalid",
        )


@dataclass(frozen=True)
class RestoreResult:
    """Where the restored data came from and where the replaced data was kept."""

    restored_from: Path
    previous_copy: Path | None


RESTORE_LOCK_TIMEOUT_S = 30


def _check_restore_target(target: Path) -> None:
    """A sentence for targets a restore cannot write: a folder, a missing folder, read-only."""
    if target.is_dir():
        raise folder_error(target)
    if not target.parent.is_dir():
        raise StorageError(
            say(
                BACKUP,
                "The folder {parent} does not exist: nothing was changed. Create it "
                "first or choose another database file with --db.",
            ).format(parent=target.parent),
            code="restore_target",
        )
    if (target.exists() and not is_writable(target)) or not os.access(
        target.parent, os.W_OK | os.X_OK
    ):
        raise StorageError(
            say(
                BACKUP,
                "{target} is read-only (or its folder is): nothing was changed. Make it "
                "writable or choose another database file with --db.",
            ).format(target=target),
            code="read_only",
        )


def restore_database(db: Database, backup: Path) -> RestoreResult:
    """Replace the database's content with a backup; the current content is kept aside first.

    On a whole file both steps happen under one write lock, so that a row another program
    commits meanwhile is either in the copy kept aside or written after the restore, never
    lost. A damaged file is kept aside byte for byte and replaced.
    """
    target = _require_sqlite(db)
    _check_restore_target(target)
    _validate_backup(backup)
    if backup.resolve() == target.resolve():
        raise StorageError(
            say(BACKUP, "Choose a backup file other than the database itself."),
            code="backup_same_file",
        )
    db.dispose()
    try:
        if not target.exists() or target.stat().st_size == 0:
            previous = None
            _copy_to_new_file(backup, target)
        elif sqlite_problem(target) is not None:
            previous = _set_aside_damaged(target)
            _copy_to_new_file(backup, target)
        else:
            previous = _restore_under_lock(target, backup)
    except sqlite3.DatabaseError as exc:
        raise _restore_error(target, exc) from exc
    except PermissionError as exc:
        raise StorageError(
            say(
                BACKUP,
                "{target} could not be written ({strerror}): nothing was changed. Make "
                "it writable or choose another database file with --db.",
            ).format(target=target, strerror=exc.strerror),
            code="read_only",
        ) from exc
    migrate.upgrade(db.engine, db.url, backup=False)
    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return RestoreResult(backup, previous)


def _restore_error(target: Path, exc: sqlite3.DatabaseError) -> StorageError:
    lowered = str(exc).lower()
    if "locked" in lowered or "busy" in lowered:
        return StorageError(
            say(
                BACKUP,
                "{target} stayed busy with another program for {seconds} "
                "s (an import, or Desktop CRM open elsewhere): nothing was changed. "
                "Close the other program or wait for it to finish, then restore again.",
            ).format(target=target, seconds=RESTORE_LOCK_TIMEOUT_S),
            code="locked",
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError(
            say(
                BACKUP,
                "{target} is read-only: nothing was changed. Make it writable or choose "
                "another database file with --db.",
            ).format(target=target),
            code="read_only",
        )
    return StorageError(
        say(BACKUP, "The restore into {target} failed ({exc}): nothing was changed.").format(
            target=target, exc=exc
        ),
        code="restore_failed",
    )


def _copy_to_new_file(backup: Path, target: Path) -> None:
    """Write the backup to ``target.part`` and move it into place (journals removed)."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    try:
        copy_sqlite(backup, part)
        for suffix in ("-wal", "-shm", "-journal"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        part.replace(target)
    finally:
        part.unlink(missing_ok=True)


def _set_aside_damaged(target: Path) -> Path:
    """Keep a damaged file (and its journal) byte for byte before it is replaced."""
    previous = migrate.dated_backup_path(target, "before-restore")
    shutil.copyfile(target, previous)
    wal = target.with_name(target.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, previous.with_name(previous.name + "-wal"))
    return previous


def _restore_under_lock(target: Path, backup: Path) -> Path:
    """Copy the current content aside and replace it by the backup's, in one write lock."""
    previous = migrate.dated_backup_path(target, "before-restore")
    part = previous.with_name(previous.name + ".part")
    conn = sqlite3.connect(
        target.resolve().as_uri(), uri=True, isolation_level=None, timeout=RESTORE_LOCK_TIMEOUT_S
    )
    try:
        conn.execute("ATTACH DATABASE ? AS bak", (read_only_uri(backup),))
        conn.execute("BEGIN IMMEDIATE")  # other writers wait from here until COMMIT
        try:
            # A reader sees the last committed state, which nobody can change meanwhile.
            part.unlink(missing_ok=True)
            copy_sqlite(target, part)
            part.replace(previous)
            _replace_content(conn)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE bak")
    finally:
        conn.close()
        part.unlink(missing_ok=True)
    return previous


def _replace_content(conn: sqlite3.Connection) -> None:
    """Inside the open transaction: drop main's schema, recreate the backup's, copy its rows."""

    def objects(schema: str) -> list[tuple[str, str, str | None]]:
        return [
            (str(t), str(n), s)
            for t, n, s in conn.execute(
                f"SELECT type, name, sql FROM {schema}.sqlite_master "
                "WHERE name NOT LIKE 'sqlite_%' ORDER BY rowid"
            ).fetchall()
        ]

    for kind, name, _sql in objects("main"):
        if kind in {"table", "view"}:
            conn.execute(f'DROP {kind.upper()} IF EXISTS main."{name}"')
    for kind, name, sql in objects("main"):
        if kind in {"index", "trigger"} and sql:
            conn.execute(f'DROP {kind.upper()} IF EXISTS main."{name}"')
    backup_objects = objects("bak")
    for kind, name, sql in backup_objects:
        if kind == "table" and sql:
            conn.execute(sql)
            conn.execute(f'INSERT INTO main."{name}" SELECT * FROM bak."{name}"')
    for kind, _name, sql in backup_objects:
        if kind in {"index", "view", "trigger"} and sql:
            conn.execute(sql)
    has_sequence = "SELECT count(*) FROM {}.sqlite_master WHERE name = 'sqlite_sequence'"
    if conn.execute(has_sequence.format("main")).fetchone()[0]:
        conn.execute("DELETE FROM main.sqlite_sequence")
        if conn.execute(has_sequence.format("bak")).fetchone()[0]:
            conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM bak.sqlite_sequence")
    version = conn.execute("PRAGMA bak.user_version").fetchone()[0]
    conn.execute(f"PRAGMA main.user_version = {int(version)}")


@dataclass(frozen=True)
class RecoverResult:
    """A new file holding what could be read from a damaged one, and how it was made."""

    target: Path
    method: str
    counts: dict[str, int]
    problems: dict[str, str]

    def as_dict(self) -> dict[str, object]:
        return {
            "recovered_to": str(self.target),
            "method": self.method,
            "counts": self.counts,
            "problems": self.problems,
        }


TOOL_METHOD = "the sqlite3 tool's .recover"
COPY_METHOD = "a table-by-table copy of every row that can still be read"


def recover_database(source: Path, target: Path, *, use_sqlite_tool: bool = True) -> RecoverResult:
    """Save what can be read from a (damaged) SQLite file into a new file; the source is only
    read. Uses ``sqlite3 .recover`` when that tool is installed and works, else copies each
    table row by row as far as it reads."""
    if source.is_dir():
        raise folder_error(source)
    if not source.exists():
        raise StorageError(
            say(BACKUP, "There is no database at {source}.").format(source=source), code="missing"
        )
    if target.exists():
        raise StorageError(
            say(
                BACKUP,
                "{target} already exists: recover into a new file so that nothing is overwritten.",
            ).format(target=target),
            code="recover_exists",
        )
    if not target.parent.is_dir():
        raise StorageError(
            say(
                BACKUP,
                "The folder {parent} does not exist: create it first or choose another "
                "file for --to.",
            ).format(parent=target.parent),
            code="recover_target",
        )
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    try:
        tool = shutil.which("sqlite3") if use_sqlite_tool else None
        problems: dict[str, str] = {}
        if tool is not None and _recover_with_tool(tool, source, part):
            method = TOOL_METHOD
        else:
            part.unlink(missing_ok=True)
            problems = _copy_readable_rows(source, part)
            method = COPY_METHOD
        conn = sqlite3.connect(part)
        try:
            tables = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            counts = {
                t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables
            }
        finally:
            conn.close()
        part.replace(target)
    finally:
        part.unlink(missing_ok=True)
    return RecoverResult(target, method, counts, problems)


def _recover_with_tool(tool: str, source: Path, part: Path) -> bool:
    """``sqlite3 COPY .recover | sqlite3 PART`` on a copy of the source; False if it failed."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "damaged.sqlite"
        shutil.copyfile(source, copy)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        try:
            dump = subprocess.run(
                [tool, str(copy), ".recover"], capture_output=True, timeout=600, check=False
            )
            if dump.returncode != 0 or b"error" in dump.stderr.lower():
                return False
            load = subprocess.run(
                [tool, str(part)], input=dump.stdout, capture_output=True, timeout=600, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return False
    if load.returncode != 0:
        return False
    try:
        conn = sqlite3.connect(part)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return bool(ok and ok[0] == "ok" and version and version[0])


def _copy_readable_rows(source: Path, part: Path) -> dict[str, str]:
    """Recreate the schema in ``part`` and copy every row that reads; problems by table."""
    problems: dict[str, str] = {}
    src = sqlite3.connect(read_only_uri(source), uri=True)
    dst = sqlite3.connect(part, isolation_level=None)
    try:
        # Read the list of tables even where one of them cannot be parsed.
        src.execute("PRAGMA writable_schema = ON")
        try:
            schema = [
                (str(t), str(n), s)
                for t, n, s in src.execute(
                    "SELECT type, name, sql FROM sqlite_master ORDER BY rowid"
                ).fetchall()
            ]
        except sqlite3.DatabaseError as exc:
            raise StorageError(
                say(
                    BACKUP,
                    "Nothing can be read from {source}, not even its list of tables ({exc}): "
                    "restore a backup with 'desktop-crm restore BACKUP'.",
                ).format(source=source, exc=exc),
                code="corrupt",
            ) from exc
        dst.execute("BEGIN")
        for kind, name, sql in schema:
            if kind != "table" or not sql or name.startswith("sqlite_"):
                continue
            dst.execute(sql)
            problem = _copy_table(src, dst, name)
            if problem:
                problems[name] = problem
        for kind, name, sql in schema:
            if kind in {"index", "view", "trigger"} and sql:
                try:
                    dst.execute(sql)
                except sqlite3.DatabaseError as exc:
                    problems[name] = f"not recreated ({exc})"
        try:
            rows = src.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
            dst.execute("DELETE FROM sqlite_sequence")
            dst.executemany("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", rows)
        except sqlite3.DatabaseError:
            pass  # ids simply continue after the highest one kept
        dst.execute("COMMIT")
    finally:
        dst.close()
        src.close()
    return problems


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, name: str) -> str | None:
    """Rows in rowid order until a damaged page, then backwards from the end to it."""
    columns = [str(r[1]) for r in dst.execute(f'PRAGMA table_info("{name}")').fetchall()]
    quoted = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    insert = f'INSERT OR IGNORE INTO "{name}" ({quoted}) VALUES ({marks})'
    problem: str | None = None
    for order in ("ASC", "DESC"):
        try:
            for row in src.execute(f'SELECT {quoted} FROM "{name}" ORDER BY rowid {order}'):
                dst.execute(insert, row)  # one by one: keep every row read before a bad page
            break  # read to the end: nothing missing
        except sqlite3.DatabaseError as exc:
            problem = f"some or all rows could not be read ({exc})"
    return problem
