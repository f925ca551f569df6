"""The task list view: every activity with filters, sort, and one-click actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import Clock, SystemClock
from desktop_crm.domain.constants import ActivityType, Priority
from desktop_crm.services.activities.agenda import (
    WITH_OVERDUE,
    Due,
    TaskFilter,
    TaskRow,
    export_ics,
    task_list,
)
from desktop_crm.services.activities.choices import PlanningChoices, planning_choices
from desktop_crm.services.activities.records import ActivityView, get_activity, roll_over
from desktop_crm.ui.activities.clear_dialog import clear_with_dialogs
from desktop_crm.ui.activities.feedback import warn_on_error, while_alive
from desktop_crm.ui.activities.labels import priority_label, type_label
from desktop_crm.ui.activities.notices import concerns_activities
from desktop_crm.ui.activities.schedule_dialog import edit_activity, schedule_for_contacts
from desktop_crm.ui.activities.task_model import ID_ROLE, SORT_ROLE, TaskTableModel
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import grouped
from desktop_crm.ui.common.empty_note import EmptyNote
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.contacts.dates import qdate
from desktop_crm.ui.groups.picker import GROUP_KINDS, GroupPicker
from desktop_crm.ui.users.names import person_name

SEARCH_DELAY_MS = 250
HEADER_KEY = "task_list/header"
OVERDUE_KEY = "task_list/include_overdue"
# Starting widths (px) when none were remembered: names and companies readable, the subject
# takes what is left.
DEFAULT_WIDTHS = {
    "date": 175,
    "time": 50,
    "type": 80,
    "priority": 115,
    "contact": 170,
    "company": 230,
    "user": 160,  # "Sophie Marchand-Dubois" whole (it read "Sophie Marcha…")
}
OLD_USER_WIDTH = 110  # the default before: a saved layout with it gets the new one


class TaskListView(ViewWidget):
    """All activities in one table, filtered by date range, type, priority, user, state, text
    and the contacts of a group (its members now).

    Rows are read through the operation runner (the newest filter wins) and reloaded when a
    change notice touches activities or renames a contact shown; a hidden list reloads when
    it is shown again, and only if something changed meanwhile.

    Signals (besides ``ViewWidget``'s): ``refreshed()`` each time new rows are shown.
    """

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
        self._key = f"task-list-{id(self)}"
        self._choices_ready = False
        self._wanted = False  # a reload asked for before the user filter was known
        self._loaded = False
        self._stale = False
        self._status: tuple[str, int] | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._build()
        context.ops.changed.connect(self._on_ops_changed)
        context.ops.read(planning_choices, on_done=while_alive(self, self._on_choices_loaded))

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
        # Filled later (the team is read in the background): as wide as the longest name.
        self.user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state_combo = QComboBox(self)
        for value, text in (
            (False, self.tr("Not cleared")),
            (True, self.tr("Cleared")),
            (None, self.tr("Cleared or not")),
        ):
            self.state_combo.addItem(text, value)
        self.group_picker = GroupPicker(
            self.context, self, none_text=self.tr("All contacts"), label=""
        )
        self.group_picker.combo.setMinimumContentsLength(22)
        self.group_picker.setToolTip(self.tr("Only the activities of a group's contacts"))
        self.overdue_check = QCheckBox(self.tr("With overdue"), self)
        self.overdue_check.setObjectName("includeOverdue")
        self.overdue_check.setToolTip(
            self.tr("Also list the activities left undone before this period (in red)")
        )
        self.overdue_check.setChecked(
            str(self.context.settings.value(OVERDUE_KEY, "true")).lower() == "true"
        )
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
            self.group_picker,
            self.overdue_check,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)
        nest(layout, filters)

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
        nest(layout, actions)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # One line of text per row, as the contact list: a day's 30 tasks in sight, not 22.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per activity: names elide, rows stay even
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, name in enumerate(TaskTableModel.COLUMNS):
            if name in DEFAULT_WIDTHS:
                header.resizeSection(column, DEFAULT_WIDTHS[name])
        # Widths the user sets are remembered at once, not only when the window closes.
        self._layout_timer: QTimer = QTimer(self)
        header.sectionResized.connect(lambda *_a: self._layout_timer.start())
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(500)
        self._layout_timer.timeout.connect(self.save_layout)
        layout.addWidget(self.table, 1)
        self.empty_note = EmptyNote(
            self.table,
            self.tr(
                "No activity matches these filters. Widen them (period, type, person…), or "
                "“New activity…” plans one."
            ),
        )

        for combo in (
            self.due_combo,
            self.type_combo,
            self.priority_combo,
            self.user_combo,
            self.state_combo,
        ):
            combo.currentIndexChanged.connect(self.refresh)
        self.group_picker.group_changed.connect(self.refresh)
        self.overdue_check.toggled.connect(self._on_overdue_toggled)
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
        self._restore_layout()

    def _date_edit(self, days: int = 0) -> QDateEdit:
        edit = QDateEdit(qdate(self.clock.now().date()).addDays(days), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _update_range_enabled(self) -> None:
        ranged = self.due_combo.currentData() == str(Due.RANGE)
        self.from_edit.setVisible(ranged)
        self.to_edit.setVisible(ranged)
        self.overdue_check.setVisible(Due(self.due_combo.currentData()) in WITH_OVERDUE)

    def _on_overdue_toggled(self, checked: bool) -> None:
        self.context.settings.setValue(OVERDUE_KEY, "true" if checked else "false")
        self.refresh()

    def _on_choices_loaded(self, choices: PlanningChoices) -> None:
        self.user_combo.blockSignals(True)
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("All users"), None)
        for user in choices.users:
            self.user_combo.addItem(person_name(user.display_name), user.id)
        me = self.user_combo.findData(choices.me)
        self.user_combo.setCurrentIndex(max(0, me))
        self.user_combo.blockSignals(False)
        self._choices_ready = True
        if self._wanted:
            self.refresh()

    # --- ViewWidget ---------------------------------------------------------------------

    def start(self) -> None:
        self.refresh()

    def status(self) -> tuple[str, int] | None:
        return self._status

    def save_layout(self) -> None:
        self.context.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _restore_layout(self) -> None:
        state = self.context.settings.value(HEADER_KEY)
        if state is not None:
            header = self.table.horizontalHeader()
            header.restoreState(state)
            # The layout is saved at first show: the old default width came back as if chosen.
            user = TaskTableModel.COLUMNS.index("user")
            if header.sectionSize(user) == OLD_USER_WIDTH:
                header.resizeSection(user, DEFAULT_WIDTHS["user"])
        self._layout_timer.stop()  # restoring is not the user resizing

    # --- data ---------------------------------------------------------------------------

    def current_filter(self) -> TaskFilter:
        priority = self.priority_combo.currentData()
        kind = self.type_combo.currentData()
        user = self.user_combo.currentData()
        # toPython() is typed object in PySide6's stubs; a QDate gives a date.
        return TaskFilter(
            due=Due(self.due_combo.currentData()),
            date_from=cast(dt.date, self.from_edit.date().toPython()),
            date_to=cast(dt.date, self.to_edit.date().toPython()),
            types=(kind,) if kind else (),
            priorities=tuple(range(int(priority), 6)) if priority else (),
            user_ids=(int(user),) if user is not None else (),
            cleared=self.state_combo.currentData(),
            text=self.search_edit.text(),
            group_id=self.group_picker.group_id(),
            include_overdue=self.overdue_check.isChecked(),
        )

    def refresh(self) -> None:
        """Reload the rows in the background; the latest filter wins."""
        if not self._choices_ready:
            self._wanted = True
            return
        self._wanted = False
        self._stale = False
        self.context.ops.read(
            task_list,
            self.current_filter(),
            clock=self.clock,
            key=self._key,
            on_done=while_alive(self, self._on_loaded),
            on_error=while_alive(self, self._on_failed),
        )

    def _on_loaded(self, rows: list[TaskRow]) -> None:
        self._loaded = True
        self.model.set_rows(rows)
        overdue = sum(row.overdue for row in rows)
        text = grouped(self.tr("%n activities", "", len(rows)), len(rows))
        if overdue:
            text += " · " + grouped(self.tr("%n overdue", "", overdue), overdue)
        self.status_label.setText(text)
        self._status = (self.due_combo.currentText(), len(rows))
        self.status_changed.emit(*self._status)
        self.refreshed.emit()

    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Task list"), error_message(exc))

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        shown = {row.contact_id for row in self.model.rows() if row.contact_id is not None}
        # Filtered by a group: who is in it may have changed (pinned members, or the
        # contact fields its query reads).
        grouped = self.group_picker.group_id() is not None and (
            changes.touches(*GROUP_KINDS, "contact") or bool(changes.contacts)
        )
        if not grouped and not concerns_activities(changes, shown):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [int(index.data(ID_ROLE)) for index in rows]

    def _with_current_activity(self, then: Callable[[ActivityView], None]) -> None:
        """Read the selected activity as stored now, then act on it (it may have moved)."""
        ids = self.selected_ids()
        if not ids:
            return
        self.context.ops.read(
            get_activity,
            ids[0],
            on_done=while_alive(self, then),
            on_error=warn_on_error(self.context, self, self.tr("Task list"), self.refresh),
        )

    # --- actions ------------------------------------------------------------------------

    def _on_new_clicked(self) -> None:
        schedule_for_contacts(self.context, [], parent=self, clock=self.clock)

    def _on_clear_clicked(self) -> None:
        self._with_current_activity(
            lambda activity: clear_with_dialogs(
                self.context, activity, parent=self, clock=self.clock
            )
        )

    def _on_edit_clicked(self) -> None:
        self._with_current_activity(
            lambda activity: edit_activity(self.context, activity, parent=self)
        )

    def _on_contact_clicked(self) -> None:
        selected = set(self.selected_ids())
        for row in self.model.rows():
            if row.id in selected and row.contact_id is not None:
                self.contact_open_requested.emit(row.contact_id)
                return

    def _on_rollover_clicked(self) -> None:
        self.context.ops.run(
            roll_over,
            user_id=self.user_combo.currentData(),
            clock=self.clock,
            on_done=while_alive(self, self._on_rolled_over),
            on_error=warn_on_error(self.context, self, self.tr("Task list")),
            initiator=self,
        )

    def _on_rolled_over(self, moved: int) -> None:
        text = self.tr("%n activities moved to today", "", moved)
        self.status_label.setText(text)
        self.message.emit(text)

    def _on_export_clicked(self) -> None:
        ids = self.selected_ids() or [row.id for row in self.model.rows()]
        if not ids:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to iCalendar"), "activites.ics", self.tr("iCalendar (*.ics)")
        )
        if name:
            self.export_to(Path(name), ids)

    def export_to(
        self, path: Path, ids: list[int], on_done: Callable[[int], None] | None = None
    ) -> None:
        """Write the activities to an iCalendar file in the background; ``on_done(count)``."""

        def done(count: int) -> None:
            self.message.emit(grouped(self.tr("%n activities exported", "", count), count))
            if on_done is not None:
                on_done(count)

        self.context.ops.read(
            export_ics,
            path,
            activity_ids=ids,
            on_done=while_alive(self, done),
            on_error=warn_on_error(self.context, self, self.tr("Export to iCalendar")),
        )

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        # Right whenever shown: the first time, and after changes heard while hidden.
        if not self._loaded or self._stale:
            self.refresh()
