"""Plugs the Campaigns view and the referral report into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.view import ViewWidget
    from desktop_crm.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Features", text)


def install_campaigns(window: MainWindow) -> None:
    """The Campaigns view (list, card, ROI dashboard) and two Reports menu entries."""

    def campaigns(context: AppContext) -> ViewWidget:
        from desktop_crm.ui.campaigns.view import CampaignsView

        return CampaignsView(context)

    def referrals() -> None:
        from desktop_crm.ui.campaigns.referrals import ReferralDialog

        ReferralDialog.show_report(window.context, window)

    def add_to_campaign() -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_crm.ui.campaigns.targets import AddToCampaignDialog
        from desktop_crm.ui.features import selected_contact_ids

        ids = selected_contact_ids(window)
        if not ids:
            QMessageBox.information(
                window,
                _t("Add to a campaign"),
                _t("Select the contacts in the list first (Ctrl+A selects them all)."),
            )
            return
        added = AddToCampaignDialog.ask(window.context, ids, window)
        if added is not None:
            window.statusBar().showMessage(
                _t("Targets added to the campaign: %1").replace("%1", str(added)), 10_000
            )

    def dashboard() -> None:
        window.show_view("campaigns")

    window.add_view("campaigns", _t("Campaigns"), campaigns)
    window.add_action(
        "reports", "campaign_dashboard", _t("&Campaigns: return on investment"), dashboard
    )
    # (Not "Referral report…": the registry's PDF report of that name is in the menu too.)
    window.add_action("reports", "referral_report", _t("&Referrals on screen…"), referrals)
    window.add_action("contacts", "add_to_campaign", _t("Add to a ca&mpaign…"), add_to_campaign)
