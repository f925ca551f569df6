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

    def dashboard() -> None:
        window.show_view("campaigns")

    window.add_view("campaigns", _t("Campaigns"), campaigns)
    window.add_action(
        "reports", "campaign_dashboard", _t("&Campaigns: return on investment"), dashboard
    )
    window.add_action("reports", "referral_report", _t("&Referral report…"), referrals)
