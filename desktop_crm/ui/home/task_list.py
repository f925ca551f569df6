"""The home page's short list of things to do: as many lines as the tile has room for.

The list showed a fixed 8 lines (the service's count) in a tile with room for about 18 at
1400x860, the rest empty under "… and 27 more in the task list". ``TaskShortList`` gets up to
``services.reports.home.LIST_LENGTH`` activities and shows those that fit its height,
keeping the last line for "… and N more" when some are left out; it refills when resized.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop_crm.ui.activities.labels import type_label

if TYPE_CHECKING:
    from desktop_crm.services.reports.home import HomeActivity

MIN_LINES = 3  # before the list has its size: a few lines, not none


class TaskShortList(QListWidget):
    """Today's and overdue activities, as many as fit; the contact id in ``UserRole``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeTasks")
        self._activities: tuple[HomeActivity, ...] = ()
        self._total = 0
        self._shown_lines = -1
        # A long subject is shortened with "…" (whole line in its tooltip): a horizontal
        # scroll bar took a line of the tile for the sake of one subject.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_tasks(self, activities: Sequence[HomeActivity], total: int) -> None:
        """``activities`` in the order to show; ``total`` = all due today and overdue."""
        self._activities = tuple(activities)
        self._total = total
        self._shown_lines = -1
        self._fill()

    def shown_activities(self) -> int:
        """How many activity lines show (without the "… and N more" one)."""
        return sum(
            1 for row in range(self.count()) if self.item(row).data(Qt.ItemDataRole.UserRole + 1)
        )

    def _room(self) -> int:
        """The number of lines the list shows without scrolling."""
        line = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 2
        height = self.viewport().height()
        return max(MIN_LINES, height // max(1, line))

    def _fill(self) -> None:
        room = self._room()
        activities = self._activities
        if not activities:
            shown = 0
        elif len(activities) >= self._total and len(activities) <= room:
            shown = len(activities)  # everything fits: no "more" line
        else:
            shown = min(len(activities), room - 1)
        if shown == self._shown_lines and self.count():
            return
        self._shown_lines = shown
        self.clear()
        locale = QLocale()
        for activity in activities[:shown]:
            start = activity.start_at
            when = locale.toString(
                QDateTime(
                    QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)
                ),
                "dd/MM HH:mm",
            )
            if activity.timeless:  # a to-do for the day, not at midnight ("02/12 00:00")
                day = locale.toString(QDate(start.year, start.month, start.day), "dd/MM")
                when = f"{day} {QCoreApplication.translate('HomeView', 'all day')}"
            late = QCoreApplication.translate("HomeView", " (late)") if activity.overdue else ""
            text = " — ".join(
                p
                for p in (type_label(activity.type), activity.contact_name, activity.regarding)
                if p
            )
            line = f"{when}{late}  {text}"
            width = self.viewport().width() - 8
            fitted = self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, width)
            item = QListWidgetItem(fitted)
            if fitted != line:
                item.setToolTip(line)
            item.setData(Qt.ItemDataRole.UserRole, activity.contact_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, activity.id)
            self.addItem(item)
        if not activities:
            self.addItem(QCoreApplication.translate("HomeView", "Nothing to do today."))
        more = self._total - shown
        if more > 0:  # the list shows the first few: say how many wait in the task list
            item = QListWidgetItem(
                QCoreApplication.translate("HomeView", "… and %1 more in the task list").replace(
                    "%1", locale.toString(more)
                )
            )
            item.setForeground(Qt.GlobalColor.darkBlue)
            self.addItem(item)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._shown_lines = -1  # the lines are shortened to the width: make them again
        if event.size() != event.oldSize():
            self._fill()
