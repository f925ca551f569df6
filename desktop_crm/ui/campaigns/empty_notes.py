"""The sentences the campaign card's tables, the referral report and the contact card's
Referrals tab show while they are empty: what is missing and how to add it (``EmptyNote``:
shown once the rows have been read, hidden as soon as one row comes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_crm.ui.common.empty_note import EmptyNote

if TYPE_CHECKING:
    from desktop_crm.ui.campaigns.card import CampaignDialog
    from desktop_crm.ui.campaigns.referrals import ReferralDialog
    from desktop_crm.ui.campaigns.referrer_tab import ReferralsTab


def _t(text: str) -> str:
    return QCoreApplication.translate("CampaignEmptyNotes", text)


def add_card_notes(card: CampaignDialog) -> None:
    """The costs table and the Targets tab of the campaign card."""
    EmptyNote(
        card.cost_table,
        _t("No cost entered yet. “Add a cost” adds a line: printing, postage, stand…"),
    )
    EmptyNote(
        card.targets.table,
        _t(
            "No target yet. “Add the group's targets”, in the campaign list, adds the "
            "contacts of the target group."
        ),
    )


def add_report_notes(dialog: ReferralDialog) -> None:
    """The three tabs of the referral report."""
    nobody = _t(
        "No referral recorded yet. On a contact's card, the Referrals tab records who "
        "recommended the contact."
    )
    EmptyNote(dialog.referrer_view, nobody)
    EmptyNote(dialog.link_view, nobody)
    EmptyNote(
        dialog.source_view,
        _t("No contact has a “Referred by” source yet. Choose one on the contact's card."),
    )


def add_referrals_tab_note(tab: ReferralsTab) -> None:
    """The list of the contacts this one recommended."""
    EmptyNote(
        tab.referred,
        _t(
            "This contact has recommended nobody yet. “Recommended by”, on the other "
            "contact's Referrals tab, records it."
        ),
    )
