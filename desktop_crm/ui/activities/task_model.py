"""The task list's table model: rows from the agenda service, overdue shown apart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop_crm.services.activities.agenda import TaskRow
from desktop_crm.ui.activities.labels import priority_label, type_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOUR = QColor("#c62828")


class TaskTableModel(QAbstractTableModel):
    """Date, time, type, priority, contact, company, regarding, user; one row per activity."""

    COLUMNS = ("date", "time", "type", "priority", "contact", "company", "regarding", "user")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskRow] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Type"),
            self.tr("Priority"),
            self.tr("Contact"),
            self.tr("Company"),
            self.tr("Regarding"),
            self.tr("Scheduled for"),
        ]

    def set_rows(self, rows: Sequence[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TaskRow:
        return self._rows[row]

    def rows(self) -> list[TaskRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        # Late work is marked on its date (red, bold, "overdue"), not by a whole red row.
        marked = row.overdue and column in ("date", "time")
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            if row.cleared:
                return self._struck
            if marked:
                return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue:
            return self.tr("Overdue")
        return None

    @staticmethod
    def _display(row: TaskRow, column: str) -> str:
        if column == "date":
            day = row.start_at.strftime("%d/%m/%Y")
            if row.overdue:
                return QCoreApplication.translate("TaskTableModel", "%1 · overdue").replace(
                    "%1", day
                )
            return day
        if column == "time":
            return "" if row.timeless else row.start_at.strftime("%H:%M")
        if column == "type":
            return type_label(row.type)
        if column == "priority":
            return priority_label(row.priority)
        if column == "contact":
            return row.contact_name or ""
        if column == "company":
            return row.company_name or ""
        if column == "regarding":
            return row.regarding or ""
        return row.scheduled_for_name or ""

    @staticmethod
    def _sort_value(row: TaskRow, column: str) -> Any:
        if column in ("date", "time"):
            moment = (
                row.start_at
                if column == "date"
                else dt.datetime.combine(dt.date.min, row.start_at.time())
            )
            return moment.isoformat()
        if column == "priority":
            return row.priority
        return TaskTableModel._display(row, column).casefold()
