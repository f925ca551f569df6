"""The forecast: open opportunities of the next 12 months by month of estimated close, raw
and weighted, as bars and a table; and what was won this month, quarter and year against the
previous ones. Open ones whose expected close is past count in this month, shown overdue (in
red: a line above the chart, the bar's part, the month's cell) for the salesperson to update.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.opportunities import (
    DEFAULT_CURRENCY,
    ZERO,
    Forecast,
    ForecastMonth,
    PeriodWon,
)
from desktop_crm.services.opportunities.analysis import forecast
from desktop_crm.services.users.amounts import is_amounts_refusal
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.opportunities.charts import (
    CHART_KINDS,
    RAW_COLOUR,
    WEIGHTED_COLOUR,
    ChartFilters,
    ExportButton,
    money,
    month_label,
    short_money,
    write_sheet,
)
from desktop_crm.ui.opportunities.texts import others_text

MONTHS = 12
BAR_WIDTH = 0.38
OVERDUE_COLOUR = "#c62828"
FORECAST_HEADER = (
    "Mois",
    "Nombre",
    "Montant",
    "Montant pondéré",
    "Dont en retard",
    "Montant en retard",
)
_AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ForecastChart", text)


def overdue_text(count: int, amount: Decimal, currency: str = DEFAULT_CURRENCY) -> str:
    """What the overdue part of this month is and what to do about it (the amount in the
    forecast's currency)."""
    return (
        QCoreApplication.translate(
            "ForecastTab",
            "%n open opportunity(ies) with an expected close already past (%1) counted in "
            "this month: update the date or close them.",
            "",
            count,
        )
    ).replace("%1", money(amount, currency))


class MoneyAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A value axis in compact amounts of the forecast's currency (``120 k€``)."""

    currency = DEFAULT_CURRENCY

    def tickStrings(self, values, scale, spacing):  # type: ignore[no-untyped-def]  # override
        return [short_money(Decimal(str(round(v, 2))), self.currency) for v in values]


class ForecastModel(QAbstractTableModel):
    """Month, count, amount and weighted amount of each month of the forecast."""

    HEADERS = ("Month", "Count", "Amount", "Weighted amount")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[ForecastMonth] = []
        self.currency = DEFAULT_CURRENCY

    def set_months(
        self, months: tuple[ForecastMonth, ...], currency: str = DEFAULT_CURRENCY
    ) -> None:
        self.beginResetModel()
        self.months = list(months)
        self.currency = currency
        self.endResetModel()

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.months):
            return None
        month = self.months[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                name = month_label(month.month, long=True).capitalize()
                if month.overdue_count:
                    late = QCoreApplication.translate(
                        "ForecastModel", "of which %n overdue", "", month.overdue_count
                    )
                    return f"{name} — {late}"
                return name
            if column == 1:
                return str(month.count)
            return money(month.amount if column == 2 else month.weighted, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if month.overdue_count and column == 0:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(OVERDUE_COLOUR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return overdue_text(month.overdue_count, month.overdue_amount, self.currency)
        if role == Qt.ItemDataRole.UserRole:
            return (month.month, month.count, month.amount, month.weighted)[column]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("ForecastModel", self.HEADERS[section])
        return None


class ForecastChart(QWidget):
    """Two bars a month (amount, weighted amount) with a legend above; month names are
    abbreviated, and every second or third one is left out when the chart is narrow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QLabel(self)
        self._set_legend(overdue=False)
        self.plot = pg.PlotWidget(self, background="w", axisItems={"left": MoneyAxis("left")})
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(y=True, alpha=0.25)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setPen(pg.mkPen("#555555"))
            self.plot.getAxis(axis).setTextPen(pg.mkPen("#333333"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        self.months: tuple[ForecastMonth, ...] = ()
        self.raw: pg.BarGraphItem | None = None
        self.weighted: pg.BarGraphItem | None = None
        self.overdue: pg.BarGraphItem | None = None
        self.plot.getViewBox().sigResized.connect(self._fit_ticks)

    def _set_legend(self, *, overdue: bool) -> None:
        text = (
            f"<span style='color:{RAW_COLOUR}'>■</span> {_tr('Amount')} &nbsp; "
            f"<span style='color:{WEIGHTED_COLOUR}'>■</span> {_tr('Weighted amount')}"
        )
        if overdue:
            text += (
                f" &nbsp; <span style='color:{OVERDUE_COLOUR}'>■</span> "
                f"{_tr('of which overdue (expected close passed)')}"
            )
        self.legend.setText(text)

    def set_months(
        self, months: tuple[ForecastMonth, ...], currency: str = DEFAULT_CURRENCY
    ) -> None:
        self.months = months
        self.plot.getAxis("left").currency = currency
        self.plot.clear()
        xs = list(range(len(months)))
        self.raw = pg.BarGraphItem(
            x=[x - BAR_WIDTH / 2 for x in xs],
            height=[float(m.amount) for m in months],
            width=BAR_WIDTH,
            brush=RAW_COLOUR,
            pen=pg.mkPen(None),
        )
        self.weighted = pg.BarGraphItem(
            x=[x + BAR_WIDTH / 2 for x in xs],
            height=[float(m.weighted) for m in months],
            width=BAR_WIDTH,
            brush=WEIGHTED_COLOUR,
            pen=pg.mkPen(None),
        )
        for item, kind in ((self.raw, _tr("Amount")), (self.weighted, _tr("Weighted amount"))):
            item.setToolTip(
                "\n".join(
                    f"{month_label(m.month)} — {kind}: "
                    f"{money(m.amount if item is self.raw else m.weighted, currency)}"
                    for m in months
                )
            )
            self.plot.addItem(item)
        # The overdue part of a month's amount: the bottom of its bar, in red.
        late = [(x, m) for x, m in zip(xs, months, strict=True) if m.overdue_count]
        self.overdue = None
        if late:
            self.overdue = pg.BarGraphItem(
                x=[x - BAR_WIDTH / 2 for x, _m in late],
                height=[float(m.overdue_amount) for _x, m in late],
                width=BAR_WIDTH,
                brush=OVERDUE_COLOUR,
                pen=pg.mkPen(None),
            )
            self.overdue.setToolTip(
                "\n".join(
                    overdue_text(m.overdue_count, m.overdue_amount, currency) for _x, m in late
                )
            )
            self.plot.addItem(self.overdue)
        self._set_legend(overdue=bool(late))
        top = max((float(m.amount) for m in months), default=0.0) or 1.0
        self.plot.setXRange(-0.6, max(len(months), 1) - 0.4, padding=0)
        self.plot.setYRange(0, top * 1.08, padding=0)
        self._fit_ticks()

    def _fit_ticks(self, *_args: object) -> None:
        n = len(self.months)
        if not n:
            self.plot.getAxis("bottom").setTicks([[]])
            return
        per_month = self.plot.getViewBox().width() / n
        step = 1 if per_month >= 64 else 2 if per_month >= 32 else 3
        ticks = [(i, month_label(m.month)) for i, m in enumerate(self.months) if i % step == 0]
        self.plot.getAxis("bottom").setTicks([ticks])


class WonFigure(QFrame):
    """ "Won this month": the amount, the count and the change against the previous period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.amount = QLabel(self)
        font = self.amount.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.amount.setFont(font)
        self.change = QLabel(self)
        self.change.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.amount)
        layout.addWidget(self.change)

    def set_period(self, period: PeriodWon, currency: str = DEFAULT_CURRENCY) -> None:
        titles = {
            "month": (self.tr("Won this month"), self.tr("against last month")),
            "quarter": (self.tr("Won this quarter"), self.tr("against last quarter")),
            "year": (self.tr("Won this year"), self.tr("against last year")),
        }
        title, against = titles.get(period.label, (period.label, ""))
        self.title.setText(title)
        self.amount.setText(money(period.amount, currency))
        if period.previous > ZERO:
            pct = (period.amount - period.previous) / period.previous * 100
            sign = "+" if pct >= 0 else "−"
            colour = "#2e7d32" if pct >= 0 else "#c62828"
            change = f"<span style='color:{colour}'>{sign}{abs(pct):.0f} %</span>"
        else:
            change = "—"
        won_now = self.tr("%n won", "", period.count)
        won_before = self.tr("%n won", "", period.previous_count)
        self.change.setText(
            f"{won_now} · {change} {against} ({money(period.previous, currency)}, {won_before})"
        )
        self.change.setToolTip(self.change.text())


class ForecastTab(QWidget):
    """The Forecast tab: filters, Export…, the three "won" figures, the bars and the table.

    Signals: ``loaded()`` each time a forecast arrived and was drawn.
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today: dt.date | None = None  # None: the service's today (Paris)
        # The one currency the figures add up, as the command line's --currency (None: the
        # default, euros); every amount of the tab is shown in the forecast's currency.
        self.currency: str | None = None
        self.data: Forecast | None = None
        self._stale = True
        self.filters = ChartFilters(context, self, all_processes=True, with_period=False)
        self.export = ExportButton(self, self.export_png, self.export_xlsx, self.tr("forecast"))
        self.filters.trailing.addWidget(self.export)
        self.figures = [WonFigure(self) for _ in range(3)]
        figures = QHBoxLayout()
        for figure in self.figures:
            figures.addWidget(figure, 1)
        self.overdue_note = QLabel(self)
        self.overdue_note.setObjectName("forecastOverdue")
        self.overdue_note.setWordWrap(True)
        self.overdue_note.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: bold;")
        self.overdue_note.hide()
        self.chart = ForecastChart(self)
        self.model = ForecastModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.total = QLabel(self)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.table, 1)
        below_layout.addWidget(self.total)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        nest(layout, figures)
        layout.addWidget(self.overdue_note)
        layout.addWidget(self.splitter, 1)
        self.filters.changed.connect(self._on_filters_changed)
        context.ops.changed.connect(self._on_ops_changed)

    def reload(self) -> None:
        self._stale = False
        self.context.ops.read(
            forecast,
            dataclasses.replace(self.filters.filter(), currency=self.currency),
            MONTHS,
            self.today,
            on_done=self._on_forecast,
            on_error=self._on_refused,
            key=f"forecast-{id(self)}",
        )

    def _on_refused(self, exc: BaseException) -> None:
        """Restricted: one line in the tab (no pop-up on every refresh); others as usual."""
        if not is_amounts_refusal(exc):
            self.context.ops.show_error(exc, self)
        elif isValid(self):
            self.export.setEnabled(False)
            self.total.setText(
                self.tr("Your role does not see amounts: the forecast is not shown.")
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_forecast(self, data: Forecast) -> None:
        if not isValid(self):
            return
        self.data = data
        self.export.setEnabled(True)
        currency = data.currency
        self.chart.set_months(data.months, currency)
        self.model.set_months(data.months, currency)
        for figure, period in zip(self.figures, data.won, strict=False):
            figure.set_period(period, currency)
        count = sum(m.count for m in data.months)
        amount = sum((m.amount for m in data.months), ZERO)
        weighted = sum((m.weighted for m in data.months), ZERO)
        total = (
            self.tr("12 months: %n opportunity(ies) · %1 · weighted %2", "", count)
            .replace("%1", money(amount, currency))
            .replace("%2", money(weighted, currency))
        )
        if data.other_currencies:  # never added to the figures: told apart
            total += " · " + others_text(data.other_currencies)
        self.total.setText(total)
        self.overdue_note.setText(
            "⚠ " + overdue_text(data.overdue_count, data.overdue_amount, currency)
            if data.overdue_count
            else ""
        )
        self.overdue_note.setVisible(bool(data.overdue_count))
        self.loaded.emit()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if not isValid(self) or not changes.touches(*CHART_KINDS):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _on_filters_changed(self) -> None:
        self.reload()

    # -- export ---------------------------------------------------------------------------
    def export_png(self, path: str) -> None:
        self.chart.grab().save(path, "PNG")

    def export_xlsx(self, path: str) -> None:
        months = self.data.months if self.data else ()
        rows: list[list[object]] = [
            [m.month, m.count, m.amount, m.weighted, m.overdue_count, m.overdue_amount]
            for m in months
        ]
        rows.append(
            [
                "Total",
                sum(m.count for m in months),
                sum((m.amount for m in months), ZERO),
                sum((m.weighted for m in months), ZERO),
                sum(m.overdue_count for m in months),
                sum((m.overdue_amount for m in months), ZERO),
            ]
        )
        currency = self.data.currency if self.data else DEFAULT_CURRENCY
        write_sheet(path, "Prévisions", FORECAST_HEADER, rows, (2, 3, 5), currency)
