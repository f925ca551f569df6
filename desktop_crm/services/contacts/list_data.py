"""What the contact list reads: a lookup's first ids (and count when long), pages of rows."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_crm.services.contacts.lookup import (
    ContactRow,
    broad_head_ids,
    contact_id_span,
    count_contacts,
    estimate_contacts,
    fetch_rows,
    lookup_ids,
    parse_lookup,
)
from desktop_crm.storage.database import first_read

if TYPE_CHECKING:
    from desktop_crm.storage.uow import UnitOfWork

# A broad lookup's first page is read by walking the sort index when, judged from its count,
# at most this many contacts hold two pages of its hits (a hit in 32 or more).
MAX_WALK = 16_384


@dataclass(frozen=True)
class LookupStart:
    """A lookup's first answer: every id when few were found, else the count and the first ids;
    with the rows of the first page, so the list shows them without another round trip.

    ``exact`` False: ``total`` is an estimate (at least the count; the full id list read
    afterwards gives the exact one), so that the first page need not wait for a count.
    """

    ids: array[int]
    total: int
    complete: bool
    first_rows: dict[int, ContactRow]
    exact: bool = True


@dataclass(frozen=True)
class ContactPage:
    """One page of the list: the ids at its positions and their rows (deleted ones missing).

    ``end``: read by position and found short, the lookup's exact count (its end is known).
    """

    ids: tuple[int, ...]
    rows: dict[int, ContactRow]
    end: int | None = None


@first_read  # the list's first page at start-up, before SQLAlchemy loads
def start_lookup(
    uow: UnitOfWork,
    text: str,
    sort: str,
    descending: bool,
    staged_above: int,
    first_page: int,
) -> LookupStart:
    """Most lookups find few contacts (every id at once); a long one answers with its head.

    A one-word (or phone, or postcode) lookup is counted first: its count reads the lookup's
    indexes only. Its first page then comes from the cheapest place: all its ids when few; an
    ordered walk along the sort index when its hits are dense enough ("sarl", "ly", "soc":
    no need to find and sort every hit before showing 256); else the lookup's own indexes.
    The list reads the full id list of a long result afterwards. All contacts are not
    counted first when there are more than ``staged_above``: the count reads a whole index
    (186 ms on a cold 1M file); the first page shows with the span of the ids as a provisional
    count (``exact`` False), which the full id list corrects.
    """
    lookup = parse_lookup(text)
    if lookup.is_all:
        head = lookup_ids(uow, text, sort, descending, limit=first_page)
        rows = fetch_rows(uow, head)
        if len(head) < first_page:
            return LookupStart(head, len(head), True, rows)
        estimate = estimate_contacts(uow)
        if estimate > staged_above:
            return LookupStart(head, estimate, False, rows, exact=False)
        return LookupStart(head, count_contacts(uow, text), False, rows)
    if lookup.digits is not None or len(lookup.words) == 1:
        total = count_contacts(uow, text)
        if total > first_page:
            walked = _walked_head(uow, text, sort, descending, total, first_page)
            if walked is not None:
                return LookupStart(walked, total, False, fetch_rows(uow, walked))
        if total > staged_above:
            head = lookup_ids(uow, text, sort, descending, limit=first_page)
            return LookupStart(head, total, False, fetch_rows(uow, head))
        ids = lookup_ids(uow, text, sort, descending)
        return LookupStart(ids, len(ids), True, fetch_rows(uow, ids[:first_page]))
    # Several words: counting costs as much as finding (the later words filter rows).
    prefix = lookup_ids(uow, text, sort, descending, limit=staged_above + 1)
    if len(prefix) <= staged_above:
        return LookupStart(prefix, len(prefix), True, fetch_rows(uow, prefix[:first_page]))
    head = prefix[:first_page]
    return LookupStart(head, count_contacts(uow, text), False, fetch_rows(uow, head))


def _walked_head(
    uow: UnitOfWork, text: str, sort: str, descending: bool, total: int, first_page: int
) -> array[int] | None:
    """The first page of a lookup whose ``total`` hits are dense, walked for along the sort
    index over twice the contacts that should hold a page of them (hits are seldom spread
    evenly along the sort order); None when that is too many or did not fill a page."""
    span = max(contact_id_span(uow), total)
    window = -(-2 * first_page * span // total)
    if window > MAX_WALK:
        return None
    head = broad_head_ids(uow, text, sort, descending, limit=first_page, window=window)
    return head if head is not None and len(head) == first_page else None


def fetch_page(
    uow: UnitOfWork,
    ids: Sequence[int] | None,
    text: str = "",
    sort: str = "last_name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 0,
) -> ContactPage:
    """Rows of ``ids``; without ids, those at ``offset`` of the lookup (before all ids arrived),
    with the lookup's count when the page is short (the list may show a provisional count)."""
    end = None
    if ids is None:
        ids = lookup_ids(uow, text, sort, descending, offset=offset, limit=limit)
        if len(ids) < limit:
            end = offset + len(ids) if len(ids) else count_contacts(uow, text)
    page_ids = tuple(int(i) for i in ids)
    return ContactPage(page_ids, fetch_rows(uow, page_ids), end)
