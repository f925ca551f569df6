"""A contact chosen by typing part of a name: the lookup runs off the GUI thread and its
first matches drop down under the field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop_crm.ui.common.context import AppContext

if TYPE_CHECKING:  # loaded on the first search, not with the contact card at start-up
    from desktop_crm.services.opportunities.view_data import ContactChoice

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactField(QWidget):
    """A line edit that finds contacts; ``contact_id()`` is the chosen one (None if cleared).

    Signals: ``contact_chosen(object)`` with the ContactChoice, or None when cleared.
    """

    contact_chosen = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = context.ops
        self._key = f"contact-field-{id(self)}"
        self._id: int | None = None
        self._label = ""
        self.results: list[ContactChoice] = []
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name to find a contact…"))
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated
        )
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("No contact"))
        self.clear_button.clicked.connect(lambda: self.set_contact(None, ""))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(lambda: self.search(self.edit.text()))
        self.edit.textEdited.connect(lambda _t: self._debounce.start())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)

    def contact_id(self) -> int | None:
        return self._id if self.edit.text().strip() else None

    def set_contact(self, contact_id: int | None, label: str) -> None:
        self._id = contact_id
        self._label = label
        self.edit.setText(label)
        from desktop_crm.services.opportunities.view_data import ContactChoice

        self.contact_chosen.emit(
            ContactChoice(contact_id, label, "") if contact_id is not None else None
        )

    def search(self, text: str) -> None:
        """Find the contacts ``text`` matches and offer them under the field."""
        from desktop_crm.services.opportunities.view_data import contact_choices

        self.ops.read(contact_choices, text, key=self._key, on_done=self._on_found)

    def _on_found(self, results: list[ContactChoice]) -> None:
        self.results = results
        self.model.clear()
        for choice in results:
            item = QStandardItem(choice.label)
            item.setData(choice.id, ID_ROLE)
            self.model.appendRow(item)
        if results and self.edit.hasFocus():
            self.completer.complete()

    def choose(self, row: int) -> None:
        """Take the ``row``-th search result."""
        if 0 <= row < len(self.results):
            choice = self.results[row]
            self._id = choice.id
            self._label = choice.name
            self.edit.setText(choice.name)
            self.contact_chosen.emit(choice)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        # The popup's index belongs to the completer's proxy: find the row by id.
        wanted = index.data(ID_ROLE)
        row = next((n for n, c in enumerate(self.results) if c.id == wanted), -1)
        QTimer.singleShot(0, lambda: self.choose(row))
