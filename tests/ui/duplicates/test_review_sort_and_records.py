"""The review list of the duplicate wizard: the Score header's sort order is the rows' order
(best first, then reversed by a click), and each record of a group reads whole on its line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.duplicates import DuplicateWizard
from tests.integration.merge_helpers import add_contact

pytestmark = pytest.mark.usefixtures("no_qt_warnings")

LONG_COMPANY = "Société Coopérative des Établissements Lumière et Associés"


def _look_alikes(db: Database) -> None:
    """Three groups scoring 100 (three records), 93 and 92."""
    marc = {
        "first_name": "Marc",
        "last_name": "Lefèvre",
        "company_name": LONG_COMPANY,
        "phone_business": "+33144556677",
        "postcode": "69003",
        "email": "marc@alpha.fr",
    }
    add_contact(db, **marc)
    add_contact(db, **{**marc, "first_name": "marc", "last_name": "LEFEVRE"})
    add_contact(db, **{**marc, "company_name": LONG_COMPANY.upper()})
    claire = {"last_name": "Bonnet", "city": "Marseille", "postcode": "13001"}
    add_contact(db, first_name="Claire", company_name="Bonnet Conseil", **claire)
    add_contact(db, first_name="C.", company_name="Bonnet Conseil SARL", **claire)
    add_contact(db, first_name="Thomas", last_name="Girard", phone_business="+33556334455")
    add_contact(db, first_name="Tomas", last_name="Girard", phone_business="+33556334455")


def _review(qtbot: QtBot, context: AppContext) -> DuplicateWizard:
    wizard = DuplicateWizard(context)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 680)  # its own size
    wizard.show()
    # Three chosen fields: scores that differ (every field agrees in so small a file).
    wizard.settings_page.fields_radio.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.scan_page.isComplete(), timeout=20000)
    wizard.next()
    return wizard


def _scores(wizard: DuplicateWizard) -> list[int]:
    proxy = wizard.review_page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_score_header_order_is_the_rows_order_and_a_click_reverses_both(
    context: AppContext, qtbot: QtBot
) -> None:

    _look_alikes(context.db)
    wizard = _review(qtbot, context)
    header = wizard.review_page.table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == 0
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _scores(wizard) == [100, 93, 92]  # best first, as the header says
    middle = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) // 2, 5)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert _scores(wizard) == [92, 93, 100]
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _scores(wizard) == [100, 93, 92]


def test_each_record_reads_whole_on_its_own_line(context: AppContext, qtbot: QtBot) -> None:
    _look_alikes(context.db)
    wizard = _review(qtbot, context)
    page = wizard.review_page
    table, proxy = page.table, page.proxy
    metrics = table.fontMetrics()
    best = proxy.index(0, 1)  # the group of three
    lines = best.data().split("\n")
    assert len(lines) == 3 and all(LONG_COMPANY.casefold() in line.casefold() for line in lines)
    assert best.data(Qt.ItemDataRole.ToolTipRole) == best.data()
    # The column holds the longest line, the row its three lines; the reasons keep room.
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    qtbot.waitUntil(lambda: table.columnWidth(1) >= widest + 8)
    assert table.rowHeight(0) >= 3 * metrics.lineSpacing()
    assert table.rowHeight(1) < table.rowHeight(0)
    assert table.columnWidth(2) >= 200
    # Sorted the other way, the tall row is the last one.
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert table.rowHeight(proxy.rowCount() - 1) >= 3 * metrics.lineSpacing()
    assert table.rowHeight(0) < table.rowHeight(proxy.rowCount() - 1)
