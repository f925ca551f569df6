"""The Groups view's tree: taking the focus never chooses a group by itself.

A ``QAbstractItemView`` given the keyboard focus with no current item makes its first item
current (so that the arrow keys start somewhere). In the Groups view a current item *is* the
chosen group: opening the view, or tabbing into the tree, would open the first group's
details and members although the user chose none (and which widget takes the focus first
depends on which are enabled). Here the focus leaves the tree without a current item; the
first arrow key, a click or the program still choose one.
"""

from __future__ import annotations

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QTreeView, QWidget


class GroupTree(QTreeView):
    """A tree view whose focus-in does not make an item current."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def focusInEvent(self, event: QFocusEvent) -> None:
        selection = self.selectionModel()
        if selection is None or self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        blocked = selection.blockSignals(True)  # nobody hears of a current item set here…
        try:
            super().focusInEvent(event)
        finally:
            selection.clearCurrentIndex()  # …that is taken back at once
            selection.blockSignals(blocked)
        self.viewport().update()
