"""Imported contacts attached to Company records from their company column, so that sales,
analyses and groups can work per company (before, the import filled ``company_name`` only).

A contact with a company name and no company is linked to the company of that name (accents
and case ignored); when there is none, one company is created per distinct name; when
several companies share the name, the contact is left as it was (the user chooses). The
companies created are returned so that undoing the import removes them again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Table, bindparam, select, update

from desktop_crm.domain.text import fold
from desktop_crm.storage.bulk import bulk_insert_ids
from desktop_crm.storage.models import Company, Contact
from desktop_crm.storage.models.base import utcnow
from desktop_crm.storage.uow import UnitOfWork

CHUNK = 500


def _chunks(items: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def link_companies(uow: UnitOfWork, contact_ids: Iterable[int]) -> list[int]:
    """Link the contacts (those with a company name and no company) to their company,
    creating the missing ones; returns the ids of the companies created. The caller
    announces the contacts (the import announces them as created)."""
    ids = sorted(set(contact_ids))
    wanted: dict[str, list[int]] = defaultdict(list)
    names: dict[str, str] = {}
    for chunk in _chunks(ids):
        for contact_id, name in uow.session.execute(
            select(Contact.id, Contact.company_name).where(
                Contact.id.in_(chunk),
                Contact.company_id.is_(None),
                Contact.company_name.is_not(None),
            )
        ):
            key = fold(name)
            if name and key:
                wanted[key].append(contact_id)
                names.setdefault(key, name.strip())
    if not wanted:
        return []
    found: dict[str, list[int]] = defaultdict(list)
    keys = sorted(wanted)
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
            {"name": names[k], "name_key": k, "version": 1, "created_at": now, "edited_at": now}
            for k in missing
        ],
    )
    for key, company_id in zip(missing, created, strict=True):
        found[key] = [company_id]
    table: Table = Contact.__table__  # type: ignore[assignment]
    pairs = [
        {"cid": contact_id, "co": found[key][0]}
        for key, contacts in wanted.items()
        if len(found[key]) == 1  # several companies of that name: left for the user
        for contact_id in contacts
    ]
    if pairs:  # one executemany, not one statement per company (100k-row imports)
        statement = (
            update(table).where(table.c.id == bindparam("cid")).values(company_id=bindparam("co"))
        )
        uow.session.connection().execute(statement, pairs)
    uow.note_changes("company", "created", created)
    return created
