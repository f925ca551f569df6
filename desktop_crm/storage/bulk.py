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
from sqlalchemy.exc import OperationalError
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
            table.c[name].type.bind_processor(dialect) for name in order
        ]
        driver_cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        sql = str(statement)
        batch: list[tuple[Any, ...]] = []
        pairs = list(zip(order, processors, strict=True))
        try:
            for row in rows:
                batch.append(
                    tuple(
                        (
                            proc(row.get(name))
                            if proc is not None and row.get(name) is not None
                            else row.get(name)
                        )
                        for name, proc in pairs
                    )
                )
                if len(batch) >= chunk:
                    driver_cursor.executemany(sql, batch)
                    total += len(batch)
                    batch = []
            if batch:
                driver_cursor.executemany(sql, batch)
                total += len(batch)
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
