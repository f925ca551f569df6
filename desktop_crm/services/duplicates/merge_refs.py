"""Which rows point at a contact or a company, computed from the schema, and how a merge
handles each of them (CiviCRM's lesson: a hard-coded list silently forgets new tables)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from sqlalchemy import MetaData, Table, func, select
from sqlalchemy.orm import Session

from desktop_crm.storage.models import Base


class RefStrategy(StrEnum):
    """How a merge treats the rows of one referencing column."""

    MOVE = "move"  # re-point the row to the kept record
    UNIQUE = "unique"  # re-point; when the kept record already has the same row, drop the loser's
    CONSENT = "consent"  # one row per channel: the strictest status wins
    COMPANY_LINK = "company_link"  # contact.company_id: re-point and copy the company name
    PARENT = "parent"  # company.parent_id: divisions follow, never pointing at themselves


CONTACT_REFS: dict[tuple[str, str], RefStrategy] = {
    ("history", "contact_id"): RefStrategy.MOVE,
    ("note", "contact_id"): RefStrategy.MOVE,
    ("activity", "contact_id"): RefStrategy.MOVE,
    ("activity_contact", "contact_id"): RefStrategy.UNIQUE,
    ("series_run", "contact_id"): RefStrategy.UNIQUE,
    ("opportunity", "contact_id"): RefStrategy.MOVE,
    ("opportunity", "referrer_contact_id"): RefStrategy.MOVE,
    # Contacts recommended by a merged contact follow the kept one (never itself).
    ("contact", "referred_by_id"): RefStrategy.PARENT,
    ("sale", "contact_id"): RefStrategy.MOVE,
    ("group_member", "contact_id"): RefStrategy.UNIQUE,
    ("campaign_member", "contact_id"): RefStrategy.UNIQUE,
    ("consent", "contact_id"): RefStrategy.CONSENT,
    # The ledger: every entry of both records is kept (the merge adds one saying who won).
    ("consent_entry", "contact_id"): RefStrategy.MOVE,
    # The kept record's value of a user field wins; the other's fills a field left empty.
    ("contact_field_value", "contact_id"): RefStrategy.UNIQUE,
}
COMPANY_REFS: dict[tuple[str, str], RefStrategy] = {
    ("contact", "company_id"): RefStrategy.COMPANY_LINK,
    ("company", "parent_id"): RefStrategy.PARENT,
    ("history", "company_id"): RefStrategy.MOVE,
    ("note", "company_id"): RefStrategy.MOVE,
    ("activity", "company_id"): RefStrategy.MOVE,
    ("opportunity", "company_id"): RefStrategy.MOVE,
    ("sale", "company_id"): RefStrategy.MOVE,
    ("group_company", "company_id"): RefStrategy.UNIQUE,
    ("company_field_value", "company_id"): RefStrategy.UNIQUE,
}
# Columns holding a record id without a foreign key, deliberately left as they are.
PLAIN_ID_REFS: dict[tuple[str, str], str] = {
    ("import_change", "contact_id"): "the import log names the contact it created; "
    "undo import skips a contact merged away",
    ("merge_record", "kept_id"): "the merge log itself",
    ("duplicate_exclusion", "low_id"): "a 'not a duplicate' pair; a merged id never returns",
    ("duplicate_exclusion", "high_id"): "a 'not a duplicate' pair; a merged id never returns",
}


def references_to(target: str, metadata: MetaData | None = None) -> set[tuple[str, str]]:
    """Every (table, column) with a foreign key to ``target``, read from the metadata."""
    metadata = metadata or Base.metadata
    found: set[tuple[str, str]] = set()
    for table in metadata.tables.values():
        for fk in table.foreign_keys:
            if fk.column.table.name == target and fk.parent.table is table:
                found.add((table.name, fk.parent.name))
    return found


def plain_id_columns(metadata: MetaData | None = None) -> set[tuple[str, str]]:
    """Integer columns that look like record ids but carry no foreign key."""
    metadata = metadata or Base.metadata
    found: set[tuple[str, str]] = set()
    for table in metadata.tables.values():
        for column in table.columns:
            if column.foreign_keys or column.primary_key:
                continue
            if column.name in ("contact_id", "company_id", "kept_id", "low_id", "high_id"):
                found.add((table.name, column.name))
    return found


def strategies(kind: str) -> dict[tuple[str, str], RefStrategy]:
    """The handled references for ``kind``; fails loudly if the schema has an unhandled one."""
    target = "contact" if kind == "contact" else "company"
    handled = CONTACT_REFS if kind == "contact" else COMPANY_REFS
    missing = references_to(target) - set(handled)
    if missing:
        raise RuntimeError(f"merge does not know how to handle {sorted(missing)}")
    return handled


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def related_counts(session: Session, kind: str, ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """How many rows of each table point at each record (history, notes, activities, sales,
    memberships...): what a merge carries over, and what tells the record a team works with
    from a copy that came in with a file."""
    related: dict[int, dict[str, int]] = {i: {} for i in ids}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for table_name, column in strategies(kind):
            tbl = table(table_name)
            for rid, count in session.execute(
                select(tbl.c[column], func.count())
                .where(tbl.c[column].in_(chunk))
                .group_by(tbl.c[column])
            ):
                counts = related[int(rid)]
                counts[table_name] = counts.get(table_name, 0) + int(count)
    return related
