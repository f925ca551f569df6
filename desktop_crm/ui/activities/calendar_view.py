"""The calendar view: day, work week, week and month of one user's or everyone's activities."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.clock import Clock, SystemClock, week_start
from desktop_crm.domain.errors import DomainError
from desktop_crm.services.activities.agenda import CalendarItem, calendar_items, list_users
from desktop_crm.services.activities.records import (
    ActivityInput,
    get_activity,
    reschedule_activity,
    schedule_activity,
)
from desktop_crm.ui.activities.calendar_grid import MonthGrid, TimeGrid
from desktop_crm.ui.activities.clear_dialog import clear_with_dialogs
from desktop_crm.ui.activities.schedule_dialog import ScheduleActivityDialog, edit_activity
from desktop_crm.ui.common.context import AppContext

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class Mode(StrEnum):
    """What the calendar shows."""

    DAY = "day"
    WORK_WEEK = "work_week"
    WEEK = "week"
    MONTH = "month"


class CalendarView(QWidget):
    """Calendar with navigation, user choice, double-click to create and drag to move.

    Signals: ``contact_open_requested(contact_id)``; ``refreshed()`` after each reload.
    """

    contact_open_requested = Signal(int)
    refreshed = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock: Clock = clock or SystemClock()
        self.mode = Mode.WEEK
        self.current = self.clock.now().date()
        self.items: list[CalendarItem] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QPushButton] = {}
        for mode, text in (
            (Mode.DAY, self.tr("Day")),
            (Mode.WORK_WEEK, self.tr("Work week")),
            (Mode.WEEK, self.tr("Week")),
            (Mode.MONTH, self.tr("Month")),
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.set_mode(m))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            bar.addWidget(button)
        bar.addSpacing(12)
        self.prev_button = QPushButton("◀", self)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.next_button = QPushButton("▶", self)
        self.prev_button.setToolTip(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(lambda: self.set_date(self.clock.now().date()))
        for button in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(button)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        bar.addSpacing(12)
        bar.addWidget(self.title_label, 1)
        self.user_combo = QComboBox(self)
        bar.addWidget(self.user_combo)
        layout.addLayout(bar)
        self.time_grid = TimeGrid(self)
        self.month_grid = MonthGrid(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.time_grid)
        self.stack.addWidget(self.month_grid)
        layout.addWidget(self.stack, 1)
        for grid in (self.time_grid, self.month_grid):
            grid.create_requested.connect(self._on_grid_create_requested)
            grid.open_requested.connect(self._on_grid_open_requested)
            grid.move_requested.connect(self._on_grid_move_requested)
            grid.contact_requested.connect(self.contact_open_requested)
            grid.clear_requested.connect(self._on_grid_clear_requested)
        self._load_users()
        self.user_combo.currentIndexChanged.connect(self.refresh)
        self.mode_buttons[self.mode].setChecked(True)
        self.refresh()

    def _load_users(self) -> None:
        with self.context.db.uow(write=False) as uow:
            users = list_users(uow)
        self.user_combo.addItem(self.tr("All users"), None)
        for user in users:
            self.user_combo.addItem(user.display_name, user.id)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(self.context.db.user_id)))

    # --- navigation ---------------------------------------------------------------------

    def days(self) -> list[dt.date]:
        if self.mode is Mode.DAY:
            return [self.current]
        monday = week_start(self.current)
        count = 5 if self.mode is Mode.WORK_WEEK else 7
        return [monday + dt.timedelta(days=i) for i in range(count)]

    def window(self) -> tuple[dt.datetime, dt.datetime]:
        if self.mode is Mode.MONTH:
            first = self.current.replace(day=1)
            start = week_start(first)
            return (
                dt.datetime.combine(start, dt.time()),
                dt.datetime.combine(start + dt.timedelta(days=42), dt.time()),
            )
        days = self.days()
        return (
            dt.datetime.combine(days[0], dt.time()),
            dt.datetime.combine(days[-1] + dt.timedelta(days=1), dt.time()),
        )

    def set_mode(self, mode: Mode) -> None:
        self.mode = Mode(mode)
        self.mode_buttons[self.mode].setChecked(True)
        self.refresh()

    def set_date(self, day: dt.date) -> None:
        self.current = day
        self.refresh()

    def step(self, direction: int) -> None:
        if self.mode is Mode.MONTH:
            month = self.current.month - 1 + direction
            year = self.current.year + month // 12
            self.current = dt.date(year, month % 12 + 1, 1)
        else:
            days = 1 if self.mode is Mode.DAY else 7
            self.current += dt.timedelta(days=days * direction)
        self.refresh()

    def _title(self) -> str:
        if self.mode is Mode.MONTH:
            return f"{self.tr(MONTHS[self.current.month - 1])} {self.current.year}"
        days = self.days()
        if len(days) == 1:
            return f"{days[0]:%d/%m/%Y}"
        return f"{days[0]:%d/%m} – {days[-1]:%d/%m/%Y}"

    # --- data ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the visible range (a week of one user is a small, indexed query)."""
        start, end = self.window()
        user = self.user_combo.currentData()
        with self.context.db.uow(write=False) as uow:
            self.items = calendar_items(
                uow,
                start,
                end,
                user_ids=(int(user),) if user is not None else (),
                viewer_id=self.context.db.user_id,
            )
        today = self.clock.now().date()
        if self.mode is Mode.MONTH:
            self.month_grid.set_content(self.current.replace(day=1), self.items, today)
            self.stack.setCurrentWidget(self.month_grid)
        else:
            self.time_grid.set_content(self.days(), self.items, today)
            self.stack.setCurrentWidget(self.time_grid)
        self.title_label.setText(self._title())
        self.refreshed.emit()

    @property
    def grid(self) -> TimeGrid | MonthGrid:
        return self.month_grid if self.mode is Mode.MONTH else self.time_grid

    # --- requests from the grids --------------------------------------------------------

    def _on_grid_create_requested(self, moment: dt.datetime, timeless: bool) -> None:
        user = self.user_combo.currentData()
        initial = ActivityInput(
            type="meeting",
            start_at=moment,
            timeless=timeless,
            duration_min=0 if timeless else 60,
            scheduled_for_id=int(user) if user is not None else None,
        )
        data = ScheduleActivityDialog.ask(self.context, initial, parent=self)
        if data is None:
            return
        self._run(lambda uow: schedule_activity(uow, data))

    def _on_grid_open_requested(self, activity_id: int) -> None:
        activity = self._activity(activity_id)
        if activity is not None and edit_activity(self.context, activity, parent=self):
            self.refresh()

    def _on_grid_move_requested(self, activity_id: int, start: dt.datetime, duration: int) -> None:
        self._run(lambda uow: reschedule_activity(uow, activity_id, start, duration_min=duration))

    def _on_grid_clear_requested(self, activity_id: int) -> None:
        activity = self._activity(activity_id)
        if activity is not None and clear_with_dialogs(self.context, activity, parent=self):
            self.refresh()

    def _activity(self, activity_id: int) -> Any:
        try:
            with self.context.db.uow(write=False) as uow:
                return get_activity(uow, activity_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Calendar"), exc.message)
            self.refresh()
            return None

    def _run(self, action: Any) -> None:
        try:
            with self.context.db.uow() as uow:
                action(uow)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Calendar"), exc.message)
        self.refresh()
