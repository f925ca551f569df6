"""Windowed table model over a lookup's contact ids: rows are loaded by pages of 256.

The model keeps the ids of the current lookup in display order (8 bytes each) and an LRU of
64 pages of rows; a paint asks only for the visible rows, so memory stays flat at 1M contacts
and jumping to the end costs one page query (a ``fetchMore`` model would load every row on
the way, reaching ~1 GB).
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt

from desktop_crm.services.contacts.lookup import LIST_COLUMNS, ContactRow

PAGE_SIZE = 256
MAX_PAGES = 64
RowFetcher = Callable[[Sequence[int]], dict[int, ContactRow]]
PageIdFetcher = Callable[[int, int], Sequence[int]]


def column_title(field: str) -> str:
    titles = {
        "last_name": QCoreApplication.translate("ContactList", "Last name"),
        "first_name": QCoreApplication.translate("ContactList", "First name"),
        "company_name": QCoreApplication.translate("ContactList", "Company"),
        "phone_business": QCoreApplication.translate("ContactList", "Phone"),
        "phone_mobile": QCoreApplication.translate("ContactList", "Mobile"),
        "email": QCoreApplication.translate("ContactList", "E-mail"),
        "city": QCoreApplication.translate("ContactList", "City"),
        "postcode": QCoreApplication.translate("ContactList", "Postcode"),
        "status": QCoreApplication.translate("ContactList", "Status"),
        "job_title": QCoreApplication.translate("ContactList", "Job title"),
        "last_reach": QCoreApplication.translate("ContactList", "Last reach"),
        "edited_at": QCoreApplication.translate("ContactList", "Edited"),
    }
    return titles.get(field, field)


class ContactListModel(QAbstractTableModel):
    """Table of the contacts of the current lookup, loaded on demand by pages.

    ``fetch_rows`` loads a page of rows by id (a short query with its own unit of work).
    ``sort()`` does not sort here: it emits ``sort_requested`` and the view runs the sorted
    lookup off the GUI thread, then calls ``set_ids``.
    """

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch_rows: RowFetcher, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._fetch = fetch_rows
        self._ids: array[int] = array("q")
        self._total = 0
        # Before the full id list arrives, pages past the known prefix are looked up by
        # position (offset/limit) with this function.
        self._page_ids: PageIdFetcher | None = None
        self._extra_ids: dict[int, Sequence[int]] = {}
        self._pages: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()
        self.columns: tuple[str, ...] = LIST_COLUMNS
        self.sort_field = "last_name"
        self.sort_descending = False
        self.on_sort: Callable[[str, bool], None] | None = None
        self._locale = QLocale()

    # -- data management -------------------------------------------------------------

    def set_ids(self, ids: array[int]) -> None:
        """Show a new lookup result (the pages of the old one are dropped)."""
        self.set_partial(ids, len(ids), None)

    def set_partial(self, prefix: array[int], total: int, page_ids: PageIdFetcher | None) -> None:
        """Show ``total`` rows knowing only the first ids; ``complete`` supplies the rest."""
        self.beginResetModel()
        self._ids = prefix
        self._total = total
        self._page_ids = page_ids
        self._extra_ids.clear()
        self._pages.clear()
        self.endResetModel()

    def complete(self, ids: array[int]) -> None:
        """The full id list of the lookup shown with ``set_partial``."""
        if len(ids) != self._total:
            self.set_ids(ids)  # the data changed meanwhile: start afresh
            return
        self._ids = ids
        self._page_ids = None
        self._extra_ids.clear()

    def is_complete(self) -> bool:
        return len(self._ids) == self._total

    def refresh_rows(self) -> None:
        """Reload visible values after an edit (ids unchanged)."""
        self._pages.clear()
        if self._total:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, len(self.columns) - 1)
            )

    def ids(self) -> array[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        if 0 <= row < len(self._ids):
            return int(self._ids[row])
        if not 0 <= row < self._total:
            return None
        page = self._page_id_list(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return int(page[offset]) if offset < len(page) else None

    def _page_id_list(self, page_no: int) -> Sequence[int]:
        start = page_no * PAGE_SIZE
        if start + PAGE_SIZE <= len(self._ids) or self._page_ids is None:
            return self._ids[start : start + PAGE_SIZE]
        page = self._extra_ids.get(page_no)
        if page is None:
            page = self._page_ids(start, PAGE_SIZE)
            self._extra_ids[page_no] = page
        return page

    def row_of(self, contact_id: int) -> int:
        """Row of a contact among the known ids, or -1 (a linear scan: ~5 ms per 1M)."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def cached_pages(self) -> int:
        return len(self._pages)

    def _row(self, row: int) -> ContactRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(self._page_id_list(page_no))
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        contact_id = self.id_at(row)
        return page.get(contact_id) if contact_id is not None else None

    # -- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A paint asks ~14 roles per cell: answer the ones we serve, return fast otherwise.
        if role == Qt.ItemDataRole.DisplayRole:
            if not index.isValid():
                return None
            row = self._row(index.row())
            if row is None:
                return (
                    QCoreApplication.translate("ContactList", "(deleted)")
                    if index.column() == 0
                    else None
                )
            value = row.value(self.columns[index.column()])
            if value is None:
                return None
            if hasattr(value, "strftime"):
                return self._locale.toString(value.date(), QLocale.FormatType.ShortFormat)
            return value
        if role == self.ID_ROLE and index.isValid():
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

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_field = self.columns[column]
        self.sort_descending = order == Qt.SortOrder.DescendingOrder
        if self.on_sort is not None:
            self.on_sort(self.sort_field, self.sort_descending)
