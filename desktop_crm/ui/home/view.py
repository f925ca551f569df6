"""The home dashboard: what to do today, calls this week against last week, the pipeline by
stage and the last campaigns' response rate; each tile opens its list.

The view is light to build (no chart library yet): its figures come from one service call
(``services/reports/home.home_figures``) through the operation runner once the window is
shown, and the charts are made when the first figures arrive. It reloads when activities,
history, opportunities or campaigns change (when hidden: once, when shown again).

Signals (besides ``ViewWidget``'s): ``navigate_requested(where, value)`` — "tasks" with
"today" or "overdue", "opportunities" with a stage id (or None), "report" with a report
name, "campaigns" with a campaign id (or None).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import Clock, SystemClock
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import imported_when_run
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.home.task_list import TaskShortList

if TYPE_CHECKING:
    from desktop_crm.services.reports.home import HomeFigures
    from desktop_crm.ui.home.charts import BarChart

# Imported on the database thread: the page paints before SQLAlchemy and the models load.
home_figures = imported_when_run("desktop_crm.services.reports.home", "home_figures")

WATCHED = ("activity", "history", "opportunity", "campaign", "campaign_member", "sales_stage")
THIS_WEEK = "#4e79a7"
LAST_WEEK = "#bab0ac"


def _money(amount: Any) -> str:
    return QLocale().toCurrencyString(float(amount), "€", 0)


class Tile(QFrame):
    """A framed box with a clickable title ("Aujourd'hui →") and a body."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("homeTile")
        self.title = QPushButton(title + "  →", self)
        self.title.setFlat(True)
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title.setStyleSheet("text-align: left; font-weight: bold; font-size: 11pt;")
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.title)
        nest(layout, self.body, 1)


