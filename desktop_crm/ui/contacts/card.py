"""The contact card: grouped fields, record navigation, tabs, save with conflict handling,
undo/redo, delete with confirmation, call logging and click-to-dial."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.constants import DEFAULT_PICKLISTS
from desktop_crm.domain.contacts import ContactView, blocking_problems, normalise_contact_values
from desktop_crm.domain.errors import ConflictError, FieldConflict, ValidationError
from desktop_crm.domain.phones import format_phone
from desktop_crm.services.contacts import calls, picklists
from desktop_crm.services.contacts import records as contacts
from desktop_crm.storage.uow import Database
from desktop_crm.ui.calls.call_dialog import CallDialog
from desktop_crm.ui.calls.dial import dial, open_mail
from desktop_crm.ui.common.context import AppContext, app_settings
from desktop_crm.ui.common.picklist_dialog import PickListDialog
from desktop_crm.ui.common.problems import problem_text
from desktop_crm.ui.common.tasks import TaskRunner
from desktop_crm.ui.contacts.card_activities import ActivitiesTab
from desktop_crm.ui.contacts.card_form import PICKLIST_FIELDS, ContactForm, field_label
from desktop_crm.ui.contacts.card_tabs import (
    ConsentTab,
    HistoryTab,
    ListTab,
    NotesTab,
    group_rows,
    opportunity_rows,
)
from desktop_crm.ui.contacts.conflict_dialog import ConflictDialog

MAX_SAVE_ATTEMPTS = 3


def contact_label(view: ContactView | None) -> str:
    if view is None:
        return ""
    return view.full_name or view.company_name or f"#{view.id}"


class ContactCard(QWidget):
    """Shows and edits one contact.

    Signals: ``saved(int)``, ``deleted(int)``, ``navigate_requested(str)`` ("first",
    "previous", "next", "last"), ``call_logged(int)``, ``message(str)`` for the status bar.
    Dialog hooks (``resolve_conflict``, ``confirm``, ``ask_call``) can be replaced in tests.
    """

    saved = Signal(int)
    deleted = Signal(int)
    navigate_requested = Signal(str)
    similar_open_requested = Signal(int)
    call_logged = Signal(int)
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
        self.db = db
        self.settings = settings
        # The activity dialogs take the application context; a card made on its own (tests,
        # a caller that only has the database) gets one with its own task runner.
        self.context = context or AppContext(
            db, TaskRunner(self), settings if settings is not None else app_settings()
        )
        self.contact: ContactView | None = None
        self.resolve_conflict: Callable[[str, list[FieldConflict]], dict[str, Any] | None] = (
            lambda label, conflicts: ConflictDialog.resolve(label, conflicts, self)
        )
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.ask_call: Callable[..., calls.CallInput | None] = lambda *a, **k: CallDialog.ask(
            *a, **k, parent=self
        )

        self.form = ContactForm(self._edit_picklist, self)
        self.form.edited.connect(self._update_state)
        self.form.phone_clicked.connect(self.dial)
        self.form.email_clicked.connect(open_mail)
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.position_label = QLabel(self)

        self.actions: dict[str, QAction] = {}
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
            self.actions[key] = action
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(f"nav_{key}")
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
        for action in (self.undo_action, self.redo_action, self.log_call_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cardTabs")
        self.history_tab = HistoryTab(db, self)
        self.notes_tab = NotesTab(db, self)
        self.activities_tab = ActivitiesTab(self.context, self)
        self.activities_tab.activities_changed.connect(self._on_activities_changed)
        self.opportunities_tab = ListTab(
            [
                self.tr("Opportunity"),
                self.tr("Stage"),
                self.tr("Probability"),
                self.tr("Amount"),
                self.tr("Expected close"),
                self.tr("Status"),
            ],
            lambda cid: opportunity_rows(db, cid),
            parent=self,
        )
        self.groups_tab = ListTab([self.tr("Group")], lambda cid: group_rows(db, cid), parent=self)
        self.consent_tab = ConsentTab(db, self)
        for tab, title in (
            (self.history_tab, self.tr("History")),
            (self.notes_tab, self.tr("Notes")),
            (self.activities_tab, self.tr("Activities")),
            (self.opportunities_tab, self.tr("Opportunities")),
            (self.groups_tab, self.tr("Groups")),
            (self.consent_tab, self.tr("Consent")),
        ):
            self.tabs.addTab(tab, title)
        self.tabs.currentChanged.connect(lambda _i: self._load_current_tab())
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("cardSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self.reload_picklists()
        self._update_state()

    # -- loading ------------------------------------------------------------------------

    def reload_picklists(self) -> None:
        with self.db.uow(write=False) as uow:
            lists = picklists.all_picklists(uow, set(PICKLIST_FIELDS.values()))
        self.form.set_picklists(lists)

    def show_contact(self, contact_id: int | None) -> None:
        """Load a contact (None: blank card). Callers check ``maybe_save`` first."""
        view = None
        if contact_id is not None:
            with self.db.uow(write=False) as uow:
                view = contacts.get_contact(uow, contact_id)
        self._show(view)

    def _show(self, view: ContactView | None) -> None:
        self.contact = view
        self.form.load(view)
        self._loaded_tabs: set[int] = set()
        self._load_current_tab()
        self._update_state()

    def new_contact(self) -> None:
        self._show(None)
        self.form.editors["first_name"].setFocus()

    def _load_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index in getattr(self, "_loaded_tabs", set()):
            return
        self._loaded_tabs.add(index)
        tab = self.tabs.widget(index)
        self.activities_tab.contact_name = contact_label(self.contact) if self.contact else ""
        tab.set_owner("contact", self.contact.id if self.contact else None)  # type: ignore

    def reload_tabs(self) -> None:
        self._loaded_tabs = set()
        self._load_current_tab()

    def set_position(self, row: int, count: int) -> None:
        self.position_label.setText(self.tr("{0} of {1}").format(row, count) if count else "")

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
        return bool(self.changes())

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        name = contact_label(self.contact) if self.contact else self.tr("New contact")
        self.title.setText(name + (" *" if dirty else ""))
        self.log_call_action.setEnabled(self.contact is not None)

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the card; True when saved (or nothing to save)."""
        changes = self.changes()
        if not changes:
            return True
        _, problems = normalise_contact_values(self.form.values())
        blocking = blocking_problems(problems)
        if blocking:
            self._show_problems(blocking)
            return False
        if self.contact is None and not self._confirm_not_a_duplicate(changes):
            return False
        try:
            if self.contact is None:
                with self.db.uow() as uow:
                    view = contacts.create_contact(uow, changes)
            else:
                view = self._update(changes)
                if view is None:
                    return False
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return False
        self._show(view)
        self.message.emit(self.tr("Contact saved."))
        self.saved.emit(view.id)
        return True

    def _confirm_not_a_duplicate(self, changes: dict[str, Any]) -> bool:
        """Warn before creating a contact that looks like one on file (same matcher as the
        duplicate scan); the user can open the existing one instead."""
        from desktop_crm.services.duplicates.scan import find_similar
        from desktop_crm.ui.duplicates.similar_dialog import SimilarRecordsDialog

        values, _ = normalise_contact_values(changes)
        with self.db.uow(write=False) as uow:
            matches = find_similar(uow, values)
        outcome = SimilarRecordsDialog.ask(matches, self)
        if outcome is None:
            return False
        action, record_id = outcome
        if action == "open" and record_id is not None:
            self.similar_open_requested.emit(record_id)
            return False
        return True

    def _update(self, changes: dict[str, Any]) -> ContactView | None:
        assert self.contact is not None
        original_values = self.contact.values()
        version = self.contact.version
        for _attempt in range(MAX_SAVE_ATTEMPTS):
            original = {k: original_values.get(k) for k in changes}
            try:
                with self.db.uow() as uow:
                    return contacts.update_contact(
                        uow, self.contact.id, version, changes, original=original
                    )
            except ConflictError as exc:
                conflicts, version = self._conflicts(exc, changes, original)
                if conflicts:
                    resolution = self.resolve_conflict(contact_label(self.contact), conflicts)
                    if resolution is None:
                        self.message.emit(self.tr("Not saved: your changes are still in the card."))
                        return None
                    changes = {**changes, **resolution}
                # Retry against the colleague's version: their other fields are kept.
                original_values = {**original_values, **{c.field: c.theirs for c in conflicts}}
        return None

    def _conflicts(
        self, exc: ConflictError, changes: dict[str, Any], original: dict[str, Any]
    ) -> tuple[list[FieldConflict], int]:
        if exc.their_version is not None:
            return list(exc.conflicts), exc.their_version
        # The race was lost at commit time: compare with the record as it is now.
        with self.db.uow(write=False) as uow:
            fresh = contacts.get_contact(uow, exc.record_id or self.contact.id)  # type: ignore
        theirs = fresh.values()
        cleaned, _ = normalise_contact_values(changes)
        found = [
            FieldConflict(k, original.get(k), changes[k], theirs.get(k))
            for k in changes
            if theirs.get(k) not in (original.get(k), cleaned.get(k))
        ]
        return found, fresh.version

    def _show_problems(self, problems: list[Any]) -> None:
        self.form.show_problems({p.field: problem_text(p) for p in problems})
        first = problems[0]
        self.message.emit(
            self.tr("Not saved: {0}: {1}").format(field_label(first.field), problem_text(first))
        )
        editor = self.form.editors.get(first.field)
        if editor is not None:
            editor.setFocus()

    def revert(self) -> None:
        self._show(self.contact)

    def maybe_save(self) -> bool:
        """Before leaving the card: save, discard or stay. True when it is fine to leave."""
        if not self.is_dirty():
            return True
        answer = self.ask_leave()
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def ask_leave(self) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save the changes made to {0}?").format(
                contact_label(self.contact) or self.tr("the new contact")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        result = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(result), "cancel")

    # -- delete -------------------------------------------------------------------------------

    def delete(self) -> bool:
        if self.contact is None:
            return False
        with self.db.uow(write=False) as uow:
            counts = contacts.related_counts(uow, self.contact.id)
        text = self.tr(
            "Delete {0}?\n\nThis also deletes {1} history entries, {2} notes, {3} activities, "
            "and removes the contact from {4} groups and {5} campaigns. Opportunities ({6}) "
            "and sales ({7}) are kept without the contact."
        ).format(
            contact_label(self.contact),
            counts.history,
            counts.notes,
            counts.activities,
            counts.groups,
            counts.campaigns,
            counts.opportunities,
            counts.sales,
        )
        if not self.confirm(self.tr("Delete contact"), text):
            return False
        contact_id = self.contact.id
        with self.db.uow() as uow:
            contacts.delete_contact(uow, contact_id, self.contact.version)
        self._show(None)
        self.message.emit(self.tr("Contact deleted."))
        self.deleted.emit(contact_id)
        return True

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- calls, pick lists ------------------------------------------------------------------------

    def dial(self, e164: str) -> None:
        dial(e164, self.settings)
        self.log_call(e164)

    def log_call(self, phone: str | None = None) -> bool:
        if self.contact is None:
            return False
        with self.db.uow(write=False) as uow:
            regarding = picklists.picklist_values(uow, "regarding")
        call = self.ask_call(
            self.contact.id,
            contact_label(self.contact),
            regarding,
            format_phone(phone) if phone else None,
        )
        if call is None:
            return False
        with self.db.uow() as uow:
            calls.log_call(uow, call)
        self._refresh_system_dates()
        self.tabs.setCurrentWidget(self.history_tab)
        self.reload_tabs()
        self.message.emit(self.tr("Call logged."))
        self.call_logged.emit(self.contact.id)
        return True

    def _refresh_system_dates(self) -> None:
        if self.contact is None:
            return
        with self.db.uow(write=False) as uow:
            fresh = contacts.get_contact(uow, self.contact.id)
        # Only the system dates changed: the user's unsaved edits stay in the card.
        self.contact = dataclasses.replace(
            self.contact, last_reach=fresh.last_reach, last_attempt=fresh.last_attempt
        )
        self.form.show_system_dates(self.contact)

    def _on_activities_changed(self, _contact_id: int) -> None:
        """A clear wrote history and may have moved Last Reach / Last Attempt."""
        self._refresh_system_dates()
        # The other tabs (history above all) reload when next shown.
        self._loaded_tabs = {self.tabs.currentIndex()}

    def _edit_picklist(self, key: str) -> list[str] | None:
        with self.db.uow(write=False) as uow:
            values = picklists.picklist_values(uow, key)
        label = DEFAULT_PICKLISTS.get(key, (key, ()))[0]
        edited = PickListDialog.edit(label, values, self)
        if edited is None:
            return None
        with self.db.uow() as uow:
            saved = picklists.set_picklist_values(uow, key, edited)
        self.form.set_picklists({key: saved})
        return saved
