"""Creating and opening databases: migrate to head, then seed the default pick lists."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from desktop_crm.domain.constants import DEFAULT_PICKLISTS, DEFAULT_SALES_STAGES
from desktop_crm.domain.wording import STORAGE, say
from desktop_crm.services.app_settings import store_setting
from desktop_crm.storage import migrate
from desktop_crm.storage.health import folder_error
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.models import (
    AppSetting,
    PickList,
    PickListItem,
    SalesProcess,
    SalesStage,
)
from desktop_crm.storage.uow import Database as Database
from desktop_crm.storage.uow import UnitOfWork as UnitOfWork
from desktop_crm.storage.uow import storage_error_from

# Other features register functions that seed their defaults (series templates, letters...).
SEEDERS: list[Callable[[UnitOfWork], None]] = []


@dataclass(frozen=True)
class OpenResult:
    """An open database and what opening it did (created, upgraded, backup path)."""

    db: Database
    created: bool
    upgraded: bool
    backup: Path | None
    # The folder made for a new database file (with any missing parents), if it was missing.
    created_folder: Path | None = None


# Bump when a seeder adds defaults an existing database should receive at its next opening.
SEED_REVISION = "1"
SEED_STAMP_KEY = "setup.defaults_seeded"


def seed_stamp() -> str:
    """What the seeded defaults of this version are: a database stamped with it needs none.

    It changes with the seed revision, the application version, the schema head, the default
    pick lists, what ``seed_defaults`` calls and the registered seeders, so any of those
    re-runs the (idempotent) seeding. Changing what a seeder writes: bump ``SEED_REVISION``.
    """
    from desktop_crm import __version__

    digest = hashlib.sha256(repr(sorted(DEFAULT_PICKLISTS.items())).encode())
    digest.update(repr(DEFAULT_SALES_STAGES).encode())
    # A seeding step added to seed_defaults changes the names it uses (stable across runs,
    # unlike the repr of its nested code objects).
    digest.update(repr(seed_defaults.__code__.co_names).encode())
    for seeder in SEEDERS:
        digest.update(f"{seeder.__module__}.{seeder.__qualname__}".encode())
    return f"{SEED_REVISION}|{__version__}|{migrate.SCHEMA_HEAD}|{digest.hexdigest()[:16]}"


def seed_if_needed(uow: UnitOfWork) -> bool:
    """Seed the defaults unless the database's stamp says this version did; True if seeded.

    Opening a database is on the start-up path: a stamped one costs one primary-key read,
    instead of importing and checking every feature's defaults (letters, series…).
    """
    stamp = seed_stamp()
    row = uow.session.get(AppSetting, SEED_STAMP_KEY)
    if row is not None and row.value == stamp:
        return False
    seed_defaults(uow)
    store_setting(uow, SEED_STAMP_KEY, stamp)
    return True


def seed_defaults(uow: UnitOfWork) -> None:
    """Default pick lists and sales process; idempotent (existing lists are left alone)."""
    session = uow.session
    existing = set(session.scalars(select(PickList.key)))
    for key, (label, values) in DEFAULT_PICKLISTS.items():
        if key in existing:
            continue
        picklist = PickList(key=key, label=label)
        picklist.items = [PickListItem(position=i, value=v) for i, v in enumerate(values)]
        session.add(picklist)
    if session.scalar(select(SalesProcess.id).limit(1)) is None:
        process = SalesProcess(name="Processus de vente standard", is_default=True)
        process.stages = [
            SalesStage(position=i, name=name, probability=prob, close_days=days)
            for i, (name, prob, days) in enumerate(DEFAULT_SALES_STAGES)
        ]
        session.add(process)
    session.flush()
    from desktop_crm.services.activities.series import seed_series

    seed_series(uow)
    from desktop_crm.services.mailing.starter_letters import seed_starter_letters

    seed_starter_letters(uow)
    for seeder in SEEDERS:
        seeder(uow)


def open_database(
    url: str, *, create: bool = True, backup: bool = True, adopt_empty: bool | None = None
) -> OpenResult:
    """Open (and if needed create) a database, upgrade its schema, and seed defaults (once
    per version: see ``seed_if_needed``).

    A file that is not a Desktop CRM database (another program's SQLite database, a text
    file) is refused before anything opens it, byte for byte unchanged; so is an empty file
    unless ``adopt_empty`` (default: ``create``) says the user asked for a new database.
    A SQLite file this process may not write is opened read-only (``db.read_only``): reads
    work, nothing is seeded and no user row is created; an out-of-date one is refused.
    """
    from desktop_crm.domain.errors import StorageError
    from desktop_crm.storage.health import EMPTY, ensure_ours

    path = sqlite_path(url)
    if path is not None and path.is_dir():
        raise folder_error(path)
    adopted = False
    if path is not None and path.exists():
        identity = ensure_ours(path, create=create if adopt_empty is None else adopt_empty)
        adopted = identity.kind == EMPTY
    created = path is not None and not path.exists()
    created_folder: Path | None = None
    if created:
        assert path is not None
        if not create:
            raise StorageError(
                say(
                    STORAGE,
                    "There is no database at {path}. Create one with 'desktop-crm init' or "
                    "choose another file.",
                ).format(path=path),
                code="missing",
            )
        created_folder = path.parent if not path.parent.exists() else None
        path.parent.mkdir(parents=True, exist_ok=True)
    read_only = path is not None and not created and not os.access(path, os.W_OK)
    db = Database(url)
    try:
        if read_only:
            return _open_read_only(db, path)
        db.resolve_team()  # a team database: who the login is, before anything else
        result = migrate.upgrade(db.engine, url, backup=backup)
        try:
            with db.uow() as uow:
                if seed_if_needed(uow):
                    uow.commit()
        except StorageError as exc:
            # Permissions can say "writable" where the file system refuses (read-only mount).
            if exc.code != "read_only" or result.changed or path is None:
                raise
            return _open_read_only(db, path)
        _ = db.user_id
    except Exception as exc:
        db.dispose()
        error = _opening_error(exc)
        if error is exc:
            raise
        raise error from exc
    except BaseException:
        db.dispose()
        raise
    return OpenResult(
        db,
        created or adopted or result.before is None,
        result.changed,
        result.backup,
        created_folder,
    )


def finish_opening(db: Database) -> None:
    """What ``open_database`` does after its checks, for a database whose first read came
    before (``services/first_start.py``: an up-to-date file whose user is known)."""

    try:
        migrate.upgrade(db.engine, db.url, backup=True)
        with db.uow() as uow:
            if seed_if_needed(uow):
                uow.commit()
    except Exception as exc:
        error = _opening_error(exc)
        if error is exc:
            raise
        raise error from exc


def _opening_error(exc: Exception) -> Exception:
    """The sentence for a failure while opening: the driver's error said plainly, an
    Alembic error as a schema this version does not know; anything else as it came."""
    from desktop_crm.domain.errors import StorageError

    if isinstance(exc, DBAPIError):
        return storage_error_from(exc)
    if type(exc).__module__.startswith("alembic"):
        unknown = re.search(r"Can't locate revision identified by '([^']*)'", str(exc))
        if unknown:  # a newer version's database: Alembic's English said as a sentence
            return migrate.unknown_schema_error(unknown[1])
        return StorageError(
            say(
                STORAGE,
                "The database's schema is not one this version knows ({reason}). Use the "
                "newest version of Desktop CRM, or restore a backup.",
            ).format(reason=exc),
            code="schema",
        )
    return exc


def _open_read_only(db: Database, path: Path | None) -> OpenResult:
    """A read-only file at the current schema: opened for reading only."""
    from desktop_crm.domain.errors import StorageError

    revision = migrate.current_revision(db.engine)
    if revision != migrate.SCHEMA_HEAD:
        db.dispose()
        raise StorageError(
            say(
                STORAGE,
                "The database file {path} is read-only and needs an upgrade to this version "
                "of Desktop CRM: nothing was changed. Make the file writable and try again.",
            ).format(path=path),
            code="read_only",
        )
    db.read_only = True
    return OpenResult(db, False, False, None)
