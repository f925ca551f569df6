"""Imported contacts attached to Company records from their company column, so that sales,
analyses and groups can work per company (before, the import filled ``company_name`` only).

A contact with a company name and no company is linked to the company of that name (accents
and case ignored); when there is none, one company is created per distinct name; when
several companies share the name, the contact is left as it was (the user chooses). The
companies created are returned so that undoing the import removes them again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

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
    for start in range(0, len(keys), CHUNK):
        for company_id, key in uow.session.execute(
            select(Company.id, Company.name_key).where(
                Company.name_key.in_(keys[start : start + CHUNK])
            )
        ):
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
