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

from sqlalchemy import select

from desktop_crm.services.importing.keys import cached_fold as _fold
from desktop_crm.storage.bulk import bulk_insert_ids
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
    spelled: dict[str, str] = {}
    for name in names:
        if name:
            key = _fold(name)
            if key and key not in spelled:
                spelled[key] = name.strip()
    if not spelled:
        return {}, []
    found: dict[str, list[int]] = defaultdict(list)
    keys = sorted(spelled)
    for company_id, key in _named(uow, keys):
        found[key].append(company_id)
    missing = [k for k in keys if k not in found]
    now = utcnow()
    created = bulk_insert_ids(
        uow.session,
        Company.__table__,  # type: ignore[arg-type]
        [
            {"name": spelled[k], "name_key": k, "version": 1, "created_at": now, "edited_at": now}
            for k in missing
        ],
    )
    for key, company_id in zip(missing, created, strict=True):
        found[key] = [company_id]
    return {k: ids[0] for k, ids in found.items() if len(ids) == 1}, created


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
