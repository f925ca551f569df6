"""Room in a small table for a long text column, without pushing the short ones out of sight.

A contact card's history sized each column to its longest text: with 500 entries, one subject
such as "Relance du devis n° 2026-1187 envoyé la semaine dernière" made "Objet" so wide that
"Durée" and "Par" went past the right edge of the card, behind a scroll bar. ``ColumnRoom``
gives the long column what the others leave (never less than its header), again whenever the
table is resized; the whole text stays in the cell's tooltip. ``cap_row_heights`` does the
same for the height of a word-wrapped row (a note of a page took the whole Notes tab, its date
and author out of sight in the middle of the row).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

FLOOR = 100  # the long column is never narrower than this (or its header)


class ColumnRoom(QObject):
    """Keeps ``column`` of ``view`` within the width the other columns leave."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view = view
        self.column = column
        self._natural = 0
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        """Size every column to its contents, then give the long one what is left."""
        self.view.resizeColumnsToContents()
        self._natural = self.view.horizontalHeader().sectionSize(self.column)
        self._apply()

    def _apply(self) -> None:
        header = self.view.horizontalHeader()
        last = header.count() - 1
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in (self.column, last) and not header.isSectionHidden(c)
        )
        floor = max(FLOOR, header.sectionSizeHint(self.column))
        room = self.view.viewport().width() - others
        header.resizeSection(self.column, max(floor, min(self._natural, room)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._natural:
            self._apply()
        return False


def cap_row_heights(view: QTableView, lines: int = 6) -> None:
    """Rows sized to their contents, none taller than ``lines`` lines of text."""
    view.resizeRowsToContents()
    most = view.fontMetrics().lineSpacing() * lines + 8
    for row in range(view.model().rowCount()):
        if view.rowHeight(row) > most:
            view.setRowHeight(row, most)
