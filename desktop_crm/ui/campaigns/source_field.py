"""The "source campaign" drop-down of the opportunity card: its choices are read off the
GUI thread; a campaign set before the list arrives is selected when it does."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_crm.services.campaigns.records import Choice, campaign_choices
from desktop_crm.ui.common.context import AppContext


class CampaignCombo(QComboBox):
    """``campaign_id()`` is the chosen campaign, None for "(none)"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted: int | None = None
        self.addItem(self.tr("(none)"), None)
        context.ops.read(campaign_choices, on_done=self._on_choices)

    def _on_choices(self, choices: list[Choice]) -> None:
        for choice in choices:
            self.addItem(choice.label, choice.id)
        self.set_campaign(self._wanted)

    def set_campaign(self, campaign_id: int | None) -> None:
        self._wanted = campaign_id
        self.setCurrentIndex(max(0, self.findData(campaign_id)))

    def campaign_id(self) -> int | None:
        data = self.currentData()
        if data is None and self._wanted is not None and self.count() == 1:
            return self._wanted  # the list is not there yet: keep what the card holds
        return int(data) if data is not None else None
