"""Colleagues side by side in the calendar: one column per person (per day in a week).

``TeamPicker`` is the toolbar button whose menu ticks the colleagues to compare;
``TeamTimeGrid`` is the time grid whose columns are (day, person) pairs, headed by the
person's name in the day view and by the day and initials in a week.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desktop_crm.services.activities.agenda import CalendarItem, UserChoice
from desktop_crm.ui.activities.calendar_grid import GUTTER_PX
from desktop_crm.ui.activities.calendar_time_grid import DAY_NAMES, TimeGrid
from desktop_crm.ui.users.names import person_name


def person_label(user: UserChoice) -> str:
    """The name shown for a team member: never the login (an unnamed row says so)."""
    return person_name(user.display_name)


@dataclass(frozen=True)
class Column:
    """One person of the side-by-side calendar."""

    user_id: int
    name: str
    initials: str


class TeamPicker(QPushButton):  # its menu's arrow beside the text, not over it
    """A button with a menu of checkable colleagues; ``changed()`` when the ticks change.

    Two people ticked or more put the calendar in side-by-side mode.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarTeam")
        self.setText(self.tr("Side by side"))
        self.setToolTip(self.tr("Show several colleagues' calendars side by side"))
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._actions: dict[int, QAction] = {}
        self._users: dict[int, UserChoice] = {}
        self._order: list[int] = []

    def set_users(self, users: Sequence[UserChoice]) -> None:
        self._menu.clear()
        self._actions.clear()
        self._users = {u.id: u for u in users}
        self._order = [u.id for u in users]
        for user in users:
            action = self._menu.addAction(person_label(user))
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self._on_toggled())
            self._actions[user.id] = action
        self._menu.addSeparator()
        self._menu.addAction(self.tr("Nobody (one calendar)"), self.clear)

    def set_checked(self, user_ids: Sequence[int]) -> None:
        """Tick exactly these people (tests and "everybody" shortcuts)."""
        for user_id, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(user_id in user_ids)
            action.blockSignals(False)
        self._on_toggled()

    def clear(self) -> None:
        self.set_checked(())

    def columns(self) -> list[Column]:
        """The ticked people, in the menu's order."""
        return [
            Column(uid, person_label(self._users[uid]), self._users[uid].initials)
            for uid in self._order
            if self._actions[uid].isChecked()
        ]

    def side_by_side(self) -> bool:
        return len(self.columns()) >= 2

    def _on_toggled(self) -> None:
        count = len(self.columns())
        self.setText(
            self.tr("Side by side (%1)").replace("%1", str(count))
            if count
            else self.tr("Side by side")
        )
        self.changed.emit()


class TeamTimeGrid(TimeGrid):
    """The time grid with a column per person and day: each column shows that person's items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamTimeGrid")
        self.people: list[Column] = []
        self._column_people: list[Column] = []
        # Whose column was double-clicked last: a new activity is planned for that person.
        self.clicked_user: int | None = None

    def set_team(
        self,
        people: Sequence[Column],
        days: Sequence[dt.date],
        items: Sequence[CalendarItem],
        today: dt.date,
    ) -> None:
        self.people = list(people)
        self._column_people = [p for _d in days for p in self.people]
        self.set_content([d for d in days for _p in self.people], items, today)

    def column_user(self, index: int) -> int | None:
        people = self._column_people
        return people[index].user_id if 0 <= index < len(people) else None

    def column_at(self, x: float) -> int:
        return int((x - GUTTER_PX) // self.day_width()) if x >= GUTTER_PX else 0

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.clicked_user = self.column_user(self.column_at(event.position().x()))
        super().mouseDoubleClickEvent(event)

    def max_lanes(self) -> int:
        # A person's day holds as many readable lanes as a day of a week view; two at
        # least where a column can hold them, so that two overlapping calls both show.
        floor = 2 if self.day_width() >= 70 else 1
        return max(floor, min(4, int((self.day_width() - 4) // 40)))

    def _column_items(self, index: int) -> Sequence[CalendarItem]:
        user_id = self.column_user(index)
        return [i for i in self.items if i.scheduled_for_id == user_id]

    def _header_text(self, index: int, day: dt.date) -> str:
        if not 0 <= index < len(self._column_people):
            return super()._header_text(index, day)
        person = self._column_people[index]
        if len(self.days) == len(self.people):  # one day: the people's names
            return person.name
        weekday = QCoreApplication.translate("TimeGrid", DAY_NAMES[day.weekday()])
        return f"{weekday} {day:%d} {person.initials or person.name}"
