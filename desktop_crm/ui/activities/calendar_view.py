"""The calendar view: day, work week, week and month of one user's or everyone's activities."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
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

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import Clock, SystemClock, week_start
from desktop_crm.domain.constants import ActivityType
from desktop_crm.services.activities.agenda import CalendarItem
from desktop_crm.services.activities.choices import PlanningChoices, planning_choices
from desktop_crm.services.activities.occurrences import move_occurrence, move_series
from desktop_crm.services.activities.records import (
    ActivityInput,
    ActivityView,
    get_activity,
    schedule_activity,
)
from desktop_crm.services.users.scope import calendar_of
from desktop_crm.ui.activities.calendar_grid import MonthGrid
from desktop_crm.ui.activities.calendar_hours import calendar_hours
from desktop_crm.ui.activities.calendar_team import TeamPicker, TeamTimeGrid, person_label
from desktop_crm.ui.activities.calendar_time_grid import TimeGrid
from desktop_crm.ui.activities.clear_dialog import clear_with_dialogs
from desktop_crm.ui.activities.feedback import warn_on_error, while_alive
from desktop_crm.ui.activities.labels import type_label
from desktop_crm.ui.activities.notices import concerns_activities
from desktop_crm.ui.activities.schedule_dialog import ask_activity, edit_activity
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.view import ViewWidget

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


class Scope(StrEnum):
    """What dragging an occurrence of a recurring activity moves."""

    OCCURRENCE = "occurrence"
    SERIES = "series"


def ask_occurrence_scope(parent: QWidget) -> Scope | None:
    """Ask whether a drag moves this occurrence only or the whole series (None: cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("CalendarView", "Move a recurring activity"))
    box.setText(
        QCoreApplication.translate(
            "CalendarView", "This activity repeats. Move this occurrence only, or the whole series?"
        )
    )
    one = box.addButton(
        QCoreApplication.translate("CalendarView", "This &occurrence only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    whole = box.addButton(
        QCoreApplication.translate("CalendarView", "The whole &series"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(one)
    box.exec()
    clicked = box.clickedButton()
    if clicked is one:
        return Scope.OCCURRENCE
    if clicked is whole:
        return Scope.SERIES
    return None


class Mode(StrEnum):
    """What the calendar shows."""

    DAY = "day"
    WORK_WEEK = "work_week"
    WEEK = "week"
    MONTH = "month"


class CalendarView(ViewWidget):
    """Calendar with navigation, user choice, double-click to create and drag to move.

    The shown range is read through the operation runner (the newest range wins) and read
    again when a change notice touches activities or renames a contact shown; a hidden
    calendar catches up when it is shown again.

    Signals (besides ``ViewWidget``'s): ``refreshed()`` after each reload.
    """

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
        self._key = f"calendar-{id(self)}"
        self._me: int | None = None
        self._choices_ready = False
        self._wanted = False  # a reload asked for before the user filter was known
        self._stale = False
        self._status: tuple[str, int] | None = None
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
        for button in (self.prev_button, self.next_button):  # an arrow: not 80 px wide
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("◀") + 28)
        for button in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(button)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        bar.addSpacing(12)
        bar.addWidget(self.title_label, 1)
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("calendarType")
        self.type_combo.setToolTip(self.tr("Show only one type of activity"))
        self.type_combo.addItem(self.tr("All types"), None)
        for kind in ActivityType:
            self.type_combo.addItem(type_label(kind), str(kind))
        self.type_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.type_combo)
        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("calendarUser")
        self.user_combo.setToolTip(self.tr("Whose activities to show"))
        # Filled after the first show: its width follows the names ("Sophie M" otherwise).
        self.user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.user_combo)
        self.team_picker = TeamPicker(self)  # several colleagues side by side
        self.team_picker.changed.connect(self.refresh)
        bar.addWidget(self.team_picker)
        nest(layout, bar)
        self.ask_scope: Callable[[], Scope | None] = lambda: ask_occurrence_scope(self)
        self.time_grid = TimeGrid(self)
        self._scrolled_for: tuple[Mode, dt.date] | tuple[Mode, dt.date, int] | None = None
        self.month_grid = MonthGrid(self)
        self.team_grid = TeamTimeGrid(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.time_grid)
        self.stack.addWidget(self.month_grid)
        self.stack.addWidget(self.team_grid)
        layout.addWidget(self.stack, 1)
        for grid in (self.time_grid, self.month_grid, self.team_grid):
            grid.create_requested.connect(self._on_grid_create_requested)
            grid.open_requested.connect(self._on_grid_open_requested)
            grid.move_requested.connect(self._on_grid_move_requested)
            grid.contact_requested.connect(self.contact_open_requested)
            grid.clear_requested.connect(self._on_grid_clear_requested)
        self.mode_buttons[self.mode].setChecked(True)
        self.title_label.setText(self._title())
        context.ops.changed.connect(self._on_ops_changed)
        context.ops.read(planning_choices, on_done=while_alive(self, self._on_choices_loaded))
        self.refresh()

    def _on_choices_loaded(self, choices: PlanningChoices) -> None:
        self._me = choices.me
        if choices.across_users:  # Standard/Restricted: their own calendar only
            self.user_combo.addItem(self.tr("All users"), None)
        for user in choices.users:
            if choices.across_users or user.id == choices.me:
                self.user_combo.addItem(person_label(user), user.id)
        self.user_combo.setEnabled(choices.across_users)
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(choices.me)))
        self.team_picker.set_users(choices.users if choices.across_users else ())
        self.team_picker.setVisible(choices.across_users)  # own calendar only otherwise
        self.user_combo.currentIndexChanged.connect(self.refresh)
        self._choices_ready = True
        if self._wanted:
            self.refresh()

    # --- ViewWidget ---------------------------------------------------------------------

    def start(self) -> None:
        self.refresh()

    def status(self) -> tuple[str, int] | None:
        return self._status

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
        """Show the range at once and read its activities in the background."""
        today = self.clock.now().date()
        self.title_label.setText(self._title())
        team = self.team_picker.columns() if self.team_picker.side_by_side() else []
        self.user_combo.setVisible(not team)  # the columns say whose
        if self.mode is Mode.MONTH:
            self.stack.setCurrentWidget(self.month_grid)
        else:
            self.stack.setCurrentWidget(self.team_grid if team else self.time_grid)
        if not self._choices_ready:
            self._wanted = True
            return
        self._wanted = False
        self._stale = False
        start, end = self.window()
        user = self.user_combo.currentData()
        user_ids = tuple(p.user_id for p in team) or ((int(user),) if user is not None else ())
        kind = self.type_combo.currentData()
        mode, current, days = self.mode, self.current, self.days()
        hours = calendar_hours(self.context.settings)
        self.time_grid.set_hours(hours.first, hours.last)
        self.team_grid.set_hours(hours.first, hours.last)

        def show(items: list[CalendarItem]) -> None:
            self.items = items
            if mode is Mode.MONTH:
                self.month_grid.set_content(current.replace(day=1), items, today)
            elif team:
                self.team_grid.set_team(team, days, items, today)
                if self._scrolled_for != (mode, days[0], len(team)):
                    self._scrolled_for = (mode, days[0], len(team))
                    self.team_grid.scroll_to(hours.day_start)
            else:
                self.time_grid.set_content(days, items, today)
                if self._scrolled_for != (mode, days[0]):
                    # A new range opens on the working day; a reload keeps the user's scroll.
                    self._scrolled_for = (mode, days[0])
                    self.time_grid.scroll_to(hours.day_start)
            self._status = (self._title(), len(items))
            self.status_changed.emit(*self._status)
            self.refreshed.emit()

        self.context.ops.read(
            calendar_of,
            start,
            end,
            user_ids=user_ids,
            viewer_id=self._me,
            types=(str(kind),) if kind is not None else (),
            key=self._key,
            on_done=while_alive(self, show),
            on_error=warn_on_error(self.context, self, self.tr("Calendar")),
        )

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        shown = {item.contact_id for item in self.items if item.contact_id is not None}
        if not concerns_activities(changes, shown):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        hours = calendar_hours(self.context.settings)
        self.time_grid.set_hours(hours.first, hours.last)  # the preferences may have changed
        if self._stale:
            self.refresh()

    @property
    def grid(self) -> TimeGrid | MonthGrid:
        return self.month_grid if self.mode is Mode.MONTH else self.time_grid

    # --- requests from the grids --------------------------------------------------------

    def _on_grid_create_requested(self, moment: dt.datetime, timeless: bool) -> None:
        user = self.user_combo.currentData()
        if self.sender() is self.team_grid:  # planned for the person whose column it is
            user = self.team_grid.clicked_user
        initial = ActivityInput(
            type="meeting",
            start_at=moment,
            timeless=timeless,
            duration_min=0 if timeless else 60,
            scheduled_for_id=int(user) if user is not None else None,
        )
        ask_activity(self.context, initial, self._schedule, parent=self)

    def _schedule(self, data: ActivityInput) -> None:
        self.context.ops.run(
            schedule_activity,
            data,
            on_error=warn_on_error(self.context, self, self.tr("Calendar"), self.refresh),
            initiator=self,
        )

    def _on_grid_open_requested(self, activity_id: int) -> None:
        self._with_activity(
            activity_id, lambda activity: edit_activity(self.context, activity, parent=self)
        )

    def _on_grid_move_requested(
        self, activity_id: int, start: dt.datetime, duration: int, occurrence: dt.datetime
    ) -> None:
        # On failure the grid is read again, so the dragged block goes back where it was.
        on_error = warn_on_error(self.context, self, self.tr("Calendar"), self.refresh)
        recurring = any(i.activity_id == activity_id and i.recurring for i in self.items)
        scope = self.ask_scope() if recurring else Scope.SERIES
        if scope is None:
            self.grid.update()
            return
        if scope is Scope.OCCURRENCE:
            self.context.ops.run(
                move_occurrence,
                activity_id,
                occurrence,
                start,
                duration_min=duration,
                on_error=on_error,
                initiator=self,
            )
            return
        # The whole series moves by as much as the occurrence was dragged.
        self.context.ops.run(
            move_series,
            activity_id,
            occurrence,
            start,
            duration_min=duration,
            on_error=on_error,
            initiator=self,
        )

    def _on_grid_clear_requested(self, activity_id: int) -> None:
        self._with_activity(
            activity_id,
            lambda activity: clear_with_dialogs(
                self.context, activity, parent=self, clock=self.clock
            ),
        )

    def _with_activity(self, activity_id: int, then: Callable[[ActivityView], None]) -> None:
        """Read the activity as stored now, then act on it (a colleague may have moved it)."""
        self.context.ops.read(
            get_activity,
            activity_id,
            on_done=while_alive(self, then),
            on_error=warn_on_error(self.context, self, self.tr("Calendar"), self.refresh),
        )
