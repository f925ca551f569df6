""" "Campaign: [none ▾]" — the choice that runs a print run, an e-mail merge or a series
start for a campaign (its targets and history then carry the campaign)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_crm.services.campaigns.sends import CampaignChoice, campaign_choices
from desktop_crm.ui.common.context import AppContext


class CampaignPicker(QWidget):
    """A label and a drop-down of every campaign, "(none)" first; loads off the GUI thread."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, with_label: bool = True
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("campaignCombo")
        self.combo.addItem(self.tr("(none)"), None)
        self.combo.setToolTip(
            self.tr(
                "Run this for a campaign: each contact becomes one of its targets, and the "
                "history entries name the campaign."
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if with_label:  # in a form, the form's own label column names it
            label = QLabel(self.tr("C&ampaign:"), self)
            label.setBuddy(self.combo)
            layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        ctx.ops.read(campaign_choices, on_done=self._fill)

    def _fill(self, choices: list[CampaignChoice]) -> None:
        for choice in choices:
            self.combo.addItem(choice.name, choice.id)

    def campaign_id(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if value is not None else None

    def set_campaign(self, campaign_id: int | None) -> None:
        index = self.combo.findData(campaign_id)
        self.combo.setCurrentIndex(max(index, 0))
