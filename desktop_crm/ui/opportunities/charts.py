"""The pipeline and forecast tabs of the Opportunities view, and what both charts share:
French money display, the filter bar, the stage colours and the "Export…" menu (PNG, XLSX).

The view calls the two factories; everything else is used by ``funnel.py``, ``forecast.py``
and ``kanban.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from PySide6.QtCore import QCoreApplication, QLocale, QSize, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from shiboken6 import isValid

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.opportunities import (
    DEFAULT_CURRENCY,
    OpportunityFilter,
    ProcessView,
    add_months,
    round_cents,
)
from desktop_crm.services.activities.agenda import UserChoice, list_users
from desktop_crm.services.opportunities.processes import list_processes
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.groups.picker import GroupPicker
from desktop_crm.ui.opportunities.texts import currency_symbol
from desktop_crm.ui.users.names import person_name

# What a pipeline or forecast shows depends on these tables.
CHART_KINDS = ("opportunity", "sales_stage", "sales_process")

# One colour per stage, in order (ACT!'s funnel goes from cold blue to warm green).
STAGE_COLOURS: tuple[str, ...] = (
    "#4e79a7",
    "#59a1cf",
    "#76b7b2",
    "#59a14f",
    "#8cd17d",
    "#edc948",
    "#f28e2b",
    "#e15759",
    "#b07aa1",
    "#9c755f",
)
RAW_COLOUR = "#4e79a7"
WEIGHTED_COLOUR = "#f28e2b"
XLSX_MONEY_FORMAT = '#,##0.00" €"'
WIDE_FILTERS_PX = 1150  # narrower, the filters take two rows
COMBO_TEXT_PX = 220  # a longer choice (a group's name) may be cut in one row


def stage_colour(index: int) -> QColor:
    return QColor(STAGE_COLOURS[index % len(STAGE_COLOURS)])


def money(amount: Decimal, currency: str = DEFAULT_CURRENCY) -> str:
    """``1 234,50 €`` in a French interface (the current locale's grouping and decimals),
    ``1 234,50 $`` for an amount in US dollars."""
    return QLocale().toCurrencyString(float(round_cents(amount)), currency_symbol(currency), 2)


def short_money(amount: Decimal, currency: str = DEFAULT_CURRENCY) -> str:
    """A compact amount for axes and tight labels: ``850 €``, ``12,5 k€``, ``1,2 M€``
    (``12,5 k$``; a currency without a sign: ``12,5 k CHF``)."""
    locale = QLocale()
    value = float(amount)
    sign = currency_symbol(currency)
    unit = sign if len(sign) == 1 else "\u00a0" + sign
    if abs(value) >= 1_000_000:
        return locale.toString(value / 1_000_000, "f", 1) + "\u00a0M" + unit
    if abs(value) >= 10_000:
        return locale.toString(value / 1_000, "f", 0) + "\u00a0k" + unit
    if abs(value) >= 1_000:
        return locale.toString(value / 1_000, "f", 1) + "\u00a0k" + unit
    return locale.toString(value, "f", 0) + "\u00a0" + sign


def month_label(month: dt.date, *, long: bool = False) -> str:
    """``déc. 26`` (or ``décembre 2026`` with ``long``) in the current locale."""
    locale = QLocale()
    if long:
        return f"{locale.standaloneMonthName(month.month)} {month.year}"
    name = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{name} {month.year % 100:02d}"


# --- export ------------------------------------------------------------------------------


def write_sheet(
    path: str | Path,
    sheet_name: str,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    money_columns: Sequence[int],
    currency: str = DEFAULT_CURRENCY,
) -> None:
    """An XLSX of one sheet: bold header, amounts as numbers in the currency's format (euros
    by default), text as text."""
    money_format = XLSX_MONEY_FORMAT.replace("€", currency_symbol(currency).replace('"', ""))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    cells: list[Any] = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=str(text))
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    for row in rows:
        cells = []
        for column, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # a stage called "=1+1" stays text
            elif column in money_columns:
                cell.number_format = money_format
            elif isinstance(value, dt.date):
                cell.number_format = "mm/yyyy"
            cells.append(cell)
        sheet.append(cells)
    workbook.save(str(path))


class ExportButton(QPushButton):  # its menu's arrow beside the text, not over it
    """ "Export…" with two entries: the chart as PNG, the data as XLSX.

    The owner gives the two writers; each asks for a file name first. Signals:
    ``exported(path)`` after a file was written.
    """

    exported = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        write_png: Callable[[str], None],
        write_xlsx: Callable[[str], None],
        base_name: str,
    ) -> None:
        super().__init__(parent)
        self.setText(self.tr("Export…"))
        self._write_png = write_png
        self._write_xlsx = write_xlsx
        self._base_name = base_name
        menu = QMenu(self)
        self.png_action = menu.addAction(self.tr("Chart as &image (PNG)…"))
        self.xlsx_action = menu.addAction(self.tr("&Data as spreadsheet (XLSX)…"))
        self.png_action.triggered.connect(self._on_png_triggered)
        self.xlsx_action.triggered.connect(self._on_xlsx_triggered)
        self.setMenu(menu)

    def _ask(self, title: str, suffix: str, filter_text: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window(), title, f"{self._base_name}.{suffix}", filter_text
        )
        if not path:
            return None
        return path if path.lower().endswith("." + suffix) else f"{path}.{suffix}"

    def _on_png_triggered(self) -> None:
        path = self._ask(self.tr("Export the chart"), "png", self.tr("PNG image (*.png)"))
        if path:
            self._write_png(path)
            self.exported.emit(path)

    def _on_xlsx_triggered(self) -> None:
        path = self._ask(self.tr("Export the data"), "xlsx", self.tr("Excel workbook (*.xlsx)"))
        if path:
            self._write_xlsx(path)
            self.exported.emit(path)


# --- filters -----------------------------------------------------------------------------

# (key, English label) of the close-date periods; the dates are computed from today.
PERIODS: tuple[tuple[str, str], ...] = (
    ("any", "Any close date"),
    ("month", "This month"),
    ("quarter", "This quarter"),
    ("next3", "Next 3 months"),
    ("year", "This year"),
    ("next12", "Next 12 months"),
    ("overdue", "Overdue"),
)


def period_bounds(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The inclusive close-date range of a period of ``PERIODS``."""
    first = today.replace(day=1)
    last = dt.timedelta(days=1)
    if key == "month":
        return first, add_months(first, 1) - last
    if key == "quarter":
        start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        return start, add_months(start, 3) - last
    if key == "next3":
        return today, add_months(first, 3) - last
    if key == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if key == "next12":
        return today, add_months(first, 12) - last
    if key == "overdue":
        return None, today - last
    return None, None


