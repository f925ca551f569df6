"""A stable identifier per database: a UUID created once and kept in ``app_setting``.

Exports that other programs keep (iCalendar UIDs) include it, so two databases, or a
database and a copy started afresh, never hand out the same identifier for different
records. No migration: the value is a row of the key/value table, created on first use.
"""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError

from desktop_crm.services.app_settings import store_setting
from desktop_crm.storage.models import AppSetting
from desktop_crm.storage.uow import UnitOfWork

DATABASE_ID_KEY = "database.uuid"


def _valid(value: str | None) -> str | None:
    try:
        return str(uuid.UUID(value)) if value else None
    except ValueError:
        return None


def _read(uow: UnitOfWork) -> str | None:
    row = uow.session.get(AppSetting, DATABASE_ID_KEY)
    return _valid(row.value) if row is not None else None


def database_id(uow: UnitOfWork) -> str:
    """This database's UUID, created and stored the first time it is asked for.

    In a read-only unit of work the UUID is written in a short transaction of its own
    (a read must not lose it at rollback). A database that cannot be written at all gets
    a UUID derived from its address, stable as long as the database stays where it is.
    """
    found = _read(uow)
    if found is not None:
        return found
    if uow.write:
        return _store(uow)
    db = uow.db
    if db.read_only:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, db.url))
    with db.uow() as writer:
        try:
            created = _read(writer) or _store(writer)
            writer.commit()
        except IntegrityError:  # another program created it at the same moment: use theirs
            writer.rollback()
            created = _read(writer) or str(uuid.uuid5(uuid.NAMESPACE_URL, db.url))
        return created


def _store(uow: UnitOfWork) -> str:
    value = str(uuid.uuid4())
    store_setting(uow, DATABASE_ID_KEY, value)  # (an unreadable value: replaced)
    return value
