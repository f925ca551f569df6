"""The ROI dashboard's charts (pyqtgraph): one campaign's funnel, and the campaigns side by
side (cost against margin, and ROI).

Signals: ``ComparisonChart.campaign_clicked(campaign_id)`` when a campaign's bar is clicked.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_crm.domain.campaigns import CampaignFigures
from desktop_crm.services.campaigns.figures import CampaignRow
from desktop_crm.ui.opportunities.charts import short_money

BLUE, ORANGE, GREEN, RED, GREY = "#1565c0", "#ef6c00", "#2e7d32", "#c62828", "#9e9e9e"
COUNT_FLOOR = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignCharts", text)


class _TickAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A bottom axis with one text per bar."""

    def __init__(self, labels: list[str]) -> None:
        super().__init__("bottom")
        self.setTicks([list(enumerate(labels))])


class _MoneyAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]  # override
        return [short_money(Decimal(str(round(v, 2)))) for v in values]


class _PercentAxis(pg.AxisItem):  # type: ignore[misc]
    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]  # override
        return [QLocale().toString(float(v), "f", 0) + "\u00a0%" for v in values]


class _CountAxis(pg.AxisItem):  # type: ignore[misc]
    """Whole numbers in the user's format ("1 500"); no "0.5" between two people."""

    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]  # override
        return [QLocale().toString(round(v)) if abs(v - round(v)) < 1e-6 else "" for v in values]


def _plot(parent: QWidget) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent, background="w")
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.showGrid(x=False, y=True, alpha=0.2)
    return plot


def _style_axes(plot: pg.PlotWidget) -> None:
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setPen(pg.mkPen("#555555"))
        plot.getAxis(axis).setTextPen(pg.mkPen("#333333"))


class FunnelChart(QWidget):
    """Targets → sent → responses → meetings → opportunities → won, for one campaign."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self)
        self.values: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_figures(self, title: str, figures: CampaignFigures | None) -> None:
        labels = [
            _tr("Targets"),
            _tr("Sent"),
            _tr("Responses"),
            _tr("Meetings"),
            _tr("Opport."),
            _tr("Won"),
        ]
        f = figures
        self.values = (
            [f.targets, f.sent, f.responses, f.meetings, f.opportunities, f.won] if f else []
        )
        self.plot.clear()
        self.plot.setAxisItems({"bottom": _TickAxis(labels), "left": _CountAxis("left")})
        _style_axes(self.plot)
        self.plot.setTitle(title, color="#333333", size="10pt")
        if not self.values:
            return
        colours = [GREY, BLUE, BLUE, ORANGE, ORANGE, GREEN]
        self.plot.addItem(
            pg.BarGraphItem(
                x=list(range(len(self.values))),
                height=self.values,
                width=0.6,
                brushes=[pg.mkBrush(c) for c in colours],
                pen=pg.mkPen(None),
            )
        )
        top = max(*self.values, COUNT_FLOOR)  # an empty campaign's axis: 0 to 5, not 0.1 steps
        for x, value in enumerate(self.values):
            text = pg.TextItem(QLocale().toString(value), color="#222222", anchor=(0.5, 1))
            text.setPos(x, value + top * 0.02)
            self.plot.addItem(text)
        self.plot.setYRange(0, top * 1.15, padding=0)
        self.plot.setXRange(-0.6, len(self.values) - 0.4, padding=0)
        # The axes are new; a range equal to the last campaign's sends them no change: tell
        # them, or two empty campaigns in a row drew an axis of 0 to 1 without labels.
        view = self.plot.getPlotItem().getViewBox()
        for name in ("bottom", "left"):
            self.plot.getAxis(name).linkedViewChanged(view)


class ComparisonChart(QWidget):
    """The campaigns side by side: cost and margin in pairs of bars (amounts), or ROI."""

    campaign_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = _plot(self)
        self.rows: list[CampaignRow] = []
        self.mode = "money"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)

    def set_rows(self, rows: list[CampaignRow], mode: str = "money") -> None:
        self.rows = [r for r in rows if r.figures.targets or r.figures.cost]
        self.mode = mode
        self.plot.clear()
        item = self.plot.getPlotItem()
        if item.legend is not None and item.legend.scene() is not None:
            item.legend.scene().removeItem(item.legend)
            item.legend = None
        names = [_short(r.name) for r in self.rows]
        left = _MoneyAxis("left") if mode == "money" else _PercentAxis("left")
        self.plot.setAxisItems({"bottom": _TickAxis(names), "left": left})
        _style_axes(self.plot)
        if not self.rows:
            return
        xs = list(range(len(self.rows)))
        if mode == "money":
            hidden = any(r.figures.amounts_hidden for r in self.rows)  # Restricted: cost only
            title = _tr("Cost") if hidden else _tr("Cost, revenue and margin")
            self.plot.setTitle(title, color="#333333", size="10pt")
            legend = self.plot.addLegend(offset=(10, 5), labelTextColor="#333333")
            series = [(_tr("Cost"), [float(r.figures.cost) for r in self.rows], RED, -0.27)]
            if not hidden:
                series += [
                    (_tr("Revenue"), [float(r.figures.revenue or 0) for r in self.rows], BLUE, 0.0),
                    (_tr("Margin"), [float(r.figures.margin or 0) for r in self.rows], GREEN, 0.27),
                ]
            for label, heights, colour, shift in series:
                bars = pg.BarGraphItem(
                    x=[x + shift for x in xs],
                    height=heights,
                    width=0.26,
                    brush=pg.mkBrush(colour),
                    pen=pg.mkPen(None),
                )
                self.plot.addItem(bars)
                legend.addItem(bars, label)
        else:
            self.plot.setTitle(_tr("Return on investment (ROI)"), color="#333333", size="10pt")
            values = [
                float(r.figures.roi * 100) if r.figures.roi is not None else 0.0 for r in self.rows
            ]
            self.plot.addItem(
                pg.BarGraphItem(
                    x=xs,
                    height=values,
                    width=0.6,
                    brushes=[pg.mkBrush(GREEN if v >= 0 else RED) for v in values],
                    pen=pg.mkPen(None),
                )
            )
            self.plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#555555")))
            for x, r in enumerate(self.rows):
                text = (
                    QLocale().toString(float(r.figures.roi * 100), "f", 0) + "\u00a0%"
                    if r.figures.roi is not None
                    else _tr("n/a")
                )
                label = pg.TextItem(text, color="#222222", anchor=(0.5, 1 if values[x] >= 0 else 0))
                label.setPos(x, values[x])
                self.plot.addItem(label)
        self.plot.autoRange()
        self.plot.setXRange(-0.6, len(self.rows) - 0.4, padding=0)

    def _on_scene_clicked(self, event: Any) -> None:
        if not self.rows:
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        index = round(point.x())
        if 0 <= index < len(self.rows):
            self.campaign_clicked.emit(self.rows[index].id)


def _short(name: str, size: int = 22) -> str:
    return name if len(name) <= size else name[: size - 1] + "…"
