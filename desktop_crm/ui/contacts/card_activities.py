"""The Activities tab of the contact card: the contact's activities and series, with Schedule,
Edit (double-click) and Clear, each through the activity dialogs of the task list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import DomainError
from desktop_crm.services.activities.records import ActivityView, get_activity, list_for_contact
from desktop_crm.ui.activities import clear_dialog, schedule_dialog
from desktop_crm.ui.activities.labels import priority_label, type_label
from desktop_crm.ui.activities.series_dialogs import SeriesProgressWidget
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.simple_table import RowsModel


class ActivitiesTab(QWidget):
    """A contact's open (and, on request, cleared) activities and the series running on it.

    Signals: ``activities_changed(contact_id)`` after a schedule, edit or clear (a clear also
    writes history and moves the contact's system dates: the card reloads them).
    """

    activities_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.contact_id: int | None = None
        self.contact_name = ""
        # Replaceable in tests; the same functions the task list and the alarms use.
        self.schedule: Callable[..., object] = schedule_dialog.schedule_for_contacts
        self.edit: Callable[..., object] = schedule_dialog.edit_activity
        self.clear: Callable[..., object] = clear_dialog.clear_with_dialogs
        self._activities: list[ActivityView] = []

        self.series_box = QGroupBox(self.tr("Activity series"), self)
        self.progress = SeriesProgressWidget(context, self.series_box)
        box_layout = QVBoxLayout(self.series_box)
        box_layout.setContentsMargins(6, 4, 6, 4)
        box_layout.addWidget(self.progress)
        self.series_box.hide()

        self.model = RowsModel(
            [
                self.tr("When"),
                self.tr("Type"),
                self.tr("Regarding"),
                self.tr("Priority"),
                self.tr("Scheduled for"),
                self.tr("Status"),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("cardActivities")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The subject takes what is left, so the status column stays in sight.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.doubleClicked.connect(self._on_double_clicked)

        self.schedule_button = QPushButton(self.tr("&Schedule…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.clear_button = QPushButton(self.tr("C&lear…"), self)
        self.show_cleared = QCheckBox(self.tr("Show cleared"), self)
        buttons = QHBoxLayout()
        for widget in (self.schedule_button, self.edit_button, self.clear_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_cleared)
        self.schedule_button.clicked.connect(self.schedule_new)
        self.edit_button.clicked.connect(self.edit_current)
        self.clear_button.clicked.connect(self.clear_current)
        self.show_cleared.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        layout = QVBoxLayout(self)
        layout.addWidget(self.series_box)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self._update_buttons()

    # --- loading --------------------------------------------------------------------------

    def set_owner(self, _kind: str, record_id: int | None, name: str = "") -> None:
        self.contact_id = record_id
        self.contact_name = name
        self.reload()

    def reload(self) -> None:
        selected = self.current()
        if self.contact_id is None:
            self._activities = []
        else:
            with self.context.db.uow(write=False) as uow:
                found = list_for_contact(
                    uow, self.contact_id, include_cleared=self.show_cleared.isChecked()
                )
            # Open activities soonest first, then what was done, latest first.
            open_ones = [a for a in found if not a.cleared]
            done = sorted((a for a in found if a.cleared), key=lambda a: a.start_at, reverse=True)
            self._activities = open_ones + done
        now = dt.datetime.now()
        self.model.set_rows(
            [self._row(a, now) for a in self._activities], [a.id for a in self._activities]
        )
        for row, activity in enumerate(self._activities):
            if selected is not None and activity.id == selected.id:
                self.view.selectRow(row)
        self.progress.set_contact(self.contact_id)
        self.series_box.setVisible(self.progress.count() > 0)
        self._update_buttons()

    def _row(self, a: ActivityView, now: dt.datetime) -> tuple[str, ...]:
        locale = QLocale()
        if a.timeless:
            when = locale.toString(a.start_at.date(), QLocale.FormatType.ShortFormat)
        else:
            when = locale.toString(a.start_at, QLocale.FormatType.ShortFormat)
        if a.cleared:
            status = self.tr("Done")
        elif (a.start_at.date() < now.date()) if a.timeless else a.start_at < now:
            status = self.tr("Overdue")
        else:
            status = ""
        return (
            when,
            type_label(a.type),
            a.regarding or "",
            priority_label(a.priority),
            a.scheduled_for_name or "",
            status,
        )

    def activities(self) -> list[ActivityView]:
        return list(self._activities)

    def current(self) -> ActivityView | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self._activities):
            return None
        return self._activities[rows[0].row()]

    def _update_buttons(self) -> None:
        current = self.current()
        self.schedule_button.setEnabled(self.contact_id is not None)
        self.edit_button.setEnabled(current is not None)
        self.clear_button.setEnabled(current is not None and not current.cleared)

    # --- actions --------------------------------------------------------------------------

    def schedule_new(self) -> None:
        if self.contact_id is None:
            return
        done = self.schedule(
            self.context, [self.contact_id], parent=self, contacts_text=self.contact_name
        )
        if done is not None:
            self._changed()

    def edit_current(self) -> None:
        fresh = self._fresh()
        if fresh is not None and self.edit(self.context, fresh, parent=self) is not None:
            self._changed()

    def clear_current(self) -> None:
        fresh = self._fresh()
        if fresh is None or fresh.cleared:
            return
        if self.clear(self.context, fresh, parent=self) is not None:
            self._changed()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.selectRow(index.row())
            self.edit_current()

    def _fresh(self) -> ActivityView | None:
        """The selected activity as stored now (a colleague or the alarms may have moved it)."""
        current = self.current()
        if current is None:
            return None
        try:
            with self.context.db.uow(write=False) as uow:
                return get_activity(uow, current.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Activities"), exc.message)
            self.reload()
            return None

    def _changed(self) -> None:
        self.reload()
        if self.contact_id is not None:
            self.activities_changed.emit(self.contact_id)
