"""The company's identity on letters, envelopes and e-mails (sender block, footer)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.printing.fields import Sender
from desktop_crm.services.mailing.settings import load_sender, save_sender
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message


class SenderDialog(QDialog):
    """Edits the sender shared by the team; ``edit()`` returns the saved sender or None.

    Signals: ``loaded()`` once the stored sender fills the form (Save is disabled until then).
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Company details for mailings"))
        self.company = QLineEdit(self)
        self.name = QLineEdit(self)
        self.title = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setPlaceholderText(self.tr("12 rue de la Paix\n69003 LYON"))
        self.address.setFixedHeight(90)
        self.country = QLineEdit(self)
        self.footer = QLineEdit(self)
        self.footer.setPlaceholderText(self.tr("SAS au capital de…, RCS…, SIRET…"))
        form = QFormLayout()
        form.addRow(self.tr("Company:"), self.company)
        form.addRow(self.tr("Signed by:"), self.name)
        form.addRow(self.tr("Job title:"), self.title)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Country code:"), self.country)
        form.addRow(self.tr("Legal footer:"), self.footer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.status = QLabel(self.tr("Loading…"), self)
        layout = QVBoxLayout(self)
        nest(layout, form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.saved: Sender | None = None
        self._set_busy(True)
        ctx.ops.read(load_sender, on_done=self._on_sender_loaded, on_error=self._on_error)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.status.setVisible(busy)

    def _on_sender_loaded(self, sender: Sender) -> None:
        self.company.setText(sender.company)
        self.name.setText(sender.name)
        self.title.setText(sender.title)
        self.phone.setText(sender.phone)
        self.email.setText(sender.email)
        self.address.setPlainText(sender.address_text)
        self.country.setText(sender.country)
        self.footer.setText(sender.footer)
        for editor in (self.company, self.name, self.title, self.email, self.footer):
            editor.setCursorPosition(0)  # a long footer reads from its start, not its end
        self._set_busy(False)
        self.loaded.emit()

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        QMessageBox.warning(self, self.windowTitle(), error_message(exc))

    def value(self) -> Sender:
        lines = tuple(
            line.strip() for line in self.address.toPlainText().splitlines() if line.strip()
        )
        return Sender(
            name=self.name.text().strip(),
            title=self.title.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            company=self.company.text().strip(),
            address_lines=lines,
            footer=self.footer.text().strip(),
            country=(self.country.text().strip() or "FR").upper(),
        )

    def _on_buttons_accepted(self) -> None:
        sender = self.value()
        self.status.setText(self.tr("Saving…"))
        self._set_busy(True)

        def done(_result: object) -> None:
            self.saved = sender
            self.accept()

        self.ctx.ops.run(save_sender, sender, on_done=done, on_error=self._on_error, initiator=self)

    @classmethod
    def edit(cls, ctx: AppContext, parent: QWidget | None = None) -> Sender | None:
        """Show the dialog; the saved sender, or None if cancelled."""
        dialog = cls(ctx, parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
