"""The review page's detail of a pair, in French: "#7 … ~ #3001 … : 100" (a space before the
colon, as French writes it), and a company name with "&" shows as typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_crm.ui.common.context import AppContext
from tests.integration.merge_helpers import add_contact
from tests.ui.duplicates.review_steps import first_group_in_review


def test_the_pair_line_is_written_the_french_way(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    for last in ("Lefèvre", "LEFÈVRE"):
        add_contact(
            context.db,
            first_name="Marc",
            last_name=last,
            email="marc.lefevre@acme.fr",
            company_name="Lefèvre & Fils",
        )
    wizard, review, _row = first_group_in_review(qtbot, context)
    shown = review.details.text()
    score = " : 100</b>" if language == "fr" else ": 100</b>"
    assert score in shown, shown
    assert "Lefèvre &amp; Fils" in shown
    wizard.close()
