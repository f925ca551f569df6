"""Windowed table model over the ids of the filtered opportunities, rows read by pages.

Like the contact list (``ui/contacts/list_model.py``): the model keeps the ids in display
order and an LRU of pages; a page is read through ``ops.read`` when a visible row needs it,
never on the GUI thread. Sorting asks the owner to read the ids again in the new order.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop_crm.domain.opportunities import OpportunityRow
from desktop_crm.services.opportunities.listing import rows_by_ids
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.opportunities.texts import (
    date_text,
    money_text,
    percent_text,
    status_label,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_PAGES = 50

# (sort key of the service, header) in display order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Opportunity"),
    ("contact", "Contact"),
    ("company", "Company"),
    ("process", "Process"),
    ("stage", "Stage"),
    ("probability", "Probability"),
    ("amount", "Amount"),
    ("weighted", "Weighted"),
    ("expected_close", "Expected close"),
    ("status", "Status"),
    ("manager", "Manager"),
)
_RIGHT = {"probability", "amount", "weighted"}
# Free texts that a narrow column elides: the tooltip says them whole.
_TEXTS = {"name", "contact", "company", "process", "stage", "manager"}


def column_title(key: str) -> str:
    title = dict(COLUMNS).get(key, key)
    return QCoreApplication.translate("OpportunityList", title)


class OpportunityListModel(QAbstractTableModel):
    """The filtered opportunities, one row per id, cells filled when their page arrives.

    ``sort()`` does not sort here: it calls ``on_sort(key)`` ("-amount" for descending) and
    the owner reads the ids again, then calls ``set_ids``.
    """

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, ops: Operations, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._ops = ops
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, OpportunityRow]] = OrderedDict()
        self._pending: dict[int, int] = {}
        self._serial = 0
        self._generation = 0
        self.sort_key = "expected_close"
        self.on_sort: Callable[[str], None] | None = None

    # -- data management ----------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show a new list of ids (the loaded pages are dropped)."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, opportunity_id: int) -> int:
        try:
            return self._ids.index(opportunity_id)
        except ValueError:
            return -1

    def loaded_row(self, row: int) -> OpportunityRow | None:
        """The row's values if its page is loaded (never asks for it)."""
        page = self._pages.get(row // PAGE_SIZE)
        opportunity_id = self.id_at(row)
        if page is None or opportunity_id is None:
            return None
        return page.get(opportunity_id)

    def loading_pages(self) -> int:
        return len(self._pending)

    def refresh_rows(self) -> None:
        """Read every loaded page again (ids unchanged)."""
        for page_no in list(self._pages):
            self._request(page_no)

    def refresh_ids(self, opportunity_ids: Iterable[int]) -> int:
        """Read again the loaded pages showing these opportunities; returns how many."""
        wanted = set(opportunity_ids)
        pages = [n for n, rows in self._pages.items() if not wanted.isdisjoint(rows)]
        for page_no in pages:
            self._request(page_no)
        return len(pages)

    def _request(self, page_no: int, *, only_missing: bool = False) -> None:
        if only_missing and page_no in self._pending:
            return
        start = page_no * PAGE_SIZE
        ids = self._ids[start : start + PAGE_SIZE]
        self._serial += 1
        serial, generation = self._serial, self._generation
        self._pending[page_no] = serial
        self._ops.read(
            rows_by_ids,
            ids,
            on_done=lambda rows: self._on_page_read(generation, serial, page_no, rows),
            on_error=lambda exc: self._on_page_failed(generation, serial, page_no, exc),
        )

    def _on_page_read(
        self, generation: int, serial: int, page_no: int, rows: list[OpportunityRow]
    ) -> None:
        if generation != self._generation or self._pending.get(page_no) != serial:
            return
        del self._pending[page_no]
        self._pages[page_no] = {r.id: r for r in rows}
        self._pages.move_to_end(page_no)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        start = page_no * PAGE_SIZE
        last = min(len(self._ids), start + PAGE_SIZE) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1))

    def _on_page_failed(
        self, generation: int, serial: int, page_no: int, exc: BaseException
    ) -> None:
        if generation == self._generation and self._pending.get(page_no) == serial:
            del self._pending[page_no]
        log.warning("opportunity list page %s not read: %s", page_no, exc)

    def _row(self, row: int) -> tuple[bool, OpportunityRow | None]:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            self._request(page_no, only_missing=True)
            return False, None
        self._pages.move_to_end(page_no)
        opportunity_id = self.id_at(row)
        return True, page.get(opportunity_id) if opportunity_id is not None else None

    @staticmethod
    def cell(row: OpportunityRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "contact":
            return row.contact_name
        if key == "company":
            return row.company_name
        if key == "process":
            return row.process_name
        if key == "stage":
            return row.stage_name
        if key == "probability":
            return percent_text(row.probability)
        if key in ("amount", "weighted") and row.amounts_hidden:
            return ""  # the role may not see amounts (Restricted)
        if key == "amount":
            return money_text(row.amount, row.currency)
        if key == "weighted":
            return money_text(row.weighted, row.currency)
        if key == "expected_close":
            return date_text(row.expected_close)
        if key == "status":
            return status_label(row.status)
        if key == "manager":
            return row.manager_name
        return ""

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            loaded, row = self._row(index.row())
            if not loaded:
                return None
            if row is None:
                return (
                    QCoreApplication.translate("OpportunityList", "(deleted)")
                    if index.column() == 0
                    else None
                )
            return self.cell(row, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            key = COLUMNS[index.column()][0]
            row = self.loaded_row(index.row())
            return (self.cell(row, key) or None) if row is not None and key in _TEXTS else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[index.column()][0] in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == self.ID_ROLE:
            return self.id_at(index.row())
        if role == self.ROW_ROLE:
            return self.loaded_row(index.row())
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
            return column_title(COLUMNS[section][0]) if 0 <= section < len(COLUMNS) else None
        return section + 1

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        self.sort_key = key if order == Qt.SortOrder.AscendingOrder else "-" + key
        if self.on_sort is not None:
            self.on_sort(self.sort_key)
