"""The company's identity on letters, envelopes and e-mails (sender block, footer)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import DomainError
from desktop_crm.printing.fields import Sender
from desktop_crm.services.mailing.settings import load_sender, save_sender
from desktop_crm.ui.common.context import AppContext


class SenderDialog(QDialog):
    """Edits the sender shared by the team; ``edit()`` returns the saved sender or None."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Company details for mailings"))
        with ctx.db.uow(write=False) as uow:
            sender = load_sender(uow)
        self.company = QLineEdit(sender.company, self)
        self.name = QLineEdit(sender.name, self)
        self.title = QLineEdit(sender.title, self)
        self.phone = QLineEdit(sender.phone, self)
        self.email = QLineEdit(sender.email, self)
        self.address = QPlainTextEdit(sender.address_text, self)
        self.address.setPlaceholderText(self.tr("12 rue de la Paix\n69003 LYON"))
        self.address.setFixedHeight(90)
        self.country = QLineEdit(sender.country, self)
        self.footer = QLineEdit(sender.footer, self)
        self.footer.setPlaceholderText(self.tr("SAS au capital de…, RCS…, SIRET…"))
        form = QFormLayout()
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("Signed by"), self.name)
        form.addRow(self.tr("Job title"), self.title)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Country code"), self.country)
        form.addRow(self.tr("Legal footer"), self.footer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.saved: Sender | None = None

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
        try:
            with self.ctx.db.uow() as uow:
                save_sender(uow, sender)
                uow.commit()
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.saved = sender
        self.accept()

    @classmethod
    def edit(cls, ctx: AppContext, parent: QWidget | None = None) -> Sender | None:
        """Show the dialog; the saved sender, or None if cancelled."""
        dialog = cls(ctx, parent)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
