"""Contacts › "Add to a campaign…": the selected contacts become targets of a campaign
chosen in a small dialog. ``AddToCampaignDialog.ask()`` returns how many were added, or None
when cancelled."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.campaigns.records import add_targets
from desktop_crm.ui.campaigns.source_field import CampaignCombo
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message


class AddToCampaignDialog(QDialog):
    """Choose a campaign; the contacts are added to its targets (those already there stay)."""

    def __init__(
        self, context: AppContext, contact_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.contact_ids = list(contact_ids)
        self.added: int | None = None
        self.setWindowTitle(self.tr("Add to a campaign"))
        self.campaign = CampaignCombo(context, self)
        self.campaign.currentIndexChanged.connect(lambda _i: self._update())
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        form = QFormLayout()
        form.addRow(self.tr("&Campaign:"), self.campaign)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("%1 contact(s) will become targets of the campaign.").replace(
                    "%1", count_text(len(self.contact_ids))
                ),
                self,
            )
        )
        nest(layout, form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()

    @classmethod
    def ask(
        cls, context: AppContext, contact_ids: Sequence[int], parent: QWidget | None = None
    ) -> int | None:
        dialog = cls(context, contact_ids, parent)
        try:
            return dialog.added if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.campaign.campaign_id() is not None and bool(self.contact_ids))

    def add(self) -> None:
        campaign_id = self.campaign.campaign_id()
        if campaign_id is None:
            return
        self.buttons.setEnabled(False)
        self.context.ops.run(
            add_targets,
            campaign_id,
            self.contact_ids,
            on_done=self._on_added,
            on_error=self._on_error,
        )

    def _on_added(self, added: int) -> None:
        self.added = int(added)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(error_message(exc))
