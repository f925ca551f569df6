"""The Contacts view: the list and the card side by side, kept in step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop_crm.services.contacts import lookup
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.first_paint import PaintedWith
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.contacts.list_view import ContactListView

if TYPE_CHECKING:  # the card (and its tabs' imports) is built after the list's first paint
    from desktop_crm.ui.contacts.card import ContactCard


class ContactWorkspace(ViewWidget):
    """Contact list (left) and contact card (right); the lookup drives record navigation.

    Signals (from ``ViewWidget``): ``status_changed(str, int)`` (lookup text, record count)
    after every lookup and every contact created or deleted, ``message(str)``.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = context.settings
        self.list = ContactListView(context, self)
        self._card: ContactCard | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(QWidget(self))  # the card's place until it is built
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # At 1400 px the list shows names, company, phone and mobile; the card the rest.
        self.splitter.setSizes([620, 630])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._reverting = False
        self._status: tuple[str, int] | None = None
        self.list.current_changed.connect(self._on_list_current_changed)
        self.list.contact_activated.connect(self._on_list_contact_activated)
        self.list.lookup_finished.connect(self._on_list_lookup_finished)
        self.list.count_settled.connect(self._on_list_lookup_finished)
        self.restore_layout()

    @property
    def card(self) -> ContactCard:
        """The contact card, built on first use: start-up paints the list's rows first."""
        if self._card is None:
            from desktop_crm.ui.contacts.card import ContactCard

            card = ContactCard(self.context, self)
            self._card = card
            placeholder = self.splitter.replaceWidget(1, card)
            if placeholder is not None:
                placeholder.deleteLater()
            card.navigate_requested.connect(self._on_card_navigate_requested)
            card.saved.connect(self._on_card_saved)
            card.similar_open_requested.connect(self._on_card_similar_open_requested)
            card.contact_shown.connect(lambda _cid: self._update_position())
            card.message.connect(self.message)
            state = self.settings.value("contacts/card_splitter")
            if isinstance(state, QByteArray) and not state.isEmpty():
                card.splitter.restoreState(state)
        return self._card

    # -- ViewWidget ----------------------------------------------------------------------------

    def start(self) -> None:
        self.list.run_lookup()

    def refresh(self) -> None:
        if self._card is not None:  # a card built later reads everything afresh
            self._card.reload_picklists()
        self.list.refresh()
        if self._card is not None:
            self._card.reload_tabs()

    def can_close(self) -> bool:
        """Unsaved edits: save (and wait for it), discard, or stay."""
        if self._card is None or not self._card.is_dirty():
            return True
        answer = self.card.ask_leave()
        if answer == "discard":
            self.card.revert()
            return True
        return answer == "save" and self.card.save_and_wait()

    def save_layout(self) -> None:
        self.list.save_layout()
        self.settings.setValue("contacts/splitter", self.splitter.saveState())
        if self._card is not None:
            self.settings.setValue("contacts/card_splitter", self._card.splitter.saveState())

    def focus_lookup(self) -> bool:
        self.list.focus_lookup()
        return True

    def save(self) -> bool:
        return self.card.save()

    def new_record(self) -> bool:
        self.new_contact()
        return True

    def status(self) -> tuple[str, int] | None:
        return self._status

    # -- what the main window calls ------------------------------------------------------------

    def open_contact(self, contact_id: int) -> None:
        """Show a contact: select it in the list, or clear the lookup to find it."""
        if self.card.showing_id() == contact_id:
            self.list.select_id(contact_id)
            return
        if not self.card.maybe_save(lambda: self.open_contact(contact_id)):
            return
        if not self.list.select_id(contact_id):
            self.card.show_contact(contact_id)
            self.list.lookup_edit.blockSignals(True)
            self.list.lookup_edit.clear()
            self.list.lookup_edit.blockSignals(False)
            self.list.run_lookup(select_id=contact_id)

    def new_contact(self) -> None:
        if self.card.maybe_save(self._start_new_contact):
            self._start_new_contact()

    def _start_new_contact(self) -> None:
        # The blank card is no row of the list: no row stays highlighted as if it were
        # the one being typed (and no "12 of 300").
        self.card.new_contact()
        self.list.clear_current()
        self._update_position()

    def log_call(self) -> bool:
        """Log a call with the contact shown; False when no contact is shown."""
        return self.card.log_call()

    def add_note(self) -> bool:
        """Add a note to the contact shown (on its Notes tab); False when none is shown."""
        if self.card.contact is None:
            return False
        self.card.tabs.setCurrentWidget(self.card.notes_tab)
        self.card.notes_tab.add_note()
        return True

    def delete_current(self) -> bool:
        """Delete the contact shown, after confirmation; False when none is shown."""
        return self.card.delete()

    def current_contact_id(self) -> int | None:
        return self.card.contact.id if self.card.contact is not None else None

    def selected_contact_ids(self) -> list[int]:
        """The contacts selected in the list (for actions on a selection)."""
        return self.list.selected_ids()

    def shown_lookup(self) -> str:
        """The lookup the list shows ("" for all contacts), not text waiting for the debounce."""
        return self.list.lookup_text

    def lookup_contact_ids(self, on_done: Callable[[list[int]], None]) -> None:
        """Every contact of the current lookup, in display order, delivered to ``on_done``."""
        ids = self.list.model.ids()
        if self.list.model.is_complete() and not self.list.is_looking_up():
            on_done([int(i) for i in ids])
            return
        self.context.ops.read(
            lookup.lookup_ids,
            self.list.lookup_text,
            self.list.model.sort_field,
            self.list.model.sort_descending,
            on_done=lambda found: on_done([int(i) for i in found]),
        )

    def column_actions(self) -> list[QAction]:
        """Checkable actions showing or hiding the list's columns (for the View menu)."""
        return self.list.column_actions()

    # -- keeping the list and the card in step ------------------------------------------------

    def _on_list_current_changed(self, contact_id: int) -> None:
        if self._card is None:
            # The first row of the first page: the list paints it, then the card is built
            # and reads its contact, before the rest of the opening loads (GIL: one at once).
            self.list.first_rows.call_after(lambda: self._show_first(contact_id), first=True)
            return
        if self._reverting or self.card.showing_id() == contact_id:
            self._update_position()
            return
        if not self.card.maybe_save(lambda: self._select(contact_id)):
            # Stay on the unsaved card: put the list back on it.
            if self.card.contact is not None:
                self._reverting = True
                self.list.select_id(self.card.contact.id)
                self._reverting = False
            return
        self.card.show_contact(contact_id)
        self._update_position()

    def _show_first(self, contact_id: int) -> None:
        built = self._card is not None
        card = self.card
        if built and (card.is_dirty() or card.showing_id() is not None):
            return  # built meanwhile by its first use (a new contact being typed, an open)
        if self.list.current_id() != contact_id:
            return
        if self.list.isVisible() and self.splitter.sizes()[1] > 0:  # (a folded card: no paint)
            # The rest of the opening (SQLAlchemy: the GIL held a third of a second) waits
            # until the card has drawn its contact, read by the first-read connection.
            let_go = self.context.ops.hold_opening()
            shown = lambda: card.contact is not None or card.showing_id() is None  # noqa: E731
            PaintedWith(card.title, shown, let_go)
        # Ahead of the reads queued meanwhile (the full id list, the identity check...).
        card.show_contact(contact_id, urgent=True)
        self._update_position()

    def _select(self, contact_id: int) -> None:
        if not self.list.select_id(contact_id):
            self.card.show_contact(contact_id)

    def _on_list_contact_activated(self, _contact_id: int) -> None:
        self.card.form.editors["last_name"].setFocus()

    def _on_list_lookup_finished(self, text: str, count: int) -> None:
        card = self._card
        if count == 0 and card is not None and card.contact is not None and not card.is_dirty():
            card.show_contact(None)
        self._update_position()
        self._status = (text, count)
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
        # The list hears of the save through the change notice (a new contact re-runs the
        # lookup); this only puts its selection on the saved contact.
        self.list.select_when_shown(contact_id)

    def _update_position(self) -> None:
        if self._card is not None:
            self._card.set_position(*self.list.position())

    def restore_layout(self) -> None:
        splitters = [("contacts/splitter", self.splitter)]
        if self._card is not None:  # else restored when the card is built
            splitters.append(("contacts/card_splitter", self._card.splitter))
        for key, splitter in splitters:
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                splitter.restoreState(state)
