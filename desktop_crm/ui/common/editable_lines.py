"""The common part of an editable table of lines (an opportunity's product lines, a
campaign's cost lines): the list of lines, adding, removing and replacing one, the total of
their amounts, and the row and column counts Qt asks for.

A subclass says how many columns it shows (``column_count``), how a line is shown and edited
(``data``, ``setData``, ``headerData``, ``flags``) and which signal tells that the lines
changed (``_lines_changed``)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class AmountLine(Protocol):
    """A line with an amount (already rounded by whoever built the line)."""

    @property
    def amount(self) -> Decimal: ...


LineT = TypeVar("LineT", bound=AmountLine)


class EditableLinesModel(QAbstractTableModel, Generic[LineT]):
    """Lines being edited, one a row. Every change of the lines calls ``_lines_changed``."""

    column_count = 0

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._lines: list[LineT] = []

    def _lines_changed(self) -> None:
        """The lines or their number changed: the subclass emits its own signal here."""

    def set_lines(self, lines: Sequence[LineT]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()
        self._lines_changed()

    def lines(self) -> tuple[LineT, ...]:
        return tuple(self._lines)

    def total(self) -> Decimal:
        """The sum of the lines' amounts."""
        return sum((x.amount for x in self._lines), Decimal("0"))

    def _append_line(self, line: LineT) -> int:
        """Add ``line`` at the end; returns its row."""
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()
        self._lines_changed()
        return row

    def remove_line(self, row: int) -> None:
        """Remove the line of ``row``; a row outside the lines is ignored."""
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
            self._lines_changed()

    def _replace_line(self, row: int, line: LineT) -> None:
        """Put ``line`` in place of the line of ``row`` and tell the views its whole row."""
        self._lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.column_count - 1))
        self._lines_changed()

    # -- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count
