""" "Change consent…": one new ledger entry (status, date, source, proof, lawful basis) for a
contact, or one per contact of a selection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop_crm.domain.clock import SystemClock
from desktop_crm.services.privacy.consent import BASES, record_entries
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.privacy.consent_texts import basis_name, channel_name, status_name

CHANNELS = ("email", "phone", "sms", "post")
STATUSES = ("opt_in", "soft_opt_in", "opt_out", "unknown")


class ConsentDialog(QDialog):
    """Record consent or objection for ``contact_ids`` (one entry each, nothing overwritten)."""

    def __init__(
        self,
        context: AppContext,
        contact_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        channel: str = "email",
        on_recorded: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = context.ops
        self.contact_ids = list(contact_ids)
        self.on_recorded = on_recorded
        many = len(self.contact_ids) > 1
        self.setWindowTitle(
            self.tr("Consent for the selection") if many else self.tr("Change consent")
        )
        form = QFormLayout(self)
        if many:
            form.addRow(
                QLabel(
                    self.tr(
                        "One entry will be added for each of the %1 selected contacts."
                    ).replace("%1", count_text(len(self.contact_ids))),
                    self,
                )
            )
        self.channel = QComboBox(self)
        for code in CHANNELS:
            self.channel.addItem(channel_name(code), code)
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        self.status = QComboBox(self)
        for code in STATUSES:
            self.status.addItem(status_name(code), code)
        today = SystemClock().now().date()  # the business day (Paris), as home counts it
        self.given = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.given.setCalendarPopup(True)
        self.given.setMaximumDate(QDate(today.year, today.month, today.day))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("Trade show, web form, phone call, letter…"))
        self.basis = QComboBox(self)
        self.basis.addItem("", "")
        for code in BASES:
            self.basis.addItem(basis_name(code), code)
        self.proof = QLineEdit(self)
        self.proof.setPlaceholderText(self.tr("What proves it (text or a file)"))
        browse = QPushButton(self.tr("File…"), self)
        browse.clicked.connect(self._browse)
        proof_row = QHBoxLayout()
        proof_row.addWidget(self.proof, 1)
        proof_row.addWidget(browse)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Given on:"), self.given)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Lawful basis:"), self.basis)
        form.addRow(self.tr("Proof:"), proof_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Proof file"))
        if path:
            self.proof.setText(path)

    def save(self) -> None:
        if not self.source.text().strip():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Say where the consent or objection comes from (the source)."),
            )
            return
        qdate = self.given.date()
        date = dt.date(qdate.year(), qdate.month(), qdate.day())
        given_at = None
        if date != SystemClock().now().date():
            given_at = dt.datetime.combine(date, dt.time(12, 0))
        self.ops.run(
            record_entries,
            self.contact_ids,
            self.channel.currentData(),
            self.status.currentData(),
            source=self.source.text(),
            proof=self.proof.text(),
            basis=self.basis.currentData() or None,
            given_at=given_at,
            on_done=lambda _entries: self._done(),
            initiator=self,
        )

    def _done(self) -> None:
        if self.on_recorded is not None:
            self.on_recorded()
        self.accept()
