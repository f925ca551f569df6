"""Every row stored about one person, found from the schema (never from a hand-kept list).

The walk starts at the contact row and follows, from the database's own metadata:

1. every foreign key to ``contact`` (history, notes, activities, memberships, consent,
   opportunities, sales, user-field values... and any table added later);
2. the columns that hold a contact id without a foreign key (the import log, the merge log
   with its snapshots, "not a duplicate" pairs);
3. recursively, the rows hanging off a row already found (an opportunity's lines and notes,
   the activities of a series run), unless such a row belongs to another contact;
4. for link tables (activity_contact, group_member...), the row they link to (the meeting,
   the group), reported apart as context.

The export, the erasure and the tests share this walk, so a table added by a future
migration is exported and erased without anyone remembering to list it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, ForeignKey, MetaData, Table, or_, select

from desktop_crm.storage.models import Base
from desktop_crm.storage.uow import UnitOfWork

CONTACT = "contact"
# Tables never walked into or reported as context: the team's own accounts (another
# person's data) and the bookkeeping of this very feature.
NOT_CONTEXT = frozenset({"app_user", "erasure_record", "suppression"})
# Integer columns naming a contact without a foreign key: (table, column, kind filter).
PLAIN_CONTACT_IDS: tuple[tuple[str, str], ...] = (
    ("import_change", "contact_id"),
    ("merge_record", "kept_id"),
    ("duplicate_exclusion", "low_id"),
    ("duplicate_exclusion", "high_id"),
)
# How deep step 3 goes (opportunity -> note is depth 2; nothing in the schema is deeper).
MAX_DEPTH = 4
_CHUNK = 500

RowKey = tuple[Any, ...]


@dataclass
class Found:
    """The rows of one table found for the person, by primary key, with how each was reached."""

    table: str
    rows: dict[RowKey, dict[str, Any]] = field(default_factory=dict)
    via: dict[RowKey, str] = field(default_factory=dict)


@dataclass
class PersonTraces:
    """Result of the walk: the contact row, the rows about them, and context rows."""

    contact_id: int
    contact: dict[str, Any]
    found: dict[str, Found]
    context: dict[str, Found]
    references: tuple[tuple[str, str], ...]

    def count(self) -> dict[str, int]:
        return {name: len(f.rows) for name, f in sorted(self.found.items()) if f.rows}


def metadata() -> MetaData:
    return Base.metadata


def contact_references(meta: MetaData | None = None) -> tuple[tuple[str, str], ...]:
    """Every (table, column) with a foreign key to ``contact``, sorted."""
    meta = meta or metadata()
    found = {
        (table.name, fk.parent.name)
        for table in meta.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == CONTACT and fk.parent.table is table
    }
    return tuple(sorted(found))


def fk_of(table: Table, column: str) -> ForeignKey | None:
    for fk in table.c[column].foreign_keys:
        return fk
    return None


def key_of(table: Table, row: dict[str, Any]) -> RowKey:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _contact_columns(table: Table) -> list[str]:
    return [
        fk.parent.name
        for fk in table.foreign_keys
        if fk.column.table.name == CONTACT and fk.parent.table is table
    ]


def _belongs_to_another(table: Table, row: dict[str, Any], contact_id: int) -> bool:
    """A row pointing at some other contact (and not at ours) is that person's data."""
    values = [row[c] for c in _contact_columns(table) if row.get(c) is not None]
    return bool(values) and contact_id not in values


def _select_in(
    uow: UnitOfWork, table: Table, column: Column[Any], values: Iterable[Any]
) -> list[dict[str, Any]]:
    values = list(values)
    rows: list[dict[str, Any]] = []
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        result = uow.session.execute(select(table).where(column.in_(chunk)))
        rows.extend(dict(r._mapping) for r in result)
    return rows


def merge_ids(text: str | None) -> set[int]:
    return {
        int(part) for part in (text or "").replace(";", ",").split(",") if part.strip().isdigit()
    }


def contact_row(uow: UnitOfWork, contact_id: int) -> dict[str, Any] | None:
    table = metadata().tables[CONTACT]
    row = uow.session.execute(select(table).where(table.c.id == contact_id)).first()
    return dict(row._mapping) if row is not None else None


