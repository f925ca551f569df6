"""The Activities tab of the contact card: the contact's activities and series, with Schedule,
Edit (double-click) and Clear, each through the activity dialogs of the task list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

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

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.clock import Clock, SystemClock
from desktop_crm.domain.errors import DomainError
from desktop_crm.ui.activities.labels import priority_label, type_label
from desktop_crm.ui.activities.series_progress import SeriesProgressWidget
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.lazy_services import lazy_service
from desktop_crm.ui.common.simple_table import RowsModel
from desktop_crm.ui.contacts.dates import short

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.activities.records import ActivityView, get_activity, list_for_contact
else:
    _service = lazy_service("desktop_crm.services.activities.records")
    get_activity = _service.get_activity
    list_for_contact = _service.list_for_contact

ACTIVITY_KINDS = ("activity", "activity_contact", "series_run")


# The dialogs load when first used: the card is on the first screen, its dialogs are not.
def _schedule_for_contacts(*args: Any, **kwargs: Any) -> None:
    from desktop_crm.ui.activities.schedule_dialog import schedule_for_contacts

    schedule_for_contacts(*args, **kwargs)


def _edit_activity(*args: Any, **kwargs: Any) -> None:
    from desktop_crm.ui.activities.schedule_dialog import edit_activity

    edit_activity(*args, **kwargs)


def _clear_with_dialogs(*args: Any, **kwargs: Any) -> None:
    from desktop_crm.ui.activities.clear_dialog import clear_with_dialogs

    clear_with_dialogs(*args, **kwargs)


class ActivitiesTab(QWidget):
    """A contact's open (and, on request, cleared) activities and the series running on it.

    Signals: ``activities_changed(contact_id)`` when a change notice touched the contact's
    activities (a schedule, edit or clear here or elsewhere) and the tab has reloaded them.
    """

    activities_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.contact_id: int | None = None
        self.contact_name = ""
        # Replaceable in tests; the same functions the task list and the alarms use.
        self.schedule: Callable[..., object] = _schedule_for_contacts
        self.edit: Callable[..., object] = _edit_activity
        self.clear: Callable[..., object] = _clear_with_dialogs
        # Overdue is judged on the business clock (Paris), as the task list judges it.
        self.clock: Clock = SystemClock()
        self._activities: list[ActivityView] = []

        self.series_box = QGroupBox(self.tr("Activity series"), self)
        self.progress = SeriesProgressWidget(context, self.series_box)
        # The widget reads its runs itself (and again on change notices); the box follows.
        self.progress.loaded.connect(lambda count: self.series_box.setVisible(count > 0))
        self._key = f"card-activities-{id(self)}"
        self._reload_waiters: list[Callable[[], None]] = []
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
        nest(layout, buttons)
        layout.addWidget(self.view, 1)
        self._update_buttons()
        context.ops.changed.connect(self._on_ops_changed)

    # --- loading --------------------------------------------------------------------------

    def set_owner(self, _kind: str, record_id: int | None, name: str = "") -> None:
        self.contact_id = record_id
        self.contact_name = name
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the activities (and the series runs) again; ``then()`` once they are shown."""
        contact_id = self.contact_id
        if then is not None:
            # A newer reload supersedes this one's read: whichever lands calls every waiter.
            self._reload_waiters.append(then)
        self.progress.set_contact(contact_id)
        if contact_id is None:
            self._show_activities(None, [])
            return
        self.context.ops.read(
            list_for_contact,
            contact_id,
            include_cleared=self.show_cleared.isChecked(),
            key=self._key,
            on_done=lambda found: self._show_activities(contact_id, found),
        )

    def _show_activities(self, contact_id: int | None, found: list[ActivityView]) -> None:
        if contact_id != self.contact_id:
            return
        selected = self.current()
        # Open activities soonest first, then what was done, latest first.
        open_ones = [a for a in found if not a.cleared]
        done = sorted((a for a in found if a.cleared), key=lambda a: a.start_at, reverse=True)
        self._activities = open_ones + done
        now = self.clock.now()
        self.model.set_rows(
            [self._row(a, now) for a in self._activities], [a.id for a in self._activities]
        )
        for row, activity in enumerate(self._activities):
            if selected is not None and activity.id == selected.id:
                self.view.selectRow(row)
        self._update_buttons()
        waiters, self._reload_waiters = self._reload_waiters, []
        for waiter in waiters:
            waiter()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            return
        mine = changes.touches_contact(contact_id) and changes.touches(*ACTIVITY_KINDS, "contact")
        # Activities written in bulk (a series applied) do not say whose they are.
        if mine or not changes.bulk.isdisjoint(ACTIVITY_KINDS):
            self.reload(lambda: self.activities_changed.emit(contact_id))

    def _row(self, a: ActivityView, now: dt.datetime) -> tuple[str, ...]:
        locale = QLocale()
        if a.timeless:
            when = short(a.start_at.date(), locale)
        else:
            when = short(a.start_at, locale)
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

    def select_activity(self, activity_id: int) -> None:
        """Read the activities again and select this one (a follow-up just planned)."""

        def select() -> None:
            for row, activity in enumerate(self._activities):
                if activity.id == activity_id:
                    self.view.selectRow(row)
                    self.view.scrollTo(self.model.index(row, 0))
                    self.view.setFocus()
                    return

        self.reload(select)

    def _update_buttons(self) -> None:
        current = self.current()
        self.schedule_button.setEnabled(self.contact_id is not None)
        self.edit_button.setEnabled(current is not None)
        self.clear_button.setEnabled(current is not None and not current.cleared)

    # --- actions --------------------------------------------------------------------------

    def schedule_new(self) -> None:
        if self.contact_id is None:
            return
        # The dialogs write through the runner: the tab reloads from the change notice.
        self.schedule(self.context, [self.contact_id], parent=self, contacts_text=self.contact_name)

    def edit_current(self) -> None:
        self._with_fresh(lambda fresh: self.edit(self.context, fresh, parent=self))

    def clear_current(self) -> None:
        self._with_fresh(
            lambda fresh: None if fresh.cleared else self.clear(self.context, fresh, parent=self)
        )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.selectRow(index.row())
            self.edit_current()

    def _with_fresh(self, then: Callable[[ActivityView], object]) -> None:
        """The selected activity as stored now (a colleague or the alarms may have moved it)."""
        current = self.current()
        if current is None:
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DomainError):
                QMessageBox.warning(self, self.tr("Activities"), exc.message)
                self.reload()
            else:
                self.context.ops.show_error(exc, self)

        self.context.ops.read(get_activity, current.id, on_done=then, on_error=failed)
