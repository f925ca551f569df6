"""Fast bulk inserts: Core statements, and on SQLite the driver's executemany directly.

SQLAlchemy's per-row parameter handling costs more than SQLite's own insert. On SQLite we
work column by column (C loops): each column's bind processor runs once per distinct value,
columns that are NULL in every row of a chunk are left out of the statement (SQLite stores
the same NULL), and the tuples go to the driver's ``executemany``. Other backends use a Core
``insert()`` with a list of dicts. Either way the rows stored are the ones SQLAlchemy's own
insert would store (tests/integration/test_bulk_insert.py, test_import_bulk_insert.py).

Rows written here are not seen by the unit of work one by one: callers report them with
``uow.note_changes`` (the ids come from ``bulk_insert_ids``).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import add, itemgetter
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import STORAGE, say

CHUNK = 5000
# ``indexes_deferred``: from this many new rows, and at least 3/4 of what the table holds.
DEFER_INDEXES_FROM = 20_000
# A deferred index build weighs in progress as many rows as the table holds / this.
INDEX_BUILD_ROWS = 25

Row = Mapping[str, Any]


def bulk_insert(
    session: Session,
    table: Table,
    columns: Sequence[str] | None,
    rows: Iterable[Row],
    *,
    chunk: int = CHUNK,
) -> int:
    """Insert ``rows`` into ``table``; returns how many rows were inserted.

    ``columns`` names the columns to fill (a row's missing key is NULL); ``None`` takes them
    from the rows' own keys (those of the table). Columns not named that have a Python
    default get it, as with SQLAlchemy's insert.
    """
    connection = session.connection()
    total = 0
    if connection.dialect.name != "sqlite":
        for batch in _batches(rows, chunk):
            names = list(columns) if columns is not None else _columns_of(table, batch)
            session.execute(
                insert(table), [{name: row.get(name) for name in names} for row in batch]
            )
            total += len(batch)
        return total
    inserter = _SqliteInserter(connection, table)
    try:
        for batch in _batches(rows, chunk):
            names = list(columns) if columns is not None else _columns_of(table, batch)
            inserter.insert(names, batch)
            total += len(batch)
    finally:
        inserter.close()
    return total


def bulk_insert_ids(
    session: Session, table: Table, rows: Sequence[Row], *, chunk: int = CHUNK
) -> list[int]:
    """Insert ``rows`` (columns from their keys) and return their new ids, in their order."""
    connection = session.connection()
    if not rows:
        return []
    if connection.dialect.name != "sqlite":
        ids: list[int] = []
        for start in range(0, len(rows), chunk):
            batch = rows[start : start + chunk]
            names = _columns_of(table, batch)
            result = connection.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True),
                [{name: row.get(name) for name in names} for row in batch],
            )
            ids.extend(result.scalars().all())
        return ids
    # SQLite cannot keep RETURNING in parameter order for a multi-row insert, so SQLAlchemy
    # would send one statement per row (10x slower).

    def write() -> None:
        bulk_insert(session, table, None, rows, chunk=chunk)

    return _sqlite_ids(connection, table, len(rows), write)


def bulk_insert_columns_ids(
    session: Session, table: Table, columns: Mapping[str, Sequence[Any]]
) -> list[int]:
    """``bulk_insert_ids`` for rows given column by column (name -> every row's value, all
    as long): the same rows stored, without a dictionary per row on SQLite."""
    names = [name for name in columns if name in table.c]
    count = len(columns[names[0]]) if names else 0
    if not count:
        return []
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        cells = zip(*(columns[name] for name in names), strict=True)
        rows = [dict(zip(names, values, strict=True)) for values in cells]
        return bulk_insert_ids(session, table, rows)

    def write() -> None:
        inserter = _SqliteInserter(connection, table)
        try:
            inserter.insert_columns(names, [columns[name] for name in names], count)
        finally:
            inserter.close()

    return _sqlite_ids(connection, table, count, write)


def bulk_insert_rows_ids(
    session: Session,
    table: Table,
    names: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    columns: Mapping[str, Sequence[Any]],
    constants: Mapping[str, Any],
) -> list[int]:
    """``bulk_insert_columns_ids`` for rows given as tuples (SQLite only): row ``i`` is
    ``rows[i]`` (values of ``names``, in order) followed by ``columns[n][i]`` of each other
    column ``n``, plus ``constants`` (the same value in every row). The same rows stored.

    Built by the caller without a dictionary per row (``operator.itemgetter``), the tuples
    go to the driver as they are; ``columns`` are the columns whose values the bind
    processor must convert (dates, booleans), converted once per distinct value; the
    constants and the Python defaults of the columns not named are converted once and
    written into the statement as literals, so that they are not bound 100,000 times.
    """
    connection = session.connection()
    count = len(rows)
    if connection.dialect.name != "sqlite":
        raise ValueError("bulk_insert_rows_ids is for SQLite only")
    if not count:
        return []
    inserter = _SqliteInserter(connection, table)
    if any(inserter.processor(name) is not None for name in names):
        # (a caller's mistake would store unconverted values: column by column instead)
        everything: dict[str, Sequence[Any]] = dict(
            zip(names, zip(*rows, strict=True), strict=True)
        )
        everything.update(columns)
        everything.update((name, [value] * count) for name, value in constants.items())
        inserter.close()
        return bulk_insert_columns_ids(session, table, everything)
    named = [*names, *columns, *constants]
    fixed = {name: inserter.processed_value(name, value) for name, value in constants.items()}
    for name, value in inserter.defaults(named).items():
        fixed[name] = inserter.processed_value(name, value)
    literals = {name: _literal(value) for name, value in fixed.items()}
    bound = [name for name, text in literals.items() if text is None]
    extra = [inserter.processed(name, columns[name]) for name in columns]
    extra += [[fixed[name]] * count for name in bound]
    quote = connection.dialect.identifier_preparer.quote
    order = [*names, *columns, *bound, *(n for n, text in literals.items() if text is not None)]
    values = ["?"] * (len(names) + len(columns) + len(bound))
    values += [text for text in literals.values() if text is not None]
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[n].name) for n in order)}) "
        f"VALUES ({', '.join(values)})"
    )
    params: Iterable[tuple[Any, ...]] = (
        list(map(add, rows, zip(*extra, strict=True))) if extra else rows
    )

    def write() -> None:
        try:
            inserter.cursor.executemany(sql, params)
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(sql, None, exc) from exc
        except sqlite3.Error as exc:
            raise OperationalError(sql, None, exc) from exc
        finally:
            inserter.close()

    return _sqlite_ids(connection, table, count, write)


def sqlite_converted(table: Table) -> frozenset[str]:
    """The columns of ``table`` whose values SQLite's bind processors convert (dates,
    booleans...): the ones ``bulk_insert_rows_ids`` takes in ``columns``."""
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    return frozenset(
        column.name
        for column in table.c
        if column.type.dialect_impl(dialect).bind_processor(dialect) is not None
    )


def _literal(value: Any) -> str | None:
    """``value`` as an SQLite literal (None when it is better bound: floats, bytes...)."""
    if value is None:
        return "NULL"
    if type(value) is int and -(2**63) <= value < 2**63:  # (beyond: REAL in SQL text)
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _sqlite_ids(
    connection: Connection, table: Table, count: int, write: Callable[[], None]
) -> list[int]:
    """The ids of the ``count`` rows ``write`` inserts, in their order.

    Our transaction holds the write lock (BEGIN IMMEDIATE) and rowids grow in insertion
    order, so the new ids are the ones above the previous maximum.
    """
    before = connection.execute(select(func.max(table.c.id))).scalar() or 0
    write()
    # The new ids: when they are one unbroken run (always, unless an id was given), the
    # run itself rather than reading them all back.
    found, low, high = connection.execute(
        select(func.count(), func.min(table.c.id), func.max(table.c.id)).where(table.c.id > before)
    ).one()
    if found == count and high - low + 1 == found:
        return list(range(low, high + 1))
    ids = list(
        connection.execute(
            select(table.c.id).where(table.c.id > before).order_by(table.c.id)
        ).scalars()
    )
    if len(ids) != count:
        raise DomainError(
            say(
                STORAGE,
                "Another program wrote to the database during the import; nothing was "
                "written. Try again.",
            ),
            code="concurrent_write",
        )
    return ids


def _batches(rows: Iterable[Row], size: int) -> Iterator[Sequence[Row]]:
    if isinstance(rows, Sequence):
        for start in range(0, len(rows), size):
            yield rows[start : start + size]
        return
    batch: list[Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _columns_of(table: Table, rows: Sequence[Row]) -> list[str]:
    """The table's columns named by the rows' keys (the first row's when all are as wide)."""
    width = len(rows[0])
    sample = rows[:1] if all(len(row) == width for row in rows) else rows
    known = table.c
    return [name for name in dict.fromkeys(k for row in sample for k in row) if name in known]


class _SqliteInserter:
    """Chunks of rows to one table through the driver's cursor, inside the session's transaction."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self.table = table
        self.dialect: Dialect = connection.dialect
        self.cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        self._processors: dict[str, Callable[[Any], Any] | None] = {}
        self._defaults: dict[tuple[str, ...], dict[str, Any]] = {}

    def close(self) -> None:
        self.cursor.close()

    def processor(self, name: str) -> Callable[[Any], Any] | None:
        if name not in self._processors:
            # The dialect's own type (SQLite's DATETIME format with microseconds), not the
            # generic one, which has no processor and would leave sqlite3's adapter to guess.
            column_type = self.table.c[name].type.dialect_impl(self.dialect)
            self._processors[name] = column_type.bind_processor(self.dialect)
        return self._processors[name]

    def defaults(self, names: Sequence[str]) -> dict[str, Any]:
        """Python defaults of the columns the caller did not name (what SQLAlchemy binds)."""
        key = tuple(names)
        if key not in self._defaults:
            compiled = insert(self.table).compile(dialect=self.dialect, column_keys=list(names))
            order = cast(Sequence[str], compiled.positiontup)
            given = set(names)
            self._defaults[key] = {
                name: _default_value(self.table, name) for name in order if name not in given
            }
        return self._defaults[key]

    def insert(self, names: Sequence[str], rows: Sequence[Row]) -> None:
        count = len(rows)
        if not names or not count:
            return
        try:
            getter = itemgetter(*names)
            tuples: list[Any] = [getter(row) for row in rows]
            if len(names) == 1:
                tuples = [(value,) for value in tuples]
        except KeyError:  # some rows leave columns out: those are NULL
            tuples = [tuple(row.get(name) for name in names) for row in rows]
        self.insert_columns(names, list(zip(*tuples, strict=True)), count)

    def insert_columns(
        self, names: Sequence[str], columns: Sequence[Sequence[Any]], count: int
    ) -> None:
        """Insert ``count`` rows given as one sequence of values per named column."""
        if not names or not count:
            return
        kept_names: list[str] = []
        kept_cells: list[Sequence[Any]] = []
        for name, cells in zip(names, columns, strict=True):
            if cells.count(None) == count and self.table.c[name].server_default is None:
                continue  # NULL everywhere: SQLite stores the same NULL without binding it
            kept_names.append(name)
            kept_cells.append(self._processed(name, cells))
        for name, value in self.defaults(names).items():
            kept_names.append(name)
            kept_cells.append(tuple(self._processed(name, (value,))) * count)
        if not kept_names:  # a statement needs one column: NULL in the first one
            kept_names.append(names[0])
            kept_cells.append((None,) * count)
        quote = self.dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {quote(self.table.name)} "
            f"({', '.join(quote(self.table.c[n].name) for n in kept_names)}) "
            f"VALUES ({', '.join('?' * len(kept_names))})"
        )
        try:
            self.cursor.executemany(sql, zip(*kept_cells, strict=True))
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(sql, None, exc) from exc
        except sqlite3.Error as exc:
            # Same exception family as SQLAlchemy's own calls, so callers see one kind.
            raise OperationalError(sql, None, exc) from exc

    def processed_value(self, name: str, value: Any) -> Any:
        """One value of column ``name`` as the driver binds it."""
        proc = self.processor(name)
        return value if proc is None or value is None else proc(value)

    def processed(self, name: str, cells: Sequence[Any]) -> Sequence[Any]:
        """Every value of column ``name`` as the driver binds it."""
        return self._processed(name, cells)

    def _processed(self, name: str, cells: Sequence[Any]) -> Sequence[Any]:
        proc = self.processor(name)
        if proc is None:
            return cells
        try:
            # Once per distinct value: an import stamps the same timestamp on every row.
            done = {value: proc(value) for value in set(cells) if value is not None}
        except TypeError:  # unhashable values (JSON): one by one
            return tuple(None if value is None else proc(value) for value in cells)
        return tuple(map(done.get, cells))


def _default_value(table: Table, name: str) -> Any:
    default = table.c[name].default
    if default is None:
        return None
    if getattr(default, "is_callable", False):
        return default.arg(None)  # type: ignore[attr-defined]  # SQLAlchemy wraps fn(ctx)
    return getattr(default, "arg", None)


@dataclass(frozen=True)
class DeferredIndexes:
    """The plain indexes of a table that ``indexes_deferred`` drops around a big insert and
    builds again after it (none: nothing deferred), and what one build weighs in progress."""

    table: Table
    indexes: tuple[tuple[str, str], ...] = ()  # (name, its CREATE INDEX text)
    weight: int = 0  # progress units one index build counts for (as many rows written)

    @property
    def work(self) -> int:
        """Progress units of all the builds (0 when nothing is deferred)."""
        return self.weight * len(self.indexes)


def deferred_indexes(session: Session, table: Table, new_rows: int) -> DeferredIndexes:
    """Which indexes of ``table`` a big insert of ``new_rows`` builds once after (SQLite).

    Maintaining a dozen indexes row by row costs more than sorting each once when the
    insert is big next to the table: 95,000 contacts into 100,000 cost ~1.5 s of index
    upkeep against ~1.3 s to build the 14 indexes over all 195,000 rows, and ~0.4 s of CPU
    less in all (the inserts into the bare table are cheaper too). Per row that is ~15 us
    for each new row against ~6.5 us for each row of the table, so it pays from about 3/4
    of the table's size: only then, and only for plain (not UNIQUE) indexes, so that no
    constraint is checked any later or differently. Other databases: nothing deferred.

    A partial index (``CREATE INDEX ... WHERE``) is left in place: the contact's two hold
    only contacts with a referrer or a contract end date, which an import's rows seldom
    have, so its rows (not entering them) cost nothing there, where a build would sort the
    whole table again (~0.1 s each at 200,000 contacts).

    A build sorts every row of the table: ~75 ms at 195,000 rows, about what writing
    8,000 rows of an import takes, hence a weight of the table's rows / 25 in progress.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite" or new_rows < DEFER_INDEXES_FROM:
        return DeferredIndexes(table)
    held = connection.execute(select(func.count()).select_from(table)).scalar() or 0
    if new_rows * 4 < held * 3:
        return DeferredIndexes(table)
    indexes = tuple(
        (str(name), str(sql))
        for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name",
            (table.name,),
        )
        if not _PARTIAL.search(sql)
    )
    weight = max(1, (held + new_rows) // INDEX_BUILD_ROWS)
    return DeferredIndexes(table, indexes, weight)


# A CREATE INDEX with a WHERE clause after its column list (names may be quoted, never hold
# a parenthesis in this schema; expressions are not used in index columns here).
_PARTIAL = re.compile(r"\)\s*WHERE\s", re.IGNORECASE)


@contextmanager
def indexes_deferred(
    session: Session,
    deferred: DeferredIndexes,
    between: Callable[[int], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> Iterator[None]:
    """Around a big insert (see ``deferred_indexes``): the indexes built once after it.

    The indexes are dropped and created again inside the caller's transaction: if the block
    fails or is cancelled, the caller's rollback brings them back as they were (SQLite's
    schema changes are transactional), and they are not rebuilt for nothing first.
    ``between(built)`` runs after each index is built, with how many are (progress, and a
    cancel check: it may raise, as the block may).

    ``meanwhile``: pure Python work of the caller (freeing what the insert no longer needs)
    that runs on this thread while the indexes are built on another one. Each build is one
    long call into SQLite that lets go of the interpreter, so the two overlap on a second
    core (see ``_Builds``). ``meanwhile`` must not use the connection; the block ends only
    once every index is built, with the build's error (or ``between``'s cancel) if one
    stopped it.
    """
    if not deferred.indexes:
        yield
        if meanwhile is not None:
            meanwhile()
        return
    connection = session.connection()
    quote = connection.dialect.identifier_preparer.quote_identifier
    for name, _sql in deferred.indexes:
        connection.exec_driver_sql(f"DROP INDEX {quote(name)}")
    yield  # (an exception leaves them dropped: the caller's rollback restores them)
    builds = _Builds(connection, deferred, between)
    if meanwhile is None:
        builds.run()
    elif not _shared_across_threads(connection):
        builds.run()
        meanwhile()
    else:
        builds.run_beside(meanwhile)


def _shared_across_threads(connection: Connection) -> bool:
    """Whether the driver lets another thread use this connection: a file database's
    connections are pooled and shared (SQLAlchemy opens them with ``check_same_thread``
    off); an in-memory one is bound to the thread that opened it."""
    database = connection.engine.url.database or ""
    return database not in ("", ":memory:") and "mode=memory" not in str(connection.engine.url)


class _Builds:
    """The CREATE INDEX statements of ``indexes_deferred``, in order, on this thread or on
    a thread of their own (``run_beside``).

    A build is a single step of SQLite's that sorts the table's rows (~0.1 s each at
    200,000 contacts) with the interpreter's lock released, so a thread running them costs
    the caller nothing while it works in Python. The connection is the caller's, used by one
    thread at a time: the caller waits for the thread before it goes on (``run_beside``).
    """

    def __init__(
        self,
        connection: Connection,
        deferred: DeferredIndexes,
        between: Callable[[int], None] | None,
    ) -> None:
        self._connection = connection
        self._deferred = deferred
        self._between = between
        self._error: BaseException | None = None
        self._stopped = False  # (set by the caller's thread: no build started after it)

    def run(self) -> None:
        for built, (_name, sql) in enumerate(self._deferred.indexes, start=1):
            if self._stopped:
                return
            self._connection.exec_driver_sql(sql)
            if self._between is not None:
                self._between(built)

    def _run_keeping_error(self) -> None:
        try:
            self.run()
        except BaseException as exc:  # (given to the caller's thread, raised there)
            self._error = exc

    def run_beside(self, work: Callable[[], None]) -> None:
        """Build on a thread while ``work`` runs here; then ``work``'s error, or the
        build's, if any.

        The connection is the thread's until it has ended, whatever happens here: an error
        of ``work``, or a Ctrl-C while waiting, stops the build (SQLite's interrupt) and is
        raised only once the thread is done, so that the caller's rollback never meets a
        statement under way on another thread.
        """
        thread = threading.Thread(target=self._run_keeping_error, name="index-builds")
        thread.start()
        raised: BaseException | None = None
        try:
            work()
        except BaseException as exc:
            raised = exc
            self._interrupt()
        while thread.is_alive():
            try:
                thread.join()
            except BaseException as exc:  # (a Ctrl-C while waiting: the build stops first)
                raised = raised or exc
                self._interrupt()
        if raised is not None:
            raise raised
        if self._error is not None:
            raise self._error

    def _interrupt(self) -> None:
        """Stop the statement under way on the build's thread (it fails as interrupted)."""
        self._stopped = True
        driver = getattr(self._connection.connection, "driver_connection", None)
        if isinstance(driver, sqlite3.Connection):
            driver.interrupt()


@contextmanager
def large_page_cache(conn: Connection, kib: int = 262_144) -> Iterator[None]:
    """SQLite's page cache raised for one bulk write (an import, its undo), then given back.

    The default 2 MB cache thrashes while a dozen indexes take or lose 100,000 entries each;
    up to 256 MB (the cache only grows as pages are used) keeps them in memory. The pooled
    connection gets its own size back afterwards: SQLite then frees the clean pages beyond
    it, so the app does not keep 256 MB for the rest of the session. Other databases: as is.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    conn.exec_driver_sql(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {before}")
