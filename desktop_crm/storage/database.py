"""The database handle: its URL, engines, the team member using it, and its units of work.

Importing this module does not import SQLAlchemy: the window's start reads its first screen
through the SQLite driver (``storage/first_read.py``) while SQLAlchemy loads afterwards. A
database made with ``deferred=True`` creates its engines on first use and, before its first
unit of work, runs the rest of its opening (``finish_open``: schema check, default seeding),
on the thread that asks for it: the database thread.
"""

from __future__ import annotations

import getpass
import sqlite3
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

from desktop_crm.storage.location import display_name, sqlite_path

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from desktop_crm.domain.changes import OpResult
    from desktop_crm.storage.uow import UnitOfWork

P = ParamSpec("P")
R = TypeVar("R")

# Read functions that the first-read connection may answer (the contact list's first page),
# registered by their modules with ``first_read``: called as ``fn(reader, ...)`` where the
# reader offers ``backend`` and ``sqlite_connection()`` as a unit of work does.
FIRST_READS: set[Callable[..., Any]] = set()
OPENING_WAIT_S = 10.0


def first_read(fn: Callable[P, R]) -> Callable[P, R]:
    """Mark a read that needs only ``uow.backend`` and ``uow.sqlite_connection()`` on SQLite:
    at start-up it may run on the first-read connection, before SQLAlchemy is loaded."""
    FIRST_READS.add(fn)
    return fn


