"""Closing an opportunity as won or lost: the reason (required, from the pick list) and, if
lost, the competitor; then ``close_opportunity`` through the operation runner."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.opportunities import STATUS_LOST, STATUS_WON, OpportunityView
from desktop_crm.services.opportunities.records import close_opportunity, get_opportunity
from desktop_crm.services.opportunities.view_data import CardChoices, card_choices
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.opportunities.texts import money_text

CloseAnswer = tuple[str, str | None]


class CloseDialog(QDialog):
    """Asks why an opportunity was won or lost (and against whom when lost)."""

    def __init__(
        self,
        status: str,
        name: str,
        reasons: Sequence[str],
        competitor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = status
        won = status == STATUS_WON
        self.setWindowTitle(self.tr("Close as won") if won else self.tr("Close as lost"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("closeReason")
        self.reason.setEditable(True)
        self.reason.addItem("")
        self.reason.addItems(list(reasons))
        self.reason.setCurrentIndex(0)
        self.competitor = QLineEdit(competitor or "", self)
        self.competitor.setObjectName("closeCompetitor")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(
            self.tr("Reason for the win:") if won else self.tr("Reason for the loss:"), self.reason
        )
        if not won:
            form.addRow(self.tr("Competitor:"), self.competitor)
        else:
            self.competitor.hide()
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{name}</b>", self)
        layout.addWidget(title)
        nest(layout, form)
        layout.addWidget(self.buttons)
        self.reason.currentTextChanged.connect(lambda _t: self._update_ok())
        self._update_ok()

    def _update_ok(self) -> None:
        # The reason is required: OK stays disabled until there is one.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.currentText().strip()))

    def answer(self) -> CloseAnswer:
        competitor = self.competitor.text().strip() or None
        return self.reason.currentText().strip(), (
            competitor if self.status == STATUS_LOST else None
        )

    @classmethod
    def ask(
        cls,
        status: str,
        name: str,
        reasons: Sequence[str],
        competitor: str | None = None,
        parent: QWidget | None = None,
    ) -> CloseAnswer | None:
        dialog = cls(status, name, reasons, competitor, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.answer()
        finally:
            dialog.deleteLater()


AskClose = Callable[[str, str, Sequence[str], "str | None", "QWidget | None"], "CloseAnswer | None"]


def close_flow(
    context: AppContext,
    opportunity_id: int,
    status: str,
    parent: QWidget,
    *,
    ask: AskClose | None = None,
    on_done: Callable[[OpportunityView], None] | None = None,
) -> None:
    """Read the opportunity and the reasons, ask, then close it (all off the GUI thread)."""
    asker = ask or CloseDialog.ask

    def read(uow: object) -> tuple[OpportunityView, CardChoices]:
        return get_opportunity(uow, opportunity_id), card_choices(uow)  # type: ignore[arg-type]

    def asked(values: tuple[OpportunityView, CardChoices]) -> None:
        view, choices = values
        reasons = choices.won_reasons if status == STATUS_WON else choices.lost_reasons
        label = f"{view.name} — {money_text(view.amount, view.currency)}"
        answer = asker(status, label, reasons, view.competitor, parent)
        if answer is None:
            return
        reason, competitor = answer
        context.ops.run(
            close_opportunity,
            opportunity_id,
            view.version,
            status,
            reason,
            competitor,
            on_done=on_done,
            on_error=lambda exc: QMessageBox.warning(
                parent,
                QCoreApplication.translate("CloseDialog", "Close the opportunity"),
                error_message(exc),
            ),
            initiator=parent,
        )

    context.ops.read(read, on_done=asked)
