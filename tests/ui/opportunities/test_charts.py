"""The pipeline funnel and the forecast tabs on a real database: bands and table equal the
services' totals, a band's click opens the list of its stage, filters redraw, exports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.domain.opportunities import (
    Forecast,
    ForecastMonth,
    OpportunityFilter,
    OpportunityInput,
    PeriodWon,
    Pipeline,
    StageTotal,
)
from desktop_crm.services.activities.agenda import list_users
from desktop_crm.services.opportunities.analysis import forecast, pipeline
from desktop_crm.services.opportunities.processes import create_process
from desktop_crm.services.opportunities.records import create_opportunity
from desktop_crm.storage.uow import Database, UnitOfWork
from desktop_crm.ui.opportunities.charts import make_forecast_tab, make_pipeline_tab, period_bounds
from desktop_crm.ui.opportunities.forecast import ForecastModel, ForecastTab
from desktop_crm.ui.opportunities.funnel import FunnelChart, PipelineTab
from tests.ui.conftest import make_context, settle

TODAY = dt.date(2026, 12, 1)


@pytest.fixture(autouse=True)
def french_numbers() -> Iterator[None]:
    """Amounts as the French interface shows them (1 234,50 €)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def _seed(uow: UnitOfWork) -> int:
    process = create_process(
        uow,
        "Vente test",
        [("Prospect", 10, 30), ("Proposition", 60, 20), ("Négociation", 80, 10)],
        is_default=True,
    )
    s1, s2, s3 = (s.id for s in process.stages)
    rows = [
        ("A", s1, "1000.50", dt.date(2026, 12, 15)),
        ("B", s1, "2500", dt.date(2027, 1, 10)),
        ("C", s2, "12345.67", dt.date(2027, 1, 31)),
        ("D", s3, "800", dt.date(2027, 3, 1)),
        ("E", s3, "99.99", dt.date(2027, 11, 30)),
    ]
    for name, stage, amount, close in rows:
        create_opportunity(
            uow,
            OpportunityInput(
                name=name,
                process_id=process.id,
                stage_id=stage,
                amount=Decimal(amount),
                expected_close=close,
            ),
        )
    return process.id


@pytest.fixture
def seeded(db: Database) -> int:
    return int(db.run(_seed).value)


def _pipeline_tab(qtbot, db, tmp_path, opened):  # type: ignore[no-untyped-def]
    context = make_context(db, tmp_path)
    tab = make_pipeline_tab(context, opened.append)
    assert isinstance(tab, PipelineTab)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.show()
    settle(qtbot, context)
    return context, tab


