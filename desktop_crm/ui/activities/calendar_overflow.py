"""The list behind a calendar's "+N" block: the activities that did not fit, one per line."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.activities.agenda import CalendarItem
from desktop_crm.ui.activities.labels import TYPE_COLOURS, type_label


class OverflowList(QDialog):
    """A small window listing activities; double-click or "Open" opens one.

    Signals: ``open_requested(activity_id)``, ``contact_requested(contact_id)``.
    """

    open_requested = Signal(int)
    contact_requested = Signal(int)

    def __init__(
        self,
        items: Sequence[CalendarItem],
        describe: Callable[[CalendarItem, bool], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.items = list(items)
        first = self.items[0].start if self.items else None
        self.setWindowTitle(
            self.tr("%1 activities").replace("%1", str(len(self.items)))
            + (f" – {first:%d/%m/%Y}" if first else "")
        )
        self.list = QListWidget(self)
        for item in self.items:
            line = describe(item, True)
            if item.timeless:
                line = f"{line} ({type_label(item.type)})"
            row = QListWidgetItem(line, self.list)
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(TYPE_COLOURS.get(item.type, QColor("#888888"))))
            row.setIcon(swatch)
            row.setData(Qt.ItemDataRole.UserRole, item.activity_id)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _row: self._open())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open activity…"), self)
        self.contact_button = QPushButton(self.tr("Open &contact"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.contact_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.open_button.clicked.connect(self._open)
        self.contact_button.clicked.connect(self._open_contact)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Double-click an activity to open it."), self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, min(520, 120 + 22 * len(self.items)))

    def current(self) -> CalendarItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _open(self) -> None:
        item = self.current()
        if item is not None and not item.hidden:
            self.open_requested.emit(item.activity_id)

    def _open_contact(self) -> None:
        item = self.current()
        if item is not None and item.contact_id is not None:
            self.contact_requested.emit(item.contact_id)
