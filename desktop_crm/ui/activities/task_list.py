"""The task list view: every activity with filters, sort, and one-click actions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.clock import Clock, SystemClock
from desktop_crm.domain.constants import ActivityType, Priority
from desktop_crm.domain.errors import DomainError
from desktop_crm.services.activities.agenda import (
    Due,
    TaskFilter,
    TaskRow,
    export_ics,
    list_users,
    task_list,
)
from desktop_crm.services.activities.records import get_activity, roll_over
from desktop_crm.ui.activities.clear_dialog import clear_with_dialogs
from desktop_crm.ui.activities.labels import priority_label, type_label
from desktop_crm.ui.activities.schedule_dialog import edit_activity, schedule_for_contacts
from desktop_crm.ui.activities.task_model import ID_ROLE, SORT_ROLE, TaskTableModel
from desktop_crm.ui.common.context import AppContext

SEARCH_DELAY_MS = 250


class TaskListView(QWidget):
    """All activities in one table, filtered by date range, type, priority, user, state, text.

    Signals: ``contact_open_requested(contact_id)`` when the user asks for a contact's card;
    ``refreshed()`` each time new rows are shown.
    """

    contact_open_requested = Signal(int)
    refreshed = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock: Clock = clock or SystemClock()
        self.model = TaskTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._pending: TaskFilter | None = None
        self._loading = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._build()
        self._load_users()

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.due_combo = QComboBox(self)
        for due, text in (
            (Due.TODAY, self.tr("Today")),
            (Due.WEEK, self.tr("This week")),
            (Due.OVERDUE, self.tr("Overdue")),
            (Due.NEXT_30, self.tr("Next 30 days")),
            (Due.ALL, self.tr("All dates")),
            (Due.RANGE, self.tr("Date range")),
        ):
            self.due_combo.addItem(text, str(due))
        self.due_combo.setCurrentIndex(self.due_combo.findData(str(Due.WEEK)))
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit(30)
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(self.tr("All types"), None)
        for kind in ActivityType:
            self.type_combo.addItem(type_label(kind), str(kind))
        self.priority_combo = QComboBox(self)
        self.priority_combo.addItem(self.tr("All priorities"), None)
        for priority in Priority:
            self.priority_combo.addItem(
                self.tr("%1 and above").replace("%1", priority_label(priority)), int(priority)
            )
        self.user_combo = QComboBox(self)
        self.state_combo = QComboBox(self)
        for value, text in (
            (False, self.tr("Not cleared")),
            (True, self.tr("Cleared")),
            (None, self.tr("Cleared or not")),
        ):
            self.state_combo.addItem(text, value)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Contact, company or subject…"))
        self.search_edit.setClearButtonEnabled(True)
        for widget in (
            self.due_combo,
            self.from_edit,
            self.to_edit,
            self.type_combo,
            self.priority_combo,
            self.user_combo,
            self.state_combo,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        layout.addLayout(filters)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New activity…"), self)
        self.clear_button = QPushButton(self.tr("C&lear…"), self)
        self.edit_button = QPushButton(self.tr("&Reschedule…"), self)
        self.contact_button = QPushButton(self.tr("&Open contact"), self)
        self.rollover_button = QPushButton(self.tr("Roll &over to today"), self)
        self.export_button = QPushButton(self.tr("E&xport .ics…"), self)
        for button in (
            self.new_button,
            self.clear_button,
            self.edit_button,
            self.contact_button,
            self.rollover_button,
            self.export_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.status_label = QLabel(self)
        actions.addWidget(self.status_label)
        layout.addLayout(actions)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        for combo in (
            self.due_combo,
            self.type_combo,
            self.priority_combo,
            self.user_combo,
            self.state_combo,
        ):
            combo.currentIndexChanged.connect(self.refresh)
        self.due_combo.currentIndexChanged.connect(self._update_range_enabled)
        self.from_edit.dateChanged.connect(self.refresh)
        self.to_edit.dateChanged.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.contact_button.clicked.connect(self._on_contact_clicked)
        self.rollover_button.clicked.connect(self._on_rollover_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self._update_range_enabled()

    def _date_edit(self, days: int = 0) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate().addDays(days), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _update_range_enabled(self) -> None:
        ranged = self.due_combo.currentData() == str(Due.RANGE)
        self.from_edit.setVisible(ranged)
        self.to_edit.setVisible(ranged)

    def _load_users(self) -> None:
        with self.context.db.uow(write=False) as uow:
            users = list_users(uow)
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("All users"), None)
        for user in users:
            self.user_combo.addItem(user.display_name, user.id)
        me = self.user_combo.findData(self.context.db.user_id)
        self.user_combo.setCurrentIndex(max(0, me))
        self.user_combo.blockSignals(False)

    # --- data ---------------------------------------------------------------------------

    def current_filter(self) -> TaskFilter:
        priority = self.priority_combo.currentData()
        kind = self.type_combo.currentData()
        user = self.user_combo.currentData()
        return TaskFilter(
            due=Due(self.due_combo.currentData()),
            date_from=self.from_edit.date().toPython(),
            date_to=self.to_edit.date().toPython(),
            types=(kind,) if kind else (),
            priorities=tuple(range(int(priority), 6)) if priority else (),
            user_ids=(int(user),) if user is not None else (),
            cleared=self.state_combo.currentData(),
            text=self.search_edit.text(),
        )

    def refresh(self) -> None:
        """Reload the rows in the background; the latest filter wins."""
        self._pending = self.current_filter()
        if not self._loading:
            self._start_load()

    def _start_load(self) -> None:
        filters, self._pending = self._pending, None
        if filters is None:
            return
        self._loading = True
        db, clock = self.context.db, self.clock

        def work(_control: Any) -> list[TaskRow]:
            with db.uow(write=False) as uow:
                return task_list(uow, filters, clock=clock)

        self.context.runner.run(
            work,
            title=self.tr("Loading activities"),
            on_done=self._on_loaded,
            on_error=self._on_failed,
            parent_widget=self,
            cancellable=False,
        )

    def _on_loaded(self, rows: list[TaskRow]) -> None:
        self._loading = False
        if self._pending is not None:
            self._start_load()
            return
        self.model.set_rows(rows)
        overdue = sum(row.overdue for row in rows)
        text = self.tr("%n activities", "", len(rows))
        if overdue:
            text += " · " + self.tr("%n overdue", "", overdue)
        self.status_label.setText(text)
        self.refreshed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._loading = False
        QMessageBox.warning(self, self.tr("Task list"), str(exc))

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [int(index.data(ID_ROLE)) for index in rows]

    def _current_activity(self) -> Any:
        ids = self.selected_ids()
        if not ids:
            return None
        try:
            with self.context.db.uow(write=False) as uow:
                return get_activity(uow, ids[0])
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Task list"), exc.message)
            self.refresh()
            return None

    # --- actions ------------------------------------------------------------------------

    def _on_new_clicked(self) -> None:
        if schedule_for_contacts(self.context, [], parent=self) is not None:
            self.refresh()

    def _on_clear_clicked(self) -> None:
        activity = self._current_activity()
        if activity is not None and clear_with_dialogs(self.context, activity, parent=self):
            self.refresh()

    def _on_edit_clicked(self) -> None:
        activity = self._current_activity()
        if activity is not None and edit_activity(self.context, activity, parent=self):
            self.refresh()

    def _on_contact_clicked(self) -> None:
        activity = self._current_activity()
        if activity is not None and activity.contact_id is not None:
            self.contact_open_requested.emit(activity.contact_id)

    def _on_rollover_clicked(self) -> None:
        user = self.user_combo.currentData()
        with self.context.db.uow() as uow:
            moved = roll_over(uow, user_id=user, clock=self.clock)
        self.status_label.setText(self.tr("%n activities moved to today", "", moved))
        self.refresh()

    def _on_export_clicked(self) -> None:
        ids = self.selected_ids() or [row.id for row in self.model.rows()]
        if not ids:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to iCalendar"), "activites.ics", self.tr("iCalendar (*.ics)")
        )
        if name:
            self.export_to(Path(name), ids)

    def export_to(self, path: Path, ids: list[int]) -> int:
        with self.context.db.uow(write=False) as uow:
            return export_ics(uow, path, activity_ids=ids)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.model.rows():
            self.refresh()
