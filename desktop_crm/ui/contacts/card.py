"""The contact card: grouped fields, record navigation, tabs, save with conflict handling,
undo/redo, delete with confirmation, call logging and click-to-dial.

Saving (``card_saving.py``) and the delete, call and pick-list actions (``card_actions.py``)
are mixins of ``ContactCard`` in their own modules."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.contacts import ContactView, normalise_contact_values
from desktop_crm.domain.errors import FieldConflict, NotFoundError
from desktop_crm.services.contacts.card_read import contact_for_card
from desktop_crm.ui.calls.dial import open_mail
from desktop_crm.ui.campaigns.referrer_tab import ReferralsTab
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.lazy_services import lazy_service
from desktop_crm.ui.contacts.card_actions import ContactCardActions
from desktop_crm.ui.contacts.card_activities import ActivitiesTab
from desktop_crm.ui.contacts.card_empty import add_card_notes
from desktop_crm.ui.contacts.card_form import PICKLIST_FIELDS, ContactForm
from desktop_crm.ui.contacts.card_privacy import RecordPrivacyBox
from desktop_crm.ui.contacts.card_saving import (
    ContactCardSaving,
    SaveDone,
    contact_label,
)
from desktop_crm.ui.contacts.card_tabs import (
    ConsentTab,
    GroupsTab,
    HistoryTab,
    NotesTab,
    OpportunitiesTab,
)
from desktop_crm.ui.contacts.conflict_dialog import ConflictDialog
from desktop_crm.ui.fields.section import CustomFieldsBox

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.contacts import calls, picklists
    from desktop_crm.services.contacts import records as contacts
    from desktop_crm.services.fields import cards as field_cards
else:
    picklists = lazy_service("desktop_crm.services.contacts.picklists")
    contacts = lazy_service("desktop_crm.services.contacts.records")
    field_cards = lazy_service("desktop_crm.services.fields.cards")

NAV_ARROWS = {"first": "|◀", "previous": "◀", "next": "▶", "last": "▶|"}


class ContactCard(ContactCardSaving, ContactCardActions, QWidget):
    """Shows and edits one contact.

    Signals: ``saved(int)``, ``deleted(int)``, ``navigate_requested(str)`` ("first",
    "previous", "next", "last"), ``similar_open_requested(int)``, ``call_logged(int)``,
    ``contact_shown(int)`` (0: blank card) when a contact has been loaded, ``message(str)``
    for the status bar. Dialog hooks (``resolve_conflict``, ``confirm``, ``ask_call``) can be
    replaced in tests.

    Every read and write goes through ``context.ops``; change notices touching the contact
    reload its tabs, and its fields when the card holds no unsaved edit.
    """

    saved = Signal(int)
    deleted = Signal(int)
    navigate_requested = Signal(str)
    similar_open_requested = Signal(int)
    call_logged = Signal(int)
    contact_shown = Signal(int)
    message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = context.ops
        self.settings = context.settings
        self._key = f"contact-card-{id(self)}"
        # Re-reads after a change notice supersede each other, never a contact being opened.
        self._reread_key = f"contact-card-reread-{id(self)}"
        # The contact last asked for (shown, or still being read).
        self._showing: int | None = None
        self._saving = False
        self._save_waiters: list[SaveDone] = []
        self._loaded_tabs: set[int] = set()
        self.contact: ContactView | None = None
        self.resolve_conflict: Callable[[str, list[FieldConflict]], dict[str, Any] | None] = (
            lambda label, conflicts: ConflictDialog.resolve(label, conflicts, self)
        )
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.ask_call: Callable[..., calls.CallInput | None] = self._call_dialog

        self.form = ContactForm(self._edit_picklist, self)
        self.form.edited.connect(self._update_state)
        self.form.phone_clicked.connect(self.dial)
        self.form.email_clicked.connect(open_mail)
        # User-defined fields, below the catalogue's sections; saved with them.
        self.custom_box = CustomFieldsBox(self.form)
        self.custom_box.edited.connect(self._update_state)
        self.form.add_full_width(self.custom_box)
        self.privacy = RecordPrivacyBox(context, "contact", self.form)
        self.form.add_full_width(self.privacy)
        self._custom_key = f"contact-card-custom-{id(self)}"
        self._pending_fields: dict[str, Any] = {}
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        # A long name must not widen the card and squeeze the list beside it.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.position_label = QLabel(self)

        # Not ``actions``: that would hide QWidget.actions().
        self.nav_actions: dict[str, QAction] = {}
        bar = QHBoxLayout()
        for key, text, shortcut in (
            ("first", self.tr("First"), "Ctrl+Home"),
            ("previous", self.tr("Previous"), "Ctrl+PgUp"),
            ("next", self.tr("Next"), "Ctrl+PgDown"),
            ("last", self.tr("Last"), "Ctrl+End"),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, k=key: self.navigate_requested.emit(k))
            self.addAction(action)
            self.nav_actions[key] = action
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"nav_{key}")
            # Arrows keep the bar short: the card's width goes to the name and the list.
            button.setText(NAV_ARROWS[key])
            button.setToolTip(f"{text} ({shortcut})")
            bar.addWidget(button)
        bar.addWidget(self.position_label)
        bar.addSpacing(16)
        bar.addWidget(self.title, 1)
        self.undo_action = self.form.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.form.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.log_call_action = QAction(self.tr("Log a &call…"), self)
        # Ctrl+L belongs to the main window's "Log a call" action (one owner, no ambiguity).
        self.log_call_action.setToolTip(self.tr("Log a call (Ctrl+L)"))
        self.log_call_action.triggered.connect(lambda: self.log_call())
        self.addAction(self.log_call_action)
        # The undo stack names the step ("Undo Edit Phone"): a button showing that would grow
        # with every edit and squeeze the list beside the card. The buttons keep a short
        # label and say the step in their tooltip.
        self.undo_button = self._short_button(self.undo_action, self.tr("Undo"), "undoButton")
        self.redo_button = self._short_button(self.redo_action, self.tr("Redo"), "redoButton")
        for button in (self.undo_button, self.redo_button):
            bar.addWidget(button)
        call_button = QToolButton(self)
        call_button.setDefaultAction(self.log_call_action)
        bar.addWidget(call_button)
        response = QToolButton(self)
        response.setText(self.tr("Campaign response…"))
        response.clicked.connect(lambda: self._ask_campaign_response())
        bar.addWidget(response)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        self.history_tab = HistoryTab(context, self)
        self.notes_tab = NotesTab(context, self)
        self.activities_tab = ActivitiesTab(context, self)
        self.activities_tab.activities_changed.connect(self._on_activities_changed)
        self.opportunities_tab = OpportunitiesTab(context, self)
        self.groups_tab = GroupsTab(context, self)
        self.consent_tab = ConsentTab(context, self)
        self.referrals_tab = ReferralsTab(context, self)
        self.referrals_tab.contact_open_requested.connect(
            lambda cid: self.maybe_save(lambda: self.show_contact(cid))
        )
        for tab, title in (
            (self.history_tab, self.tr("History")),
            (self.notes_tab, self.tr("Notes")),
            (self.activities_tab, self.tr("Activities")),
            (self.opportunities_tab, self.tr("Opportunities")),
            (self.groups_tab, self.tr("Groups")),
            (self.consent_tab, self.tr("Consent")),
            (self.referrals_tab, self.tr("Referrals")),
        ):
            self.tabs.addTab(tab, title)
        add_card_notes(self)
        self.tabs.currentChanged.connect(lambda _i: self._load_current_tab())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("cardSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        nest(layout, bar)
        # After a call with a follow-up: one click shows the follow-up planned.
        self.follow_up_notice = QLabel(self)
        self.follow_up_notice.setObjectName("followUpNotice")
        self.follow_up_notice.setTextFormat(Qt.TextFormat.RichText)
        self.follow_up_notice.linkActivated.connect(self._on_follow_up_link_activated)
        self.follow_up_notice.hide()
        layout.addWidget(self.follow_up_notice)
        layout.addWidget(self.splitter, 1)
        self.reload_picklists()
        self._update_state()
        self.ops.changed.connect(self._on_ops_changed)

    def _call_dialog(
        self, contact_id: int, label: str, regarding: list[str], phone: str | None = None
    ) -> calls.CallInput | None:
        from desktop_crm.ui.calls.call_dialog import CallDialog  # (its services: on use)

        return CallDialog.ask(contact_id, label, regarding, phone, parent=self)

    def _short_button(self, action: QAction, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.text().replace("&", ""))

        action.changed.connect(follow)
        button.clicked.connect(action.trigger)
        follow()
        return button

    # -- loading ------------------------------------------------------------------------

    def reload_picklists(self) -> None:
        self.ops.read(
            picklists.all_picklists,
            set(PICKLIST_FIELDS.values()),
            on_done=self.form.set_picklists,
        )

    def show_contact(self, contact_id: int | None, *, urgent: bool = False) -> None:
        """Load a contact (None: blank card) off the GUI thread; ``contact_shown`` follows.

        Callers check ``maybe_save`` first. The newest request wins; ``urgent`` reads it
        before the reads still queued (the first contact at start-up).
        """
        if contact_id is None:
            self._show(None)
            return
        self._showing = contact_id
        self.ops.read(
            contact_for_card,  # a first read: at start-up, before SQLAlchemy loads
            contact_id,
            key=self._key,
            # (While the opening waits, another row clicked is read the same way: queued, it
            # would wait behind the held opening.)
            urgent=urgent or self.ops.opening_waits(),
            on_done=self._on_contact_read,
            on_error=self._on_load_failed,
        )

    def showing_id(self) -> int | None:
        """The contact shown, or being read to be shown (None: blank card)."""
        return self._showing

    def _on_contact_read(self, view: ContactView) -> None:
        if view.id == self._showing:  # else the user moved on meanwhile
            self._show(view)

    def _on_load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):  # deleted by a colleague meanwhile
            self.message.emit(exc.message)
            self._show(None)
            return
        self.ops.show_error(exc, self)

    def _show(self, view: ContactView | None) -> None:
        if view is None or self.contact is None or view.id != self.contact.id:
            self.follow_up_notice.hide()  # it spoke of the previous contact
        self.contact = view
        self._showing = view.id if view else None
        self.form.load(view)
        self._load_custom(view.id if view else None)
        self.privacy.show_record(view.id if view else None)
        self._loaded_tabs = set()
        self._load_current_tab()
        self._update_state()
        self.contact_shown.emit(view.id if view else 0)

    def _load_custom(self, contact_id: int | None) -> None:
        self.ops.read(
            field_cards.card_fields,
            "contact",
            contact_id,
            key=self._custom_key,
            on_done=lambda fields: self._on_custom_read(contact_id, fields),
            on_error=lambda _exc: None,  # the contact's own read reports a failure
        )

    def _on_custom_read(self, contact_id: int | None, fields: field_cards.CardFields) -> None:
        if contact_id != (self.contact.id if self.contact else None):
            return  # the user moved on meanwhile
        self.custom_box.load(fields.specs, fields.values)
        self._update_state()

    def new_contact(self) -> None:
        self._show(None)
        self.form.editors["first_name"].setFocus()

    def _load_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._loaded_tabs:
            return
        self._loaded_tabs.add(index)
        tab = self.tabs.widget(index)
        self.activities_tab.contact_name = contact_label(self.contact) if self.contact else ""
        tab.set_owner("contact", self.contact.id if self.contact else None)  # type: ignore

    def reload_tabs(self) -> None:
        self._loaded_tabs = set()
        self._load_current_tab()

    # -- change notices -------------------------------------------------------------------

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("picklist", "picklist_item"):
            self.reload_picklists()  # edited here or in another view
        if changes.touches("custom_field") and not self.custom_box.changes():
            self._load_custom(self.contact.id if self.contact else None)
        if self.contact is None or not changes.touches_contact(self.contact.id):
            return
        contact_id = self.contact.id
        if contact_id in changes.ids("contact", "deleted"):
            if not self.is_dirty():
                self._show(None)
            return
        if contact_id in changes.ids("contact", "updated") or "contact" in changes.bulk:
            self.ops.read(
                contacts.get_contact,
                contact_id,
                key=self._reread_key,
                on_done=self._on_contact_reread,
                on_error=lambda _exc: None,  # gone: the list's notice moves the card on
            )
        if not self.custom_box.changes():
            self._load_custom(contact_id)
        # History, notes, activities… hang off the contact: the visible tab reloads now,
        # the others when next shown.
        self.reload_tabs()

    def _on_activities_changed(self, contact_id: int) -> None:
        """A clear wrote history and may have moved Last Reach / Last Attempt."""
        if self.contact is not None and self.contact.id == contact_id:
            self.ops.read(
                contacts.get_contact,
                contact_id,
                key=self._reread_key,
                on_done=self._on_contact_reread,
                on_error=lambda _exc: None,
            )
            # The other tabs (history above all) reload when next shown.
            self._loaded_tabs = {self.tabs.currentIndex()}

    def _on_contact_reread(self, fresh: ContactView) -> None:
        current = self.contact
        if current is None or current.id != fresh.id:
            return
        if fresh.version != current.version and not self.is_dirty():
            self.contact = fresh
            self.form.load(fresh)
            self._update_state()
            return
        # Unsaved edits (or only system dates moved, which keep the version): the edits stay;
        # a colleague's change meets the conflict handling at save.
        self.contact = dataclasses.replace(
            current,
            last_reach=fresh.last_reach,
            last_attempt=fresh.last_attempt,
            last_meeting=fresh.last_meeting,
            last_letter=fresh.last_letter,
            last_email=fresh.last_email,
        )
        self.form.show_system_dates(self.contact)

    def set_position(self, row: int, count: int) -> None:
        shown = count_text(count)  # negative: provisional (ui/common/counts.py)
        where = self.tr("{0} of {1}").format(count_text(row), shown)
        self.position_label.setText(where if count and row > 0 else "")

    # -- state ----------------------------------------------------------------------------

    def changes(self) -> dict[str, Any]:
        """Fields whose typed value differs from the stored one (in storage form)."""
        values = self.form.values()
        cleaned, _ = normalise_contact_values(values)
        original = self.contact.values() if self.contact else {}
        return {
            k: values[k]
            for k in values
            if cleaned.get(k, values[k]) != original.get(k)
            and not (self.contact is None and values[k] in (None, False))
        }

    def is_dirty(self) -> bool:
        return bool(self.changes()) or bool(self.custom_box.changes())

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        name = contact_label(self.contact) if self.contact else self.tr("New contact")
        self.title.setText(name + (" *" if dirty else ""))
        self.log_call_action.setEnabled(self.contact is not None)
