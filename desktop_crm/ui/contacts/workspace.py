"""The Contacts view: the list and the card side by side, kept in step."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from desktop_crm.ui.contacts.list_view import ContactListView


class ContactWorkspace(QWidget):
    """Contact list (left) and contact card (right); the lookup drives record navigation.

    Signals: ``status_changed(str, int)`` (lookup text, record count), ``message(str)``.
    """

    status_changed = Signal(str, int)
    message = Signal(str)

    def __init__(
        self,
        db: Database,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        context: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.list = ContactListView(db, settings, self)
        self.card = ContactCard(db, settings, self, context=context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 730])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._reverting = False
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.contact_activated.connect(self._on_list_contact_activated)
        self.list.lookup_finished.connect(self._on_list_lookup_finished)
        self.card.navigate_requested.connect(self._on_card_navigate_requested)
        self.card.saved.connect(self._on_card_saved)
        self.card.similar_open_requested.connect(self._on_card_similar_open_requested)
        self.card.deleted.connect(lambda _cid: self.list.refresh())
        self.card.message.connect(self.message)
        self.restore_layout()

    def start(self) -> None:
        self.list.run_lookup()

    def _on_list_current_changed(self, contact_id: int) -> None:
        if self._reverting or (self.card.contact and self.card.contact.id == contact_id):
            self._update_position()
            return
        if not self.card.maybe_save():
            # Stay on the unsaved card: put the list back on it.
            if self.card.contact is not None:
                self._reverting = True
                self.list.select_id(self.card.contact.id)
                self._reverting = False
            return
        self.card.show_contact(contact_id)
        self._update_position()

    def _on_list_contact_activated(self, _contact_id: int) -> None:
        self.card.form.editors["last_name"].setFocus()

    def _on_list_lookup_finished(self, text: str, count: int) -> None:
        if count == 0 and self.card.contact is not None and not self.card.is_dirty():
            self.card.show_contact(None)
        self._update_position()
        self.status_changed.emit(text, count)

    def _on_card_navigate_requested(self, where: str) -> None:
        self.list.move(where)

    def _on_card_similar_open_requested(self, contact_id: int) -> None:
        self.card.revert()
        # Shown here too: when it is already the list's current row, selecting it again
        # changes nothing and the card would stay on the blank new contact.
        self.card.show_contact(contact_id)
        if not self.list.select_id(contact_id):
            self.list.lookup_edit.clear()
            self.list.run_lookup(select_id=contact_id)

    def _on_card_saved(self, contact_id: int) -> None:
        self.list.run_lookup(select_id=contact_id)

    def _update_position(self) -> None:
        self.card.set_position(*self.list.position())

    def new_contact(self) -> None:
        if self.card.maybe_save():
            self.card.new_contact()

    def save(self) -> bool:
        return self.card.save()

    def focus_lookup(self) -> None:
        self.list.focus_lookup()

    def refresh(self) -> None:
        self.card.reload_picklists()
        self.list.refresh()
        self.card.reload_tabs()

    def can_close(self) -> bool:
        return self.card.maybe_save()

    def save_layout(self) -> None:
        self.list.save_layout()
        if self.settings is not None:
            self.settings.setValue("contacts/splitter", self.splitter.saveState())
            self.settings.setValue("contacts/card_splitter", self.card.splitter.saveState())

    def restore_layout(self) -> None:
        if self.settings is None:
            return
        for key, splitter in (
            ("contacts/splitter", self.splitter),
            ("contacts/card_splitter", self.card.splitter),
        ):
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
