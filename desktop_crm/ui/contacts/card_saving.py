"""The contact card's saving: checks, the look-alike warning before a creation, the
update with conflict resolution (a colleague saved meanwhile), and leaving a card with
unsaved edits. Mixed into ``ContactCard`` (``card.py``), whose attributes it uses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_crm.domain.contacts import ContactView, blocking_problems, normalise_contact_values
from desktop_crm.domain.errors import ConflictError, FieldConflict, ValidationError
from desktop_crm.ui.common.lazy_services import lazy_service
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.common.problems import problem_text
from desktop_crm.ui.contacts.card_form import ContactForm, field_label
from desktop_crm.ui.fields.section import CustomFieldsBox

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.contacts import records as contacts
    from desktop_crm.services.fields import cards as field_cards
else:
    contacts = lazy_service("desktop_crm.services.contacts.records")
    field_cards = lazy_service("desktop_crm.services.fields.cards")

# Called "translate" so that pyside6-lupdate finds every literal below (context ContactCard,
# as when these methods were written in the card itself).
translate = QCoreApplication.translate

MAX_SAVE_ATTEMPTS = 3
SaveDone = Callable[[bool], None]


def contact_label(view: ContactView | None) -> str:
    if view is None:
        return ""
    return view.full_name or view.company_name or f"#{view.id}"


if TYPE_CHECKING:  # a mixin of ContactCard, a QWidget
    _Widget = QWidget
else:
    _Widget = object


class ContactCardSaving(_Widget):
    """Save, create, update, resolve conflicts, revert, ask before leaving."""

    # Set by ContactCard.__init__ (and its signals).
    ops: Operations
    form: ContactForm
    custom_box: CustomFieldsBox
    contact: ContactView | None
    resolve_conflict: Callable[[str, list[FieldConflict]], dict[str, Any] | None]
    _saving: bool
    _save_waiters: list[SaveDone]
    _pending_fields: dict[str, Any]
    saved: Any
    similar_open_requested: Any
    message: Any

    def _show(self, view: ContactView | None) -> None:
        raise NotImplementedError  # ContactCard's

    def is_dirty(self) -> bool:
        raise NotImplementedError  # ContactCard's

    def changes(self) -> dict[str, Any]:
        raise NotImplementedError  # ContactCard's

    # -- saving ---------------------------------------------------------------------------

    def save(self, then: SaveDone | None = None) -> bool:
        """Save the card off the GUI thread; ``then(saved)`` is called when it is over.

        Returns False when nothing was sent (the values are invalid); True when the save was
        sent or there was nothing to save.
        """
        if then is not None:
            self._save_waiters.append(then)
        if self._saving:  # one save at a time: this one ends with the save under way
            return True
        changes = self.changes()
        self._pending_fields = self.custom_box.changes()
        if not changes and not self._pending_fields:
            self._save_done(True)
            return True
        _, problems = normalise_contact_values(self.form.values())
        blocking = blocking_problems(problems)
        if blocking:
            self._show_problems(blocking)
            self._save_done(False)
            return False
        self._saving = True
        if self.contact is None:
            self._create(changes)
        else:
            original = self.contact.values()
            self._submit_update(self.contact.id, changes, original, self.contact.version, 0)
        return True

    def is_saving(self) -> bool:
        return self._saving

    def _save_done(self, ok: bool) -> None:
        self._saving = False
        waiters, self._save_waiters = self._save_waiters, []
        for waiter in waiters:
            waiter(ok)

    def save_and_wait(self) -> bool:
        """Save and wait for the outcome (closing: the window must know before it goes)."""
        outcome: list[bool] = []
        loop = QEventLoop(self)

        def finished(ok: bool) -> None:
            outcome.append(ok)
            loop.quit()

        if not self.save(finished):
            return False
        if not outcome:
            loop.exec()
        return bool(outcome and outcome[0])

    def _create(self, changes: dict[str, Any]) -> None:
        """Warn before creating a contact that looks like one on file (same matcher as the
        duplicate scan); the user can open the existing one instead."""
        from desktop_crm.services.duplicates.scan import find_similar

        values, _ = normalise_contact_values(changes)
        self.ops.read(
            find_similar,
            values,
            on_done=lambda matches: self._on_similar_found(matches, changes),
            on_error=self._on_save_failed,
        )

    def _on_similar_found(self, matches: list[Any], changes: dict[str, Any]) -> None:
        from desktop_crm.ui.duplicates.similar_dialog import SimilarRecordsDialog

        outcome = SimilarRecordsDialog.ask(matches, self)
        if outcome is None or (outcome[0] == "open" and outcome[1] is not None):
            if outcome is not None and outcome[1] is not None:
                self.similar_open_requested.emit(outcome[1])
            self._save_done(False)
            return
        self.ops.run(
            field_cards.create_contact_card,
            changes,
            self._pending_fields,
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            initiator=self,
        )

    def _submit_update(
        self,
        contact_id: int,
        changes: dict[str, Any],
        original_values: dict[str, Any],
        version: int,
        attempt: int,
    ) -> None:
        original = {k: original_values.get(k) for k in changes}

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ConflictError) or attempt + 1 >= MAX_SAVE_ATTEMPTS:
                self._on_save_failed(exc)
                return

            def resolve(conflicts: list[FieldConflict], their_version: int) -> None:
                self._resolve(
                    conflicts, their_version, contact_id, changes, original_values, attempt
                )

            if exc.their_version is not None:
                resolve(list(exc.conflicts), exc.their_version)
                return
            # The race was lost at commit time: compare with the record as it is now.
            self.ops.read(
                contacts.get_contact,
                exc.record_id or contact_id,
                on_done=lambda fresh: resolve(*self._conflicts_with(fresh, changes, original)),
                on_error=self._on_save_failed,
            )

        self.ops.run(
            field_cards.save_contact_card,
            contact_id,
            version,
            changes,
            self._pending_fields,
            original=original,
            on_done=self._on_saved,
            on_error=failed,
            initiator=self,
        )

    def _resolve(
        self,
        conflicts: list[FieldConflict],
        version: int,
        contact_id: int,
        changes: dict[str, Any],
        original_values: dict[str, Any],
        attempt: int,
    ) -> None:
        if conflicts:
            resolution = self.resolve_conflict(contact_label(self.contact), conflicts)
            if resolution is None:
                self.message.emit(
                    translate("ContactCard", "Not saved: your changes are still in the card.")
                )
                self._save_done(False)
                return
            changes = {**changes, **resolution}
        # Retry against the colleague's version: their other fields are kept.
        original_values = {**original_values, **{c.field: c.theirs for c in conflicts}}
        self._submit_update(contact_id, changes, original_values, version, attempt + 1)

    def _conflicts_with(
        self, fresh: ContactView, changes: dict[str, Any], original: dict[str, Any]
    ) -> tuple[list[FieldConflict], int]:
        theirs = fresh.values()
        cleaned, _ = normalise_contact_values(changes)
        found = [
            FieldConflict(k, original.get(k), changes[k], theirs.get(k))
            for k in changes
            if theirs.get(k) not in (original.get(k), cleaned.get(k))
        ]
        return found, fresh.version

    def _on_saved(self, view: ContactView) -> None:
        self._show(view)
        self.message.emit(translate("ContactCard", "Contact saved."))
        self.saved.emit(view.id)
        self._save_done(True)

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._show_problems(exc.problems)
        else:
            self.ops.show_error(exc, self)
        self._save_done(False)

    def _show_problems(self, problems: list[Any]) -> None:
        texts = {p.field: problem_text(p) for p in problems}
        self.form.show_problems(texts)
        self.custom_box.show_problems(texts)
        first = problems[0]
        label = self.custom_box.label_of(first.field) or field_label(first.field)
        self.message.emit(
            translate("ContactCard", "Not saved: {0}: {1}").format(label, problem_text(first))
        )
        editor = self.form.editors.get(first.field) or self.custom_box.editors.get(first.field)
        if editor is not None:
            editor.setFocus()

    def revert(self) -> None:
        self._show(self.contact)

    def maybe_save(self, then: Callable[[], None] | None = None) -> bool:
        """Before leaving the card: save, discard or stay. True when it is fine to leave now.

        When the user chooses to save, the save runs in the background and this returns
        False; ``then()`` is called once it has succeeded (to carry on where the user went).
        """
        if not self.is_dirty():
            return True
        answer = self.ask_leave()
        if answer == "save":
            self.save(lambda ok: then() if ok and then is not None else None)
            return False
        if answer == "discard":
            self.revert()
            return True
        return False

    def ask_leave(self) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ContactCard", "Unsaved changes"),
            translate("ContactCard", "Save the changes made to {0}?").format(
                contact_label(self.contact) or translate("ContactCard", "the new contact")
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
