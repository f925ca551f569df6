"""Fast bulk inserts: Core statements, and on SQLite the driver's executemany directly.

SQLAlchemy's per-row parameter handling costs more than SQLite's own insert. On SQLite we
compile the statement once, run each column's bind processor ourselves over plain tuples and
hand them to ``executemany``; other backends use a Core ``insert()`` with a list of dicts.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

CHUNK = 5000


def bulk_insert(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Mapping[str, Any]],
    *,
    chunk: int = CHUNK,
) -> int:
    """Insert ``rows`` (mappings; missing keys become NULL) into ``columns`` of ``table``."""
    connection = session.connection()
    dialect = connection.dialect
    total = 0
    if dialect.name == "sqlite":
        statement = insert(table).compile(dialect=dialect, column_keys=list(columns))
        order = cast(Sequence[str], statement.positiontup)
        processors: list[Callable[[Any], Any] | None] = [
            # The dialect's own type (SQLite's DATETIME format with microseconds), not the
            # generic one, which has no processor and would leave sqlite3's adapter to guess.
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in order
        ]
        # Columns with a Python default that the caller did not give: the compiled
        # statement still names them, so bind the default as SQLAlchemy's insert would.
        given = set(columns)
        defaults = {name: _default_value(table, name) for name in order if name not in given}
        driver_cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        sql = str(statement)
        batch: list[tuple[Any, ...]] = []
        pairs = list(zip(order, processors, strict=True))

        def bind(row: Mapping[str, Any], name: str, proc: Callable[[Any], Any] | None) -> Any:
            value = defaults[name] if name in defaults else row.get(name)
            return proc(value) if proc is not None and value is not None else value

        try:
            for row in rows:
                batch.append(tuple(bind(row, name, proc) for name, proc in pairs))
                if len(batch) >= chunk:
                    driver_cursor.executemany(sql, batch)
                    total += len(batch)
                    batch = []
            if batch:
                driver_cursor.executemany(sql, batch)
                total += len(batch)
        except sqlite3.IntegrityError as exc:
            raise IntegrityError(sql, None, exc) from exc
        except sqlite3.Error as exc:
            # Same exception family as SQLAlchemy's own calls, so callers see one kind.
            raise OperationalError(sql, None, exc) from exc
        finally:
            driver_cursor.close()
        return total
    dict_batch: list[dict[str, Any]] = []
    for row in rows:
        dict_batch.append({name: row.get(name) for name in columns})
        if len(dict_batch) >= chunk:
            session.execute(insert(table), dict_batch)
            total += len(dict_batch)
            dict_batch = []
    if dict_batch:
        session.execute(insert(table), dict_batch)
        total += len(dict_batch)
    return total


def _default_value(table: Table, name: str) -> Any:
    default = table.c[name].default
    if default is None:
        return None
    if getattr(default, "is_callable", False):
        return default.arg(None)  # type: ignore[attr-defined]  # SQLAlchemy wraps fn(ctx)
    return getattr(default, "arg", None)
