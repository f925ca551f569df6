"""Benchmark: the pipeline funnel and the forecast redrawn after a filter change.

Measured: the time from the new data arriving on the GUI thread (the tab's ``on_done``) to
the tab painted (``grab()`` renders the whole tab synchronously, at 1600×1000: filters,
totals, chart and, for the forecast, the figures and the table), against a
bare pyqtgraph redraw of the same bars (a ``PlotWidget`` of the same size, ``clear()``, one
``BarGraphItem`` per series, ``grab()``), alternating the two in the same run. Two data sets
alternate so that every redraw is a change. The "chart only" lines redraw and grab just the
chart widget, the same surface as the baseline. Target: ≤ 100 ms a redraw.

Run: ``python benchmarks/bench_pipeline_chart.py [--runs 60]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop_crm.domain.opportunities import (
    Forecast,
    ForecastMonth,
    PeriodWon,
    Pipeline,
    StageTotal,
    add_months,
)
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.opportunities.forecast import ForecastTab
from desktop_crm.ui.opportunities.funnel import PipelineTab

SIZE = (1600, 1000)
STAGES = ("Prospect identifié", "Premier contact", "Besoin qualifié", "Proposition envoyée")
STAGES += ("Négociation",)


def _pipeline(scale: int) -> Pipeline:
    bands = tuple(
        StageTotal(
            i + 1,
            name,
            i,
            10 + 20 * i,
            (15 - 2 * i) * scale,
            Decimal(90_000 - 9_000 * i) * scale,
            Decimal(90_000 - 9_000 * i) * scale * (10 + 20 * i) / 100,
        )
        for i, name in enumerate(STAGES)
    )
    return Pipeline(
        1,
        "Vente B2B",
        bands,
        sum(b.count for b in bands),
        sum((b.amount for b in bands), Decimal(0)),
        sum((b.weighted for b in bands), Decimal(0)),
    )


def _forecast(scale: int) -> Forecast:
    first = dt.date(2026, 12, 1)
    months = tuple(
        ForecastMonth(
            add_months(first, i),
            (12 - i) * scale,
            Decimal(10_000 * (12 - i) * scale),
            Decimal(4_000 * (12 - i) * scale),
        )
        for i in range(12)
    )
    won = tuple(
        PeriodWon(label, Decimal(20_000 * scale), Decimal(15_000), 3, 2)
        for label in ("month", "quarter", "year")
    )
    return Forecast(months, won)


def _stats(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _measure(
    app: QApplication,
    ours: Callable[[int], None],
    bare: Callable[[int], None],
    runs: int,
) -> tuple[list[float], list[float]]:
    mine: list[float] = []
    base: list[float] = []
    for run in range(runs + 3):
        scale = 1 + run % 2
        for fn, into in ((ours, mine), (bare, base)) if run % 2 else ((bare, base), (ours, mine)):
            app.processEvents()
            started = time.perf_counter()
            fn(scale)
            elapsed = time.perf_counter() - started
            if run >= 3:  # warm-up
                into.append(elapsed)
    return mine, base


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    app = QApplication(sys.argv)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    folder = Path(tempfile.mkdtemp())
    db = open_database(resolve_database(str(folder / "bench.sqlite"))).db
    context = AppContext(
        Operations(db), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    funnel = PipelineTab(context, lambda _flt: None)
    forecast = ForecastTab(context)
    bare = pg.PlotWidget(background="w")
    for widget in (funnel, forecast, bare):
        widget.resize(*SIZE)
        widget.show()
    context.ops.wait()
    for _ in range(50):
        app.processEvents()
    pipelines = {1: _pipeline(1), 2: _pipeline(2)}
    forecasts = {1: _forecast(1), 2: _forecast(2)}

    def funnel_redraw(scale: int) -> None:
        funnel._on_pipeline(pipelines[scale])
        funnel.grab()

    def bare_funnel(scale: int) -> None:
        data = pipelines[scale]
        bare.clear()
        n = len(data.stages)
        top = float(max(b.amount for b in data.stages))
        widths = [float(b.amount) / top for b in data.stages]
        bare.addItem(
            pg.BarGraphItem(
                x0=[-w / 2 for w in widths],
                y0=[n - 1 - i - 0.43 for i in range(n)],
                width=widths,
                height=0.86,
                brushes=[pg.mkBrush(pg.intColor(i)) for i in range(n)],
            )
        )
        bare.grab()

    def funnel_chart_only(scale: int) -> None:
        funnel.chart.set_pipeline(pipelines[scale])
        funnel.chart.grab()

    def forecast_chart_only(scale: int) -> None:
        forecast.chart.set_months(forecasts[scale].months)
        forecast.chart.grab()

    def forecast_redraw(scale: int) -> None:
        forecast._on_forecast(forecasts[scale])
        forecast.grab()

    def bare_forecast(scale: int) -> None:
        months = forecasts[scale].months
        bare.clear()
        xs = range(len(months))
        bare.addItem(
            pg.BarGraphItem(
                x=[x - 0.19 for x in xs], height=[float(m.amount) for m in months], width=0.38
            )
        )
        bare.addItem(
            pg.BarGraphItem(
                x=[x + 0.19 for x in xs], height=[float(m.weighted) for m in months], width=0.38
            )
        )
        bare.grab()

    print(f"Chart redraw after a filter change, {SIZE[0]}×{SIZE[1]}, {args.runs} runs each")
    for name, ours, baseline in (
        ("funnel", funnel_redraw, bare_funnel),
        ("forecast", forecast_redraw, bare_forecast),
        ("funnel chart only", funnel_chart_only, bare_funnel),
        ("forecast chart only", forecast_chart_only, bare_forecast),
    ):
        mine, base = _measure(app, ours, baseline, args.runs)
        m_med, m_p95 = _stats(mine)
        b_med, b_p95 = _stats(base)
        verdict = "OK" if m_p95 <= 100 else "OVER 100 ms"
        print(
            f"{name:19} ours median {m_med:6.1f} ms  p95 {m_p95:6.1f} ms | bare pyqtgraph "
            f"median {b_med:6.1f} ms  p95 {b_p95:6.1f} ms | ratio {m_med / b_med:4.2f}  "
            f"[{verdict}]"
        )
    db.dispose()


if __name__ == "__main__":
    main()