def test_funnel_draws_a_band_per_stage_with_the_service_totals(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _context, tab = _pipeline_tab(qtbot, db, tmp_path, [])
    expected = db.run(pipeline, OpportunityFilter(), seeded).value
    assert tab.pipeline == expected
    assert tab.filters.process_id() == seeded  # the default process, shown as chosen
    bands = tab.chart.bands
    assert [b.band for b in bands] == list(expected.stages)
    assert [b.band.count for b in bands] == [2, 1, 2]
    assert bands[0].band.amount == Decimal("3500.50")
    assert bands[2].band.weighted == (Decimal("899.99") * 80 / 100)
    # widest at the top, a colour per stage, every label shown at this size
    widths = [b.opts["width"][0] for b in bands]
    assert widths == sorted(widths, reverse=True)
    assert len({pg_brush_name(b.opts["brush"]) for b in bands}) == 3
    labels = tab.chart.visible_labels()
    assert len(labels) == 3
    assert labels[0].startswith("Prospect")
    assert "Proposition" in tab.chart.bands[1].toolTip()


def test_clicking_a_band_opens_the_list_of_its_stage(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    opened: list[OpportunityFilter] = []
    _context, tab = _pipeline_tab(qtbot, db, tmp_path, opened)
    band = tab.chart.bands[1]
    # A real mouse click on the middle of the second band.
    box = tab.chart.plot.getViewBox()
    scene_point = box.mapViewToScene(QPointF(0.0, 1.0))  # bands from the top: y = 2, 1, 0
    view_point = tab.chart.plot.mapFromScene(scene_point)
    qtbot.mouseClick(tab.chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=view_point)
    assert opened == [
        OpportunityFilter(process_id=seeded, stage_ids=(band.band.stage_id,)),
    ]
    assert band.band.name == "Proposition"


def test_the_click_keeps_the_filters(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    opened: list[OpportunityFilter] = []
    context, tab = _pipeline_tab(qtbot, db, tmp_path, opened)
    tab.filters.today = lambda: TODAY
    me = db.run(list_users).value[0].id
    qtbot.waitUntil(lambda: tab.filters.manager.count() > 1)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.filters.manager.setCurrentIndex(tab.filters.manager.findData(me))
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.filters.period.setCurrentIndex(tab.filters.period.findData("next3"))
    settle(qtbot, context)
    first = tab.chart.bands[0]
    first.mouseClickEvent(_LeftClick())
    close_from, close_to = period_bounds("next3", TODAY)
    assert opened == [
        OpportunityFilter(
            process_id=seeded,
            stage_ids=(first.band.stage_id,),
            manager_id=me,
            close_from=close_from,
            close_to=close_to,
        )
    ]


class _LeftClick:
    accepted = False

    def button(self) -> Qt.MouseButton:
        return Qt.MouseButton.LeftButton

    def accept(self) -> None:
        self.accepted = True


def test_a_filter_change_redraws(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    context, tab = _pipeline_tab(qtbot, db, tmp_path, [])
    tab.filters.today = lambda: TODAY
    assert tab.pipeline is not None and tab.pipeline.count == 5
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.filters.period.setCurrentIndex(tab.filters.period.findData("month"))
    settle(qtbot, context)
    # only "A" closes in December 2026
    assert [b.band.count for b in tab.chart.bands] == [1, 0, 0]
    assert tab.chart.bands[0].band.amount == Decimal("1000.50")
    # by count: the top band is still the widest, the empty ones keep a sliver
    tab.width_by.setCurrentIndex(1)
    assert tab.chart.by_amount is False
    assert len(tab.chart.bands) == 3


def test_a_change_notice_redraws(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    context, tab = _pipeline_tab(qtbot, db, tmp_path, [])

    def add(uow: UnitOfWork) -> None:
        create_opportunity(uow, OpportunityInput(name="F", process_id=seeded, amount=Decimal(5)))

    with qtbot.waitSignal(tab.loaded, timeout=10000):
        context.ops.run(add)
    settle(qtbot, context)
    assert tab.pipeline is not None and tab.pipeline.count == 6


def test_pipeline_exports_png_and_xlsx(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _context, tab = _pipeline_tab(qtbot, db, tmp_path, [])
    png = tmp_path / "funnel.png"
    tab.export_png(str(png))
    image = QImage(str(png))
    assert not image.isNull() and image.width() > 500
    xlsx = tmp_path / "funnel.xlsx"
    tab.export_xlsx(str(xlsx))
    sheet = load_workbook(xlsx).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Étape", "Probabilité (%)", "Nombre", "Montant", "Montant pondéré")
    expected = db.run(pipeline, OpportunityFilter(), seeded).value
    for row, band in zip(rows[1:], expected.stages, strict=False):
        assert row[0] == band.name and row[2] == band.count
        assert Decimal(str(row[3])) == band.amount
        assert Decimal(str(row[4])) == band.weighted
    assert rows[-1][0] == "Total" and Decimal(str(rows[-1][3])) == expected.amount
    assert "€" in sheet.cell(row=2, column=4).number_format


def test_funnel_labels_that_do_not_fit_are_hidden(qtbot):  # type: ignore[no-untyped-def]
    stages = tuple(
        StageTotal(i, f"Étape numéro {i}", i, 10 * i, i, Decimal(1000 * i), Decimal(100 * i))
        for i in range(1, 9)
    )
    data = Pipeline(1, "P", stages, 36, Decimal(36000), Decimal(3600))
    chart = FunnelChart()
    qtbot.addWidget(chart)
    chart.resize(1200, 900)
    chart.show()
    chart.set_pipeline(data)
    assert len(chart.visible_labels()) == 8
    chart.resize(300, 160)
    qtbot.waitUntil(lambda: len(chart.visible_labels()) < 8)
    # the tool tips still say everything
    assert all("Étape numéro" in band.toolTip() for band in chart.bands)


# --- forecast ----------------------------------------------------------------------------


def _forecast_tab(qtbot, db, tmp_path):  # type: ignore[no-untyped-def]
    context = make_context(db, tmp_path)
    tab = make_forecast_tab(context)
    assert isinstance(tab, ForecastTab)
    tab.today = TODAY
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.show()
    settle(qtbot, context)
    return context, tab


def test_forecast_table_matches_the_service(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _context, tab = _forecast_tab(qtbot, db, tmp_path)
    expected = db.run(forecast, OpportunityFilter(), 12, TODAY).value
    assert tab.data == expected
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tab.model.rowCount() == 12
    for row, month in enumerate(expected.months):
        values = [tab.model.index(row, c).data(Qt.ItemDataRole.UserRole) for c in range(4)]
        assert values == [month.month, month.count, month.amount, month.weighted]
    jan = tab.model.index(1, 2).data()
    assert jan == "14\u202f845,67\u00a0€"
    assert tab.chart.raw is not None
    assert list(tab.chart.raw.opts["height"][:3]) == [1000.5, 14845.67, 0.0]
    assert tab.figures[0].title.text() == "Won this month"


def test_forecast_exports_png_and_xlsx(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _context, tab = _forecast_tab(qtbot, db, tmp_path)
    png = tmp_path / "forecast.png"
    tab.export_png(str(png))
    assert not QImage(str(png)).isNull()
    xlsx = tmp_path / "forecast.xlsx"
    tab.export_xlsx(str(xlsx))
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[0] == (
        "Mois",
        "Nombre",
        "Montant",
        "Montant pondéré",
        "Dont en retard",
        "Montant en retard",
    )
    expected = db.run(forecast, OpportunityFilter(), 12, TODAY).value
    assert len(rows) == 14
    for row, month in zip(rows[1:13], expected.months, strict=True):
        assert row[0].date() == month.month
        assert row[1] == month.count
        assert Decimal(str(row[2])) == month.amount
        assert Decimal(str(row[3])) == month.weighted
    assert rows[13][1] == 5


def test_forecast_model_passes_the_tester_on_made_values(qtbot):  # type: ignore[no-untyped-def]
    model = ForecastModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    months = tuple(
        ForecastMonth(dt.date(2027, m, 1), m, Decimal(m * 100), Decimal(m * 10))
        for m in range(1, 13)
    )
    model.set_months(months)
    assert model.rowCount() == 12 and model.columnCount() == 4
    model.set_months(())
    assert model.rowCount() == 0


def test_won_figures_show_the_change(qtbot, db, tmp_path):  # type: ignore[no-untyped-def]
    _context, tab = _forecast_tab(qtbot, db, tmp_path)
    data = Forecast(
        (),
        (
            PeriodWon("month", Decimal(1500), Decimal(1000), 3, 2),
            PeriodWon("quarter", Decimal(500), Decimal(1000), 1, 2),
            PeriodWon("year", Decimal(0), Decimal(0), 0, 0),
        ),
    )
    tab._on_forecast(data)
    texts = [f.change.text() for f in tab.figures]
    assert "+50 %" in texts[0]
    assert "−50 %" in texts[1]
    assert "—" in texts[2]


def pg_brush_name(brush: object) -> str:
    import pyqtgraph as pg

    return str(pg.mkBrush(brush).color().name())


def _add_usd(db: Database, process_id: int) -> None:
    db.run(
        create_opportunity,
        OpportunityInput(
            name="US deal",
            process_id=process_id,
            amount=Decimal("50000"),
            currency="USD",
            expected_close=dt.date(2027, 1, 5),
        ),
    )


def test_funnel_header_counts_other_currencies_apart(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _add_usd(db, seeded)
    _context, tab = _pipeline_tab(qtbot, db, tmp_path, [])
    assert tab.pipeline.amount == Decimal("16746.16")  # the euros only
    assert "1 opportunity(ies) in USD not included" in tab.summary.text()


def test_forecast_total_counts_other_currencies_apart(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _add_usd(db, seeded)
    _context, tab = _forecast_tab(qtbot, db, tmp_path)
    assert tab.model.index(1, 2).data() == "14\u202f845,67\u00a0€"
    assert "1 opportunity(ies) in USD not included" in tab.total.text()


def test_forecast_shows_past_due_open_ones_in_this_month_in_red(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    db.run(
        create_opportunity,
        OpportunityInput(
            name="Never moved",
            process_id=seeded,
            amount=Decimal("4000"),
            expected_close=TODAY - dt.timedelta(days=40),
        ),
    )
    _context, tab = _forecast_tab(qtbot, db, tmp_path)
    december = tab.model.index(0, 0)
    assert december.data() == "Décembre 2026 — of which 1 overdue"
    assert december.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert "4\u202f000,00\u00a0€" in december.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.model.index(0, 2).data() == "5\u202f000,50\u00a0€"  # 1,000.50 + 4,000
    assert not tab.overdue_note.isHidden()
    assert "1 open opportunity(ies) with an expected close already past" in (
        tab.overdue_note.text()
    )
    assert tab.chart.overdue is not None
    assert list(tab.chart.overdue.opts["height"]) == [4000.0]
    assert "overdue" in tab.chart.legend.text()
    xlsx = tmp_path / "forecast.xlsx"
    tab.export_xlsx(str(xlsx))
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert (rows[1][4], Decimal(str(rows[1][5]))) == (1, Decimal("4000"))


def test_forecast_without_past_due_ones_shows_no_overdue_line(qtbot, db, tmp_path, seeded):  # type: ignore[no-untyped-def]
    _context, tab = _forecast_tab(qtbot, db, tmp_path)
    assert tab.overdue_note.isHidden()
    assert tab.chart.overdue is None
    assert tab.model.index(0, 0).data() == "Décembre 2026"
