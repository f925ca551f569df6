"""A small read-only table model over a list of tuples (tabs, dialogs, short lists)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    """Read-only rows of display values with a hidden payload per row (``PAYLOAD_ROLE``)."""

    PAYLOAD_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, headers: Sequence[str], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._headers = list(headers)
        self._rows: list[tuple[Any, ...]] = []
        self._payloads: list[Any] = []

    def set_rows(
        self, rows: Sequence[Sequence[Any]], payloads: Sequence[Any] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._payloads = list(payloads) if payloads is not None else [None] * len(rows)
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self._payloads[row] if 0 <= row < len(self._payloads) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._rows[index.row()][index.column()]
            return None if value is None else str(value)
        if role == self.PAYLOAD_ROLE:
            return self.payload(index.row())
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