class HomeView(ViewWidget):
    """The dashboard shown first after start (see the module docstring)."""

    navigate_requested = Signal(str, object)
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeView")
        self.context = context
        self.clock: Clock = SystemClock()
        self.figures: HomeFigures | None = None
        # The first paint comes before the charts (pyqtgraph's import costs ~0.3 s): figures
        # arriving earlier wait for it.
        self._painted = False
        self._pending = False
        self._stale = True
        self.calls_chart: BarChart | None = None
        self.pipeline_chart: BarChart | None = None
        self.campaign_chart: BarChart | None = None
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        # Today's and overdue activities: two big counts and the short list.
        self.tasks_tile = Tile(self.tr("To do"), self)
        self.today_button = QPushButton(self)
        self.overdue_button = QPushButton(self)
        for button in (self.today_button, self.overdue_button):
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("font-size: 13pt; text-align: left;")
        counts = QHBoxLayout()
        counts.addWidget(self.today_button)
        counts.addWidget(self.overdue_button)
        counts.addStretch(1)
        self.task_list = TaskShortList(self)
        nest(self.tasks_tile.body, counts)
        self.tasks_tile.body.addWidget(self.task_list, 1)
        self.calls_tile = Tile(self.tr("Calls: this week against last week"), self)
        self.calls_total = QLabel(self)
        self.calls_tile.body.addWidget(self.calls_total)
        self.pipeline_tile = Tile(self.tr("Pipeline by stage"), self)
        self.pipeline_total = QLabel(self)
        self.pipeline_tile.body.addWidget(self.pipeline_total)
        self.campaign_tile = Tile(self.tr("Last campaigns: response rate"), self)
        self.campaign_empty = QLabel(self.tr("No campaign yet."), self)
        self.campaign_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.campaign_empty.hide()
        self.campaign_tile.body.addWidget(self.campaign_empty)
        self.loading = QLabel(self.tr("Loading…"), self)
        grid = QGridLayout()
        grid.addWidget(self.tasks_tile, 0, 0)
        grid.addWidget(self.calls_tile, 0, 1)
        grid.addWidget(self.pipeline_tile, 1, 0)
        grid.addWidget(self.campaign_tile, 1, 1)
        for i in range(2):
            grid.setColumnStretch(i, 1)
            grid.setRowStretch(i, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.loading)
        nest(layout, grid, 1)
        for tile in (self.tasks_tile, self.calls_tile, self.pipeline_tile, self.campaign_tile):
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tasks_tile.title.clicked.connect(
            lambda: self.navigate_requested.emit("tasks", "today")
        )
        self.today_button.clicked.connect(lambda: self.navigate_requested.emit("tasks", "today"))
        self.overdue_button.clicked.connect(
            lambda: self.navigate_requested.emit("tasks", "overdue")
        )
        self.calls_tile.title.clicked.connect(
            lambda: self.navigate_requested.emit("report", "activity")
        )
        self.pipeline_tile.title.clicked.connect(
            lambda: self.navigate_requested.emit("opportunities", None)
        )
        self.campaign_tile.title.clicked.connect(
            lambda: self.navigate_requested.emit("campaigns", None)
        )
        self.task_list.itemActivated.connect(self._on_task_list_item_activated)
        context.ops.changed.connect(self._on_ops_changed)
        self._set_heading()

    # -- ViewWidget ---------------------------------------------------------------------
    def start(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        now = self.clock.now()  # Paris wall time, as activities are stored and the task list
        self.context.ops.read(  # counts them (not the computer's own time zone)
            home_figures,
            self.context.db.user_id,
            now.date(),
            now,
            on_done=self._on_loaded,
            key=f"home-{id(self)}",
        )

    def status(self) -> tuple[str, int] | None:
        return None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if not any(changes.touches(kind) for kind in WATCHED):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # -- drawing ------------------------------------------------------------------------
    def _set_heading(self) -> None:
        day = self.clock.now().date()  # the day the figures count (Paris), not the computer's
        today = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        self.heading.setText(f"<h2>{self.tr('Home')}</h2><p>{today}</p>")

    def _make_charts(self) -> None:
        from desktop_crm.ui.home.charts import BarChart  # pyqtgraph: after the first paint
        from desktop_crm.ui.opportunities.charts import short_money

        self.calls_chart = BarChart(self, whole=True, floor=4.0)
        self.calls_chart.setObjectName("homeCallsChart")
        self.calls_tile.body.insertWidget(0, self.calls_chart, 1)
        self.calls_chart.bar_clicked.connect(
            lambda _s, _i: self.navigate_requested.emit("report", "activity")
        )
        self.calls_chart.chart_clicked.connect(
            lambda: self.navigate_requested.emit("report", "activity")
        )
        self.pipeline_chart = BarChart(self, formatter=lambda v: short_money(Decimal(str(v))))
        self.pipeline_chart.setObjectName("homePipelineChart")
        self.pipeline_tile.body.insertWidget(0, self.pipeline_chart, 1)
        self.pipeline_chart.bar_clicked.connect(self._on_pipeline_bar_clicked)
        self.pipeline_chart.chart_clicked.connect(
            lambda: self.navigate_requested.emit("opportunities", None)
        )
        self.campaign_chart = BarChart(
            self, formatter=lambda v: QLocale().toString(v, "f", 0) + "\u00a0%", floor=10.0
        )
        self.campaign_chart.setObjectName("homeCampaignChart")
        self.campaign_tile.body.insertWidget(0, self.campaign_chart, 1)
        self.campaign_chart.bar_clicked.connect(self._on_campaign_bar_clicked)
        self.campaign_chart.chart_clicked.connect(
            lambda: self.navigate_requested.emit("campaigns", None)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._pending:
                QTimer.singleShot(0, self._draw)

    def _on_loaded(self, figures: HomeFigures) -> None:
        self.figures = figures
        if self.isVisible() and not self._painted:
            self._pending = True
            return
        self._draw()

    def _draw(self) -> None:
        figures = self.figures
        self._pending = False
        if figures is None:
            return
        self.loading.hide()
        if self.calls_chart is None:
            self._make_charts()
        assert self.calls_chart and self.pipeline_chart and self.campaign_chart
        self._set_heading()
        # Today's activities not late yet: those of the morning still open are overdue.
        due_today = count_text(figures.due_today)
        self.today_button.setText(self.tr("Still due today: %1").replace("%1", due_today))
        self.overdue_button.setText(
            self.tr("Overdue: %1").replace("%1", count_text(figures.overdue))
        )
        self.overdue_button.setStyleSheet(
            "font-size: 13pt; text-align: left;" + (" color: #c0392b;" if figures.overdue else "")
        )
        self.task_list.set_tasks(figures.activities, figures.due_today + figures.overdue)
        locale = QLocale()
        days = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        self.calls_chart.set_bars(
            days,
            (
                (self.tr("Last week"), figures.calls_last_week, LAST_WEEK),
                (self.tr("This week"), figures.calls_this_week, THIS_WEEK),
            ),
        )
        self.calls_total.setText(
            self.tr("This week: %1 call(s) — last week: %2")
            .replace("%1", count_text(figures.calls_this_week_total))
            .replace("%2", count_text(figures.calls_last_week_total))
        )
        self._draw_pipeline(figures)
        self.pipeline_total.setText(
            self.tr("Open opportunities: %1 · amounts hidden for your role").replace(
                "%1", locale.toString(figures.pipeline.count)
            )
            if figures.amounts_hidden
            else self.tr("%1 open opportunity(ies): %2, weighted %3")
            .replace("%1", count_text(figures.pipeline.count))
            .replace("%2", _money(figures.pipeline.amount))
            .replace("%3", _money(figures.pipeline.weighted))
        )
        campaigns = figures.campaigns
        self.campaign_chart.setVisible(bool(campaigns))
        self.campaign_empty.setVisible(not campaigns)
        self.campaign_chart.set_bars(
            [c.name for c in campaigns],
            ((self.tr("Response rate"), [c.rate * 100 for c in campaigns], "#f28e2b"),),
            [[locale.toString(c.rate * 100, "f", 1) + " %" for c in campaigns]],
        )
        self.loaded.emit()

    def _draw_pipeline(self, figures: HomeFigures) -> None:
        """The open opportunities per stage: their amounts, or only their number for a role
        that does not see amounts (as the opportunities' pipeline shows it)."""
        from desktop_crm.ui.opportunities.charts import short_money

        assert self.pipeline_chart is not None
        stages = figures.pipeline.stages
        counts = [str(s.count) if s.count else "" for s in stages]
        # (An empty pipeline's axis goes up to its floor: 1 k€ or 4 opportunities, so that no
        # two ticks are written the same, "0 €, 0 €, 1 €".)
        if figures.amounts_hidden:
            self.pipeline_chart.floor = 4.0
            self.pipeline_chart.set_value_format(lambda v: QLocale().toString(v, "f", 0), True)
            series = (self.tr("Opportunities"), [float(s.count) for s in stages], "#59a14f")
        else:
            self.pipeline_chart.floor = 1000.0
            self.pipeline_chart.set_value_format(lambda v: short_money(Decimal(str(v))), False)
            series = (self.tr("Amount"), [float(s.amount) for s in stages], "#59a14f")
        self.pipeline_chart.set_bars([s.name for s in stages], (series,), [counts])

    def _on_task_list_item_activated(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id:
            self.contact_open_requested.emit(int(contact_id))
        else:
            self.navigate_requested.emit("tasks", "today")

    def _on_pipeline_bar_clicked(self, _series: int, index: int) -> None:
        stages = self.figures.pipeline.stages if self.figures else ()
        stage_id = stages[index].stage_id if 0 <= index < len(stages) else None
        self.navigate_requested.emit("opportunities", stage_id)

    def _on_campaign_bar_clicked(self, _series: int, index: int) -> None:
        campaigns = self.figures.campaigns if self.figures else ()
        if 0 <= index < len(campaigns):
            self.navigate_requested.emit("campaigns", campaigns[index].id)
