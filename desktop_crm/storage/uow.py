"""The database handle and the unit of work: one transaction per user action."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from types import TracebackType
from typing import Any, Self

from sqlalchemy import event, inspect
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.exc import StaleDataError

from desktop_crm.domain.changes import Action, ChangeCollector, Changes
from desktop_crm.domain.errors import ConflictError, DomainError, StorageError
from desktop_crm.domain.wording import STORAGE, say
from desktop_crm.storage.database import Database as Database


def storage_error_from(exc: DBAPIError) -> StorageError:
    """Turn a driver error into a message that says what happened and what to do."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "database or disk is full" in lowered or "no space left" in lowered:
        return StorageError(
            say(STORAGE, "The disk is full: nothing was saved. Free some space and try again."),
            code="disk_full",
        )
    if "database is locked" in lowered or "could not obtain lock" in lowered:
        return StorageError(
            say(
                STORAGE,
                "The database is busy with another task (an import or a "
                "colleague). Nothing was saved; try again in a moment.",
            ),
            code="locked",
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError(
            say(
                STORAGE,
                "The database file is read-only: nothing was saved. Check the file's permissions.",
            ),
            code="read_only",
        )
    if "not a database" in lowered or "malformed" in lowered:
        return StorageError(
            say(
                STORAGE,
                "The database file is damaged or is not a Desktop CRM database: nothing was "
                "saved. Run 'desktop-crm db check' to see what is wrong, then save what can be "
                "read with 'desktop-crm db recover --to NEW.sqlite' or restore a backup.",
            ),
            code="corrupt",
        )
    if "permission denied" in lowered or "row-level security" in lowered:
        return StorageError(
            say(
                STORAGE,
                "The database server refused this for your login: your role may not do it, or "
                "the record is someone else's private record. Nothing was changed; ask an "
                "administrator if you need it.",
            ),
            code="forbidden",
        )
    if "connection" in lowered or "server closed" in lowered or "terminating" in lowered:
        return StorageError(
            say(
                STORAGE,
                "The connection to the database server failed or was lost: nothing was "
                "saved. Check the server's address, the network and your password, then "
                "try again.",
            ),
            code="connection",
        )
    return StorageError(
        say(STORAGE, "Database error: {0}").format(text.splitlines()[0] if text else repr(exc)),
        code="database",
    )


class UnitOfWork:
    """Owns one session and one transaction; ``commit()`` or everything is rolled back.

    Database errors leave as ``StorageError`` or ``ConflictError`` with a clear message.
    Every row the session flushes is recorded as a change (kind = table name); ``changes()``
    gives what was committed, for the change notice of the user action.
    """

    def __init__(self, db: Database, *, write: bool = True) -> None:
        self.db = db
        self.write = write
        self.session: Session = Session(
            bind=db.write_engine if write else db.engine,
            expire_on_commit=False,
            autoflush=True,
        )
        self._pending = ChangeCollector()
        self._committed = ChangeCollector()
        event.listen(self.session, "after_flush", self._on_after_flush)
        event.listen(self.session, "do_orm_execute", self._on_orm_execute)
        event.listen(self.session, "after_commit", self._on_after_commit)
        event.listen(self.session, "after_rollback", self._on_after_rollback)
        db.resolve_team()
        if db.hidden_columns:
            _hide_columns(self.session, db.hidden_columns)

    # -- change notices ------------------------------------------------------------------------

    def note_changes(
        self,
        kind: str,
        action: Action,
        ids: Iterable[int],
        *,
        contact_ids: Iterable[int] = (),
    ) -> None:
        """Record rows written with plain SQL (bulk inserts/updates) so views hear of them."""
        self._pending.note(kind, action, ids, contact_ids=contact_ids)

    def note_bulk(self, *kinds: str) -> None:
        """Record kinds changed by statements that bypass the session (driver executemany).

        Listeners reload what they show of these kinds; prefer ``note_changes`` when the ids
        are known.
        """
        self._pending.bulk.update(kinds)

    def changes(self) -> Changes:
        """What this unit of work has committed so far."""
        return self._committed.frozen()

    def _on_after_flush(self, session: Session, _context: UOWTransaction) -> None:
        for objects, action in (
            (session.new, "created"),
            (session.dirty, "updated"),
            (session.deleted, "deleted"),
        ):
            for obj in objects:
                if action == "updated" and not session.is_modified(obj, include_collections=False):
                    continue
                _record(self._pending, obj, action)  # type: ignore[arg-type]

    def _on_orm_execute(self, state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            name = getattr(table, "name", None)
            if isinstance(name, str):
                self._pending.bulk.add(name)

    def _on_after_commit(self, _session: Session) -> None:
        p, c = self._pending, self._committed
        if not (c.records or c.contacts or c.bulk or c.precise):
            # (The usual first commit: handed over as they are, not copied. An import's
            # 100,000 new contacts are 100,000 records: ~40 ms to copy and clear.)
            self._committed, self._pending = p, c
            return
        c.records |= p.records
        c.contacts |= p.contacts
        c.bulk |= p.bulk
        c.precise |= p.precise
        p.clear()

    def _on_after_rollback(self, _session: Session) -> None:
        self._pending.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, StaleDataError):
            raise ConflictError("Record", 0, "?") from exc
        if isinstance(exc, DBAPIError) and not isinstance(exc, DomainError):
            raise storage_error_from(exc) from exc

    @property
    def user_id(self) -> int | None:
        return self.db._user_id

    @property
    def backend(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.db.backend

    def sqlite_connection(self) -> sqlite3.Connection | None:
        """The SQLite driver's connection of this unit of work (None on PostgreSQL): reads
        of many rows go through it directly (SQLAlchemy's rows cost ~3x more per row)."""
        if self.db.backend != "sqlite":
            return None
        return self.session.connection().connection.driver_connection  # type: ignore[return-value]

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as exc:
            self.session.rollback()
            raise ConflictError("Record", 0, "?") from exc
        except OperationalError as exc:
            self.session.rollback()
            raise storage_error_from(exc) from exc

    def rollback(self) -> None:
        self.session.rollback()
        # Notes taken before any statement began a transaction get no rollback event.
        self._pending.clear()


def _record(collector: ChangeCollector, obj: Any, action: Action) -> None:
    """Record one flushed ORM object, and the contact it hangs off when it has one."""
    state = inspect(obj)
    table = state.mapper.local_table
    kind = getattr(table, "name", type(obj).__name__.lower())
    identity = state.mapper.primary_key_from_instance(obj)
    if len(identity) == 1 and isinstance(identity[0], int):
        collector.add(kind, action, (identity[0],))
    else:
        collector.bulk.add(kind)
    contact_id = getattr(obj, "contact_id", None)
    if isinstance(contact_id, int):
        collector.contacts.add(contact_id)


def _hide_columns(session: Session, hidden: dict[str, frozenset[str]]) -> None:
    """A Restricted login may not read some columns (column privileges on PostgreSQL): whole
    records load without them and show them empty, so every screen keeps working."""
    from sqlalchemy.orm import defer
    from sqlalchemy.orm.attributes import set_committed_value

    def on_execute(state: ORMExecuteState) -> None:
        if not state.is_select:
            return
        options = []
        for description in getattr(state.statement, "column_descriptions", ()):
            entity = description.get("entity")
            if entity is None or description.get("expr") is not entity:
                continue
            table = getattr(getattr(entity, "__table__", None), "name", None)
            for column in hidden.get(str(table), ()):
                options.append(defer(getattr(entity, column)))
        if options:
            state.statement = state.statement.options(*options)

    def on_load(_session: Session, instance: Any) -> None:
        table = getattr(getattr(instance, "__table__", None), "name", None)
        columns = hidden.get(str(table))
        if columns:
            loaded = inspect(instance).dict
            for column in columns:
                if column not in loaded:
                    set_committed_value(instance, column, None)

    event.listen(session, "do_orm_execute", on_execute)
    event.listen(session, "loaded_as_persistent", on_load)
