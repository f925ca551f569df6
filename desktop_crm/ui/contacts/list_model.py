"""Windowed table model over a lookup's contact ids: rows are loaded by pages of 256.

The model keeps the ids of the current lookup in display order (8 bytes each) and an LRU of
64 pages of rows; a paint asks only for the visible rows, so memory stays flat at 1M contacts
and jumping to the end costs one page query (a ``fetchMore`` model would load every row on
the way, reaching ~1 GB). Pages are read through the operation runner, never on the GUI
thread: a row not loaded yet shows empty cells until its page arrives (``dataChanged``).
"""

from __future__ import annotations

import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)

from desktop_crm.domain.fields import field
from desktop_crm.services.contacts import list_data
from desktop_crm.services.contacts.lookup import LIST_COLUMNS, ContactRow
from desktop_crm.ui.common.operations import Operations

log = logging.getLogger(__name__)

PAGE_SIZE = 256
MAX_PAGES = 64
# Rows from a loaded page's edge at which the neighbouring page is read ahead.
READ_AHEAD_ROWS = 64
# data() is asked role by role (7 calls per painted cell without the list's delegate): plain
# ints keep each call short (enum arithmetic costs microseconds). flags() is Qt's own: a
# Python override is called twice per painted cell (see ``list_drag``).
_DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole.value)
_ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1


def column_title(name: str) -> str:
    """The translated header of a contact list column (the field name if not a field)."""
    try:
        label = field(name).label
    except KeyError:
        return name
    return QCoreApplication.translate("ContactList", label)


@dataclass(frozen=True)
class PageQuery:
    """The lookup whose pages past the known ids are read by position."""

    text: str
    sort: str
    descending: bool


