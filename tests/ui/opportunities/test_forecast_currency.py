"""The forecast in a currency other than euros: every amount of the tab (the overdue line,
the table, the totals, the won figures, the axis and the XLSX) says that currency, in the
locale's number format; euros stay as they were."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt

from desktop_crm.domain.opportunities import OpportunityInput
from desktop_crm.services.opportunities.processes import create_process
from desktop_crm.services.opportunities.records import create_opportunity
from desktop_crm.storage.uow import Database, UnitOfWork
from desktop_crm.ui.opportunities.charts import make_forecast_tab
from desktop_crm.ui.opportunities.forecast import ForecastTab
from tests.ui.conftest import make_context, settle

TODAY = dt.date(2026, 12, 1)
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    if request.param == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield str(request.param)
    QLocale.setDefault(before)


def _seed(uow: UnitOfWork) -> None:
    process = create_process(uow, "Vente", [("Prospect", 50, 30)], is_default=True)
    for name, amount, currency, close in (
        ("Late US deal", "4000", "USD", TODAY - dt.timedelta(days=40)),
        ("US deal", "1234.5", "USD", dt.date(2027, 1, 10)),
        ("Affaire en euros", "999", "EUR", dt.date(2027, 1, 12)),
    ):
        create_opportunity(
            uow,
            OpportunityInput(
                name=name,
                process_id=process.id,
                stage_id=process.stages[0].id,
                amount=Decimal(amount),
                currency=currency,
                expected_close=close,
            ),
        )


def _tab(qtbot, db: Database, tmp_path, currency: str | None) -> ForecastTab:  # type: ignore[no-untyped-def]
    db.run(_seed)
    context = make_context(db, tmp_path)
    tab = make_forecast_tab(context)
    assert isinstance(tab, ForecastTab)
    tab.today = TODAY
    tab.currency = currency
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.show()
    settle(qtbot, context)
    return tab


def test_a_forecast_in_dollars_says_dollars_everywhere(qtbot, db, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, db, tmp_path, "USD")
    assert tab.data is not None and tab.data.currency == "USD"
    late, january = (
        (f"4{NNBSP}000,00{NBSP}$", f"1{NNBSP}234,50{NBSP}$")
        if language == "fr"
        else ("$4,000.00", "$1,234.50")
    )
    note = tab.overdue_note.text()
    assert not tab.overdue_note.isHidden()
    assert f"({late})" in note and "€" not in note
    december = tab.model.index(0, 0)
    assert f"({late})" in december.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.model.index(0, 2).data() == late
    assert tab.model.index(1, 2).data() == january
    # Dollars only, as the command line's --currency USD: the euro deal is not in them.
    total, weighted = (
        (f"5{NNBSP}234,50{NBSP}$", f"2{NNBSP}617,25{NBSP}$")
        if language == "fr"
        else ("$5,234.50", "$2,617.25")
    )
    assert tab.total.text() == f"12 months: 2 opportunity(ies) · {total} · weighted {weighted}"
    assert all("€" not in f.amount.text() and "$" in f.amount.text() for f in tab.figures)
    assert tab.chart.overdue is not None and f"({late})" in tab.chart.overdue.toolTip()
    ticks = tab.chart.plot.getAxis("left").tickStrings([2000.0, 12000.0], 1, 1000)
    assert all(t.endswith("$") for t in ticks), ticks
    xlsx = tmp_path / "forecast.xlsx"
    tab.export_xlsx(str(xlsx))
    sheet = load_workbook(xlsx).active
    assert sheet.cell(2, 6).value == 4000 and sheet.cell(2, 6).number_format.endswith('" $"')


def test_a_forecast_in_euros_is_unchanged(qtbot, db, tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, db, tmp_path, None)
    assert tab.data is not None and tab.data.currency == "EUR"
    assert tab.overdue_note.isHidden()  # the late deal is in dollars
    january = f"999,00{NBSP}€" if language == "fr" else "€999.00"
    assert tab.model.index(1, 2).data() == january
    assert "2 opportunity(ies) in USD not included" in tab.total.text()