class ChartFilters(QWidget):
    """The filters above a chart: process, record manager, close-date period and group.

    ``all_processes`` adds a first "All processes" entry (the forecast); without it the
    process combo shows the funnel's process (None until the first pipeline arrived, the
    default process then). Signals: ``changed()`` when the user changes a filter.
    """

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        all_processes: bool = False,
        with_period: bool = True,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._all_processes = all_processes
        self.today: Callable[[], dt.date] = lambda: SystemClock().now().date()
        self.processes: list[ProcessView] = []
        self.process = QComboBox(self)
        self.process.setMinimumContentsLength(8)
        self.process.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        if all_processes:
            self.process.addItem(self.tr("All processes"), None)
        self.manager = QComboBox(self)
        self.manager.addItem(self.tr("All record managers"), None)
        self.manager.setMinimumContentsLength(8)
        self.manager.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period = QComboBox(self)
        self.period.setMinimumContentsLength(8)
        self.period.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for key, label in PERIODS:
            self.period.addItem(QCoreApplication.translate("ChartFilters", label), key)
        self.period.setVisible(with_period)
        self.group = GroupPicker(self.context, self, none_text=self.tr("All contacts"), label="")
        self.group.combo.setMinimumContentsLength(8)
        self.pairs: list[tuple[QLabel, QWidget]] = []
        for text, widget, buddy in (
            (self.tr("&Process:"), self.process, self.process),
            (self.tr("&Manager:"), self.manager, self.manager),
            (self.tr("&Close:"), self.period, self.period),
            (self.tr("&Group:"), self.group, self.group.combo),
        ):
            caption = QLabel(text, self)
            caption.setBuddy(buddy)
            if widget is self.period and not with_period:
                caption.hide()
                continue
            self.pairs.append((caption, widget))
        # Extra widgets of the owner (width toggle, Export…) go at the end of the last row.
        self.trailing = QHBoxLayout()
        self.trailing.addStretch(1)  # on a row of their own, the owner's widgets go right
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._rows = 0
        self._arrange(1)
        # The owner's width decides (one row or two), not the one-row minimum.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.process.currentIndexChanged.connect(self._on_filter_changed)
        self.manager.currentIndexChanged.connect(self._on_filter_changed)
        self.period.currentIndexChanged.connect(self._on_filter_changed)
        self.group.group_changed.connect(self._on_filter_changed)
        self.group.loaded.connect(lambda: self._fit(self.width()))
        context.ops.changed.connect(self._on_ops_changed)
        self.reload_choices()

    # -- layout: one row when wide, two in a small window ----------------------------------
    def _arrange(self, rows: int) -> None:
        """1: everything in one row; 2: the filters in one row, the owner's widgets on the
        right below them; 3 (a small window): the filters in two rows, the owner's widgets
        at the end of the second."""
        if rows == self._rows:
            return
        self._rows = rows
        for caption, widget in self.pairs:
            self.grid.removeWidget(caption)
            self.grid.removeWidget(widget)
        self.grid.removeItem(self.trailing)
        per_row = len(self.pairs) if rows < 3 else (len(self.pairs) + 1) // 2
        for i, (caption, widget) in enumerate(self.pairs):
            row, column = divmod(i, per_row)
            self.grid.addWidget(caption, row, 2 * column)
            self.grid.addWidget(widget, row, 2 * column + 1)
        for column in range(2 * per_row + 1):
            self.grid.setColumnStretch(column, 1 if column % 2 else 0)
        if rows == 2:
            nest(self.grid, self.trailing, 1, 0, 1, 2 * per_row + 1)
        else:
            nest(self.grid, self.trailing, 0 if rows == 1 else 1, 2 * per_row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        # One row only when every choice reads whole in it ("Tous les responsa" otherwise).
        needed = self.one_row_width()
        if width >= max(WIDE_FILTERS_PX, needed):
            self._arrange(1)
        elif width >= max(WIDE_FILTERS_PX, needed - self.trailing.sizeHint().width()):
            self._arrange(2)
        else:
            self._arrange(3)

    def one_row_width(self) -> int:
        """The width one row needs: each caption, the combos as wide as the widest one's
        longest choice (up to COMBO_TEXT_PX) and the owner's trailing widgets."""
        gap = max(self.grid.horizontalSpacing(), 6)
        width = self.trailing.sizeHint().width()
        widest_combo = 0  # the combos' columns stretch alike: each gets the widest one's need
        for caption, widget in self.pairs:
            combo = widget.combo if isinstance(widget, GroupPicker) else widget
            assert isinstance(combo, QComboBox)
            metrics = combo.fontMetrics()
            texts = (combo.itemText(i) for i in range(combo.count()))
            widest = min(
                max((metrics.horizontalAdvance(t) for t in texts), default=0), COMBO_TEXT_PX
            )
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            needed = combo.style().sizeFromContents(
                QStyle.ContentsType.CT_ComboBox, option, QSize(widest, metrics.height()), combo
            )
            width += caption.sizeHint().width() + 2 * gap
            widest_combo = max(widest_combo, needed.width() + 8)
        return width + widest_combo * len(self.pairs)

    # -- state ----------------------------------------------------------------------------
    def process_id(self) -> int | None:
        value = self.process.currentData()
        return int(value) if value is not None else None

    def set_process(self, process_id: int | None) -> None:
        """Show ``process_id`` as chosen without announcing a change (the funnel's default)."""
        index = self.process.findData(process_id)
        if index >= 0 and index != self.process.currentIndex():
            self.process.blockSignals(True)
            self.process.setCurrentIndex(index)
            self.process.blockSignals(False)

    def filter(self) -> OpportunityFilter:
        """The opportunities the chart shows (open ones; the process comes separately)."""
        key = str(self.period.currentData() or "any") if self.period.isVisibleTo(self) else "any"
        close_from, close_to = period_bounds(key, self.today())
        manager = self.manager.currentData()
        return OpportunityFilter(
            process_id=self.process_id(),
            manager_id=int(manager) if manager is not None else None,
            close_from=close_from,
            close_to=close_to,
            group_id=self.group.group_id(),
        )

    # -- choices --------------------------------------------------------------------------
    def reload_choices(self) -> None:
        key = f"chart-filters-{id(self)}"
        self.context.ops.read(list_processes, on_done=self._on_processes, key=key + "-p")
        self.context.ops.read(list_users, on_done=self._on_users, key=key + "-u")

    def _on_processes(self, processes: list[ProcessView]) -> None:
        if not isValid(self):
            return
        self.processes = list(processes)
        chosen = self.process_id()
        self.process.blockSignals(True)
        self.process.clear()
        if self._all_processes:
            self.process.addItem(self.tr("All processes"), None)
        for process in self.processes:
            self.process.addItem(process.name, process.id)
        if chosen is None and not self._all_processes:  # the funnel shows the default one
            chosen = next((p.id for p in self.processes if p.is_default), None)
        index = self.process.findData(chosen) if chosen is not None else 0
        self.process.setCurrentIndex(max(index, 0) if self.process.count() else -1)
        self.process.blockSignals(False)
        self._fit(self.width())

    def _on_users(self, users: list[UserChoice]) -> None:
        if not isValid(self):
            return
        chosen = self.manager.currentData()
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("All record managers"), None)
        for user in users:
            self.manager.addItem(person_name(user.display_name), user.id)
        self.manager.setCurrentIndex(max(self.manager.findData(chosen), 0))
        self.manager.blockSignals(False)
        self._fit(self.width())

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if isValid(self) and changes.touches("sales_process", "sales_stage", "app_user"):
            self.reload_choices()

    def _on_filter_changed(self, *_args: object) -> None:
        self.changed.emit()


# --- the factories the Opportunities view calls ------------------------------------------


def make_pipeline_tab(
    context: AppContext, open_list: Callable[[OpportunityFilter], None]
) -> QWidget:
    """The funnel of one process (and the kanban board); a band's click calls ``open_list``
    with the filter of that stage."""
    from desktop_crm.ui.opportunities.funnel import PipelineTab

    return PipelineTab(context, open_list)


def make_forecast_tab(context: AppContext) -> QWidget:
    """The next 12 months by estimated close (bars and table) and what was won lately."""
    from desktop_crm.ui.opportunities.forecast import ForecastTab

    return ForecastTab(context)
