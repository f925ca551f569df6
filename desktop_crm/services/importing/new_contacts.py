"""Inserting an import's new contacts column by column, and their "created" change rows.

A new contact that no later row of the file merges into keeps its row's checked values as
they are: the insert reads each column off a chunk's values, the lookup keys off the keys
computed during the checks, and the batch columns as constants. Before, every new contact
was first copied into a ~56-value dictionary, then read back row by row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import add, itemgetter, methodcaller
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop_crm.domain.contacts import FLAG_FIELDS
from desktop_crm.services.importing.checks import IMPORTABLE_FIELDS
from desktop_crm.services.importing.companies import company_key
from desktop_crm.services.importing.keys import KEY_NAMES, KeyRow
from desktop_crm.storage.bulk import (
    DeferredIndexes,
    bulk_insert,
    bulk_insert_columns_ids,
    bulk_insert_rows_ids,
    sqlite_converted,
)
from desktop_crm.storage.models import Contact, ImportChange
from desktop_crm.storage.uow import UnitOfWork

CONTACT = cast(Table, Contact.__table__)
CHANGES = cast(Table, ImportChange.__table__)
KEY_FIELDS = KEY_NAMES
_COMPANY_KEY = KEY_NAMES.index("company_key")
EMPTY_ROW: dict[str, Any] = {
    **dict.fromkeys(IMPORTABLE_FIELDS),
    **dict.fromkeys(FLAG_FIELDS, False),
}
# Columns of ``EMPTY_ROW`` that every new contact's row names even when no row fills them:
# the flags (False, not NULL) and those with a default of their own.
_ALWAYS_NAMED = frozenset(
    name
    for name, value in EMPTY_ROW.items()
    if value is not None
    or CONTACT.c[name].default is not None
    or CONTACT.c[name].server_default is not None
)
_KEY_SET = frozenset(KEY_FIELDS)
# Columns whose values SQLite's bind processors convert (dates, booleans).
_CONVERTED = sqlite_converted(CONTACT)
# What the insert adds to each new contact's values.
_ADDED_ON_INSERT = (
    *KEY_FIELDS,
    *("import_batch_id", "created_at", "edited_at", "version", "record_manager_id"),
    "company_id",
)


def empty_new_row(filled: set[str]) -> dict[str, Any]:
    """``EMPTY_ROW`` cut down to the columns that some row fills (``filled``), and those
    always named.

    A column that no row fills is NULL in every inserted row, which the bulk insert leaves
    out of its statement anyway: not naming it stores the same rows, with half as many
    values per row to read. The columns the insert adds (lookup keys, batch columns,
    company) are there too, as None, so that a row copied for a merge is copied at its
    final size once and never grows (each growth re-hashes it).
    """
    template = {k: v for k, v in EMPTY_ROW.items() if k in filled or k in _ALWAYS_NAMED}
    template.update((k, None) for k in filled if k not in template)
    template.update((k, None) for k in _ADDED_ON_INSERT if k not in template)
    return template


def insert_new_contacts(
    session: Session,
    rows: Sequence[Mapping[str, Any]],
    keys: Sequence[KeyRow],
    copied: Sequence[int],
    empty_row: Mapping[str, Any],
    filled: set[str],
    base: Mapping[str, Any],
    company_of: Mapping[str, int],
) -> list[int]:
    """Insert one chunk of new contacts; returns their ids, in order.

    ``rows``: each contact's values (its checked values, or its own copy after a merge or
    a flag: ``copied`` gives the positions of those, which name every column of
    ``empty_row``); ``keys``: its lookup keys; ``empty_row``: the value
    of a column a row does not fill; ``base``: the batch columns, the same for every row;
    ``company_of``: company key -> id, for the contacts with no company yet.
    """
    if session.connection().dialect.name == "sqlite":
        return _insert_sqlite(session, rows, keys, copied, empty_row, filled, base, company_of)
    count = len(rows)
    # A column no row's values fill (a flag, ...) is the empty row's value in every new
    # contact, unless some row is a copy (a merge, a flagged row): then it is read row by row.
    columns: dict[str, Sequence[Any]] = {
        name: list(map(methodcaller("get", name, default), rows))
        if copied or name in filled
        else [default] * count
        for name, default in empty_row.items()
        if name in CONTACT.c and name not in base and name not in _KEY_SET and name != "company_id"
    }
    for i, name in enumerate(KEY_FIELDS):
        columns[name] = list(map(itemgetter(i), keys))
    for name, value in base.items():
        columns[name] = [value] * count
    columns["company_id"] = _companies(rows, keys, company_of)
    return bulk_insert_columns_ids(session, CONTACT, columns)


def _insert_sqlite(
    session: Session,
    rows: Sequence[Mapping[str, Any]],
    keys: Sequence[KeyRow],
    copied: Sequence[int],
    empty_row: Mapping[str, Any],
    filled: set[str],
    base: Mapping[str, Any],
    company_of: Mapping[str, int],
) -> list[int]:
    """``insert_new_contacts`` on SQLite: each row's values as one tuple, in C.

    The columns some row fills are read by one ``itemgetter`` per row (a row that lacks one
    of them, row by row with the empty row's value); the lookup keys likewise. A column no
    row fills is the empty row's value in every new contact but the copies, read at their
    positions only. Columns whose values the driver cannot bind as they are (dates,
    booleans) go column by column, converted once per distinct value.
    """
    count = len(rows)
    processed = {name for name in filled if name in _CONVERTED}
    names: list[str] = []  # read by the getter
    columns: dict[str, Sequence[Any]] = {}
    constants: dict[str, Any] = dict(base)
    for name, default in empty_row.items():
        if name not in CONTACT.c or name in base or name in _KEY_SET or name == "company_id":
            continue
        if name in processed:
            columns[name] = list(map(methodcaller("get", name, default), rows))
        elif name in filled:
            names.append(name)
        elif copied and any(rows[i].get(name, default) != default for i in copied):
            cells = [default] * count
            for i in copied:
                cells[i] = rows[i].get(name, default)
            columns[name] = cells
        else:
            constants[name] = default
    values_get = _getter(names)
    try:  # (the keys are tuples in KEY_FIELDS order already)
        tuples = list(map(add, map(values_get, rows), keys))
    except KeyError:  # some row lacks a filled column: those rows one by one
        defaults = [(name, empty_row[name]) for name in names]
        tuples = [
            _row_values(row, values_get, defaults) + row_keys
            for row, row_keys in zip(rows, keys, strict=True)
        ]
    if "company_id" in filled:
        columns["company_id"] = _companies(rows, keys, company_of)
    else:  # (no row has a company of its own: each one's by its key, in C when none is long)
        folded = list(map(itemgetter(_COMPANY_KEY), keys))
        long = max(map(len, folded), default=0) >= 254
        columns["company_id"] = (
            _companies(rows, keys, company_of) if long else list(map(company_of.get, folded))
        )
    return bulk_insert_rows_ids(session, CONTACT, [*names, *KEY_FIELDS], tuples, columns, constants)


def _getter(names: Sequence[str]) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A getter of the values of ``names`` as a tuple (itemgetter gives one name's value
    alone, and nothing for no name)."""
    if len(names) > 1:
        return itemgetter(*names)
    if names:
        name = names[0]
        return lambda row: (row[name],)
    return lambda _row: ()


def _row_values(
    row: Mapping[str, Any],
    getter: Callable[[Any], tuple[Any, ...]],
    defaults: list[tuple[str, Any]],
) -> tuple[Any, ...]:
    try:
        return getter(row)
    except KeyError:
        return tuple(row.get(name, default) for name, default in defaults)


def _companies(
    rows: Sequence[Mapping[str, Any]],
    keys: Sequence[KeyRow],
    company_of: Mapping[str, int],
) -> list[int | None]:
    """Each new contact's company id: its own, or the one of its company name."""
    linked: list[int | None] = []
    for row, row_keys in zip(rows, keys, strict=True):
        company_id = row.get("company_id")
        if company_id is None:
            # The contact key is the same fold, cut at 254 characters: refold only then.
            key = row_keys[_COMPANY_KEY]
            if len(key) >= 254:
                key = company_key(row.get("company_name"))
            company_id = company_of.get(key)
        linked.append(company_id)
    return linked


def log_created(uow: UnitOfWork, conn: Connection, batch_id: int, ids: list[int]) -> None:
    """One "created" change row per new contact id (the ids of one inserted chunk)."""
    if conn.dialect.name == "sqlite" and ids and ids[-1] - ids[0] + 1 == len(ids):
        # A run of ids: copied by SQLite itself, in id order, with no row built here.
        conn.exec_driver_sql(
            "INSERT INTO import_change (batch_id, contact_id, action) "
            "SELECT ?, id, 'created' FROM contact WHERE id BETWEEN ? AND ? ORDER BY id",
            (batch_id, ids[0], ids[-1]),
        )
        return
    bulk_insert(
        uow.session,
        CHANGES,
        None,
        [
            {"batch_id": batch_id, "contact_id": i, "action": "created", "before_json": None}
            for i in ids
        ],
    )


def index_progress(
    progress: Callable[[int, int], None] | None,
    check: Callable[[], None],
    start: int,
    total: int,
    deferred: DeferredIndexes,
) -> Callable[[int], None]:
    """What runs after each contact index built again (``storage.bulk.indexes_deferred``):
    the progress moves on from ``start`` by each build's weight, then the cancel check. The
    ~1 s of building at 100,000 rows otherwise showed a bar standing still."""

    def built(count: int) -> None:
        if progress is not None:
            progress(start + deferred.weight * count, total)
        check()

    return built
