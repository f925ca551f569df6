"""The opportunity list: a filters bar, the windowed table, the totals of the filter and the
XLSX export. Reads the ids and the totals through the operation runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.opportunities import (
    STATUS_OPEN,
    OpportunityFilter,
    OpportunityTotals,
)
from desktop_crm.services.opportunities.listing import (
    export_opportunities,
    opportunity_ids,
    totals,
)
from desktop_crm.services.opportunities.view_data import CardChoices, card_choices
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text, grouped
from desktop_crm.ui.common.empty_note import EmptyNote
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.groups.picker import GroupPicker
from desktop_crm.ui.opportunities.list_model import COLUMNS, OpportunityListModel
from desktop_crm.ui.opportunities.texts import (
    date_text,
    money_text,
    others_text,
    parse_decimal,
    percent_text,
    status_choices,
)
from desktop_crm.ui.users.names import person_name

# What the list shows depends on these tables; contacts and users only for their names.
LIST_KINDS = ("opportunity", "opportunity_line", "sales_stage", "sales_process")
# Starting widths of the free-text columns (the Process one then fits its names); the
# figures, dates and statuses are as wide as their widest value or their title.
TEXT_WIDTHS = {
    "name": 210,
    "contact": 130,
    "company": 140,
    "process": 110,
    "stage": 130,
    "manager": 120,
}
# The Process column widens to the longest process name up to this width ("Processus de
# vente standard", every new database's, reads whole; a longer one is elided, whole in the
# tooltip); room for the text margins of a cell.
PROCESS_MAX_WIDTH = 190
CELL_PADDING = 14
NAME_KINDS = ("contact", "company", "app_user")
_ANY = "__any__"


class OpportunityList(QWidget):
    """Filters, table and totals of the opportunities.

    Signals: ``status_changed(text, count)``, ``contact_open_requested(contact_id)``,
    ``totals_shown(OpportunityTotals)`` each time the totals of the filter arrived.
    """

    status_changed = Signal(str, int)
    contact_open_requested = Signal(int)
    totals_shown = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = context.ops
        self._key = f"opportunity-list-{id(self)}"
        self.filter = OpportunityFilter()
        self.choices: CardChoices | None = None
        self.shown_totals: OpportunityTotals | None = None
        self._stale = True
        self._syncing = False
        # Swappable in tests: how a row is opened.
        self.open_card: Callable[[int], object] = self._open_card
        self._build()
        self.ops.changed.connect(self._on_ops_changed)

    def _build(self) -> None:
        self.process = QComboBox(self)
        self.process.setObjectName("filterProcess")
        self.stage = QComboBox(self)
        self.stage.setObjectName("filterStage")
        self.status = QComboBox(self)
        self.status.setObjectName("filterStatus")
        self.status.addItem(self.tr("All statuses"), _ANY)
        for code, label in status_choices():
            self.status.addItem(label, code)
        self.status.setCurrentIndex(self.status.findData(STATUS_OPEN))
        self.manager = QComboBox(self)
        self.manager.setObjectName("filterManager")
        self.close_from = self._date_edit()
        self.close_to = self._date_edit()
        for combo in (self.process, self.stage, self.manager, self.status):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.process.setMinimumContentsLength(16)
        self.stage.setMinimumContentsLength(18)
        self.manager.setMinimumContentsLength(14)
        self.status.setMinimumContentsLength(10)
        self.group = GroupPicker(self.context, self, none_text=self.tr("(every contact)"))
        self.amount_min = QLineEdit(self)
        self.amount_min.setPlaceholderText(self.tr("min"))
        self.amount_min.setMaximumWidth(90)
        self.amount_max = QLineEdit(self)
        self.amount_max.setPlaceholderText(self.tr("max"))
        self.amount_max.setMaximumWidth(90)
        self.text = QLineEdit(self)
        self.text.setObjectName("filterText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Search name, contact, company…"))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.clicked.connect(self.ask_export)
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.new_button.clicked.connect(self.new_opportunity)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._on_widgets_changed)

        self.process.currentIndexChanged.connect(self._on_process_changed)
        for combo in (self.stage, self.status, self.manager):
            combo.currentIndexChanged.connect(lambda _i: self._on_widgets_changed())
        for edit in (self.close_from, self.close_to):
            edit.dateChanged.connect(lambda _d: self._on_widgets_changed())
        self.group.group_changed.connect(lambda _g: self._on_widgets_changed())
        for line in (self.amount_min, self.amount_max, self.text):
            line.textChanged.connect(lambda _t: self._debounce.start())

        row1 = QHBoxLayout()
        for label, widget in (
            (self.tr("Process:"), self.process),
            (self.tr("Stage:"), self.stage),
            (self.tr("Status:"), self.status),
            (self.tr("Manager:"), self.manager),
        ):
            row1.addWidget(QLabel(label, self))
            row1.addWidget(widget)
        row1.addWidget(self.text, 1)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("Close between"), self))
        row2.addWidget(self.close_from)
        row2.addWidget(QLabel(self.tr("and"), self))
        row2.addWidget(self.close_to)
        row2.addWidget(QLabel(self.tr("Amount from"), self))
        row2.addWidget(self.amount_min)
        row2.addWidget(QLabel(self.tr("to"), self))
        row2.addWidget(self.amount_max)
        row2.addWidget(self.group)
        row2.addStretch(1)
        row2.addWidget(self.new_button)
        row2.addWidget(self.export_button)

        self.model = OpportunityListModel(self.ops, self)
        self.model.on_sort = lambda _key: self.reload()
        self.table = QTableView(self)
        self.table.setObjectName("opportunityTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            [k for k, _ in COLUMNS].index("expected_close"), Qt.SortOrder.AscendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.empty_note = EmptyNote(
            self.table,
            self.tr(
                "No opportunity matches these filters. Widen them, or “New…” creates an "
                "opportunity."
            ),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, (key, _title) in enumerate(COLUMNS):
            header.resizeSection(column, self._starting_width(column, key))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("opportunityTotals")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        nest(layout, row1)
        nest(layout, row2)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)

    def _starting_width(self, column: int, key: str) -> int:
        if key in TEXT_WIDTHS:
            return TEXT_WIDTHS[key]
        widest = {
            "probability": [percent_text(100)],
            "amount": [money_text(Decimal("999999.99"))],
            "weighted": [money_text(Decimal("999999.99"))],
            "expected_close": [date_text(dt.date(2026, 12, 31))],
            "status": [label for _code, label in status_choices()],
        }.get(key, [])
        metrics = self.table.fontMetrics()
        needed = max((metrics.horizontalAdvance(text) for text in widest), default=0)
        return max(needed + CELL_PADDING, self.table.horizontalHeader().sectionSizeHint(column))

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(edit.minimumDate())
        return edit

    # -- choices ------------------------------------------------------------------------
    def load_choices(self) -> None:
        self.ops.read(card_choices, key=self._key + "-choices", on_done=self._on_choices)

    def _on_choices(self, choices: CardChoices) -> None:
        self.choices = choices
        self._syncing = True
        try:
            self.process.clear()
            self.process.addItem(self.tr("All processes"), None)
            for process in choices.processes:
                self.process.addItem(process.name, process.id)
            self.manager.clear()
            self.manager.addItem(self.tr("Everyone"), None)
            for user in choices.users:
                self.manager.addItem(person_name(user.display_name), user.id)
        finally:
            self._syncing = False
        self._sync_widgets()
        self._fit_process_column()

    def _fit_process_column(self) -> None:
        """Widen the Process column so that the process names read whole ("Processus de
        vente standard" was "Processus de…" in 100 px); never narrower than it is, so a
        width the user chose (or saved) wider stays."""
        names = [process.name for process in self.choices.processes] if self.choices else []
        metrics = self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        column = [key for key, _title in COLUMNS].index("process")
        header = self.table.horizontalHeader()
        wanted = min(widest + CELL_PADDING, PROCESS_MAX_WIDTH)
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)

    def _fill_stages(self) -> None:
        self.stage.clear()
        self.stage.addItem(self.tr("All stages"), None)
        wanted = self.process.currentData()
        for process in self.choices.processes if self.choices else ():
            if wanted is None or process.id == wanted:
                for stage in process.stages:
                    label = stage.name if wanted is not None else f"{process.name} › {stage.name}"
                    self.stage.addItem(label, stage.id)

    def _on_process_changed(self, _index: int) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self._fill_stages()
        finally:
            self._syncing = False
        self._on_widgets_changed()

    # -- filter -------------------------------------------------------------------------
    def _date(self, edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        if value == edit.minimumDate():
            return None
        return dt.date(value.year(), value.month(), value.day())

    def _set_date(self, edit: QDateEdit, day: dt.date | None) -> None:
        edit.setDate(edit.minimumDate() if day is None else QDate(day.year, day.month, day.day))

    def filter_from_widgets(self) -> OpportunityFilter:
        status = self.status.currentData()
        stage = self.stage.currentData()
        return OpportunityFilter(
            process_id=self.process.currentData(),
            stage_ids=(stage,) if stage is not None else (),
            statuses=() if status in (_ANY, None) else (status,),
            manager_id=self.manager.currentData(),
            close_from=self._date(self.close_from),
            close_to=self._date(self.close_to),
            group_id=self.group.group_id(),
            amount_min=parse_decimal(self.amount_min.text()),
            amount_max=parse_decimal(self.amount_max.text()),
            text=self.text.text().strip() or None,
        )

    def _sync_widgets(self) -> None:
        """Show ``self.filter`` in the widgets (signals blocked)."""
        flt = self.filter
        self._syncing = True
        widgets: list[Any] = [
            self.process,
            self.stage,
            self.status,
            self.manager,
            self.close_from,
            self.close_to,
            self.amount_min,
            self.amount_max,
            self.text,
        ]
        blocked = [w.blockSignals(True) for w in widgets]
        try:
            self.process.setCurrentIndex(max(self.process.findData(flt.process_id), 0))
            self._fill_stages()
            stage = flt.stage_ids[0] if len(flt.stage_ids) == 1 else None
            self.stage.setCurrentIndex(max(self.stage.findData(stage), 0))
            status = flt.statuses[0] if len(flt.statuses) == 1 else _ANY
            self.status.setCurrentIndex(max(self.status.findData(status), 0))
            self.manager.setCurrentIndex(max(self.manager.findData(flt.manager_id), 0))
            self._set_date(self.close_from, flt.close_from)
            self._set_date(self.close_to, flt.close_to)
            self.amount_min.setText("" if flt.amount_min is None else str(flt.amount_min))
            self.amount_max.setText("" if flt.amount_max is None else str(flt.amount_max))
            self.text.setText(flt.text or "")
        finally:
            for w, b in zip(widgets, blocked, strict=True):
                w.blockSignals(b)
            self._syncing = False
        if flt.group_id != self.group.group_id():
            self.group.blockSignals(True)
            self.group.set_group(flt.group_id)
            self.group.blockSignals(False)

    def set_filter(self, flt: OpportunityFilter) -> None:
        """Show the opportunities ``flt`` selects (the funnel's click-through)."""
        self.filter = flt
        self._sync_widgets()
        self.reload()

    def _on_widgets_changed(self) -> None:
        if self._syncing:
            return
        self.filter = self.filter_from_widgets()
        self.reload()

    # -- reading ------------------------------------------------------------------------
    def start(self) -> None:
        self.load_choices()
        self.reload()

    def reload(self) -> None:
        """Read the ids and the totals of the filter again (the newest request wins)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        flt, sort = self.filter, self.model.sort_key
        self.ops.read(opportunity_ids, flt, sort, key=self._key, on_done=self._on_ids)
        self.ops.read(totals, flt, key=self._key + "-totals", on_done=self._on_totals)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.reload)

    def _on_ids(self, ids: list[int]) -> None:
        current = self.current_id()
        self.model.set_ids(ids)
        if current is not None and (row := self.model.row_of(current)) >= 0:
            self.table.selectRow(row)

    def _on_totals(self, result: OpportunityTotals) -> None:
        self.shown_totals = result
        text = (
            grouped(
                self.tr("%n opportunity(ies) · amount %1 · weighted %2", "", result.count),
                result.count,
            )
            .replace("%1", money_text(result.amount, result.currency))
            .replace("%2", money_text(result.weighted, result.currency))
        )
        if result.amounts_hidden:  # Restricted: the count only
            text = self.tr("Opportunities: %1 · amounts hidden for your role").replace(
                "%1", count_text(result.count)
            )
        if result.other_currencies:  # never added to the figures: told apart
            text += " · " + others_text(result.other_currencies)
        self.totals_label.setText(text)
        self.status_changed.emit(self.filter.text or "", result.all_count)
        self.totals_shown.emit(result)

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("sales_process", "sales_stage"):
            self.load_choices()
        # Deleting a contact unlinks its opportunities (SET NULL) without a row-by-row notice.
        if changes.touches(*LIST_KINDS) or changes.ids("contact", "deleted"):
            self.reload()
        elif changes.touches(*NAME_KINDS):
            self.model.refresh_rows()

    # -- actions ------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        opportunity_id = self.model.id_at(index.row())
        if opportunity_id is not None:
            self.open_card(opportunity_id)

    def _open_card(self, opportunity_id: int | None) -> int | None:
        from desktop_crm.ui.opportunities.card import OpportunityDialog

        return OpportunityDialog.edit(self.context, opportunity_id, parent=self)

    def new_opportunity(self) -> None:
        self._open_card(None)

    def _on_context_menu(self, pos: Any) -> None:
        index = self.table.indexAt(pos)
        row = self.model.loaded_row(index.row()) if index.isValid() else None
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open the opportunity…"), lambda: self.open_card(row.id))
        if row.contact_id is not None:
            contact_id = row.contact_id
            menu.addAction(
                self.tr("Open the contact"), lambda: self.contact_open_requested.emit(contact_id)
            )
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def ask_export(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export opportunities"),
            "opportunites.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str, on_done: Callable[[int], None] | None = None) -> None:
        """Write the filtered list to ``path`` in the background."""
        flt, sort = self.filter, self.model.sort_key

        def work(uow: Any, _control: Any) -> int:
            return export_opportunities(uow, flt, path, sort)

        def done(count: int) -> None:
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    grouped(
                        self.tr("%n opportunity(ies) exported to %1", "", count), count
                    ).replace("%1", path),
                    10_000,
                )
            if on_done is not None:
                on_done(count)

        self.ops.run_long(
            work,
            title=self.tr("Exporting opportunities…"),
            parent=self,
            write=False,
            on_done=done,
            on_error=lambda exc: QMessageBox.warning(
                self, self.tr("Export opportunities"), error_message(exc)
            ),
        )