class Database:
    """An open database: its URL, engines, and the team member using it."""

    def __init__(self, url: str, *, check_location: bool = True, deferred: bool = False) -> None:
        self.url = url
        self._check_location = check_location
        self._engine: Engine | None = None
        self._write_engine: Engine | None = None
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
        # A deferred opening: the first-read connection and what finishes the opening.
        self.first_reader: Any = None
        self._finish: Callable[[Database], None] | None = None
        self._finish_error: BaseException | None = None
        self._finish_lock = threading.Lock()
        # The first-read connection may answer on another thread (the card's first contact,
        # while the database thread waits for the gate below): one user at once.
        self._reader_lock = threading.Lock()
        # Once a first read was answered, the rest of the opening (loading SQLAlchemy: the
        # GIL held for a third of a second) waits until the GUI has shown it (the operation
        # runner sets this after delivering a result), at most OPENING_WAIT_S.
        self.first_read_answered = False
        self.opening_gate = threading.Event()
        self.cache_warmer: Any = None  # storage/cache_warm.py, once warm_file_cache() ran
        self._disposed = False  # no warm-up starts after dispose() (the file may be replaced)
        # storage/wal.py: checkpoints of big writes, copied after their commit (dispose waits).
        self.background_checkpoints: list[threading.Thread] = []
        if not deferred:
            self._make_engines()

    def _make_engines(self) -> None:
        from desktop_crm.storage.engine import make_engine, write_engine

        engine = make_engine(self.url, check_location=self._check_location)
        self._write_engine = write_engine(engine)
        self._engine = engine

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._make_engines()
        assert self._engine is not None
        return self._engine

    @property
    def write_engine(self) -> Engine:
        if self._write_engine is None:
            self._make_engines()
        assert self._write_engine is not None
        return self._write_engine

    @property
    def backend(self) -> str:
        if self._engine is None and sqlite_path(self.url) is not None:
            return "sqlite"  # without making the engine (a deferred opening)
        return self.engine.dialect.name

    @property
    def name(self) -> str:
        return display_name(self.url)

    @property
    def path(self) -> object:
        return sqlite_path(self.url)

    # -- a deferred opening ---------------------------------------------------------------------

    def defer_opening(self, reader: Any, finish: Callable[[Database], None]) -> None:
        """Answer the registered first reads with ``reader`` until the first unit of work,
        which first calls ``finish(self)`` (the rest of the opening) once."""
        self.first_reader = reader
        self._finish = finish

    def awaits_showing(self) -> bool:
        """True while the rest of the opening waits for the GUI to show a first read."""
        return self.first_read_answered and not self.opening_gate.is_set()

    def finish_open(self) -> None:
        """Finish a deferred opening (no-op otherwise); its failure is raised again by every
        later unit of work: the database is not usable."""
        if self._finish is None and self._finish_error is None:
            return
        with self._finish_lock:
            if self._finish_error is not None:
                raise self._finish_error
            finish, self._finish = self._finish, None
            if finish is None:
                return
            if self.first_read_answered:  # the reader may still answer meanwhile
                self.opening_gate.wait(OPENING_WAIT_S)
            self._close_reader()
            try:
                finish(self)
            except BaseException as exc:
                self._finish_error = exc
                raise

    # -- units of work --------------------------------------------------------------------------

    def uow(self, *, write: bool = True) -> UnitOfWork:
        self.finish_open()  # first: SQLAlchemy loads there, after the gate
        from desktop_crm.storage.uow import UnitOfWork

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
        from desktop_crm.domain.changes import OpResult

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
        """A read-only service call in its own unit of work (rolled back, never committed).

        During a deferred opening a registered first read is answered by the first-read
        connection; if that fails it is read again the ordinary way.
        """
        answered, value = self.answer_first(fn, *args, **kwargs)
        if answered:
            return cast(R, value)
        with self.uow(write=False) as uow:
            return fn(uow, *args, **kwargs)

    def answer_first(
        self,
        fn: Callable[Concatenate[UnitOfWork, P], R],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> tuple[bool, R | None]:
        """``(True, fn(reader, ...))`` when the first-read connection answered a registered
        first read; ``(False, None)`` when it cannot (no reader any more, an error)."""
        if fn not in FIRST_READS:
            return False, None
        with self._reader_lock:
            reader = self.first_reader
            if reader is None:
                return False, None
            try:
                with reader:
                    value = fn(reader, *args, **kwargs)
            except sqlite3.Error:
                return False, None  # locked, damaged...: the ordinary way says what is wrong
        self.first_read_answered = True
        return True, value

    @property
    def user_id(self) -> int | None:
        """The current team member's id (created on first use from the OS login).

        On a read-only database an existing row is used and none is created (``None``).
        On a team database (PostgreSQL) it is the app user of the session's login.
        """
        self.resolve_team()
        if self._user_id is not None or self.team:
            return self._user_id
        from sqlalchemy import select

        if self.read_only:
            from desktop_crm.storage.models import User

            with self.uow(write=False) as uow:
                self._user_id = uow.session.scalar(
                    select(User.id).where(User.login == self.user_login)
                )
        else:
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
        from sqlalchemy.exc import DBAPIError

        from desktop_crm.domain.roles import hidden_fields
        from desktop_crm.storage.team import session_identity, session_login
        from desktop_crm.storage.uow import storage_error_from

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

    def warm_file_cache(self) -> bool:
        """Read a local SQLite file into the OS cache in the background, once (a cold cache
        makes every page of the list random disk reads); never a server database."""
        path = sqlite_path(self.url)
        if self._disposed or self.cache_warmer is not None or path is None:
            return False
        if not path.is_file():
            return False
        from desktop_crm.storage.cache_warm import CacheWarmer
        from desktop_crm.storage.location import is_network_path

        if is_network_path(path):
            return False
        self.cache_warmer = CacheWarmer(path)
        return bool(self.cache_warmer.start())

    def dispose(self) -> None:
        self._disposed = True
        if self.cache_warmer is not None:
            self.cache_warmer.stop()
        for thread in self.background_checkpoints:
            thread.join()
        self._close_reader()
        if self._engine is not None:
            self._engine.dispose()

    def _close_reader(self) -> None:
        with self._reader_lock:
            reader, self.first_reader = self.first_reader, None
            if reader is not None:
                reader.close()


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