def collect(uow: UnitOfWork, contact_id: int, contact: dict[str, Any]) -> PersonTraces:
    """Walk the schema from ``contact`` (the row already read) and gather every trace."""
    meta = metadata()
    found: dict[str, Found] = {}
    context: dict[str, Found] = {}
    refs = contact_references(meta)

    def add(into: dict[str, Found], table: Table, row: dict[str, Any], via: str) -> bool:
        bucket = into.setdefault(table.name, Found(table.name))
        key = key_of(table, row)
        if key in bucket.rows:
            return False
        bucket.rows[key] = row
        bucket.via[key] = via
        return True

    frontier: dict[str, list[dict[str, Any]]] = {}
    # 1. foreign keys to the contact
    for table_name, column in refs:
        table = meta.tables[table_name]
        if table_name == CONTACT:
            # Other contacts pointing at the person (e.g. recommended by them): the link
            # only, never the other person's data, and nothing of theirs is walked.
            query = select(table.c.id, table.c[column]).where(table.c[column] == contact_id)
            for r in uow.session.execute(query):
                add(found, table, dict(r._mapping), f"{table_name}.{column}")
            continue
        for row in _select_in(uow, table, table.c[column], [contact_id]):
            if add(found, table, row, f"{table_name}.{column}"):
                frontier.setdefault(table_name, []).append(row)
    # 2. plain id columns
    for table_name, column in PLAIN_CONTACT_IDS:
        log = meta.tables.get(table_name)
        if log is None or column not in log.c:
            continue
        query = select(log).where(log.c[column] == contact_id)
        if "kind" in log.c:
            query = query.where(log.c.kind == "contact")
        for r in uow.session.execute(query):
            add(found, log, dict(r._mapping), f"{table_name}.{column}")
    merges = meta.tables.get("merge_record")
    if merges is not None:
        # Merged-away records: "12,13" in merged_ids (LIKE narrows, the split decides).
        query = select(merges).where(
            merges.c.kind == "contact", merges.c.merged_ids.like(f"%{contact_id}%")
        )
        for r in uow.session.execute(query):
            row = dict(r._mapping)
            if contact_id in merge_ids(row.get("merged_ids")):
                add(found, merges, row, "merge_record.merged_ids")
    # 3. children of rows found, unless they belong to someone else
    for _depth in range(MAX_DEPTH):
        following: dict[str, list[dict[str, Any]]] = {}
        for parent_name, parents in frontier.items():
            parent = meta.tables[parent_name]
            for child in meta.tables.values():
                if child.name in (CONTACT, *NOT_CONTEXT):
                    continue
                for fk in child.foreign_keys:
                    if fk.column.table is not parent or fk.parent.table is not child:
                        continue
                    values = {p[fk.column.name] for p in parents if p.get(fk.column.name)}
                    for row in _select_in(uow, child, fk.parent, values):
                        if _belongs_to_another(child, row, contact_id):
                            continue
                        if add(found, child, row, f"{child.name}.{fk.parent.name}"):
                            following.setdefault(child.name, []).append(row)
        frontier = following
        if not frontier:
            break
    # 4. what link tables (and the contact itself) point at, as context
    for table_name, bucket in list(found.items()):
        table = meta.tables[table_name]
        pk_columns = {c.name for c in table.primary_key.columns}
        if not pk_columns & set(_contact_columns(table)):
            continue  # not a link table
        _add_targets(uow, table, list(bucket.rows.values()), context, add)
    _add_targets(uow, meta.tables[CONTACT], [contact], context, add)
    return PersonTraces(contact_id, contact, found, context, refs)


def _add_targets(
    uow: UnitOfWork, table: Table, rows: list[dict[str, Any]], context: dict[str, Found], add: Any
) -> None:
    for fk in table.foreign_keys:
        target = fk.column.table
        if fk.parent.table is not table or target.name in (CONTACT, *NOT_CONTEXT):
            continue
        values = {r[fk.parent.name] for r in rows if r.get(fk.parent.name) is not None}
        for row in _select_in(uow, target, fk.column, values):
            add(context, target, row, f"{table.name}.{fk.parent.name}")


def plain(value: Any) -> Any:
    """A JSON-ready copy of a column value."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def text_columns(table: Table) -> list[Column[Any]]:
    """The columns that can hold text (String, Text and their variants)."""
    from sqlalchemy import String

    found = []
    for column in table.columns:
        try:
            python_type = column.type.python_type
        except NotImplementedError:
            python_type = object
        if isinstance(column.type, String) or python_type is str:
            found.append(column)
    return found


def rows_where_any(uow: UnitOfWork, table: Table, conditions: list[Any]) -> list[dict[str, Any]]:
    if not conditions:
        return []
    return [dict(r._mapping) for r in uow.session.execute(select(table).where(or_(*conditions)))]


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=plain)
