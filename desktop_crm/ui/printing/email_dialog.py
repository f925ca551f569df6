"""E-mail merge dialog (template, recipients with who is left out, test send, send or save
drafts) and the SMTP settings dialog (password kept in the system keyring)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import DomainError
from desktop_crm.services.mailing.dialog_data import (
    EmailDialogData,
    load_email_dialog,
    send_email_merge,
    template_names,
)
from desktop_crm.services.mailing.email import EmailRecipients, EmailRun, SendOptions, mark_bounced
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.transport import (
    SECURITY,
    DraftTransport,
    SmtpSettings,
    SmtpTransport,
    save_smtp_settings,
    smtp_password,
    store_smtp_password,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.groups.picker import GroupPicker, selection_text
from desktop_crm.ui.phoning.campaign_picker import CampaignPicker
from desktop_crm.ui.printing.models import ExcludedModel, notify


class SmtpSettingsDialog(QDialog):
    """Outgoing server settings; the password goes to the system keyring, never the database."""

    def __init__(self, settings: SmtpSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outgoing mail server"))
        self.result_settings: SmtpSettings | None = None
        self.password_to_store: str | None = None
        self.host = QLineEdit(settings.host)
        self.port = QSpinBox(minimum=1, maximum=65535, value=settings.port)
        self.security = QComboBox()
        labels = {
            "starttls": self.tr("STARTTLS (port 587)"),
            "ssl": self.tr("SSL/TLS (port 465)"),
            "none": self.tr("None (local relay only)"),
        }
        for code in SECURITY:
            self.security.addItem(labels[code], code)
        self.security.setCurrentIndex(SECURITY.index(settings.security))
        self.username = QLineEdit(settings.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Unchanged (kept in the system keyring)"))
        self.from_address = QLineEdit(settings.from_address)
        self.reply_to = QLineEdit(settings.reply_to)
        self.unsubscribe = QLineEdit(settings.unsubscribe_address)
        self.unsubscribe.setPlaceholderText(self.tr("Default: the sender's address"))
        self.per_minute = QSpinBox(minimum=1, maximum=600, value=settings.per_minute)
        self.per_minute.setSuffix(self.tr(" per minute"))
        form = QFormLayout(self)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sender address:"), self.from_address)
        form.addRow(self.tr("Reply-to:"), self.reply_to)
        form.addRow(self.tr("Unsubscribe address:"), self.unsubscribe)
        form.addRow(self.tr("Sending rate:"), self.per_minute)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            username=self.username.text().strip(),
            from_address=self.from_address.text().strip(),
            reply_to=self.reply_to.text().strip(),
            unsubscribe_address=self.unsubscribe.text().strip(),
            per_minute=self.per_minute.value(),
        )

    def _on_accept(self) -> None:
        try:
            settings = self.values()
            settings.check()
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.result_settings = settings
        self.password_to_store = self.password.text() or None
        self.accept()


class EmailMergeDialog(QDialog):
    """Send a personalised e-mail to a selection or a group's members (chosen under
    "Recipients", resolved now, the run recorded as sent to the group); contacts without
    consent are listed.

    Signals: ``sent(EmailRun)`` after a real send or after drafts were written;
    ``bounces_marked(count)`` after bounced addresses were flagged.
    """

    sent = Signal(object)
    bounces_marked = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        selection: Selection,
        parent: QWidget | None = None,
        *,
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.base_selection = selection
        self.selection = selection if group_id is None else Selection(group_id=group_id)
        self.last_run: EmailRun | None = None
        self.recipients: EmailRecipients | None = None
        self.setWindowTitle(self.tr("E-mail merge"))
        self.resize(720, 560)
        self.settings = SmtpSettings()
        self.template_combo = QComboBox()
        edit_templates = QPushButton(self.tr("Edit templates…"))
        self.server_label = QLabel()
        server_button = QPushButton(self.tr("Server settings…"))
        self.recipients_picker = GroupPicker(
            ctx, self, none_text=selection_text(selection), label=""
        )
        self.recipients_picker.set_group(group_id)
        self.summary = QLabel(self.tr("Finding the recipients…"))
        self.excluded = ExcludedModel(self)
        self.excluded_view = QTableView()
        self.excluded_view.setModel(self.excluded)
        self.excluded_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.via_smtp = QRadioButton(self.tr("Send through the mail server"))
        self.via_drafts = QRadioButton(self.tr("Save as drafts (.eml) for my mail program"))
        self.via_smtp.setChecked(True)
        self.test_address = QLineEdit()
        self.test_address.setPlaceholderText(self.tr("my.address@example.fr"))
        self.test_button = QPushButton(self.tr("Send a test"))
        self.send_button = QPushButton(self.tr("Send"))
        self.bounce_button = QPushButton(self.tr("Mark bounced addresses…"))
        self.campaign_picker = CampaignPicker(ctx, self)
        close = QPushButton(self.tr("Close"))

        form = QFormLayout()
        form.addRow(self.tr("&Recipients:"), self.recipients_picker)
        row = QHBoxLayout()
        row.addWidget(self.template_combo, 1)
        row.addWidget(edit_templates)
        form.addRow(self.tr("Template:"), row)
        server = QHBoxLayout()
        server.addWidget(self.server_label, 1)
        server.addWidget(server_button)
        form.addRow(self.tr("Server:"), server)
        test = QHBoxLayout()
        test.addWidget(self.test_address, 1)
        test.addWidget(self.test_button)
        form.addRow(self.tr("Test to:"), test)
        layout = QVBoxLayout(self)
        nest(layout, form)
        layout.addWidget(self.summary)
        layout.addWidget(self.excluded_view, 1)
        layout.addWidget(self.via_smtp)
        layout.addWidget(self.via_drafts)
        layout.addWidget(self.campaign_picker)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bounce_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(close)
        nest(layout, buttons)

        edit_templates.clicked.connect(self._on_edit_templates_clicked)
        server_button.clicked.connect(self._on_server_clicked)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.bounce_button.clicked.connect(self._on_bounce_clicked)
        close.clicked.connect(self.reject)
        self.recipients_picker.group_changed.connect(self._on_group_changed)
        # Nothing to send until the settings and recipients arrive from the database thread.
        self.server_label.setText(self.tr("Loading…"))
        self.send_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.reload()

    def _show_server(self) -> None:
        s = self.settings
        self.server_label.setText(
            f"{s.host}:{s.port} ({s.security}), {s.per_minute}/min"
            if s.host
            else self.tr("Not set up")
        )

    def _on_group_changed(self, group_id: int | None) -> None:
        """Send to the group's members (or the opening selection again): reload them."""
        wanted = self.base_selection if group_id is None else Selection(group_id=group_id)
        if wanted == self.selection:
            return
        self.selection = wanted
        self.recipients = None
        self.summary.setText(self.tr("Finding the recipients…"))
        self.send_button.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        """Load the server settings, templates and recipients (off the GUI thread)."""
        self.ctx.ops.read(
            load_email_dialog,
            self.selection,
            on_done=self._on_loaded,
            on_error=self._on_error,
            key=f"email-dialog-{id(self)}",
        )

    def _on_loaded(self, data: EmailDialogData) -> None:
        self.settings = data.settings
        self._show_server()
        self._fill_templates(data.templates)
        recipients = data.recipients
        self.recipients = recipients
        self.summary.setText(
            self.tr("%1 recipient(s); %2 left out (no consent, opted out, bounced…):")
            .replace("%1", count_text(len(recipients.recipients)))
            .replace("%2", count_text(len(recipients.excluded)))
        )
        self.excluded.set_rows(recipients.excluded)
        self.send_button.setEnabled(bool(recipients.recipients))
        self.test_button.setEnabled(True)

    def _fill_templates(self, names: tuple[str, ...], wanted: str | None = None) -> None:
        current = wanted or self.template_combo.currentText()
        self.template_combo.clear()
        self.template_combo.addItems(list(names))
        if current:
            self.template_combo.setCurrentText(current)

    def _transport(self, drafts_folder: Path | None) -> Any:
        if drafts_folder is not None:
            return DraftTransport(drafts_folder)
        return SmtpTransport(self.settings, smtp_password(self.settings))

    def start_send(self, *, test_address: str = "", drafts_folder: Path | None = None) -> None:
        """Send in the background (progress and cancel); records history unless a test."""
        if not self.template_combo.currentText():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a template first."))
            return
        name = self.template_combo.currentText()
        try:
            transport = self._transport(drafts_folder)
        except DomainError as exc:
            self._on_error(exc)
            return
        settings = self.settings
        options = SendOptions(
            from_address=settings.from_address or "moi@localhost",
            unsubscribe_address=settings.unsubscribe_address,
            reply_to=settings.reply_to,
            test_address=test_address,
            campaign_id=self.campaign_picker.campaign_id(),
        )

        self.ctx.ops.run_detached(
            send_email_merge,
            name,
            self.selection,
            transport,
            options,
            title=self.tr("Sending e-mails"),
            parent=self,
            on_done=self._on_sent,
            on_error=self._on_error,
            initiator=self,
            changes_of=lambda run: run.changes,
        )

    def _on_sent(self, run: EmailRun) -> None:
        if not run.test:
            self.last_run = run
            self.sent.emit(run)
        lines = [self.tr("%1 message(s) sent.").replace("%1", str(run.sent))]
        lines += [f"{address}: {error}" for _cid, address, error in run.failed]
        notify(self, "\n".join(lines))

    def _on_test_clicked(self) -> None:
        address = self.test_address.text().strip()
        if "@" not in address:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Type your own address."))
            return
        self.start_send(test_address=address)

    def _on_send_clicked(self) -> None:
        if self.via_drafts.isChecked():
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the drafts"))
            if folder:
                self.start_send(drafts_folder=Path(folder))
            return
        count = len(self.recipients.recipients) if self.recipients else 0
        minutes = max(1, round(count / max(self.settings.per_minute, 1)))
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Send %1 e-mail(s)? At %2 per minute this takes about %3 minute(s).")
            .replace("%1", count_text(count))
            .replace("%2", str(self.settings.per_minute))
            .replace("%3", str(minutes)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_send()

    def mark_bounced(self, text: str, then: Callable[[int], None] | None = None) -> None:
        """Flag the addresses in ``text`` (one per line, or separated by spaces) as invalid.

        Runs in the background; ``bounces_marked(count)`` follows and the recipients reload.
        """
        addresses = [
            part for part in text.replace(",", " ").replace(";", " ").split() if "@" in part
        ]

        def done(count: int) -> None:
            self.reload()
            self.bounces_marked.emit(count)
            if then is not None:
                then(count)

        self.ctx.ops.run(
            mark_bounced,
            addresses,
            "Marked from the e-mail merge dialog",
            on_done=done,
            on_error=self._on_error,
            initiator=self,
        )

    def _on_bounce_clicked(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Bounced addresses"),
            self.tr("Paste the addresses that bounced (one per line):"),
        )
        if ok and text.strip():
            self.mark_bounced(text, then=self._on_bounces_marked)

    def _on_bounces_marked(self, count: int) -> None:
        notify(
            self, self.tr("%1 contact(s) marked 'e-mail invalid'.").replace("%1", count_text(count))
        )

    def _on_server_clicked(self) -> None:
        dialog = SmtpSettingsDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_settings is None:
            return
        settings = dialog.result_settings
        self.ctx.ops.run(save_smtp_settings, settings, on_error=self._on_error, initiator=self)
        if dialog.password_to_store:
            try:
                store_smtp_password(settings, dialog.password_to_store)
            except Exception as exc:  # no keyring backend on this desktop
                QMessageBox.warning(
                    self,
                    self.windowTitle(),
                    self.tr("The password could not be stored in the system keyring: %1").replace(
                        "%1", str(exc)
                    ),
                )
        self.settings = replace(settings)
        self._show_server()

    def _on_edit_templates_clicked(self) -> None:
        from desktop_crm.ui.printing.template_editor import TemplateEditor

        saved = TemplateEditor.edit(
            self.ctx, "email", self.template_combo.currentText() or None, self
        )
        self.ctx.ops.read(
            template_names,
            "email",
            on_done=lambda names: self._fill_templates(names, saved),
            on_error=self._on_error,
        )

    def _on_error(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        notify(self, message, warning=True)

    @classmethod
    def ask(
        cls,
        ctx: AppContext,
        selection: Selection,
        parent: QWidget | None = None,
        *,
        group_id: int | None = None,
    ) -> EmailRun | None:
        """Show the dialog (for ``group_id``'s members if given); the last real send, or None."""
        dialog = cls(ctx, selection, parent, group_id=group_id)
        dialog.exec()
        return dialog.last_run
