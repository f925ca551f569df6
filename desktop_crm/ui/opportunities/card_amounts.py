"""The opportunity card for a role that may not see amounts (Restricted on a team database):
the amount, the product lines' prices and the totals are blank, nothing about them editable."""

from __future__ import annotations

from typing import Any

from desktop_crm.ui.opportunities.lines_model import COL_AMOUNT, COL_PRICE


def hide_amounts(card: Any, hidden: bool) -> bool:
    """Blank and lock the card's amounts when ``hidden``; undo it otherwise. Returns ``hidden``."""
    card.amounts_hidden = False  # let the card recompute its total first when shown again
    card.lines.setColumnHidden(COL_PRICE, hidden)
    card.lines.setColumnHidden(COL_AMOUNT, hidden)
    card.add_line_button.setEnabled(not hidden)
    card.remove_line_button.setEnabled(not hidden)
    card.lines.setEnabled(not hidden)
    if hidden:
        card.plain_amount.clear()
        card.plain_amount.setEnabled(False)
        card.plain_amount.setPlaceholderText(card.tr("Amounts are hidden for your role"))
        card.total.setText(card.tr("Amount: hidden for your role"))
        card.won_button.setEnabled(False)
        card.won_button.setToolTip(
            card.tr("Closing as won records the sale's amount: ask a colleague.")
        )
    else:
        card.plain_amount.setPlaceholderText(card.tr("Amount without product lines"))
        card.won_button.setToolTip("")
        card._on_amount_changed()
    return hidden
