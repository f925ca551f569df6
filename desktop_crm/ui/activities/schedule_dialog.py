"""The "Schedule activity" dialog (also used to edit one) and the schedule-for-contacts action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)
from shiboken6 import isValid

from desktop_crm.domain.clock import Clock, SystemClock, settle_wall
from desktop_crm.domain.constants import ActivityType, Priority
from desktop_crm.domain.errors import ValidationError
from desktop_crm.services.activities.agenda import UserChoice
from desktop_crm.services.activities.choices import PlanningChoices, planning_choices
from desktop_crm.services.activities.records import (
    ActivityInput,
    ActivityView,
    schedule_activity,
    schedule_for_selection,
    update_activity,
)
from desktop_crm.ui.activities.feedback import warn_on_error
from desktop_crm.ui.activities.labels import (
    ALARM_CHOICES,
    RECURRENCES,
    lead_label,
    priority_label,
    recurrence_label,
    type_label,
)
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.form_rows import add_row
from desktop_crm.ui.users.names import person_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Activities", text)


DURATIONS_MIN = (0, 5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 480)


class ScheduleActivityDialog(QDialog):
    """Type, regarding, date and time or timeless, duration, priority, alarm, recurrence,
    scheduled-for user, private flag and details of one activity."""

    def __init__(
        self,
        initial: ActivityInput,
        *,
        users: Sequence[UserChoice] = (),
        regarding: Sequence[str] = (),
        contacts_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule activity"))
        self._initial = initial
        form = QFormLayout(self)
        if contacts_text:
            form.addRow(self.tr("With:"), QLabel(contacts_text, self))
        self.type_combo = QComboBox(self)
        for kind in ActivityType:
            self.type_combo.addItem(type_label(kind), str(kind))
        self.type_combo.setCurrentIndex(self.type_combo.findData(initial.type))
        form.addRow(self.tr("&Type:"), self.type_combo)
        self.regarding_combo = QComboBox(self)
        self.regarding_combo.setEditable(True)
        self.regarding_combo.addItems(list(regarding))
        self.regarding_combo.setCurrentText(initial.regarding or "")
        form.addRow(self.tr("&Regarding:"), self.regarding_combo)

        when = QHBoxLayout()
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        start_day = initial.start_at.date()
        self.date_edit.setDate(QDate(start_day.year, start_day.month, start_day.day))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setTime(QTime(initial.start_at.hour, initial.start_at.minute))
        self.timeless_check = QCheckBox(self.tr("Timeless"), self)
        self.timeless_check.setChecked(initial.timeless)
        self.timeless_check.toggled.connect(self.time_edit.setDisabled)
        self.time_edit.setDisabled(initial.timeless)
        when.addWidget(self.date_edit)
        when.addWidget(self.time_edit)
        when.addWidget(self.timeless_check)
        add_row(form, self.tr("&Date:"), when, self.date_edit)

        self.duration_combo = QComboBox(self)
        for minutes in DURATIONS_MIN:
            text = (
                self.tr("%1 min").replace("%1", str(minutes))
                if minutes < 60
                else self.tr("%1 h").replace("%1", f"{minutes / 60:g}")
            )
            self.duration_combo.addItem(text, minutes)
        index = self.duration_combo.findData(initial.duration_min)
        if index < 0:
            self.duration_combo.addItem(f"{initial.duration_min} min", initial.duration_min)
            index = self.duration_combo.count() - 1
        self.duration_combo.setCurrentIndex(index)
        form.addRow(self.tr("D&uration:"), self.duration_combo)

        self.priority_combo = QComboBox(self)
        for priority in Priority:
            self.priority_combo.addItem(priority_label(priority), int(priority))
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(initial.priority))
        form.addRow(self.tr("&Priority:"), self.priority_combo)

        self.alarm_combo = QComboBox(self)
        for lead in ALARM_CHOICES:
            self.alarm_combo.addItem(lead_label(lead), lead)
        self.alarm_combo.setCurrentIndex(
            max(
                0,
                ALARM_CHOICES.index(initial.alarm_lead_min)
                if initial.alarm_lead_min in ALARM_CHOICES
                else 0,
            )
        )
        form.addRow(self.tr("&Alarm:"), self.alarm_combo)

        repeat = QHBoxLayout()
        self.recurrence_combo = QComboBox(self)
        for code, _ in RECURRENCES:
            self.recurrence_combo.addItem(recurrence_label(code), code)
        self.recurrence_combo.setCurrentIndex(
            self.recurrence_combo.findData(initial.recurrence) if initial.recurrence else 0
        )
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, 99)
        self.interval_spin.setPrefix(self.tr("every "))
        self.interval_spin.setValue(initial.recurrence_interval)
        self.until_check = QCheckBox(self.tr("until"), self)
        self.until_edit = QDateEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("dd/MM/yyyy")
        until = initial.recurrence_until or (initial.start_at.date() + dt.timedelta(days=90))
        self.until_edit.setDate(QDate(until.year, until.month, until.day))
        self.until_check.setChecked(initial.recurrence_until is not None)
        for widget in (
            self.recurrence_combo,
            self.interval_spin,
            self.until_check,
            self.until_edit,
        ):
            repeat.addWidget(widget)
        self.recurrence_combo.currentIndexChanged.connect(self._update_enabled)
        self.until_check.toggled.connect(self._update_enabled)
        add_row(form, self.tr("&Repeat:"), repeat, self.recurrence_combo)

        self.user_combo = QComboBox(self)
        for user in users:
            self.user_combo.addItem(person_name(user.display_name), user.id)
        if initial.scheduled_for_id is not None:
            self.user_combo.setCurrentIndex(
                max(0, self.user_combo.findData(initial.scheduled_for_id))
            )
        form.addRow(self.tr("Scheduled &for:"), self.user_combo)
        self.private_check = QCheckBox(self.tr("Private (others see busy time only)"), self)
        self.private_check.setChecked(initial.private)
        form.addRow("", self.private_check)
        self.details_edit = QPlainTextEdit(initial.details or "", self)
        self.details_edit.setFixedHeight(80)
        form.addRow(self.tr("D&etails:"), self.details_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._update_enabled()

    def _update_enabled(self) -> None:
        repeating = self.recurrence_combo.currentData() is not None
        self.interval_spin.setEnabled(repeating)
        self.until_check.setEnabled(repeating)
        self.until_edit.setEnabled(repeating and self.until_check.isChecked())

    def value(self) -> ActivityInput:
        """The activity as typed."""
        # toPython() is typed object in PySide6's stubs; a QDate gives a date, a QTime a time.
        day = cast(dt.date, self.date_edit.date().toPython())
        clock = cast(dt.time, self.time_edit.time().toPython())
        timeless = self.timeless_check.isChecked()
        # A time in the hour skipped in March (02:30) moves forward, as the clocks do.
        start = (
            dt.datetime.combine(day, dt.time())
            if timeless
            else settle_wall(dt.datetime.combine(day, clock))
        )
        recurrence = self.recurrence_combo.currentData()
        return ActivityInput(
            type=self.type_combo.currentData(),
            start_at=start,
            contact_ids=self._initial.contact_ids,
            regarding=self.regarding_combo.currentText().strip() or None,
            details=self.details_edit.toPlainText().strip() or None,
            timeless=timeless,
            duration_min=int(self.duration_combo.currentData()),
            priority=int(self.priority_combo.currentData()),
            alarm_lead_min=self.alarm_combo.currentData(),
            recurrence=recurrence,
            recurrence_interval=self.interval_spin.value() if recurrence else 1,
            recurrence_until=(
                cast(dt.date, self.until_edit.date().toPython())
                if recurrence and self.until_check.isChecked()
                else None
            ),
            scheduled_for_id=self.user_combo.currentData(),
            company_id=self._initial.company_id,
            opportunity_id=self._initial.opportunity_id,
            private=self.private_check.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        context: AppContext,
        initial: ActivityInput,
        *,
        choices: PlanningChoices | None = None,
        contacts_text: str = "",
        parent: QWidget | None = None,
    ) -> ActivityInput | None:
        """Show the dialog pre-filled with ``initial``; the typed activity, or None.

        ``choices`` (users, "Regarding" texts, the current user) come from
        ``planning_choices``, read beforehand through the runner: see ``ask_activity``.
        """
        del context  # every activity dialog's ask() takes it first; this one needs no more
        choices = choices or PlanningChoices()
        if initial.scheduled_for_id is None and choices.me is not None:
            initial = replace(initial, scheduled_for_id=choices.me)
        dialog = cls(
            initial,
            users=choices.users,
            regarding=choices.regarding,
            contacts_text=contacts_text,
            parent=parent,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()


def ask_activity(
    context: AppContext,
    initial: ActivityInput,
    on_accepted: Callable[[ActivityInput], None],
    *,
    contacts_text: str = "",
    parent: QWidget | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> None:
    """Read the dialog's choices in the background, show it, hand the typed activity on."""

    def show(choices: PlanningChoices) -> None:
        if parent is not None and not isValid(parent):
            return  # the window that asked was closed meanwhile
        data = ScheduleActivityDialog.ask(
            context, initial, choices=choices, contacts_text=contacts_text, parent=parent
        )
        if data is not None:
            on_accepted(data)
        elif on_cancelled is not None:
            on_cancelled()

    context.ops.read(planning_choices, on_done=show)


