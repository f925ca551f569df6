"""The database handle and the unit of work: one transaction per user action."""

from __future__ import annotations

import getpass
from types import TracebackType
from typing import Self

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

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
            "The database file is damaged or is not a Desktop CRM database. "
            "Restore it from a backup (desktop-crm restore).",
            code="corrupt",
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

    @property
    def user_id(self) -> int | None:
        """The current team member's id (created on first use from the OS login)."""
        if self._user_id is None:
            from desktop_crm.storage.models import User

            with self.uow() as uow:
                user = uow.session.scalar(select(User).where(User.login == self.user_login))
                if user is None:
                    user = User(login=self.user_login, display_name=self.user_login)
                    uow.session.add(user)
                    uow.session.flush()
                self._user_id = user.id
                uow.commit()
        return self._user_id

    def set_user(self, user_id: int) -> None:
        self._user_id = user_id

    def dispose(self) -> None:
        self.engine.dispose()


def _os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "user"


class UnitOfWork:
    """Owns one session and one transaction; ``commit()`` or everything is rolled back.

    Database errors leave as ``StorageError`` or ``ConflictError`` with a clear message.
    """

    def __init__(self, db: Database, *, write: bool = True) -> None:
        self.db = db
        self.write = write
        self.session: Session = Session(
            bind=db.write_engine if write else db.engine,
            expire_on_commit=False,
            autoflush=True,
        )

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
