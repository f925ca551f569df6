"""The modeless Alarms window (Snooze, Dismiss, Open contact, Clear) and its tray pointer.

Alarms fire only while the application runs: ``start()`` checks at once (catching up what
rang while it was closed) and then every ``CHECK_INTERVAL_MS``. When new alarms ring while the
window is hidden, a tray notification points to it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import Clock, SystemClock
from desktop_crm.services.activities.agenda import AlarmView, Snooze, snooze_until
from desktop_crm.services.activities.batch import (
    dismiss_alarms,
    due_alarms_for_me,
    snooze_alarms,
)
from desktop_crm.services.activities.records import ActivityView, get_activity
from desktop_crm.ui.activities.clear_dialog import clear_with_dialogs
from desktop_crm.ui.activities.feedback import warn_on_error, while_alive
from desktop_crm.ui.activities.labels import priority_label, type_label
from desktop_crm.ui.activities.notices import concerns_activities
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.empty_note import EmptyNote
from desktop_crm.ui.common.layouts import nest

Index = QModelIndex | QPersistentModelIndex
CHECK_INTERVAL_MS = 30_000


class AlarmTableModel(QAbstractTableModel):
    """Due alarms: when, start, type, contact, regarding, priority."""

    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AlarmView] = []

    def set_rows(self, rows: Sequence[AlarmView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AlarmView]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Alarm"),
            self.tr("Starts"),
            self.tr("Type"),
            self.tr("Contact"),
            self.tr("Regarding"),
            self.tr("Priority"),
        )
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        alarm = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return alarm.activity_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return alarm.alarm_at.strftime("%d/%m %H:%M")
        if column == 1:
            return alarm.start_at.strftime("%d/%m/%Y" if alarm.timeless else "%d/%m/%Y %H:%M")
        if column == 2:
            return type_label(alarm.type)
        if column == 3:
            return alarm.contact_name or ""
        if column == 4:
            return alarm.regarding or ""
        return priority_label(alarm.priority)


class AlarmsWindow(QWidget):
    """A modeless window listing the alarms that rang.

    Due alarms are read through the operation runner on ``start()``, on a timer and after
    every change notice that touches activities (a snooze here, a clear on the card).

    Signals: ``contact_open_requested(contact_id)``; ``alarms_changed(count)`` and
    ``checked(alarms)`` after each background check; ``notified(text)`` when the tray was
    asked to show a notification.
    """

    contact_open_requested = Signal(int)
    alarms_changed = Signal(int)
    checked = Signal(list)
    notified = Signal(str)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
        tray: QSystemTrayIcon | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.clock: Clock = clock or SystemClock()
        self.tray = tray
        self._known: set[tuple[int, dt.datetime]] = set()
        self._key = f"alarms-{id(self)}"
        self.setWindowTitle(self.tr("Alarms"))
        self.resize(760, 300)
        self.model = AlarmTableModel(self)
        layout = QVBoxLayout(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty_note = EmptyNote(
            self.table,
            self.tr(
                "No alarm waiting. The alarms of scheduled activities show here when they ring."
            ),
        )
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for choice, text in (
            (Snooze.MIN_5, self.tr("5 minutes")),
            (Snooze.MIN_15, self.tr("15 minutes")),
            (Snooze.HOUR_1, self.tr("1 hour")),
            (Snooze.TOMORROW, self.tr("Tomorrow morning")),
        ):
            menu.addAction(text, functools.partial(self.snooze, choice))
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss_all_button = QPushButton(self.tr("Dismiss &all"), self)
        self.contact_button = QPushButton(self.tr("&Open contact"), self)
        self.clear_button = QPushButton(self.tr("&Clear…"), self)
        for widget in (
            self.snooze_button,
            self.dismiss_button,
            self.dismiss_all_button,
            self.contact_button,
            self.clear_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        nest(layout, buttons)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.dismiss_all_button.clicked.connect(self.dismiss_all)
        self.contact_button.clicked.connect(self._on_contact_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        if self.tray is not None:
            self.tray.messageClicked.connect(self.show_and_raise)
        context.ops.changed.connect(self._on_ops_changed)

    # --- checking -----------------------------------------------------------------------

    def start(self) -> None:
        """Catch up on alarms that rang while the app was closed, then check regularly."""
        self.check()
        self.timer.start()

    def check(self) -> None:
        """Ask the database for due alarms in the background; ``checked`` brings them back.

        The time is read from the clock here, on the GUI thread, so a test's clock decides.
        A newer check supersedes one still waiting: the answer shown is never stale.
        """
        self.context.ops.read(
            due_alarms_for_me,
            self.clock.now(),
            key=self._key,
            on_done=while_alive(self, self._show),
            # A busy or unreachable database: nothing changed, the next tick tries again.
            on_error=lambda _exc: None,
        )

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        shown = {a.contact_id for a in self.model.rows() if a.contact_id is not None}
        if concerns_activities(changes, shown):
            self.check()

    def _show(self, alarms: list[AlarmView]) -> None:
        keys = {(a.activity_id, a.alarm_at) for a in alarms}
        new = [a for a in alarms if (a.activity_id, a.alarm_at) not in self._known]
        self._known = keys
        selected = self.selected_ids()
        self.model.set_rows(alarms)
        for row, alarm in enumerate(alarms):
            if alarm.activity_id in selected:
                self.table.selectRow(row)
        if alarms and self.table.selectionModel() and not self.selected_ids():
            self.table.selectRow(0)
        if new:
            self._notify(new)
        if not alarms and self.isVisible():
            self.hide()  # the last alarm answered (or snoozed): nothing left to show
        self.alarms_changed.emit(len(alarms))
        self.checked.emit(alarms)

    def _notify(self, new: list[AlarmView]) -> None:
        if self.isVisible() and not self.isMinimized():
            self.raise_()
            return
        first = new[0]
        text = " – ".join(
            p for p in (type_label(first.type), first.contact_name, first.regarding) if p
        )
        if len(new) > 1:
            text += "\n" + self.tr("and %n more", "", len(new) - 1)
        self.notified.emit(text)
        if self.tray is not None and self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(
                self.tr("Alarms"), text, QSystemTrayIcon.MessageIcon.Information, 10_000
            )
        elif self.tray is None:
            self.show_and_raise()

    def show_and_raise(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    # --- actions ------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        model = self.table.selectionModel()
        if model is None:
            return []
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in model.selectedRows()]

    def snooze(self, choice: Snooze) -> None:
        until = snooze_until(Snooze(choice), self.clock.now())
        self._apply(snooze_alarms, until)

    def dismiss(self) -> None:
        self._apply(dismiss_alarms)

    def dismiss_all(self) -> None:
        self.table.selectAll()
        self.dismiss()

    def _apply(self, action: Any, *args: Any) -> None:
        """One operation for the whole selection; the change notice brings the new list."""
        ids = self.selected_ids()
        if not ids:
            return
        self.context.ops.run(
            action,
            ids,
            *args,
            on_error=warn_on_error(self.context, self, self.tr("Alarms"), self.check),
            initiator=self,
        )

    def _on_contact_clicked(self) -> None:
        for alarm in self.model.rows():
            if alarm.activity_id in self.selected_ids() and alarm.contact_id is not None:
                self.contact_open_requested.emit(alarm.contact_id)
                return

    def _on_clear_clicked(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def clear(activity: ActivityView) -> None:
            clear_with_dialogs(self.context, activity, parent=self, clock=self.clock)

        self.context.ops.read(
            get_activity,
            ids[0],
            on_done=while_alive(self, clear),
            on_error=warn_on_error(self.context, self, self.tr("Alarms"), self.check),
        )
