"""What the contact list reads: a lookup's first ids (and count when long), pages of rows."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_crm.services.contacts.lookup import ContactRow, count_contacts, fetch_rows, lookup_ids
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class LookupStart:
    """A lookup's first answer: every id when few were found, else the count and the first ids;
    with the rows of the first page, so the list shows them without another round trip."""

    ids: array[int]
    total: int
    complete: bool
    first_rows: dict[int, ContactRow]


@dataclass(frozen=True)
class ContactPage:
    """One page of the list: the ids at its positions and their rows (deleted ones missing)."""

    ids: tuple[int, ...]
    rows: dict[int, ContactRow]


def start_lookup(
    uow: UnitOfWork,
    text: str,
    sort: str,
    descending: bool,
    staged_above: int,
    first_page: int,
) -> LookupStart:
    """Most lookups find few contacts (no count needed); a long one answers with its head."""
    prefix = None
    if text:
        prefix = lookup_ids(uow, text, sort, descending, limit=staged_above + 1)
        if len(prefix) <= staged_above:
            return LookupStart(prefix, len(prefix), True, fetch_rows(uow, prefix[:first_page]))
    total = count_contacts(uow, text)
    if prefix is None:
        prefix = lookup_ids(uow, text, sort, descending, limit=first_page)
    head = prefix[:first_page]
    return LookupStart(head, total, False, fetch_rows(uow, head))


def fetch_page(
    uow: UnitOfWork,
    ids: Sequence[int] | None,
    text: str = "",
    sort: str = "last_name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 0,
) -> ContactPage:
    """Rows of ``ids``; without ids, those at ``offset`` of the lookup (before all ids arrived)."""
    if ids is None:
        ids = lookup_ids(uow, text, sort, descending, offset=offset, limit=limit)
    page_ids = tuple(int(i) for i in ids)
    return ContactPage(page_ids, fetch_rows(uow, page_ids))
