"""The database handle and the unit of work: one transaction per user action."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar

from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.exc import StaleDataError

from desktop_crm.domain.changes import Action, ChangeCollector, Changes, OpResult
from desktop_crm.domain.errors import ConflictError, DomainError, StorageError
from desktop_crm.storage.engine import make_engine, write_engine
from desktop_crm.storage.location import display_name, sqlite_path


def storage_error_from(exc: DBAPIError) -> StorageError:
    """Turn a driver error into a message that says what happened and what to do."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "database or disk is full" in lowered or "no space left" in lowered:
        return StorageError(
            "The disk is full: nothing was saved. Free some space and try again.", code="disk_full"
        )
    if "database is locked" in lowered or "could not obtain lock" in lowered:
        return StorageError(
            "The database is busy with another task (an import or a "
            "colleague). Nothing was saved; try again in a moment.",
            code="locked",
        )
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError(
            "The database file is read-only: nothing was saved. Check the file's permissions.",
            code="read_only",
        )
    if "not a database" in lowered or "malformed" in lowered:
        return StorageError(
            "The database file is damaged or is not a Desktop CRM database: nothing was "
            "saved. Run 'desktop-crm db check' to see what is wrong, then save what can be "
            "read with 'desktop-crm db recover --to NEW.sqlite' or restore a backup.",
            code="corrupt",
        )
    if "permission denied" in lowered or "row-level security" in lowered:
        return StorageError(
            "The database server refused this for your login: your role may not do it, or "
            "the record is someone else's private record. Nothing was changed; ask an "
            "administrator if you need it.",
            code="forbidden",
        )
    if "connection" in lowered or "server closed" in lowered or "terminating" in lowered:
        return StorageError(
            "The connection to the database server failed or was lost: nothing was "
            "saved. Check the server's address, the network and your password, then "
            "try again.",
            code="connection",
        )
    return StorageError(
        f"Database error: {text.splitlines()[0] if text else exc!r}", code="database"
    )


class Database:
    """An open database: its URL, engines, and the team member using it."""

    def __init__(self, url: str, *, check_location: bool = True) -> None:
        self.url = url
        self.engine: Engine = make_engine(url, check_location=check_location)
        self.write_engine: Engine = write_engine(self.engine)
        self._user_id: int | None = None
        self.user_login = _os_login()
        # Set when the file cannot be written: reads work, no user row is created.
        self.read_only = False
        # The team member's role and the columns it may not read (a team database on
        # PostgreSQL; a SQLite file has one user, its owner: administrator).
        self.role: str = "administrator"
        self.hidden_columns: dict[str, frozenset[str]] = {}
        self.team = False
        self._team_checked = False

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def name(self) -> str:
        return display_name(self.url)

    @property
    def path(self) -> object:
        return sqlite_path(self.url)

    def uow(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self, write=write)

    def run(
        self,
        fn: Callable[Concatenate[UnitOfWork, P], R],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> OpResult[R]:
        """One user action: ``fn(uow, ...)`` in a unit of work, committed once, with its changes.

        The command line and the GUI's operation runner both go through here; services never
        commit themselves.
        """
        with self.uow() as uow:
            value = fn(uow, *args, **kwargs)
            uow.commit()
            return OpResult(value, uow.changes())

    def read(
        self,
        fn: Callable[Concatenate[UnitOfWork, P], R],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """A read-only service call in its own unit of work (rolled back, never committed)."""
        with self.uow(write=False) as uow:
            return fn(uow, *args, **kwargs)

    @property
    def user_id(self) -> int | None:
        """The current team member's id (created on first use from the OS login).

        On a read-only database an existing row is used and none is created (``None``).
        On a team database (PostgreSQL) it is the app user of the session's login.
        """
        self.resolve_team()
        if self._user_id is None and self.team:
            pass
        elif self._user_id is None and self.read_only:
            from desktop_crm.storage.models import User

            with self.uow(write=False) as uow:
                self._user_id = uow.session.scalar(
                    select(User.id).where(User.login == self.user_login)
                )
        elif self._user_id is None:
            from desktop_crm.storage.models import User

            with self.uow() as uow:
                user = uow.session.scalar(select(User).where(User.login == self.user_login))
                if user is None:
                    # The login is a key, never a name shown on screen or paper: blank
                    # until the person says who they are (services/users/identity.py).
                    # The account's full name only when the login is this computer's account
                    # (a server login's namesake there, e.g. "postgres", is not the person).
                    name = _os_full_name(self.user_login) if self.user_login == _os_login() else ""
                    user = User(login=self.user_login, display_name=name)
                    uow.session.add(user)
                    uow.session.flush()
                self._user_id = user.id
                uow.commit()
        return self._user_id

    def resolve_team(self) -> None:
        """On PostgreSQL, once: whether this is a team database and who the session is."""
        if self._team_checked or self.backend != "postgresql":
            return
        from desktop_crm.domain.roles import hidden_fields
        from desktop_crm.storage.team import session_identity, session_login

        try:
            with self.engine.connect() as conn:
                identity = session_identity(conn)
                # On a server the person is the database login, never the computer's login.
                login = session_login(conn)
        except DBAPIError as exc:
            raise storage_error_from(exc) from exc
        self._team_checked = True
        if identity is None:
            self.user_login = login
            return
        self.team = True
        self.user_login = identity.login
        self._user_id = identity.user_id
        self.role = identity.role.value
        tables = {table for (table, _column) in _field_rules()}
        self.hidden_columns = {t: cols for t in tables if (cols := hidden_fields(identity.role, t))}

    def set_user(self, user_id: int) -> None:
        self._user_id = user_id

    def dispose(self) -> None:
        self.engine.dispose()


P = ParamSpec("P")
R = TypeVar("R")


def _field_rules() -> Iterable[tuple[str, str]]:
    from desktop_crm.domain.roles import FIELD_SECURITY

    return FIELD_SECURITY.keys()


def _os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "user"


def _os_full_name(login: str) -> str:
    """The person's full name from the account's GECOS field, if it is one (not the login)."""
    try:
        import pwd

        name = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):  # Windows, or a login unknown to the password file
        return ""
    return name if name and name.casefold() != login.casefold() else ""


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
