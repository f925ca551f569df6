"""Database health checks, consistent backups and restores."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.files import writing_file
from desktop_crm.storage import migrate
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.models import Base
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
            "Backups of a shared PostgreSQL database are made on the server "
            "(pg_dump); ask your administrator.",
            code="backup_postgres",
        )
    return path


def backup_database(db: Database, target: Path) -> Path:
    """A consistent copy of the live SQLite file (online backup API, safe during writes)."""
    source = _require_sqlite(db)
    if target.resolve() == source.resolve():
        raise StorageError(
            "Choose a backup file other than the database itself.", code="backup_same_file"
        )
    with writing_file(target, target.with_name(target.name + ".part")):
        return migrate.backup_sqlite(source, target)


def _validate_backup(path: Path) -> None:
    if not path.exists():
        raise StorageError(f"The backup file {path} does not exist.", code="restore_missing")
    try:
        conn = sqlite3.connect(migrate.read_only_uri(path), uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            has_version = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"{path} is not a Desktop CRM backup ({exc}). Nothing was changed.",
            code="restore_invalid",
        ) from exc
    if not ok or ok[0] != "ok" or not has_version or not has_version[0]:
        raise StorageError(
            f"{path} is damaged or is not a Desktop CRM backup. Nothing was changed.",
            code="restore_invalid",
        )


@dataclass(frozen=True)
class RestoreResult:
    """Where the restored data came from and where the replaced data was kept."""

    restored_from: Path
    previous_copy: Path | None


def restore_database(db: Database, backup: Path) -> RestoreResult:
    """Replace the database's content with a backup; the current content is kept aside first."""
    target = _require_sqlite(db)
    _validate_backup(backup)
    previous: Path | None = None
    if target.exists():
        previous = migrate.backup_sqlite(
            target, migrate.dated_backup_path(target, "before-restore")
        )
    db.dispose()
    src = sqlite3.connect(migrate.read_only_uri(backup), uri=True)
    try:
        dst = sqlite3.connect(target, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    migrate.upgrade(db.engine, db.url, backup=False)
    with db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    return RestoreResult(backup, previous)