def default_start(now: dt.datetime | None = None) -> dt.datetime:
    """The next quarter hour on the business clock (Paris wall time, as activities are
    stored and the task list reads them): what a new activity proposes."""
    now = now or SystemClock().now()
    minutes = (now.minute // 15 + 1) * 15
    start = now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(minutes=minutes)
    return settle_wall(start)  # 01:50 on the day summer time starts proposes 03:00


def schedule_for_contacts(
    context: AppContext,
    contact_ids: Sequence[int],
    *,
    parent: QWidget | None = None,
    initial: ActivityInput | None = None,
    contacts_text: str = "",
    on_done: Callable[[Any], None] | None = None,
    clock: Clock | None = None,
) -> None:
    """Ask, then plan: one activity (one contact) or one per contact (a list selection).

    Everything runs through the operation runner: ``on_done`` receives the new activity (one
    contact) or the number planned (a selection); nothing is called when the user cancels.
    The views showing activities hear of it by the change notice. A rule broken by what was
    typed is explained and the dialog comes back with it.
    """
    ids = list(contact_ids)
    start = default_start(clock.now() if clock is not None else None)
    initial = initial or ActivityInput(type="call", start_at=start, contact_ids=tuple(ids[:1]))
    if len(ids) > 1 and not contacts_text:
        contacts_text = QCoreApplication.translate("Activities", "%n contact(s)", None, len(ids))

    def submit(data: ActivityInput) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                QMessageBox.warning(parent, _t("Schedule activity"), exc.message)
                ask_activity(context, data, submit, contacts_text=contacts_text, parent=parent)
            else:
                warn_on_error(context, parent, _t("Schedule activity"))(exc)

        if len(ids) > 1:
            context.ops.run(
                schedule_for_selection,
                data,
                ids,
                on_done=on_done,
                on_error=failed,
                initiator=parent,
            )
        else:
            context.ops.run(
                schedule_activity, data, on_done=on_done, on_error=failed, initiator=parent
            )

    ask_activity(context, initial, submit, contacts_text=contacts_text, parent=parent)


def edit_activity(
    context: AppContext,
    activity: ActivityView,
    *,
    parent: QWidget | None = None,
    on_done: Callable[[ActivityView], None] | None = None,
) -> None:
    """Edit an existing activity through the same dialog; ``on_done`` gets the saved one."""

    def submit(data: ActivityInput) -> None:
        context.ops.run(
            update_activity,
            activity.id,
            data,
            expected_version=activity.version,
            on_done=on_done,
            on_error=warn_on_error(context, parent, _t("Edit activity")),
            initiator=parent,
        )

    ask_activity(
        context,
        activity.to_input(),
        submit,
        contacts_text=activity.contact_name or "",
        parent=parent,
    )
