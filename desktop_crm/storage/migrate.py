"""Schema migrations: back up the file first, then upgrade to the newest revision."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.wording import STORAGE, say
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.sqlite_copy import copy_sqlite

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# The newest revision in migrations/versions. Opening an up-to-date database compares
# against this constant and skips importing Alembic (a third of a second at start-up);
# tests/integration/test_schema.py checks that it matches Alembic's own head.
SCHEMA_HEAD = "0018"

PACKAGE_DIR = Path(__file__).resolve().parents[1]
PACKAGE_ROOT = PACKAGE_DIR.parent


def migrations_dir() -> Path:
    """The Alembic scripts: inside the package in an installed wheel (setup.py maps the
    top-level ``migrations/`` to ``desktop_crm/migrations``), else beside the package in a
    source tree, an editable install or a PyInstaller bundle (the spec copies them there)."""
    candidates = (PACKAGE_DIR / "migrations", PACKAGE_ROOT / "migrations")
    for candidate in candidates:
        if (candidate / "env.py").exists():
            return candidate
    raise StorageError(
        say(
            STORAGE, "The migration scripts are missing ({folder}). Reinstall the application."
        ).format(folder=candidates[-1]),
        code="no_migrations",
    )


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None for an empty database), read with plain SQL."""
    from sqlalchemy import inspect, text
    from sqlalchemy.exc import DBAPIError

    with engine.connect() as conn:
        try:
            revisions = [
                r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))
            ]
        except DBAPIError:
            conn.rollback()
            if "alembic_version" in inspect(conn).get_table_names():
                raise
            return None
        finally:
            conn.rollback()
    if len(revisions) > 1:
        raise StorageError(
            say(
                STORAGE,
                "The database has several schema heads; run 'desktop-crm db upgrade' "
                "with a current version of the program.",
            ),
            code="schema",
        )
    return revisions[0] if revisions else None


@dataclass(frozen=True)
class UpgradeResult:
    """What ``upgrade`` did: revisions before and after, and the backup it made if any."""

    before: str | None
    after: str | None
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def backup_sqlite(source: Path, target: Path) -> Path:
    """Consistent copy of a live SQLite file through the online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    copy_sqlite(source, tmp)
    tmp.replace(target)
    return target


def dated_backup_path(path: Path, reason: str = "backup") -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix or '.sqlite'}")


def known_revision(revision: str | None) -> bool:
    """Whether this version's migration scripts know ``revision`` (None: before the first)."""
    if revision is None or revision == SCHEMA_HEAD:
        return True
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
        return scripts.get_revision(revision) is not None
    except (CommandError, KeyError, ValueError):
        return False


def unknown_schema_error(revision: str) -> StorageError:
    """A database whose schema a newer version made: said before any upgrade is tried (the
    upgrade would first copy the whole file beside it, at every attempt, for nothing)."""
    return StorageError(
        say(
            STORAGE,
            "The database's schema ({revision}) is one this version of Desktop CRM "
            "does not know (newest known: {head}); a newer version probably made it. "
            "Use the newest version of Desktop CRM, or restore a backup.",
        ).format(revision=revision, head=SCHEMA_HEAD),
        code="schema",
    )


def upgrade(engine: Engine, url: str, *, backup: bool = True) -> UpgradeResult:
    """Upgrade a database to head; an existing SQLite file is copied next to itself first."""
    before = current_revision(engine)
    if before == SCHEMA_HEAD:
        return UpgradeResult(before, before, None)
    if not known_revision(before):  # (before the copy below: it would be made for nothing)
        raise unknown_schema_error(str(before))
    from alembic import command

    head = head_revision()
    if before == head:
        return UpgradeResult(before, head, None)
    from sqlalchemy import inspect

    backup_path: Path | None = None
    path = sqlite_path(url)
    tables = sorted(inspect(engine).get_table_names())
    has_tables = bool(tables)
    if before is None and has_tables:
        # Tables but no schema revision: another program's database. Never add ours to it.
        from desktop_crm.storage.health import foreign_error
        from desktop_crm.storage.location import display_name

        if path is not None:
            raise foreign_error(str(path), tuple(tables))
        raise foreign_error(display_name(url), tuple(tables), backend="PostgreSQL")
    if backup and path is not None and path.exists() and has_tables:
        backup_path = backup_sqlite(path, dated_backup_path(path, "before-upgrade"))
    config = alembic_config(url)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.driver_connection if sqlite else None
        if raw is not None:
            # Batch migrations rebuild tables: foreign keys are checked once at the end.
            # The pragma only works outside a transaction, hence the raw connection.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
            if raw is not None:
                problems = raw.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StorageError(
                        say(
                            STORAGE,
                            "The upgrade left {count} broken references. The copy made before the "
                            "upgrade is at {backup_path}.",
                        ).format(count=len(problems), backup_path=backup_path),
                        code="upgrade_failed",
                    )
        finally:
            if raw is not None:
                conn.rollback()  # the pragma is ignored inside a failed transaction
                raw.execute("PRAGMA foreign_keys = ON")
    return UpgradeResult(before, current_revision(engine), backup_path)
