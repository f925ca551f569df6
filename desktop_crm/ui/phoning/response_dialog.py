"""Log a contact's response to a campaign (replied, interested, meeting, not interested,
unsubscribed) from the card or the list: one small dialog, one transaction."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop_crm.domain.campaigns import RESPONSE_KINDS
from desktop_crm.domain.clock import Clock, SystemClock, typed_to_utc
from desktop_crm.domain.errors import DomainError
from desktop_crm.services.campaigns.responses import ResponseLogged, log_response
from desktop_crm.services.campaigns.sends import CampaignChoice, campaign_choices
from desktop_crm.ui.common.context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("CampaignResponse", text)


def response_label(kind: str) -> str:
    return {
        "replied": _t("Replied"),
        "interested": _t("Interested"),
        "meeting": _t("Meeting set"),
        "not_interested": _t("Not interested"),
        "unsubscribed": _t("Unsubscribed (no more e-mails)"),
    }.get(kind, kind)


class ResponseDialog(QDialog):
    """Campaign, response, date and note; ``value()`` gives what ``log_response`` takes."""

    def __init__(
        self,
        campaigns: list[CampaignChoice],
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        # The business clock (Paris), as home and the task list read it; a test gives one.
        self._clock: Clock = clock or SystemClock()
        self.setWindowTitle(self.tr("Response to a campaign"))
        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setObjectName("responseCampaign")
        for choice in campaigns:
            self.campaign_combo.addItem(choice.name, choice.id)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("responseKind")
        for kind in RESPONSE_KINDS:
            self.kind_combo.addItem(response_label(kind), kind)
        today = self._clock.now().date()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.note_edit = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Campaign:"), self.campaign_combo)
        form.addRow(self.tr("&Response:"), self.kind_combo)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[int, str, dt.datetime, str | None]:
        day = cast(dt.date, self.date_edit.date().toPython())
        # The day chosen at the business clock's time of day, stored in UTC as history is
        # (today keeps the clock's instant, in October's repeated hour too: settle_wall).
        now = self._clock.now()
        when = typed_to_utc(dt.datetime.combine(day, now.time().replace(fold=0)), now)
        return (
            int(self.campaign_combo.currentData()),
            str(self.kind_combo.currentData()),
            when,
            self.note_edit.text().strip() or None,
        )


def ask_response(ctx: AppContext, contact_id: int | None, parent: QWidget | None = None) -> None:
    """Ask for the response of ``contact_id`` and record it (a message says what happened)."""
    title = _t("Response to a campaign")
    if contact_id is None:
        QMessageBox.information(parent, title, _t("Open or select a contact first."))
        return

    def done(logged: ResponseLogged) -> None:
        if not logged.written:
            QMessageBox.information(
                parent, title, _t("This response was already recorded: nothing changed.")
            )

    def failed(exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(parent, title, message)

    def ask(campaigns: list[CampaignChoice]) -> None:
        if not campaigns:
            QMessageBox.information(
                parent, title, _t("There is no campaign yet: create one first.")
            )
            return
        dialog = ResponseDialog(campaigns, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        campaign_id, kind, when, note = dialog.value()
        ctx.ops.run(
            log_response,
            campaign_id,
            contact_id,
            kind,
            when,
            note,
            on_done=done,
            on_error=failed,
            initiator=parent,
        )

    ctx.ops.read(campaign_choices, on_done=ask)
