"""The Targeting view: choose a method, a period and a population; see the chart and the
clients with their figures; click a point or a bar to list that class; save it as a dynamic
group; export the numbers (XLSX) and the chart (PNG)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_crm.domain.analytics import METHODS
from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import SystemClock
from desktop_crm.services.analytics.figures import Period, contacts_of_clients
from desktop_crm.services.analytics.groups import save_analysis_group
from desktop_crm.services.analytics.run import (
    CLASSES,
    AnalysisResult,
    AnalysisSpec,
    ClientRow,
    run_analysis,
)
from desktop_crm.services.groups.groups import GroupNode, group_tree
from desktop_crm.services.users.amounts import is_amounts_refusal
from desktop_crm.ui.analytics.chart import TargetingChart
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.opportunities.charts import ExportButton, money, write_sheet

_AnyIndex = QModelIndex | QPersistentModelIndex
CONTENTS_ROWS = 200  # the rows (beside those in sight) the columns are sized to
RELOAD_KINDS = ("sale", "opportunity", "history", "company", "contact", "group", "custom_field")


def _t(text: str) -> str:
    return QCoreApplication.translate("Targeting", text)


def method_title(method: str) -> str:
    return {
        "abc": _t("ABC / 20-80"),
        "quartiles": _t("Quartiles of revenue"),
        "quadrants": _t("Profitability quadrants"),
        "pr": _t("Potential against revenue (P−R)"),
        "elasticity": _t("Elasticity to contacts"),
        "maturity": _t("Maturity phase"),
        "rfm": _t("RFM (recency, frequency, amount)"),
        "inactive": _t("Inactive clients"),
    }[method]


def method_help(method: str) -> str:
    """Two lines saying what the chart means (our own words)."""
    return {
        "abc": _t(
            "Clients sorted by revenue: A make the first 80 % of it, B the next 15 %, C the "
            "rest.\nLook after the A clients first; the curve shows how concentrated sales are."
        ),
        "quartiles": _t(
            "Clients cut into four groups of equal size by revenue, with the bounds of each.\n"
            "Q4 is the top quarter; compare what each quarter weighs in the total."
        ),
        "quadrants": _t(
            "Each client by contacts made (across) and revenue (up), split at the medians.\n"
            "Skeletons: little of both; contact-eaters: many contacts for little revenue; "
            "cash cows and golden geese bring the revenue."
        ),
        "pr": _t(
            "Potential P (a number field) against revenue R; below the diagonal there is room "
            "to grow.\nThe list is sorted by P−R: the biggest gap between what a client could "
            "and does buy comes first."
        ),
        "elasticity": _t(
            "Change in revenue divided by change in contacts against the previous period.\n"
            "1 or more: revenue follows the contacts; 0 or less: more contacts did not sell more."
        ),
        "maturity": _t(
            "The trend of yearly revenue over four years: start, growth, maturity or decline.\n"
            "One year of history is not enough to tell; adapt the contacts to each phase."
        ),
        "rfm": _t(
            "Recency of the last purchase, number of purchases and amount, each scored 1 to 5 "
            "by quintile.\nThe grid crosses recency and frequency; the colour is the segment."
        ),
        "inactive": _t(
            "Clients with no call reached, no meeting and no purchase for 6 months before the "
            "end of the period.\nThey are the ones to call back before they go elsewhere."
        ),
    }[method]


def class_title(klass: str) -> str:
    labels = {
        "room": _t("Room to grow"),
        "reached": _t("Potential reached"),
        "no_potential": _t("No P given"),
        "sensitive": _t("Sensitive to contacts"),
        "weak": _t("Weakly sensitive"),
        "insensitive": _t("Insensitive"),
        "undefined": _t("Cannot be computed"),
        "not_enough_data": _t("Not enough history"),
        "no_sales": _t("No purchase"),
        "champions": _t("Champions"),
        "loyal": _t("Loyal"),
        "new": _t("New"),
        "at_risk": _t("At risk"),
        "hibernating": _t("Dormant"),
        "lost": _t("Lost"),
        "attention": _t("To follow"),
        "no_purchase": _t("Never bought"),
        "inactive": _t("Inactive"),
        "active": _t("Active"),
        "démarrage": _t("Start"),
        "croissance": _t("Growth"),
        "maturité": _t("Maturity"),
        "vieillissement": _t("Decline"),
    }
    return labels.get(klass, klass)


def _date_text(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _pct(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.0f} %"


class ClientsModel(QAbstractTableModel):
    """The clients of an analysis (or of one class of it) with their figures."""

    HEADERS = (
        "Client",
        "Class",
        "Revenue",
        "Previous revenue",
        "P",
        "P−R",
        "R/P",
        "Contacts",
        "Previous contacts",
        "Score",
        "Last purchase",
    )
    MONEY = (2, 3, 4, 5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ClientRow] = []
        self._texts: list[list[str]] = []

    def set_rows(self, rows: list[ClientRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        # Each cell's text once: the columns sized to their contents read every cell many
        # times, and building a row (a class name: ~25 translations) per cell froze the
        # window 5 s on 745 clients.
        titles = {k: class_title(k) for k in {r.klass for r in rows}}
        self._texts = [
            [self._text(c, v) for c, v in enumerate(self.values(r, titles))] for r in rows
        ]
        self.endResetModel()

    def _text(self, column: int, value: Any) -> str:
        if value is None:
            return "—" if column in (4, 5, 6) else ""
        if column in self.MONEY:
            return money(value)
        if column == 6:
            return _pct(value)
        if isinstance(value, dt.date):
            return _date_text(value)
        return str(value)

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientsModel", self.HEADERS[section])
        return None

    def values(self, row: ClientRow, titles: dict[str, str] | None = None) -> list[Any]:
        return [
            row.name,
            titles[row.klass] if titles else class_title(row.klass),
            row.revenue,
            row.revenue_before,
            row.potential,
            row.gap,
            row.penetration_pct,
            row.contacts,
            row.contacts_before,
            row.score,
            row.last_purchase,
        ]

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TargetingView(ViewWidget):
    """Targeting: method, period, population → chart + clients. Signals: ``loaded()`` each
    time an analysis arrived and was drawn; ``group_saved(group_id)``."""

    loaded = Signal()
    group_saved = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: AnalysisResult | None = None
        self.shown_class: str | None = None
        self.shown_cell: tuple[int, int] | None = None
        self._stale = True
        self.method = QComboBox(self)
        for method in METHODS:
            self.method.addItem(method_title(method), method)
        self.period_kind = QComboBox(self)
        self.period_kind.addItem(self.tr("Year"), "year")
        self.period_kind.addItem(self.tr("Dates"), "dates")
        today = SystemClock().now().date()
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(today.year - 1)
        self.date_from = QDateEdit(QDate(today.year, 1, 1), self)
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setVisible(False)
        self.population = QComboBox(self)
        self.population.addItem(self.tr("All clients"), None)
        self.save_button = QPushButton(self.tr("Save as group…"), self)
        self.export = ExportButton(self, self.export_png, self.export_xlsx, self.tr("targeting"))
        top = QHBoxLayout()
        for label, widget in (
            (self.tr("Method:"), self.method),
            (self.tr("Period:"), self.period_kind),
        ):
            top.addWidget(QLabel(label, self))
            top.addWidget(widget)
        top.addWidget(self.year)
        top.addWidget(self.date_from)
        top.addWidget(self.date_to)
        top.addWidget(QLabel(self.tr("Population:"), self))
        top.addWidget(self.population, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.export)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #444;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.chart = TargetingChart(class_title, self)
        self.model = ClientsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(CONTENTS_ROWS)  # not every row of 3 000 clients
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        self.filter_label = QLabel(self)
        self.show_all = QPushButton(self.tr("Show all"), self)
        self.show_all.setVisible(False)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label, 1)
        filter_row.addWidget(self.show_all)
        nest(below_layout, filter_row)
        below_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(below)
        self.splitter.setSizes([560, 700])
        layout = QVBoxLayout(self)
        nest(layout, top)
        layout.addWidget(self.explain)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.method.currentIndexChanged.connect(self._on_choice_changed)
        self.period_kind.currentIndexChanged.connect(self._on_period_kind_changed)
        self.year.valueChanged.connect(self._on_choice_changed)
        self.date_from.dateChanged.connect(self._on_choice_changed)
        self.date_to.dateChanged.connect(self._on_choice_changed)
        self.population.currentIndexChanged.connect(self._on_choice_changed)
        self.chart.class_clicked.connect(self.show_class)
        self.chart.cell_clicked.connect(self.show_cell)
        self.show_all.clicked.connect(self._on_show_all_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        context.ops.changed.connect(self._on_ops_changed)
        self._update_help()

    # -- ViewWidget -------------------------------------------------------------------------
    def start(self) -> None:
        self.context.ops.read(group_tree, on_done=self._on_groups, key=f"tgroups-{id(self)}")

    def refresh(self) -> None:
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- choices ----------------------------------------------------------------------------
    def spec(self) -> AnalysisSpec:
        method = str(self.method.currentData())
        if self.period_kind.currentData() == "year":
            period = Period.year(self.year.value())
        else:
            start = self.date_from.date()
            end = self.date_to.date()
            low, high = (start, end) if start <= end else (end, start)
            period = Period(
                dt.date(low.year(), low.month(), low.day()),
                dt.date(high.year(), high.month(), high.day()),
            )
        return AnalysisSpec(method, period, group=self.population.currentData())

    def set_method(self, method: str) -> None:
        self.method.setCurrentIndex(self.method.findData(method))

    def _on_groups(self, nodes: list[GroupNode]) -> None:
        if not isValid(self):
            return
        current = self.population.currentData()
        self.population.blockSignals(True)
        while self.population.count() > 1:
            self.population.removeItem(1)
        for node in nodes:
            self.population.addItem(self.tr("Group: %1").replace("%1", node.path), node.path)
        index = self.population.findData(current)
        self.population.setCurrentIndex(max(index, 0))
        self.population.blockSignals(False)

    def _on_period_kind_changed(self) -> None:
        dates = self.period_kind.currentData() == "dates"
        self.year.setVisible(not dates)
        self.date_from.setVisible(dates)
        self.date_to.setVisible(dates)
        self.reload()

    def _on_choice_changed(self, *_args: object) -> None:
        self._update_help()
        self.reload()

    def _update_help(self) -> None:
        self.explain.setText(method_help(str(self.method.currentData())))

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self.context.ops.read(
            run_analysis,
            self.spec(),
            on_done=self._on_result,
            on_error=self._on_error,
            key=f"targeting-{id(self)}",
        )

    def _on_error(self, exc: BaseException, *_args: object) -> None:
        if not isValid(self):
            return
        if is_amounts_refusal(exc):  # Restricted: an empty chart and table, one line saying why
            self.result = None
            self.chart.clear()
            self.model.set_rows([])
            self.filter_label.setText("")
            self.save_button.setEnabled(False)  # nothing to save nor export
            self.export.setEnabled(False)
            self.summary.setText(
                self.tr("Your role does not see amounts: the targeting analysis is not shown.")
            )
            return
        self.summary.setText(str(exc))

    def _on_result(self, result: AnalysisResult) -> None:
        if not isValid(self):
            return
        self.result = result
        self.save_button.setEnabled(True)
        self.export.setEnabled(True)
        self.shown_class = None
        self.shown_cell = None
        self.chart.set_result(result)
        counts = result.counts()
        parts = [f"{class_title(k)} : {n}" for k, n in counts.items() if n]
        self.summary.setText(
            self.tr("%1 clients · revenue %2 · period %3")
            .replace("%1", count_text(len(result.rows)))
            .replace("%2", money(result.total_revenue))
            .replace("%3", result.spec.period.label())
            + "  —  "
            + " · ".join(parts)
        )
        self._show_rows()
        self.loaded.emit()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if not isValid(self) or not changes.touches(*RELOAD_KINDS):
            return
        if changes.touches("group"):
            self.start()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # -- showing a class ----------------------------------------------------------------------
    def show_class(self, klass: str) -> None:
        """List only the clients of one class (a click on the chart)."""
        self.shown_class = klass
        self.shown_cell = None
        self._show_rows()

    def show_cell(self, recency: int, frequency: int) -> None:
        self.shown_cell = (recency, frequency)
        self.shown_class = None
        self._show_rows()

    def _on_show_all_clicked(self) -> None:
        self.shown_class = None
        self.shown_cell = None
        self._show_rows()

    def shown_rows(self) -> list[ClientRow]:
        if self.result is None:
            return []
        rows = list(self.result.rows)
        if self.shown_class is not None:
            rows = [r for r in rows if r.klass == self.shown_class]
        if self.shown_cell is not None:
            rec, freq = self.shown_cell
            rows = [r for r in rows if r.score and (int(r.x), int(r.y)) == (rec, freq)]
        return rows

    def _show_rows(self) -> None:
        rows = self.shown_rows()
        self.model.set_rows(rows)
        if self.shown_class is not None:
            text = self.tr("Shown: %1 (%2 clients)").replace("%1", class_title(self.shown_class))
        elif self.shown_cell is not None:
            text = self.tr("Shown: recency %1, frequency %2 (%3 clients)")
            text = text.replace("%1", str(self.shown_cell[0])).replace(
                "%2", str(self.shown_cell[1])
            )
            text = text.replace("%3", count_text(len(rows)))
        else:
            text = self.tr("All clients of the analysis (%2)")
        self.filter_label.setText(text.replace("%2", count_text(len(rows))))
        self.show_all.setVisible(self.shown_class is not None or self.shown_cell is not None)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()] if index.isValid() else None
        if row is None:
            return
        if row.kind == "contact":
            self.contact_open_requested.emit(row.id)
            return
        # A company: open its first contact's card (the card shows the company).
        self.context.ops.read(contacts_of_clients, [row.key], on_done=self._on_company_contacts)

    def _on_company_contacts(self, contact_ids: list[int]) -> None:
        if isValid(self) and contact_ids:
            self.contact_open_requested.emit(contact_ids[0])

    # -- saving and exporting -----------------------------------------------------------------
    def _on_save_clicked(self) -> None:
        if self.result is None:
            return
        method = self.result.spec.method
        klass = self.shown_class
        if klass is None:
            labels = [class_title(k) for k in CLASSES[method]]
            choice, ok = QInputDialog.getItem(
                self, self.tr("Save as group"), self.tr("Which class?"), labels, 0, False
            )
            if not ok:
                return
            klass = CLASSES[method][labels.index(choice)]
        default = (
            f"{method_title(method)} — {class_title(klass)} — {self.result.spec.period.label()}"
        )
        name, ok = QInputDialog.getText(
            self, self.tr("Save as group"), self.tr("Name of the dynamic group:"), text=default
        )
        if ok and name.strip():
            self.save_group(name.strip(), klass)

    def save_group(self, name: str, klass: str) -> None:
        """Create the dynamic group of one class (re-runs the analysis when opened)."""
        if self.result is None:
            return
        self.context.ops.run(
            save_analysis_group,
            name,
            self.result.spec,
            klass,
            on_done=self._on_group_saved,
            on_error=self._on_error,
            initiator=self,
        )

    def _on_group_saved(self, node: GroupNode) -> None:
        if not isValid(self):
            return
        self.message.emit(self.tr("Dynamic group \u201c%1\u201d created.").replace("%1", node.name))
        self.group_saved.emit(node.id)

    def export_png(self, path: str) -> None:
        self.chart.grab().save(path, "PNG")

    def export_xlsx(self, path: str) -> None:
        rows = self.shown_rows()
        header = [QCoreApplication.translate("ClientsModel", h) for h in ClientsModel.HEADERS]
        values = [
            [
                "" if v is None else _date_text(v) if isinstance(v, dt.date) else v
                for v in self.model.values(r)
            ]
            for r in rows
        ]
        write_sheet(path, method_title(self.spec().method), header, values, ClientsModel.MONEY)
