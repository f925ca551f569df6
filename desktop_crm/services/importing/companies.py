"""Imported contacts attached to Company records from their company column, so that sales,
analyses and groups can work per company (before, the import filled ``company_name`` only).

A contact with a company name and no company is linked to the company of that name (accents
and case ignored); when there is none, one company is created per distinct name; when
several companies share the name, the contact is left as it was (the user chooses). The
companies created are returned so that undoing the import removes them again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import cast

from sqlalchemy import Table, select

from desktop_crm.services.importing.keys import cached_fold as _fold
from desktop_crm.storage.bulk import (
    bulk_insert_ids,
    bulk_insert_rows_ids,
    deferred_indexes,
    indexes_deferred,
)
from desktop_crm.storage.models import Company
from desktop_crm.storage.models.base import utcnow
from desktop_crm.storage.uow import UnitOfWork

CHUNK = 500


def resolve_companies(
    uow: UnitOfWork, names: Iterable[str | None]
) -> tuple[dict[str, int], list[int]]:
    """The company of each name (by its folded key), the missing ones created (one per
    distinct name, the first spelling kept); returns (key -> company id, created ids). A
    name that several companies share has no entry: the contact is left for the user."""
    given = [name for name in names if name]
    # Key -> the first spelling: the names read backwards, so the first one is written last.
    spelled = dict(zip(map(_fold, reversed(given)), map(str.strip, reversed(given)), strict=True))
    spelled.pop("", None)
    if not spelled:
        return {}, []
    found: dict[str, list[int]] = defaultdict(list)
    keys = sorted(spelled)
    for company_id, key in _named(uow, keys):
        found[key].append(company_id)
    missing = [k for k in keys if k not in found]
    created = _create(uow, [spelled[k] for k in missing], missing)
    linked = {k: ids[0] for k, ids in found.items() if len(ids) == 1}
    linked.update(zip(missing, created, strict=True))
    return linked, created


def _create(uow: UnitOfWork, names: list[str], keys: list[str]) -> list[int]:
    """The companies ``names`` (filed under ``keys``) created; their ids, in order."""
    now = utcnow()
    table = cast(Table, Company.__table__)
    constants = {"version": 1, "created_at": now, "edited_at": now}
    if uow.backend == "sqlite" and names:
        rows = list(zip(names, keys, strict=True))
        # Many companies into few (a first import): their 4 indexes built once after.
        deferred = deferred_indexes(uow.session, table, len(rows))
        with indexes_deferred(uow.session, deferred):
            return bulk_insert_rows_ids(
                uow.session, table, ["name", "name_key"], rows, {}, constants
            )
    return bulk_insert_ids(
        uow.session,
        table,
        [{"name": n, "name_key": k, **constants} for n, k in zip(names, keys, strict=True)],
    )


def company_key(name: str | None) -> str:
    """The key ``resolve_companies`` files a company name under ("" for none)."""
    return _fold(name) if name else ""


def _named(uow: UnitOfWork, keys: list[str]) -> Iterator[tuple[int, str]]:
    """(id, name key) of the companies filed under ``keys``, in chunks of keys."""
    connection = uow.session.connection()
    if connection.dialect.name != "sqlite":
        for start in range(0, len(keys), CHUNK):
            part = keys[start : start + CHUNK]
            query = select(Company.id, Company.name_key).where(Company.name_key.in_(part))
            yield from ((row[0], row[1]) for row in connection.execute(query))
        return
    # On SQLite the driver's cursor: 100,000 names are 200 queries, and SQLAlchemy's
    # building of each 500-value IN list cost more than SQLite's look-ups.
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for start in range(0, len(keys), CHUNK):
            part = keys[start : start + CHUNK]
            marks = ", ".join("?" * len(part))
            yield from cursor.execute(
                f"SELECT id, name_key FROM company WHERE name_key IN ({marks})", part
            )
    finally:
        cursor.close()
