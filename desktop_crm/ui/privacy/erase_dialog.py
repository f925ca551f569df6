"""The erasure dialog: what will go, what stays without the person, a reason, and a typed
confirmation, because an erasure cannot be undone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.privacy.erasure import (
    ErasurePreview,
    ErasureResult,
    erase_contact_in_background,
)
from desktop_crm.services.privacy.erasure import erasure_preview as load_preview
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def table_label(name: str) -> str:
    """A table's name for people (a table added later shows its own name)."""
    labels = {
        "contact": _t("contact record"),
        "history": _t("history entries"),
        "note": _t("notes"),
        "activity": _t("activities"),
        "activity_contact": _t("activity attendances"),
        "series_run": _t("activity series"),
        "opportunity": _t("opportunities"),
        "opportunity_line": _t("opportunity lines"),
        "sale": _t("purchases"),
        "group_member": _t("group memberships"),
        "campaign_member": _t("campaign targets"),
        "consent": _t("consent records"),
        "contact_field_value": _t("user-defined field values"),
        "import_change": _t("import log entries"),
        "merge_record": _t("merge snapshots"),
        "duplicate_exclusion": _t("not-duplicate marks"),
    }
    return labels.get(name, name)


def confirmation_word() -> str:
    return _t("ERASE")


class EraseDialog(QDialog):
    """Confirms and runs the erasure of one contact.

    Signals: ``erased(int)`` with the erasure record's id once the erasure is committed.
    """

    erased = Signal(int)

    def __init__(self, context: AppContext, contact_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.contact_id = contact_id
        self.result_value: ErasureResult | None = None
        self.setWindowTitle(_t("Erase this contact"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.title = QLabel(_t("Loading…"))
        self.title.setObjectName("eraseTitle")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(self.title)
        warning = QLabel(
            _t(
                "Erasing cannot be undone. The person, their history, notes, activities, "
                "consent records and every text naming them are removed from the database "
                "for good; there is no copy to restore them from. Their e-mail addresses "
                "and phone numbers go on the suppression list (as hashes), so a later import "
                "cannot bring them back. Opportunities and purchases keep their amounts, "
                "without the person. Backups made before now still hold the data."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("eraseWarning")
        warning.setStyleSheet(
            "QLabel { background: #fdecea; border: 1px solid #e0a39c; padding: 8px; }"
        )
        layout.addWidget(warning)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_t("e.g. request by letter of 12/11, retention"))
        form.addRow(_t("Reason (kept in the erasure record):"), self.reason)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("eraseConfirm")
        self.confirm.setPlaceholderText(confirmation_word())
        form.addRow(_t("Type %1 to confirm:").replace("%1", confirmation_word()), self.confirm)
        nest(layout, form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            _t("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self._on_erase_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(self._update_button)
        self._preview: ErasurePreview | None = None
        context.ops.read(
            load_preview, contact_id, on_done=self._on_preview_loaded, on_error=self._on_failed
        )

    def _on_preview_loaded(self, preview: ErasurePreview) -> None:
        self._preview = preview
        self.title.setText(_t("Erase %1 for good").replace("%1", preview.label))

        def listed(counts: dict[str, int]) -> str:
            return ", ".join(
                _t("%1: %2").replace("%1", table_label(t)).replace("%2", str(n))
                for t, n in sorted(counts.items())
                if n
            )

        gone = listed(preview.to_delete)
        kept = listed(preview.kept_without_person)
        lines = [_t("Deleted: %1.").replace("%1", gone)]
        if kept:
            lines.append(_t("Kept without the person: %1.").replace("%1", kept))
        lines.append(
            _t("Put on the suppression list: %1 address(es) and phone number(s).").replace(
                "%1", str(preview.addresses_suppressed)
            )
        )
        self.summary.setText("\n".join(lines))
        self._update_button()

    def _on_failed(self, exc: BaseException) -> None:
        self.title.setText(error_message(exc))
        self._update_button()  # after a Cancel the user may try again

    def _update_button(self) -> None:
        typed = self.confirm.text().strip().casefold()
        self.erase_button.setEnabled(
            self._preview is not None and typed == confirmation_word().casefold()
        )

    def _on_erase_clicked(self) -> None:
        self.erase_button.setEnabled(False)
        # The search of every text column takes seconds on a big database: progress, Cancel.
        self.context.ops.run_long(
            erase_contact_in_background,
            self.contact_id,
            self.reason.text().strip() or None,
            title=_t("Erasing the contact…"),
            parent=self,
            on_done=self._on_erased,
            on_error=self._on_failed,
        )

    def _on_erased(self, result: ErasureResult) -> None:
        self.result_value = result
        self.erased.emit(result.record_id)
        self.accept()

    @classmethod
    def ask(cls, context: AppContext, contact_id: int, parent: QWidget | None = None) -> Any:
        """Show the dialog; the ``ErasureResult`` when the contact was erased, else None."""
        dialog = cls(context, contact_id, parent)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()