class ContactListModel(QAbstractTableModel):
    """Table of the contacts of the current lookup, loaded on demand by pages.

    Pages are read with ``ops.read`` and shown when they arrive. ``sort()`` does not sort
    here: it calls ``on_sort`` and the view runs the sorted lookup, then calls ``set_ids``.
    """

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    # The exact row count replaced a provisional one (rows removed or added at the end).
    count_settled = Signal(int)
    # Ids of rows past the known prefix became known (a page read by position, the full list).
    ids_known = Signal()

    def __init__(self, ops: Operations, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._ops = ops
        self._ids: array[int] = array("q")
        self._total = 0
        # False while ``_total`` is an estimate (set_partial(exact=False)) until the full id
        # list, or a page read by position that reached the end, tells the exact count.
        self._exact = True
        # Before the full id list arrives, pages past the known prefix are read by position.
        self._query: PageQuery | None = None
        self._extra_ids: dict[int, Sequence[int]] = {}
        self._pages: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()
        # The last row answered (a paint asks each of its cells in turn): number and row.
        # Forgotten whenever pages or ids change (``_forget_row``).
        self._last_row_no = -1
        self._last_row: ContactRow | None = None
        # Page number -> serial of its newest request; an older answer is dropped.
        self._pending: dict[int, int] = {}
        # Pages read ahead of the scroll (not on screen yet): not "loading" for the paint.
        self._ahead: set[int] = set()
        self._serial = 0
        self._generation = 0
        self.columns: tuple[str, ...] = LIST_COLUMNS
        self.sort_field = "last_name"
        self.sort_descending = False
        self.on_sort: Callable[[str, bool], None] | None = None
        self._locale = QLocale()

    # -- data management -------------------------------------------------------------

    def set_ids(self, ids: array[int], first_rows: dict[int, ContactRow] | None = None) -> None:
        """Show a new lookup result (the pages of the old one are dropped).

        ``first_rows``: the rows of the first page when the lookup read them already.
        """
        self.set_partial(ids, len(ids), None, first_rows)

    def set_partial(
        self,
        prefix: array[int],
        total: int,
        query: PageQuery | None,
        first_rows: dict[int, ContactRow] | None = None,
        *,
        exact: bool = True,
    ) -> None:
        """Show ``total`` rows knowing only the first ids; ``complete`` supplies the rest.

        ``exact`` False: ``total`` is an estimate, corrected (``count_settled``) by
        ``complete`` or by a page read past the real end.
        """
        self.beginResetModel()
        self._generation += 1
        self._ids = prefix
        self._total = total
        self._forget_row()
        self._exact = exact
        self._query = query
        self._extra_ids.clear()
        self._pages.clear()
        self._pending.clear()
        self._ahead.clear()
        if first_rows is not None and total:
            self._pages[0] = first_rows
        self.endResetModel()

    def complete(self, ids: array[int]) -> bool:
        """The full id list of the lookup shown with ``set_partial``; False (and nothing
        changed) when it does not fit what is shown: the data changed meanwhile (the ids
        shown must stay on their rows, or a row would show or select another contact)."""
        if self._exact and len(ids) != self._total:
            return False
        known = len(self._ids)
        if len(ids) < known or ids[:known] != self._ids:
            return False
        for page_no, page_ids in self._extra_ids.items():
            start = page_no * PAGE_SIZE
            if tuple(ids[start : start + len(page_ids)]) != tuple(page_ids):
                return False
        if not self._exact:
            self._settle(len(ids))
        self._ids = ids
        self._forget_row()
        self._query = None
        self._extra_ids.clear()
        self.ids_known.emit()
        return True

    def is_complete(self) -> bool:
        return len(self._ids) == self._total

    def is_exact(self) -> bool:
        """False while the row count is provisional (an estimate, the exact one follows)."""
        return self._exact

    def _settle(self, total: int) -> None:
        """The exact row count replaces the estimate: rows past it go (or missing ones come)."""
        self._exact = True
        self._forget_row()
        if total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            for page_no in [n for n in self._pages if n * PAGE_SIZE >= total]:
                del self._pages[page_no]
            for page_no in [n for n in self._extra_ids if n * PAGE_SIZE >= total]:
                del self._extra_ids[page_no]
            self.endRemoveRows()
        elif total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        self.count_settled.emit(total)

    def refresh_rows(self) -> None:
        """Read every loaded page again (ids unchanged); old values stay until they arrive."""
        for page_no in list(self._pages):
            self._request(page_no)

    def refresh_ids(self, contact_ids: Iterable[int]) -> int:
        """Read again only the loaded pages showing these contacts; returns how many."""
        wanted = set(contact_ids)
        pages = [n for n, rows in self._pages.items() if not wanted.isdisjoint(rows)]
        for page_no in pages:
            self._request(page_no)
        return len(pages)

    def ids(self) -> array[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        if 0 <= row < len(self._ids):
            return int(self._ids[row])
        if not 0 <= row < self._total:
            return None
        page = self._extra_ids.get(row // PAGE_SIZE)
        if page is None:
            self._request(row // PAGE_SIZE, only_missing=True)
            return None
        offset = row % PAGE_SIZE
        return int(page[offset]) if offset < len(page) else None

    def row_of(self, contact_id: int) -> int:
        """Row of a contact among the known ids, or -1 (a linear scan: ~5 ms per 1M)."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def cached_pages(self) -> int:
        return len(self._pages)

    def loading_pages(self) -> int:
        """Pages asked for by a paint and not arrived yet (pages read ahead not counted)."""
        return len(self._pending) - len(self._ahead)

    def _request(self, page_no: int, *, only_missing: bool = False) -> None:
        if only_missing and page_no in self._pending:
            return
        start = page_no * PAGE_SIZE
        ids: Sequence[int] | None = None
        query = self._query or PageQuery("", self.sort_field, self.sort_descending)
        if start + PAGE_SIZE <= len(self._ids) or self._query is None:
            ids = self._ids[start : start + PAGE_SIZE]
        self._serial += 1
        serial = self._serial
        generation = self._generation
        self._pending[page_no] = serial
        self._ops.read(
            list_data.fetch_page,
            ids,
            query.text,
            query.sort,
            query.descending,
            start,
            PAGE_SIZE,
            on_done=lambda page: self._on_page_read(generation, serial, page_no, page),
            on_error=lambda exc: self._on_page_failed(generation, serial, page_no, exc),
        )

    def _read_ahead(self, page_no: int) -> None:
        if page_no in self._pages or page_no in self._pending or page_no * PAGE_SIZE >= self._total:
            return
        self._ahead.add(page_no)
        self._request(page_no)

    def _on_page_read(
        self, generation: int, serial: int, page_no: int, page: list_data.ContactPage
    ) -> None:
        if generation != self._generation or self._pending.get(page_no) != serial:
            return
        del self._pending[page_no]
        self._ahead.discard(page_no)
        start = page_no * PAGE_SIZE
        if start >= self._total:
            return  # past the end found meanwhile
        by_position = start + PAGE_SIZE > len(self._ids)
        if by_position:
            self._extra_ids[page_no] = page.ids
        if page.end is not None and not self._exact:
            self._settle(page.end)  # read past the real end: the exact count is known
            if start >= self._total:
                return
        self._pages[page_no] = page.rows
        self._pages.move_to_end(page_no)
        self._forget_row()
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        last = min(self._total, start + PAGE_SIZE) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(self.columns) - 1))
        if by_position:
            self.ids_known.emit()

    def _on_page_failed(
        self, generation: int, serial: int, page_no: int, exc: BaseException
    ) -> None:
        # A page that cannot be read stays blank (asked again at the next paint); the list
        # must not flood the user with one message box per visible page.
        if generation == self._generation and self._pending.get(page_no) == serial:
            del self._pending[page_no]
            self._ahead.discard(page_no)
        log.warning("contact list page %s not read: %s", page_no, exc)

    def _forget_row(self) -> None:
        self._last_row_no = -1
        self._last_row = None

    def _row(self, row: int) -> tuple[bool, ContactRow | None]:
        """(page loaded, row): a page not loaded yet is asked for and shows blank."""
        if row == self._last_row_no:
            return True, self._last_row
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            self._ahead.discard(page_no)  # on screen now: the paint waits for it
            self._request(page_no, only_missing=True)
            return False, None
        self._pages.move_to_end(page_no)
        # Near a page's edge, read the next one in the scroll's direction ahead of time:
        # scrolling page by page then finds its rows loaded (no blank frame, no wait).
        offset = row - page_no * PAGE_SIZE
        if offset >= PAGE_SIZE - READ_AHEAD_ROWS:
            self._read_ahead(page_no + 1)
        elif offset < READ_AHEAD_ROWS and page_no:
            self._read_ahead(page_no - 1)
        contact_id = self.id_at(row)
        found = page.get(contact_id) if contact_id is not None else None
        self._last_row_no, self._last_row = row, found
        return True, found

    # -- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def display(self, row_no: int, column: int) -> object:
        """The value shown in a cell (None: empty): text, or a value the delegate formats.

        The list's delegate calls it directly, once per painted cell (``ListCellDelegate``).
        """
        loaded, row = self._row(row_no)
        if not loaded:
            return None
        if row is None:
            return QCoreApplication.translate("ContactList", "(deleted)") if column == 0 else None
        value = getattr(row, self.columns[column])
        if value is None or value.__class__ is str:
            return value
        if hasattr(value, "strftime"):
            return self._locale.toString(value.date(), QLocale.FormatType.ShortFormat)
        return value

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Other views (and tests) ask the roles one by one; the list paints through its
        # delegate, which asks ``display`` once per cell instead of seven roles.
        if role == _DISPLAY_ROLE:
            row_no = index.row()
            return self.display(row_no, index.column()) if row_no >= 0 else None
        if role == _ID_ROLE and index.isValid():
            return self.id_at(index.row())
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(self.columns[section]) if 0 <= section < len(self.columns) else None
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_field = self.columns[column]
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        if self.on_sort is not None:
            self.on_sort(self.sort_field, self.sort_descending)
