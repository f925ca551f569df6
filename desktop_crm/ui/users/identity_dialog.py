"""'Who are you?': the person's name, title, phone, e-mail and the company letters come from."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import ValidationError
from desktop_crm.services.users.identity import (
    Identity,
    compute_initials,
    load_identity,
    save_identity,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.fields import too_wide
from desktop_crm.ui.common.operations import error_message


class IdentityDialog(QDialog):
    """Asks who is using the program; ``ask()`` returns the saved identity or None.

    The name signs letters, e-mails and history instead of the computer's login. Initials
    follow the name until the person types their own.

    Signals: ``loaded()`` once the stored identity fills the form (Save waits for it).
    """

    loaded = Signal()

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, first_start: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Who are you?") if first_start else self.tr("My identity"))
        intro = QLabel(
            self.tr(
                "Your name signs your letters, e-mails and history entries, and your company "
                "details head your letters and envelopes. They are stored in this database "
                "(never taken from the computer's login) and can be changed later from "
                "Tools > My identity…"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("identityName")
        self.name.setPlaceholderText(self.tr("First name and last name"))
        self.initials = QLineEdit(self)
        self.initials.setObjectName("identityInitials")
        self.initials.setMaxLength(8)
        self.initials.setMaximumWidth(90)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Sales manager"))
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText("04 78 62 15 40")
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("first.last@company.fr"))
        self.signature = QPlainTextEdit(self)
        self.signature.setFixedHeight(60)
        self.signature.setPlaceholderText(self.tr("Signature under letters and e-mails"))
        person = QGroupBox(self.tr("You"), self)
        form = QFormLayout(person)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(QLabel(self.tr("Initials:"), self))
        name_row.addWidget(self.initials)
        form.addRow(self.tr("Name:"), name_row)
        form.addRow(self.tr("Job title:"), self.title)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Signature:"), self.signature)
        self.company = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setPlaceholderText(self.tr("12 rue de la Paix\n69003 LYON"))
        self.address.setFixedHeight(60)
        self.country = QLineEdit(self)
        self.country.setMaximumWidth(60)
        self.footer = QLineEdit(self)
        self.footer.setPlaceholderText(self.tr("SAS au capital de…, RCS…, SIRET…"))
        firm = QGroupBox(self.tr("Your company (sender of letters and e-mails)"), self)
        firm_form = QFormLayout(firm)
        firm_form.addRow(self.tr("Company:"), self.company)
        firm_form.addRow(self.tr("Address:"), self.address)
        firm_form.addRow(self.tr("Country code:"), self.country)
        firm_form.addRow(self.tr("Legal footer:"), self.footer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, self)
        later = buttons.addButton(
            self.tr("Later") if first_start else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        later.setObjectName("identityLater")
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.status = QLabel(self.tr("Loading…"), self)
        self.status.setObjectName("identityStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(person)
        layout.addWidget(firm)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self.saved: Identity | None = None
        self._auto_initials = ""
        self.name.textEdited.connect(self._on_name_textEdited)
        self.save_button.setEnabled(False)
        ctx.ops.read(load_identity, on_done=self._on_identity_loaded, on_error=self._on_error)

    def _on_name_textEdited(self, text: str) -> None:
        # Initials follow the name as long as the person has not typed their own.
        if self.initials.text() in ("", self._auto_initials):
            self._auto_initials = compute_initials(text)
            self.initials.setText(self._auto_initials)

    def _on_identity_loaded(self, identity: Identity) -> None:
        self.name.setText(identity.name)
        self.initials.setText(identity.initials)
        self._auto_initials = identity.initials if identity.initials else ""
        self.title.setText(identity.title)
        self.phone.setText(identity.phone)
        self.email.setText(identity.email)
        self.signature.setPlainText(identity.signature)
        self.company.setText(identity.company)
        self.address.setPlainText("\n".join(identity.address_lines))
        self.country.setText(identity.country)
        self.footer.setText(identity.footer)
        for editor in (self.title, self.email, self.company, self.footer):
            if too_wide(editor):  # a long footer reads from its start, not its end
                editor.setCursorPosition(0)
        self.status.setText("")
        self.save_button.setEnabled(True)
        self.name.setFocus()
        self.loaded.emit()

    def _on_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.status.setText(
                "\n".join(self._problem_text(p.field, p.code) for p in exc.problems)
            )
        else:
            self.status.setText(error_message(exc))

    def _problem_text(self, field: str, code: str) -> str:
        if field == "name":
            return self.tr("Type your name: it signs your letters and history.")
        if field == "email":
            return self.tr("This e-mail address is not valid: correct it or leave it empty.")
        if field == "phone":
            return self.tr("This phone number is not valid: correct it or leave it empty.")
        if field == "initials":
            return self.tr("Initials are 8 letters at most.")
        return f"{field}: {code}"

    def value(self) -> Identity:
        lines = tuple(
            line.strip() for line in self.address.toPlainText().splitlines() if line.strip()
        )
        return Identity(
            name=self.name.text().strip(),
            initials=self.initials.text().strip(),
            title=self.title.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            signature=self.signature.toPlainText().strip(),
            company=self.company.text().strip(),
            address_lines=lines,
            footer=self.footer.text().strip(),
            country=(self.country.text().strip() or "FR").upper(),
        )

    def _on_buttons_accepted(self) -> None:
        self.status.setText(self.tr("Saving…"))
        self.save_button.setEnabled(False)

        def done(saved: Identity) -> None:
            self.saved = saved
            self.accept()

        self.ctx.ops.run(
            save_identity, self.value(), on_done=done, on_error=self._on_error, initiator=self
        )

    @classmethod
    def ask(
        cls, ctx: AppContext, parent: QWidget | None = None, *, first_start: bool = False
    ) -> Identity | None:
        """Show the dialog; the saved identity, or None if put off."""
        dialog = cls(ctx, parent, first_start=first_start)
        try:
            dialog.exec()
            return dialog.saved
        finally:
            dialog.deleteLater()
