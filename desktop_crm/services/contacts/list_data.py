"""What the contact list reads: a lookup's first ids (and count when long), pages of rows."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_crm.services.contacts.lookup import (
    ContactRow,
    broad_head_ids,
    count_contacts,
    fetch_rows,
    lookup_ids,
)
from desktop_crm.storage.uow import UnitOfWork

# How many contacts, in display order, a broad lookup's first page is looked for among
# (a lookup finding at least one in 16 fills a 256-row page from them): ~2-8 ms when sparse,
# well under 1 ms when dense.
BROAD_WINDOW = 4096


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
    """Most lookups find few contacts (no count needed); a long one answers with its head.

    A broad lookup (hits dense in display order: "sarl", "soc") takes its first page from an
    ordered walk of the first ``BROAD_WINDOW`` contacts and its count from the lookup's
    indexes (counting reads no rows), without finding and sorting every hit first; the list
    reads the full id list afterwards, as for any long result.
    """
    prefix = None
    if text:
        head = broad_head_ids(uow, text, sort, descending, limit=first_page, window=BROAD_WINDOW)
        if head is not None and len(head) == first_page:
            return LookupStart(head, count_contacts(uow, text), False, fetch_rows(uow, head))
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
