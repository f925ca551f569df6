"""The opportunity list: windowed model, filters and totals against the service, export."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.opportunities import OpportunityFilter
from desktop_crm.services.opportunities.listing import totals
from desktop_crm.services.opportunities.processes import list_processes
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.opportunities.list_model import COLUMNS
from desktop_crm.ui.opportunities.view import OpportunitiesView
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

Fatal = QAbstractItemModelTester.FailureReportingMode.Fatal


def _view(qtbot: QtBot, context: AppContext) -> OpportunitiesView:
    view = OpportunitiesView(context)
    qtbot.addWidget(view)
    QAbstractItemModelTester(view.list.model, Fatal)
    view.resize(1400, 800)
    view.show()
    view.start()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.list.shown_totals is not None)
    return view


def _service_totals(db: Database, flt: OpportunityFilter) -> tuple[int, Decimal, Decimal]:
    with db.uow() as uow:
        t = totals(uow, flt)
    return t.count, t.amount, t.weighted


def _cells(view: OpportunitiesView, qtbot: QtBot, context: AppContext) -> list[str]:
    model = view.list.model
    for row in range(model.rowCount()):
        model.index(row, 0).data()  # ask for the pages
    settle(qtbot, context)
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_list_shows_open_opportunities_with_totals(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    view = _view(qtbot, context)
    lst = view.list
    assert lst.model.rowCount() == 10  # the won and the lost one are not open
    names = _cells(view, qtbot, context)
    assert all(n.startswith("Affaire") for n in names)
    count, amount, weighted = _service_totals(opp_db, OpportunityFilter())
    assert lst.shown_totals is not None
    assert (lst.shown_totals.count, lst.shown_totals.amount) == (count, amount)
    assert lst.shown_totals.weighted == weighted
    assert str(count) in lst.totals_label.text()


def test_filters_and_totals_equal_the_service(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    view = _view(qtbot, context)
    lst = view.list
    with opp_db.uow() as uow:
        stage = list_processes(uow)[0].stages[1]
    # Stage filter.
    lst.stage.setCurrentIndex(lst.stage.findData(stage.id))
    settle(qtbot, context)
    expected = _service_totals(opp_db, OpportunityFilter(stage_ids=(stage.id,)))
    assert lst.model.rowCount() == expected[0] == 2
    assert lst.shown_totals is not None
    assert (lst.shown_totals.count, lst.shown_totals.amount, lst.shown_totals.weighted) == expected
    # Every status, amount range and text.
    lst.stage.setCurrentIndex(0)
    lst.status.setCurrentIndex(0)
    lst.amount_min.setText("2 000")
    lst.amount_max.setText("3500.50")
    settle(qtbot, context)
    qtbot.waitUntil(lambda: lst.filter.amount_max == Decimal("3500.50"))
    settle(qtbot, context)
    flt = OpportunityFilter(statuses=(), amount_min=Decimal("2000"), amount_max=Decimal("3500.50"))
    expected = _service_totals(opp_db, flt)
    assert lst.model.rowCount() == expected[0] > 0
    assert lst.shown_totals.count == expected[0]
    assert lst.shown_totals.amount == expected[1]


def test_sort_by_header_reads_the_ids_in_order(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    view = _view(qtbot, context)
    column = [k for k, _ in COLUMNS].index("amount")
    view.list.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    settle(qtbot, context)
    names = _cells(view, qtbot, context)
    assert names[0] == "Affaire 09"  # the largest open amount
    assert names[-1] == "Affaire 00"


def test_open_list_applies_the_funnel_filter(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    view = _view(qtbot, context)
    with opp_db.uow() as uow:
        stage = list_processes(uow)[0].stages[0]
    view.tabs.setCurrentIndex(2)
    view.open_list(OpportunityFilter(stage_ids=(stage.id,)))
    settle(qtbot, context)
    assert view.tabs.currentWidget() is view.list
    assert view.list.stage.currentData() == stage.id
    assert view.list.model.rowCount() == 2


def test_export_writes_the_filtered_rows(
    qtbot: QtBot, opp_db: Database, context: AppContext, tmp_path: Path
) -> None:
    view = _view(qtbot, context)
    path = tmp_path / "opportunites.xlsx"
    counts: list[int] = []
    view.list.export_to(str(path), on_done=counts.append)
    settle(qtbot, context)
    assert counts == [10]
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 11
    assert {r[1] for r in rows[1:]} == set(_cells(view, qtbot, context))


def test_column_widths_are_kept(qtbot: QtBot, opp_db: Database, context: AppContext) -> None:
    view = _view(qtbot, context)
    view.list.table.horizontalHeader().resizeSection(0, 321)
    view.save_layout()
    again = _view(qtbot, context)
    assert again.list.table.horizontalHeader().sectionSize(0) == 321


def test_totals_line_leaves_other_currencies_out_and_says_so(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    from desktop_crm.domain.opportunities import OpportunityInput
    from desktop_crm.services.opportunities.records import create_opportunity

    for name in ("Deal US 1", "Deal US 2"):
        opp_db.run(
            create_opportunity, OpportunityInput(name=name, amount=Decimal("9000"), currency="USD")
        )
    view = _view(qtbot, context)
    lst = view.list
    count, amount, _weighted = _service_totals(opp_db, OpportunityFilter())
    assert lst.model.rowCount() == count + 2  # listed, not added
    assert lst.shown_totals is not None
    assert (lst.shown_totals.count, lst.shown_totals.amount) == (count, amount)
    assert lst.shown_totals.all_count == count + 2
    assert "2 opportunity(ies) in USD not included" in lst.totals_label.text()


def test_a_record_managers_name_change_refreshes_the_rows(
    qtbot: QtBot, opp_db: Database, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.domain.changes import Changes

    view = _view(qtbot, context)
    refreshed: list[bool] = []
    monkeypatch.setattr(view.list.model, "refresh_rows", lambda: refreshed.append(True))
    context.ops.changed.emit(Changes(records=frozenset({("app_user", "updated", 1)})), None)
    assert refreshed == [True]


@pytest.mark.parametrize("typed", ["inf", "-inf", "Infinity", "nan", "NaN"])
def test_an_amount_field_does_not_take_infinity_or_nan(typed: str) -> None:
    from PySide6.QtCore import QLocale

    from desktop_crm.ui.opportunities.texts import parse_decimal

    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert parse_decimal(typed, french) is None
    assert parse_decimal("1 234,50", french) == Decimal("1234.50")


def test_process_names_read_whole_or_in_the_tooltip(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    """ "Processus de vente standard" read "Processus de…" in a 100 px column."""
    from desktop_crm.services.opportunities.processes import create_process
    from desktop_crm.ui.opportunities.list_view import PROCESS_MAX_WIDTH

    long_name = "Processus de renouvellement des contrats de maintenance"
    opp_db.run(create_process, long_name, [("Échéance proche", 50, 60)])
    view = _view(qtbot, context)
    table, model = view.list.table, view.list.model
    qtbot.waitUntil(lambda: view.list.choices is not None)
    _cells(view, qtbot, context)
    process = [key for key, _title in COLUMNS].index("process")
    metrics = table.fontMetrics()
    standard = model.index(0, process)
    assert standard.data() == "Processus de vente standard"
    assert table.columnWidth(process) >= metrics.horizontalAdvance(standard.data()) + 8
    # Too long for the column: elided on screen, whole in the tooltip.
    assert table.columnWidth(process) <= PROCESS_MAX_WIDTH
    assert metrics.horizontalAdvance(long_name) > table.columnWidth(process)
    for column, (key, _title) in enumerate(COLUMNS):
        tip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
        if key in ("name", "contact", "company", "process", "stage"):
            assert tip == (model.index(0, column).data() or None)  # no empty tooltip
    # A user's wider column stays as it is.
    table.horizontalHeader().resizeSection(process, PROCESS_MAX_WIDTH + 60)
    view.list.load_choices()
    settle(qtbot, context)
    assert table.columnWidth(process) == PROCESS_MAX_WIDTH + 60


def test_the_sorted_close_column_is_whole_in_a_1400_px_window(
    qtbot: QtBot, opp_db: Database, context: AppContext
) -> None:
    """In the main window at 1400 px the list is about 1,240 px wide: the columns up to the
    expected close (the one sorted on) fit, the process one included."""
    view = _view(qtbot, context)
    view.resize(1240, 760)
    qtbot.waitUntil(lambda: view.list.choices is not None)
    settle(qtbot, context)
    table = view.list.table
    close = [key for key, _title in COLUMNS].index("expected_close")
    header = table.horizontalHeader()
    assert header.sectionPosition(close) + header.sectionSize(close) <= table.viewport().width()
    assert header.sectionSize(close) >= header.sectionSizeHint(close)  # its title whole
