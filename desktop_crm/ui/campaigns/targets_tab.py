"""The campaign card's Targets tab: how many targets are at each status, and the targets
with what was sent and when they answered (answers first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_crm.services.campaigns.figures import CampaignMembers, campaign_members
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.simple_table import RowsModel


def member_status_label(code: str) -> str:
    return {
        "targeted": QCoreApplication.translate("Campaigns", "Targeted"),
        "sent": QCoreApplication.translate("Campaigns", "Sent"),
        "replied": QCoreApplication.translate("Campaigns", "Replied"),
        "interested": QCoreApplication.translate("Campaigns", "Interested"),
        "meeting": QCoreApplication.translate("Campaigns", "Meeting set"),
        "not_interested": QCoreApplication.translate("Campaigns", "Not interested"),
        "unsubscribed": QCoreApplication.translate("Campaigns", "Unsubscribed"),
    }.get(code, code)


class TargetsTab(QWidget):
    """Read when first shown (the card opens fast on a campaign of thousands of targets)."""

    def __init__(
        self, context: AppContext, campaign_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.campaign_id = campaign_id
        self.loaded = False
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = RowsModel(
            [
                self.tr("Contact"),
                self.tr("Company"),
                self.tr("Status"),
                self.tr("Sent"),
                self.tr("Answered"),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.load()

    def load(self) -> None:
        if self.loaded or self.campaign_id is None:
            return
        self.loaded = True
        self.context.ops.read(campaign_members, self.campaign_id, on_done=self._on_members)

    def _on_members(self, members: CampaignMembers) -> None:
        loc = QLocale()

        def when(value: object) -> str:
            return value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else ""  # type: ignore[union-attr]

        parts = [
            f"{member_status_label(c.status)} : {loc.toString(c.count)}"
            if loc.language() == QLocale.Language.French
            else f"{member_status_label(c.status)}: {loc.toString(c.count)}"
            for c in members.by_status
        ]
        text = self.tr("%1 target(s)").replace("%1", loc.toString(members.total))
        if parts:
            text += " — " + " · ".join(parts)
        if len(members.rows) < members.total:
            text += " " + self.tr("(the first %1 are listed)").replace(
                "%1", loc.toString(len(members.rows))
            )
        self.summary.setText(text)
        self.model.set_rows(
            [
                (
                    r.name,
                    r.company or "",
                    member_status_label(r.status),
                    when(r.sent_at),
                    when(r.responded_at),
                )
                for r in members.rows
            ],
            [r.contact_id for r in members.rows],
        )
