"""The undo journal of a merge: before-images of every row it changed or deleted and the keys
of the rows it inserted, stored as JSON in ``merge_record.snapshot_json``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import (
    CursorResult,
    Date,
    DateTime,
    Numeric,
    Table,
    and_,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from desktop_crm.domain.changes import Action
from desktop_crm.storage.models import Base
from desktop_crm.storage.uow import UnitOfWork

Row = dict[str, Any]
# One row a merge or an undo wrote with a Core statement: table, action, the row's id (None
# for a table without a single id column) and the contacts it hung off before and after.
Touched = tuple[str, Action, int | None, frozenset[int]]


def touched(name: str, action: Action, *rows: Row) -> Touched:
    """Describe a written row from its images (before and/or after)."""
    record_id = next((r["id"] for r in rows if isinstance(r.get("id"), int)), None)
    contacts = frozenset(r["contact_id"] for r in rows if isinstance(r.get("contact_id"), int))
    return (name, action, record_id, contacts)


def note_touched(uow: UnitOfWork, rows: Sequence[Touched]) -> None:
    """Tell the unit of work which rows were written, so views get precise notices.

    Tables without a single ``id`` column (membership links) are left out: the Core
    statements that wrote them already mark them as changed in bulk.
    """
    tables = Base.metadata.tables
    groups: dict[tuple[str, Action], tuple[list[int], set[int]]] = {}
    for name, action, record_id, contacts in rows:
        if [c.name for c in tables[name].primary_key.columns] != ["id"] or record_id is None:
            continue
        ids, hung_off = groups.setdefault((name, action), ([], set()))
        ids.append(record_id)
        hung_off |= contacts
    for (name, action), (ids, hung_off) in groups.items():
        uow.note_changes(name, action, ids, contact_ids=hung_off)


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _decode(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table.c[name].type
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Numeric):
        return Decimal(value)
    return value


def _pk(table: Table, row: Row) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def _where(table: Table, pk: dict[str, Any]) -> Any:
    return and_(*(table.c[name] == value for name, value in pk.items()))


class Journal:
    """Collects what a merge does so that undo can put it back exactly."""

    def __init__(self, session: Session, user_id: int | None = None) -> None:
        self.session = session
        self.user_id = user_id
        self.before: dict[str, dict[str, Row]] = {}
        self.inserted: dict[str, list[dict[str, Any]]] = {}
        self.touched: list[Touched] = []

    @staticmethod
    def _key(table: Table, row: Row) -> str:
        return json.dumps([_encode(v) for v in _pk(table, row).values()])

    def remember(self, table: Table, rows: list[Row]) -> None:
        """Keep the before-image of rows about to change (the first image wins)."""
        images = self.before.setdefault(table.name, {})
        for row in rows:
            images.setdefault(self._key(table, row), {k: _encode(v) for k, v in row.items()})

    def rows(self, table: Table, condition: Any, *, lock: bool = False) -> list[Row]:
        """Current rows; ``lock`` holds them until commit (PostgreSQL; SQLite locks the file)."""
        stmt = select(table).where(condition)
        if lock:
            stmt = stmt.with_for_update()
        return [dict(r) for r in self.session.execute(stmt).mappings()]

    def update(self, table: Table, condition: Any, values: dict[str, Any]) -> int:
        rows = self.rows(table, condition)
        if rows:
            self.remember(table, rows)
            self.session.execute(update(table).where(condition).values(**values))
            self.touched += [touched(table.name, "updated", row, values) for row in rows]
        return len(rows)

    def delete(self, table: Table, condition: Any) -> int:
        rows = self.rows(table, condition)
        if rows:
            self.remember(table, rows)
            self.session.execute(delete(table).where(condition))
            self.touched += [touched(table.name, "deleted", row) for row in rows]
        return len(rows)

    def insert(self, table: Table, values: Row) -> Any:
        result = cast(CursorResult[Any], self.session.execute(insert(table).values(**values)))
        pk = dict(
            zip(
                [c.name for c in table.primary_key.columns],
                result.inserted_primary_key or (),
                strict=False,
            )
        )
        pk = {**pk, **{k: values[k] for k in pk if k in values and values[k] is not None}}
        self.inserted.setdefault(table.name, []).append({k: _encode(v) for k, v in pk.items()})
        self.touched.append(touched(table.name, "created", {**values, **pk}))
        return result.inserted_primary_key[0] if result.inserted_primary_key else None

    def to_json(self, extra: dict[str, Any]) -> str:
        return json.dumps(
            {
                "version": 1,
                "before": {t: list(r.values()) for t, r in self.before.items()},
                "inserted": self.inserted,
                **extra,
            },
            ensure_ascii=False,
        )


def restore(
    session: Session,
    snapshot: dict[str, Any],
    first_tables: tuple[str, ...],
    written: list[Touched] | None = None,
) -> int:
    """Undo a journal: delete what was inserted, then put every before-image back.

    Tables in ``first_tables`` (the merged records themselves) are restored first so that
    the rows pointing at them can be put back; the rest follow the schema's dependency order.
    ``written`` receives each row written, for the change notice.
    """
    out: list[Touched] = written if written is not None else []
    tables = Base.metadata.tables
    for name, pks in snapshot["inserted"].items():
        table = tables[name]
        for pk in pks:
            decoded = {k: _decode(table, k, v) for k, v in pk.items()}
            session.execute(delete(table).where(_where(table, decoded)))
            out.append(touched(name, "deleted", decoded))
    order = [
        *first_tables,
        *(t.name for t in Base.metadata.sorted_tables if t.name not in first_tables),
    ]
    restored = 0
    for name in order:
        for row in snapshot["before"].get(name, []):
            table = tables[name]
            values = {k: _decode(table, k, v) for k, v in row.items()}
            pk = _pk(table, values)
            exists = session.execute(
                select(*table.primary_key.columns).where(_where(table, pk))
            ).first()
            if exists:
                session.execute(update(table).where(_where(table, pk)).values(**values))
            else:
                session.execute(insert(table).values(**values))
            out.append(touched(name, "updated" if exists else "created", values))
            restored += 1
    return restored
