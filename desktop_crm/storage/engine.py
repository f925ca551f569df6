"""Engine creation: SQLite pragmas and explicit transactions, PostgreSQL by URL."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.wording import STORAGE, say
from desktop_crm.storage.location import lookup_password, refuse_network_share, sqlite_path

if TYPE_CHECKING:  # SQLAlchemy loads with the first engine (start-up reads without it)
    from sqlalchemy import Engine

SQLITE_BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "crm_write"


def _install_sqlite_hooks(engine: Engine, *, read_only: bool = False) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from pysqlite so BEGIN is ours (SAVEPOINT works).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:  # switching to WAL writes the file's header
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the lock up front: no deadlock-prone read-then-upgrade.
        if connection.get_execution_options().get(WRITE_OPTION):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, check_location: bool = True, echo: bool = False) -> Engine:
    """Create the engine for a resolved URL (see ``location.resolve_database``)."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None and check_location:
            refuse_network_share(path)
        engine = create_engine(url, echo=echo, poolclass=NullPool if path is None else None)
        _install_sqlite_hooks(engine, read_only=parsed.query.get("mode") == "ro")
        return engine
    if backend == "postgresql":
        connect_args: dict[str, Any] = {"connect_timeout": 10}
        if parsed.password is None:
            password = lookup_password(url)
            if password:
                connect_args["password"] = password
        return create_engine(
            url,
            echo=echo,
            pool_pre_ping=True,
            connect_args=connect_args,
            isolation_level="READ COMMITTED",
        )
    raise StorageError(
        say(
            STORAGE,
            "Unsupported database '{drivername}': use a .sqlite file path or a "
            "postgresql://user@host/dbname URL.",
        ).format(drivername=parsed.drivername),
        code="unsupported_database",
    )


def read_only_url(path: Path) -> str:
    """A SQLite URL that opens ``path`` read-only: nothing, not even the journal mode, is
    written (``db check``)."""
    return f"sqlite:///{Path(path).resolve().as_uri()}?mode=ro&uri=true"


def write_engine(engine: Engine) -> Engine:
    """The same pool, marked so SQLite transactions start with BEGIN IMMEDIATE."""
    return engine.execution_options(**{WRITE_OPTION: True})
