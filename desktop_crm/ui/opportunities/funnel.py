"""The pipeline funnel (ACT!'s): the open opportunities of one process, one horizontal band
per stage from the top, labelled with the stage's count, total and weighted total. A band is
as wide as the amount (or count) at its stage and the later ones, so the funnel narrows from
the top. Clicking a band opens the opportunity list of that stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

if TYPE_CHECKING:
    from desktop_crm.ui.opportunities.kanban import KanbanBoard

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.opportunities import (
    OpportunityFilter,
    OpportunityRow,
    Pipeline,
    StageTotal,
)
from desktop_crm.services.opportunities.analysis import pipeline
from desktop_crm.services.opportunities.listing import list_opportunities
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.opportunities.charts import (
    CHART_KINDS,
    ChartFilters,
    ExportButton,
    money,
    short_money,
    stage_colour,
    write_sheet,
)
from desktop_crm.ui.opportunities.texts import others_text

BAND_HEIGHT = 0.86
MIN_WIDTH = 0.03  # an empty stage keeps a sliver of a band, to be seen and clicked
BOARD_LIMIT = 500  # cards loaded on the board (soonest to close first)
PIPELINE_HEADER = ("Étape", "Probabilité (%)", "Nombre", "Montant", "Montant pondéré")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("FunnelChart", text, "", n)


def band_texts(band: StageTotal) -> tuple[str, str, str]:
    """(full label in two lines, compact one-line label, plain tool tip) of a band."""
    count = _tr("%n opportunity(ies)", band.count)
    if band.amounts_hidden:  # Restricted: the count only
        name = f"<b>{_escape(band.name)}</b>"
        return (
            f"{name} · {count}",
            f"{name} · {band.count}",
            f"{band.name} ({band.probability} %)\n{count}\n" + _tr("Click to list them."),
        )
    weighted = _tr("weighted %1").replace("%1", money(band.weighted))
    full = f"<b>{_escape(band.name)}</b> · {count}<br>{money(band.amount)} · {weighted}"
    compact = f"<b>{_escape(band.name)}</b> · {band.count} · {short_money(band.amount)}"
    tip = (
        f"{band.name} ({band.probability} %)\n{count}\n"
        + _tr("Total: %1").replace("%1", money(band.amount))
        + "\n"
        + _tr("Weighted: %1").replace("%1", money(band.weighted))
        + "\n"
        + _tr("Click to list them.")
    )
    return full, compact, tip


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BandItem(pg.BarGraphItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """One band of the funnel; a left click calls ``on_click(band)``."""

    def __init__(
        self,
        band: StageTotal,
        index: int,
        y: float,
        width: float,
        on_click: Callable[[StageTotal], None],
    ) -> None:
        colour = stage_colour(index)
        super().__init__(
            x0=[-width / 2],
            y0=[y - BAND_HEIGHT / 2],
            width=[width],
            height=[BAND_HEIGHT],
            brush=colour,
            pen=pg.mkPen(colour.darker(130), width=1),
        )
        self.band = band
        self.index = index
        self._on_click = on_click
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, ev):  # type: ignore[no-untyped-def]  # pyqtgraph override
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self._on_click(self.band)


class FunnelChart(QWidget):
    """The funnel drawing: ``set_pipeline`` draws the bands; labels that do not fit their band
    are shortened, then hidden (the band's tool tip still says everything).

    Signals: ``band_clicked(StageTotal)``.
    """

    band_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.plot.getViewBox().setDefaultPadding(0.01)
        self.empty = QLabel(self.tr("No open opportunity in this process."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.empty)
        self.bands: list[BandItem] = []
        self.labels: list[pg.TextItem] = []
        self._texts: list[tuple[str, str, str]] = []
        self.by_amount = True
        self.pipeline: Pipeline | None = None
        self.plot.getViewBox().sigResized.connect(self._fit_labels)

    def set_pipeline(self, data: Pipeline, by_amount: bool | None = None) -> None:
        """Draw ``data`` (widths by amount, or by count with ``by_amount`` False)."""
        if by_amount is not None:
            self.by_amount = by_amount
        self.pipeline = data
        self.plot.clear()
        self.bands, self.labels, self._texts = [], [], []
        stages = data.stages
        by_amount = self.by_amount and not data.amounts_hidden  # Restricted: by count
        own = [float(s.amount) if by_amount else float(s.count) for s in stages]
        # A band is as wide as its stage and the later ones: the pipe narrows as it goes.
        values = [sum(own[i:]) for i in range(len(own))]
        top = max(values, default=0.0) or 1.0
        n = len(stages)
        for i, (band, value) in enumerate(zip(stages, values, strict=True)):
            y = float(n - 1 - i)
            width = max(value / top, MIN_WIDTH)
            item = BandItem(band, i, y, width, self.band_clicked.emit)
            full, compact, tip = band_texts(band)
            item.setToolTip(tip)
            self.plot.addItem(item)
            label = pg.TextItem(
                anchor=(0.5, 0.5), color=QColor("#1a1a1a"), fill=pg.mkBrush(255, 255, 255, 200)
            )
            label.setHtml(f"<div style='text-align:center'>{full}</div>")
            label.setToolTip(tip)
            label.setPos(0, y)
            label.setZValue(10)
            self.plot.addItem(label)
            self.bands.append(item)
            self.labels.append(label)
            self._texts.append((full, compact, tip))
        self.empty.setVisible(data.count == 0)
        self.plot.setXRange(-0.5, 0.5, padding=0.01)
        self.plot.setYRange(-0.5, max(n, 1) - 0.5, padding=0.01)
        self._fit_labels()

    def _fit_labels(self, *_args: object) -> None:
        """Full label, else the compact one, else none, so that no two labels overlap."""
        if not self.labels:
            return
        box = self.plot.getViewBox()
        width, height = box.width(), box.height()
        row = height / max(len(self.labels), 1) * BAND_HEIGHT
        for label, (full, compact, _tip) in zip(self.labels, self._texts, strict=True):
            shown = False
            for text in (full, compact):
                label.setHtml(f"<div style='text-align:center'>{text}</div>")
                rect = label.textItem.boundingRect()
                if rect.height() <= row + 2 and rect.width() <= width - 4:
                    shown = True
                    break
            label.setVisible(shown)

    def visible_labels(self) -> list[str]:
        """The plain text of the labels shown (tests, screenshots)."""
        return [label.textItem.toPlainText() for label in self.labels if label.isVisible()]


class PipelineTab(QWidget):
    """The Pipeline tab: filters, funnel or board, "Width by", Export…, the totals and the
    funnel (or the kanban board by stage).

    A click on a band calls ``open_list`` with the tab's filter narrowed to that stage.
    It reloads on change notices touching opportunities, stages or processes (at once when
    shown, else when shown again).

    Signals: ``loaded()`` after a pipeline was drawn; ``board_loaded()`` after the board's
    cards were shown.
    """

    loaded = Signal()
    board_loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        open_list: Callable[[OpportunityFilter], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.open_list = open_list
        self.pipeline: Pipeline | None = None
        self._stale = True
        self.filters = ChartFilters(context, self)
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Funnel"), "funnel")
        self.mode.addItem(self.tr("Board by stage"), "board")
        self.width_by = QComboBox(self)
        # A band is as wide as its stage and the later ones (the pipe narrows as it goes):
        # said in the choice itself, since a band wider than the next one's own amount read
        # as a wrong figure (found by hand).
        self.width_by.addItem(self.tr("Width: amount of the stage and the later ones"), True)
        self.width_by.addItem(self.tr("Width: deals at the stage and the later ones"), False)
        self.width_by.setToolTip(
            self.tr(
                "Each band is as wide as the deals that reached its stage: its own and those "
                "of the later stages. The figures written on a band are its stage's own."
            )
        )
        self.export = ExportButton(self, self.export_png, self.export_xlsx, self.tr("pipeline"))
        self.filters.trailing.addWidget(self.mode)
        self.filters.trailing.addWidget(self.width_by)
        self.filters.trailing.addWidget(self.export)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.chart = FunnelChart(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.chart)
        self.board: KanbanBoard | None = None  # built when first shown
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self.filters.changed.connect(self._on_filters_changed)
        self.width_by.currentIndexChanged.connect(self._on_width_by_changed)
        self.mode.currentIndexChanged.connect(self._on_mode_changed)
        self.chart.band_clicked.connect(self._on_chart_band_clicked)
        context.ops.changed.connect(self._on_ops_changed)

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        flt = self.filters.filter()
        self.context.ops.read(
            pipeline, flt, flt.process_id, on_done=self._on_pipeline, key=f"funnel-{id(self)}"
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _on_pipeline(self, data: Pipeline) -> None:
        if not isValid(self):
            return
        self.pipeline = data
        self.filters.set_process(data.process_id)
        self.chart.set_pipeline(data, bool(self.width_by.currentData()))
        if self.board is not None and self.pages.currentWidget() is self.board:
            self._load_board(data)
        self.width_by.setEnabled(not data.amounts_hidden)
        name = _escape(data.process_name or self.tr("No sales process"))
        if data.amounts_hidden:  # Restricted: the count only
            summary = (
                self.tr("<b>%1</b>: open opportunities: %2 · amounts hidden for your role")
                .replace("%1", name)
                .replace("%2", QLocale().toString(data.count))
            )
        else:
            summary = (
                self.tr("<b>%1</b>: %n open opportunity(ies) · %2 · weighted %3", "", data.count)
                .replace("%1", name)
                .replace("%2", money(data.amount))
                .replace("%3", money(data.weighted))
            )
        if data.other_currencies:  # never added to the figures: told apart
            summary += " · " + _escape(others_text(data.other_currencies))
        self.summary.setText(summary)
        self.loaded.emit()

    # -- the board ------------------------------------------------------------------------
    def show_board(self, board: bool) -> None:
        self.mode.setCurrentIndex(1 if board else 0)

    def _on_mode_changed(self, _index: int) -> None:
        board = self.mode.currentData() == "board"
        if board and self.board is None:
            from desktop_crm.ui.opportunities.kanban import KanbanBoard

            self.board = KanbanBoard(self.context, self)
            self.pages.addWidget(self.board)
        self.width_by.setVisible(not board)
        self.pages.setCurrentWidget(self.board if board and self.board else self.chart)
        if board and self.pipeline is not None:
            self._load_board(self.pipeline)

    def _load_board(self, data: Pipeline) -> None:
        flt = replace(self.filters.filter(), process_id=data.process_id, stage_ids=())
        self.context.ops.read(
            list_opportunities,
            flt,
            "expected_close",
            0,
            BOARD_LIMIT,
            on_done=lambda rows: self._on_board_rows(data, rows),
            key=f"board-{id(self)}",
        )

    def _on_board_rows(self, data: Pipeline, rows: list[OpportunityRow]) -> None:
        if isValid(self) and self.board is not None:
            self.board.set_data(data, rows)
            self.board_loaded.emit()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if not isValid(self) or not changes.touches(*CHART_KINDS):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _on_filters_changed(self) -> None:
        self.reload()

    def _on_width_by_changed(self, _index: int) -> None:
        if self.pipeline is not None:
            self.chart.set_pipeline(self.pipeline, bool(self.width_by.currentData()))

    # -- the click-through ----------------------------------------------------------------
    def stage_filter(self, band: StageTotal) -> OpportunityFilter:
        """The list filter of one band: this tab's filters, its process and stage."""
        process_id = self.pipeline.process_id if self.pipeline else self.filters.process_id()
        stages = (band.stage_id,) if band.stage_id is not None else ()
        return replace(self.filters.filter(), process_id=process_id, stage_ids=stages)

    def _on_chart_band_clicked(self, band: StageTotal) -> None:
        self.open_list(self.stage_filter(band))

    # -- export ---------------------------------------------------------------------------
    def export_png(self, path: str) -> None:
        self.chart.grab().save(path, "PNG")

    def export_xlsx(self, path: str) -> None:
        data = self.pipeline or Pipeline(None, "", (), 0, Decimal(0), Decimal(0))
        rows: list[list[object]] = [
            [s.name, s.probability, s.count, s.amount, s.weighted] for s in data.stages
        ]
        rows.append(["Total", None, data.count, data.amount, data.weighted])
        write_sheet(path, data.process_name or "Pipeline", PIPELINE_HEADER, rows, (3, 4))
