"""The targeting chart: Pareto curve, quartile bars, quadrant scatter with its median lines,
P-vs-R scatter with the diagonal, elasticity scatter, phase and activity bars, RFM grid.

Signals: ``class_clicked(klass)`` when a point or bar of a class is clicked;
``cell_clicked(recency, frequency)`` for a cell of the RFM grid.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_crm.services.analytics.run import CLASSES, AnalysisResult, ClientRow
from desktop_crm.ui.opportunities.charts import short_money

DASH = Qt.PenStyle.DashLine
CLIP_PCT = 400.0
PALETTE = ("#1565c0", "#ef6c00", "#2e7d32", "#c62828", "#6a1b9a", "#00838f", "#9e9d24", "#757575")


def _tr(text: str) -> str:
    return QCoreApplication.translate("TargetingChart", text)


def class_colour(method: str, klass: str) -> str:
    classes = CLASSES.get(method, ())
    index = classes.index(klass) if klass in classes else len(PALETTE) - 1
    return PALETTE[index % len(PALETTE)]


class MoneyAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]  # override
        return [short_money(Decimal(str(round(v, 2)))) for v in values]


class TargetingChart(QWidget):
    """One pyqtgraph plot redrawn for each analysis."""

    class_clicked = Signal(str)
    cell_clicked = Signal(int, int)

    def __init__(self, label_of: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_of = label_of  # class code -> shown label
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.result: AnalysisResult | None = None
        self.bars: list[tuple[pg.BarGraphItem, str]] = []
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)

    # -- drawing -------------------------------------------------------------------------------
    def _reset(self, money_y: bool = False, money_x: bool = False) -> None:
        self.plot.clear()
        self.bars = []
        self.plot.setAxisItems(
            {
                "left": MoneyAxis("left") if money_y else pg.AxisItem("left"),
                "bottom": MoneyAxis("bottom") if money_x else pg.AxisItem("bottom"),
            }
        )
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setPen(pg.mkPen("#555555"))
            self.plot.getAxis(axis).setTextPen(pg.mkPen("#333333"))
        item = self.plot.getPlotItem()
        if item.legend is not None:  # clear() leaves the legend of the previous chart
            if item.legend.scene() is not None:
                item.legend.scene().removeItem(item.legend)
            item.legend = None

    def clear(self) -> None:
        """An empty chart (nothing to show: the role may not see the figures)."""
        self.result = None
        self._reset()

    def set_result(self, result: AnalysisResult) -> None:
        self.result = result
        method = result.spec.method
        drawing = {
            "abc": self._pareto,
            "quartiles": self._class_bars,
            "quadrants": self._quadrants,
            "pr": self._potential,
            "elasticity": self._elasticity,
            "maturity": self._class_bars,
            "rfm": self._rfm,
            "inactive": self._class_bars,
        }[method]
        drawing(result)
        self.plot.autoRange()
        if method == "rfm":  # room on the left for the legend
            self.plot.setXRange(-0.9, 5.6, padding=0)
            self.plot.setYRange(0.4, 5.6, padding=0)
        elif method == "abc":
            self.plot.setYRange(0, 102, padding=0)

    def _labels(self, x: str, y: str) -> None:
        self.plot.setLabel("bottom", x)
        self.plot.setLabel("left", y)

    def _scatter(
        self, rows: list[ClientRow], method: str, xs: list[float], ys: list[float]
    ) -> None:
        spots = [
            {
                "pos": (x, y),
                "data": (r.klass, r.name),
                "brush": pg.mkBrush(class_colour(method, r.klass)),
                "pen": pg.mkPen(None),
                "size": 8,
            }
            for r, x, y in zip(rows, xs, ys, strict=True)
        ]
        scatter = pg.ScatterPlotItem(
            hoverable=True, tip=lambda x, y, data: f"{data[1]} — {self.label_of(data[0])}"
        )
        scatter.addPoints(spots)
        scatter.sigClicked.connect(self._on_points_clicked)
        self.plot.addItem(scatter)

    def _on_points_clicked(self, _item: Any, points: Any, *_args: Any) -> None:
        if len(points):
            self.class_clicked.emit(str(points[0].data()[0]))

    def _legend(self, method: str, classes: list[str]) -> None:
        legend = self.plot.addLegend(offset=(10, 10), labelTextColor="#333333")
        for klass in classes:
            item = pg.ScatterPlotItem(brush=pg.mkBrush(class_colour(method, klass)), size=8)
            legend.addItem(item, self.label_of(klass))

    def _pareto(self, result: AnalysisResult) -> None:
        self._reset()
        rows = list(result.rows)
        self._labels(_tr("Clients by revenue (rank)"), _tr("Cumulative share of revenue (%)"))
        self.plot.plot([0] + [r.x for r in rows], [0] + [r.y for r in rows], pen=pg.mkPen("#999"))
        self._scatter(rows, "abc", [r.x for r in rows], [r.y for r in rows])
        for key in ("a_pct", "b_pct"):
            value = float(result.marks.get(key, 0))
            line = pg.InfiniteLine(pos=value, angle=0, pen=pg.mkPen("#888", style=DASH))
            self.plot.addItem(line)
        self._legend("abc", list(CLASSES["abc"]))

    def _class_bars(self, result: AnalysisResult) -> None:
        method = result.spec.method
        quartiles = method == "quartiles"
        self._reset(money_y=quartiles)
        counts = Counter(r.klass for r in result.rows)
        # Empty classes take no room (the labels of six bars would overlap), quartiles stay.
        classes = [k for k in CLASSES[method] if counts.get(k) or quartiles]
        totals: dict[str, Decimal] = {}
        for r in result.rows:
            totals[r.klass] = totals.get(r.klass, Decimal(0)) + r.revenue
        heights = [float(totals.get(k, 0)) if quartiles else counts.get(k, 0) for k in classes]
        for i, (klass, height) in enumerate(zip(classes, heights, strict=True)):
            bar = pg.BarGraphItem(
                x=[i], height=[height], width=0.7, brush=class_colour(method, klass), pen=None
            )
            bar.setToolTip(f"{self.label_of(klass)} : {counts.get(klass, 0)}")
            self.plot.addItem(bar)
            self.bars.append((bar, klass))
            text = pg.TextItem(str(counts.get(klass, 0)), color="#333", anchor=(0.5, 1))
            text.setPos(i, height)
            self.plot.addItem(text)
        ticks = [(i, self.label_of(k)) for i, k in enumerate(classes)]
        if quartiles:
            bounds = [result.marks.get(k) for k in ("q1", "q2", "q3")]
            shown = [
                f"≤ {short_money(bounds[0] or Decimal(0))}",
                f"≤ {short_money(bounds[1] or Decimal(0))}",
                f"≤ {short_money(bounds[2] or Decimal(0))}",
                f"> {short_money(bounds[2] or Decimal(0))}",
            ]
            ticks = [(i, f"{k} ({s})") for (i, k), s in zip(ticks, shown, strict=True)]
            self._labels(_tr("Quartile (bounds)"), _tr("Revenue of the quartile"))
        else:
            self._labels("", _tr("Clients"))
        self.plot.getAxis("bottom").setTicks([ticks])

    def _on_scene_clicked(self, event: Any) -> None:
        if not self.bars:
            return
        point = self.plot.getViewBox().mapSceneToView(event.scenePos())
        index = round(point.x())
        if 0 <= index < len(self.bars) and abs(point.x() - index) <= 0.35:
            self.class_clicked.emit(self.bars[index][1])

    def _quadrants(self, result: AnalysisResult) -> None:
        self._reset(money_y=True)
        rows = list(result.rows)
        self._labels(_tr("Contacts made in the period"), _tr("Revenue of the period"))
        self._scatter(rows, "quadrants", [r.x for r in rows], [r.y for r in rows])
        cx = float(result.marks.get("contacts", 0))
        cy = float(result.marks.get("revenue", 0))
        for pos, angle in ((cx, 90), (cy, 0)):
            self.plot.addItem(
                pg.InfiniteLine(pos=pos, angle=angle, pen=pg.mkPen("#888", style=DASH))
            )
        top = max((r.y for r in rows), default=1.0) or 1.0
        right = max((r.x for r in rows), default=1.0) or 1.0
        for klass, x, y, anchor in (
            ("Squelettes", 0, cy, (0, 0)),
            ("Contactivores", right, cy, (1, 0)),
            ("Vaches à lait", 0, top, (0, 0)),
            ("Poules aux œufs d'or", right, top, (1, 0)),
        ):
            text = pg.TextItem(klass, color=class_colour("quadrants", klass), anchor=anchor)
            text.setPos(x, y)
            self.plot.addItem(text)

    def _potential(self, result: AnalysisResult) -> None:
        self._reset(money_y=True, money_x=True)
        rows = [r for r in result.rows if r.potential is not None]
        self._labels(_tr("Potential P"), _tr("Revenue R"))
        self._scatter(rows, "pr", [r.x for r in rows], [r.y for r in rows])
        top = max([max(r.x, r.y) for r in rows] or [1.0])
        self.plot.plot([0, top], [0, top], pen=pg.mkPen("#888", style=DASH))
        label = pg.TextItem(_tr("R = P"), color="#666", anchor=(1, 1))
        label.setPos(top, top)
        self.plot.addItem(label)
        self._legend("pr", ["room", "reached"])

    def _elasticity(self, result: AnalysisResult) -> None:
        self._reset()
        rows = [r for r in result.rows if r.klass != "undefined"]
        self._labels(_tr("Change in contacts (%)"), _tr("Change in revenue (%)"))

        # Changes beyond +400 % (a client who bought almost nothing before) are drawn at
        # the edge so that they do not squash the others; the table has the exact figures.
        def clip(value: float) -> float:
            return max(-100.0, min(CLIP_PCT, value))

        xs, ys = [clip(r.x) for r in rows], [clip(r.y) for r in rows]
        self._scatter(rows, "elasticity", xs, ys)
        for angle in (0, 90):
            self.plot.addItem(pg.InfiniteLine(pos=0, angle=angle, pen=pg.mkPen("#888")))
        span = max([abs(x) for x in xs] or [100.0])
        self.plot.plot([-span, span], [-span, span], pen=pg.mkPen("#888", style=DASH))
        self._legend("elasticity", ["sensitive", "weak", "insensitive"])

    def _rfm(self, result: AnalysisResult) -> None:
        self._reset()
        cells = Counter((int(r.x), int(r.y)) for r in result.rows if r.klass != "no_purchase")
        top = max(cells.values(), default=1)
        spots = []
        # A cell's colour is its most common segment (the M score splits some cells).
        by_cell: dict[tuple[int, int], Counter[str]] = {}
        for r in result.rows:
            if r.score:
                by_cell.setdefault((int(r.x), int(r.y)), Counter())[r.klass] += 1
        segment_of = {cell: c.most_common(1)[0][0] for cell, c in by_cell.items()}
        for (rec, freq), count in cells.items():
            spots.append(
                {
                    "pos": (rec, freq),
                    "size": 14 + 40 * count / top,
                    "brush": pg.mkBrush(class_colour("rfm", segment_of.get((rec, freq), ""))),
                    "pen": pg.mkPen(None),
                    "data": (rec, freq),
                }
            )
            text = pg.TextItem(str(count), color="#fff", anchor=(0.5, 0.5))
            text.setPos(rec, freq)
            self.plot.addItem(text, ignoreBounds=True)
        scatter = pg.ScatterPlotItem(spots)
        scatter.setZValue(-1)
        scatter.sigClicked.connect(self._on_cell_clicked)
        self.plot.addItem(scatter)
        ticks = [(i, str(i)) for i in range(1, 6)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.getAxis("left").setTicks([ticks])
        self._labels(_tr("Recency score (5 = most recent)"), _tr("Frequency score"))
        self._legend("rfm", [k for k in CLASSES["rfm"] if k != "no_purchase"])

    def _on_cell_clicked(self, _item: Any, points: Any, *_args: Any) -> None:
        if len(points):
            rec, freq = points[0].data()
            self.cell_clicked.emit(int(rec), int(freq))
