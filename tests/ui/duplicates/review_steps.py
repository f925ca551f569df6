"""The duplicate wizard brought to its review page with the first group selected (the
merge tests start there)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.duplicates import DuplicateWizard


def first_group_in_review(qtbot: QtBot, context: AppContext) -> tuple[DuplicateWizard, Any, int]:
    """(the wizard, its review page, the selected row) after a scan with the default
    settings."""
    wizard = DuplicateWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.scan_page.isComplete(), timeout=20000)
    wizard.next()
    review = wizard.review_page
    review.table.selectRow(0)
    row = review.current_row()
    assert row is not None
    return wizard, review, row
