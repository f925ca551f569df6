"""Log a call in one step: result, regarding, details, running duration, follow-up."""

from __future__ import annotations

import datetime as dt
import time
from typing import cast

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.clock import Clock, SystemClock, settle_wall, typed_to_utc
from desktop_crm.domain.constants import ActivityType, HistoryType, Priority
from desktop_crm.services.contacts.calls import CALL_RESULTS, CallInput, FollowUp
from desktop_crm.ui.activities.labels import result_label as shared_result_label
from desktop_crm.ui.common.fields import PickListCombo
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.contacts.dates import wall_edit


def result_label(result: HistoryType) -> str:
    """A call's result in the one vocabulary shared with clearing a task and the history."""
    return shared_result_label(str(result))


class CallDialog(QDialog):
    """The call dialog, filled with the contact and the current time; a timer runs from the
    moment it opens. ``ask()`` returns a ``CallInput`` or None."""

    def __init__(
        self,
        contact_id: int,
        contact_label: str,
        regarding_values: list[str],
        phone: str | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        # The team's business clock (Paris wall time, as home and the task list read it),
        # not the computer's own zone; a test gives a fixed one.
        self._clock: Clock = clock or SystemClock()
        # "Now" as proposed, with its fold: 02:30 in October's repeated hour says which one.
        self._proposed = self._clock.now()
        self.setWindowTitle(self.tr("Log a call – {0}").format(contact_label))
        self._started = time.monotonic()
        self._stopped_at: float | None = None

        who = QLabel(f"<b>{contact_label}</b>" + (f" — {phone}" if phone else ""), self)
        self.when = wall_edit(self._proposed, self)
        self.when.setCalendarPopup(True)
        self.outgoing = QRadioButton(self.tr("&Outgoing"), self)
        self.incoming = QRadioButton(self.tr("&Incoming"), self)
        self.outgoing.setChecked(True)
        direction_group = QButtonGroup(self)
        direction_group.addButton(self.outgoing)
        direction_group.addButton(self.incoming)
        direction = QHBoxLayout()
        direction.addWidget(self.outgoing)
        direction.addWidget(self.incoming)
        direction.addStretch(1)
        self.result_combo = QComboBox(self)
        self.result_combo.setObjectName("callResult")
        for result in CALL_RESULTS:
            self.result_combo.addItem(result_label(result), result.value)
        self.result_combo.setCurrentIndex(1)  # "Reached": the most common outcome
        self.incoming.toggled.connect(self._on_direction)
        self.regarding = PickListCombo("regarding", None, self)
        self.regarding.setObjectName("callRegarding")
        self.regarding.set_values(regarding_values)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("callDetails")
        self.details.setTabChangesFocus(True)
        self.details.setMinimumHeight(70)

        self.duration_label = QLabel("00:00", self)
        self.duration_label.setObjectName("callDuration")
        self.stop_button = QPushButton(self.tr("S&top timer"), self)
        self.stop_button.clicked.connect(self.toggle_timer)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.duration_label)
        timer_row.addWidget(self.stop_button)
        timer_row.addStretch(1)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

        self.follow_up = QGroupBox(self.tr("Schedule a &follow-up"), self)
        self.follow_up.setObjectName("followUp")
        self.follow_up.setCheckable(True)
        self.follow_up.setChecked(False)
        self.follow_type = QComboBox(self.follow_up)
        for code, label in (
            (ActivityType.CALL, self.tr("Call")),
            (ActivityType.TODO, self.tr("To-do")),
            (ActivityType.MEETING, self.tr("Meeting")),
        ):
            self.follow_type.addItem(label, code.value)
        self.in_days = QRadioButton(self.tr("In"), self.follow_up)
        self.days = QSpinBox(self.follow_up)
        self.days.setObjectName("followDays")
        self.days.setRange(0, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.at_date = QRadioButton(self.tr("On"), self.follow_up)
        self.follow_when = wall_edit(self._proposed + dt.timedelta(days=7), self.follow_up)
        self.follow_when.setCalendarPopup(True)
        self.in_days.setChecked(True)
        self.days.valueChanged.connect(lambda _v: self.in_days.setChecked(True))
        self.follow_when.dateTimeChanged.connect(lambda _v: self.at_date.setChecked(True))
        self.priority = QComboBox(self.follow_up)
        for value, label in (
            (Priority.LOW, self.tr("Low")),
            (Priority.MEDIUM, self.tr("Medium")),
            (Priority.HIGH, self.tr("High")),
        ):
            self.priority.addItem(label, int(value))
        self.priority.setCurrentIndex(1)
        when_row = QHBoxLayout()
        when_row.addWidget(self.in_days)
        when_row.addWidget(self.days)
        when_row.addWidget(self.at_date)
        when_row.addWidget(self.follow_when)
        when_row.addStretch(1)
        follow_form = QFormLayout(self.follow_up)
        follow_form.addRow(self.tr("Type:"), self.follow_type)
        follow_form.addRow(self.tr("When:"), when_row)
        follow_form.addRow(self.tr("Priority:"), self.priority)

        form = QFormLayout()
        form.addRow(self.tr("Contact:"), who)
        form.addRow(self.tr("Date:"), self.when)
        form.addRow(self.tr("Direction:"), direction)
        form.addRow(self.tr("&Result:"), self.result_combo)
        form.addRow(self.tr("Re&garding:"), self.regarding)
        form.addRow(self.tr("&Details:"), self.details)
        form.addRow(self.tr("Duration:"), timer_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        nest(layout, form)
        layout.addWidget(self.follow_up)
        layout.addWidget(buttons)
        self.result_combo.setFocus()

    def elapsed_seconds(self) -> int:
        end = self._stopped_at if self._stopped_at is not None else time.monotonic()
        return int(end - self._started)

    def toggle_timer(self) -> None:
        if self._stopped_at is None:
            self._stopped_at = time.monotonic()
            self._ticker.stop()
            self.stop_button.setText(self.tr("Res&ume timer"))
        else:
            self._started += time.monotonic() - self._stopped_at
            self._stopped_at = None
            self._ticker.start()
            self.stop_button.setText(self.tr("S&top timer"))
        self._tick()

    def _tick(self) -> None:
        seconds = self.elapsed_seconds()
        self.duration_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")

    def _on_direction(self, incoming: bool) -> None:
        if incoming:
            self.result_combo.setCurrentIndex(
                self.result_combo.findData(HistoryType.CALL_RECEIVED.value)
            )
        elif self.result_combo.currentData() == HistoryType.CALL_RECEIVED.value:
            self.result_combo.setCurrentIndex(
                self.result_combo.findData(HistoryType.CALL_REACHED.value)
            )

    def call_input(self) -> CallInput:
        """What the user entered: the call's time (typed in business wall time) in UTC as the
        database stores history, the follow-up in wall time as activities are stored.

        The time is read by ``settle_wall``: the proposed "now" untouched keeps its exact
        instant (the second 02:30 of October's repeated hour too); a time typed in the
        repeated hour is the first one unless "now" is in that same hour; a time in March's
        skipped hour moves an hour forward."""
        occurred = self.when.dateTime().toPython()
        assert isinstance(occurred, dt.datetime)
        follow: FollowUp | None = None
        if self.follow_up.isChecked():
            if self.in_days.isChecked():
                today = self._clock.now().date()
                day = today + dt.timedelta(days=self.days.value())
                start = dt.datetime.combine(day, dt.time(9, 0))
            else:
                start = settle_wall(cast(dt.datetime, self.follow_when.dateTime().toPython()))
            follow = FollowUp(
                type=ActivityType(self.follow_type.currentData()),
                start_at=start,
                priority=Priority(self.priority.currentData()),
                regarding=self.regarding.currentText() or None,
            )
        return CallInput(
            contact_id=self.contact_id,
            result=HistoryType(self.result_combo.currentData()),
            occurred_at=typed_to_utc(occurred, self._proposed),
            outgoing=self.outgoing.isChecked(),
            duration_s=self.elapsed_seconds(),
            regarding=self.regarding.currentText() or None,
            details=self.details.toPlainText() or None,
            follow_up=follow,
        )

    @classmethod
    def ask(
        cls,
        contact_id: int,
        contact_label: str,
        regarding_values: list[str],
        phone: str | None = None,
        parent: QWidget | None = None,
    ) -> CallInput | None:
        dialog = cls(contact_id, contact_label, regarding_values, phone, parent)
        return dialog.call_input() if dialog.exec() == QDialog.DialogCode.Accepted else None
