"""The "Edit list…" dialog for pick lists: add, rename, remove and reorder values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.ui.common.layouts import nest


class PickListDialog(QDialog):
    """Edits the values of one pick list; ``edit()`` returns the new values or None."""

    def __init__(self, title: str, values: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit list: {0}").format(title))
        self.list = QListWidget(self)
        for value in values:
            self._add_item(value)
        add = QPushButton(self.tr("&Add"), self)
        remove = QPushButton(self.tr("&Remove"), self)
        up = QPushButton(self.tr("Move &up"), self)
        down = QPushButton(self.tr("Move &down"), self)
        add.clicked.connect(self._on_add)
        remove.clicked.connect(self._on_remove)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        side = QVBoxLayout()
        for button in (add, remove, up, down):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        nest(row, side)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        nest(layout, row)
        layout.addWidget(buttons)
        self.resize(380, 360)

    def _add_item(self, value: str) -> QListWidgetItem:
        item = QListWidgetItem(value, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _on_add(self) -> None:
        item = self._add_item(self.tr("New value"))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def values(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    @classmethod
    def edit(cls, title: str, values: list[str], parent: QWidget | None = None) -> list[str] | None:
        dialog = cls(title, values, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
