"""Small bar charts of the home dashboard (pyqtgraph, imported only once data is there).

Each bar is clickable: ``BarChart.bar_clicked(series, index)``; a click on the empty part of
the chart emits ``chart_clicked()`` (the tile's list).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget


class _Bars(pg.BarGraphItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """One series of bars; a left click reports which bar."""

    def __init__(
        self,
        chart: BarChart,
        series: int,
        xs: list[float],
        heights: list[float],
        width: float,
        colour: str,
    ) -> None:
        super().__init__(
            x=xs,
            height=heights,
            width=width,
            brush=QColor(colour),
            pen=pg.mkPen(QColor(colour).darker(130), width=1),
        )
        self._chart = chart
        self._series = series
        self._xs = xs
        self._width = width
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, ev):  # type: ignore[no-untyped-def]  # pyqtgraph override
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        x = ev.pos().x()
        for index, centre in enumerate(self._xs):
            if abs(x - centre) <= self._width / 2:
                ev.accept()
                self._chart.bar_clicked.emit(self._series, index)
                return


class _ValueAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """The left axis, its values written by ``formatter`` (amounts in k€, whole counts)."""

    def __init__(self, formatter: Callable[[float], str]) -> None:
        super().__init__("left")
        self.formatter = formatter

    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]
        return [self.formatter(v * scale) for v in values]


def short_label(text: str, length: int = 16) -> str:
    """A category name that fits under its bar ("Proposition env…")."""
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def two_lines(text: str, length: int = 16) -> str:
    """A category name under its bar on up to two lines of ``length`` characters, cut at the
    space nearest the middle ("Prospect\nidentifié", "Proposition\nenvoyée"); only what
    is still too long is elided ("Prospect identi…" was the first 16 characters)."""
    if len(text) <= length:
        return text
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    if not spaces:
        return short_label(text, length)
    # The cut that elides least, then the most even one.
    cut = min(
        spaces,
        key=lambda i: (max(i, len(text) - i - 1, length) - length, abs(2 * i - len(text))),
    )
    first, second = text[:cut].rstrip(), text[cut + 1 :].lstrip()
    return short_label(first, length) + "\n" + short_label(second, length)


class BarChart(QWidget):
    """Grouped vertical bars with category labels under them and values above.

    Signals: ``bar_clicked(series, index)``, ``chart_clicked()``.
    """

    bar_clicked = Signal(int, int)
    chart_clicked = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        formatter: Callable[[float], str] | None = None,
        whole: bool = False,
        floor: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.whole = whole  # counts: ticks on whole numbers only
        self.floor = floor  # the least top of the value axis (an empty chart stays readable)
        axis = _ValueAxis(formatter or (lambda v: f"{v:g}"))
        self.plot = pg.PlotWidget(self, background="w", axisItems={"left": axis})
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.getAxis("left").setTextPen(QColor("#444444"))
        self.plot.getAxis("bottom").setTextPen(QColor("#444444"))
        self.plot.setMinimumHeight(150)
        self.legend: pg.LegendItem | None = None
        self.items: list[_Bars] = []
        self.value_labels: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)

    def set_value_format(self, formatter: Callable[[float], str], whole: bool) -> None:
        """How the value axis is written from now on (amounts, or whole counts)."""
        axis = self.plot.getAxis("left")
        assert isinstance(axis, _ValueAxis)
        axis.formatter = formatter
        self.whole = whole
        if not whole:
            axis.setTickSpacing()  # back to automatic ticks

    def set_bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float], str]],
        value_texts: Sequence[Sequence[str]] | None = None,
    ) -> None:
        """Draw ``series`` = (name, values, colour) over ``categories``."""
        self.plot.clear()
        self.items.clear()
        self.value_labels.clear()
        if self.legend is not None:
            self.legend.scene().removeItem(self.legend) if self.legend.scene() else None
            self.legend = None
        count = max(1, len(series))
        width = 0.8 / count
        if len(series) > 1:
            self.legend = self.plot.addLegend(offset=(-8, 6), labelTextColor="#333333")
        top = 0.0
        for number, (name, values, colour) in enumerate(series):
            xs = [i - 0.4 + width * (number + 0.5) for i in range(len(categories))]
            heights = [float(v) for v in values]
            top = max([top, *heights])
            bars = _Bars(self, number, xs, heights, width * 0.92, colour)
            self.plot.addItem(bars)
            if self.legend is not None:
                self.legend.addItem(bars, name)
            self.items.append(bars)
            if value_texts is not None:
                for x, height, text in zip(xs, heights, value_texts[number], strict=False):
                    if not text:
                        continue
                    label = pg.TextItem(text, color=QColor("#222222"), anchor=(0.5, 1.0))
                    label.setPos(x, height)
                    self.plot.addItem(label)
                    self.value_labels.append(label)
        axis = self.plot.getAxis("bottom")
        length = max(12, min(28, 84 // max(1, len(categories))))  # fewer bars, longer names
        ticks = [(i, two_lines(c, length)) for i, c in enumerate(categories)]
        axis.setTicks([ticks])
        # pyqtgraph sizes the axis for 0.8 of the text's height: a second line was cut off.
        lines = max((t.count("\n") + 1 for _i, t in ticks), default=1)
        if lines > 1:
            font = axis.style.get("tickFont") or self.plot.font()
            offset = axis.style["tickTextOffset"][1] + max(0, axis.style["tickLength"])
            axis.setHeight(lines * QFontMetrics(font).lineSpacing() + offset + 2)
        else:
            axis.setHeight(None)
        # The names still cut short are whole in the tooltip.
        self.setToolTip(
            "\n".join(c for c, (_i, t) in zip(categories, ticks, strict=True) if "…" in t)
        )
        if self.whole:
            step = max(1, math.ceil(top / 4))
            self.plot.getAxis("left").setTickSpacing(step, step)
        self.plot.setXRange(-0.6, max(0, len(categories) - 1) + 0.6, padding=0)
        # Room above the bars for their values, and for the legend when there is one.
        headroom = 1.45 if self.legend is not None else 1.2
        self.plot.setYRange(0, max(top * headroom, self.floor), padding=0)

    def _on_scene_clicked(self, event: object) -> None:
        if not getattr(event, "isAccepted", lambda: False)():
            self.chart_clicked.emit()
