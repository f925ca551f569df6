"""The "Clear activity" dialog: the result, a note, when, and the next step to plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from desktop_crm.domain.clock import Clock, SystemClock, settle_wall
from desktop_crm.services.activities.records import (
    ActivityInput,
    ActivityView,
    ClearInput,
    ClearOutcome,
    clear_activity,
    results_for,
)
from desktop_crm.ui.activities.feedback import warn_on_error
from desktop_crm.ui.activities.labels import result_label, type_label
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.dates import wall_edit

# The next step proposed after a result: a week later, as the documents advise (J+7).
FOLLOW_UP_DAYS = 7


class ClearActivityDialog(QDialog):
    """Ask how an activity went; optionally chain the schedule dialog for the next step."""

    def __init__(
        self, activity: ActivityView, now: dt.datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.activity = activity
        self._proposed = now  # with its fold, in October's repeated hour
        self.setWindowTitle(self.tr("Clear activity"))
        form = QFormLayout(self)
        title = f"{type_label(activity.type)} — {activity.contact_name or ''}".rstrip(" —")
        form.addRow(QLabel(f"<b>{title}</b><br>{activity.regarding or ''}", self))
        self.result_combo = QComboBox(self)
        for result in results_for(activity.type):
            self.result_combo.addItem(result_label(result), str(result))
        self.result_combo.setEnabled(self.result_combo.count() > 1)
        form.addRow(self.tr("&Result:"), self.result_combo)
        self.when_edit = wall_edit(now, self)
        self.when_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when_edit.setCalendarPopup(True)
        form.addRow(self.tr("&When:"), self.when_edit)
        self.details_edit = QPlainTextEdit(self)
        self.details_edit.setPlaceholderText(self.tr("What was said, what was agreed"))
        self.details_edit.setFixedHeight(90)
        form.addRow(self.tr("&Details:"), self.details_edit)
        self.follow_check = QCheckBox(self.tr("Schedule the next step"), self)
        self.follow_check.setChecked(activity.type == "call")
        form.addRow("", self.follow_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _cleared_at(self) -> dt.datetime:
        """The business wall time typed, its occurrence settled (``settle_wall``: "now"
        untouched keeps its instant, March's skipped hour moves forward)."""
        # toPython() is typed object in PySide6's stubs; a QDateTime gives a naive datetime.
        typed = cast(dt.datetime, self.when_edit.dateTime().toPython())
        return settle_wall(typed, self._proposed)

    def value(self) -> ClearInput:
        return ClearInput(
            result=self.result_combo.currentData(),
            details=self.details_edit.toPlainText().strip() or None,
            cleared_at=self._cleared_at(),
        )

    def follow_up_proposal(self) -> ActivityInput:
        """The next step pre-filled: same kind, same contacts, a week after clearing."""
        when = self._cleared_at() + dt.timedelta(days=FOLLOW_UP_DAYS)
        base = self.activity.to_input()
        return ActivityInput(
            type=base.type,
            start_at=when.replace(second=0, microsecond=0),
            contact_ids=base.contact_ids,
            regarding=base.regarding,
            duration_min=base.duration_min,
            priority=base.priority,
            scheduled_for_id=base.scheduled_for_id,
            company_id=base.company_id,
            opportunity_id=base.opportunity_id,
        )

    @classmethod
    def ask(
        cls,
        activity: ActivityView,
        *,
        now: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> tuple[ClearInput, ActivityInput | None] | None:
        """The clearing typed and, if asked for, the proposed next step (not yet edited).

        ``now`` is business wall time (Paris, as the service reads ``cleared_at``), by
        default the business clock's, not the computer's own zone."""
        now = (now or SystemClock().now()).replace(second=0, microsecond=0)
        dialog = cls(activity, now, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        follow = dialog.follow_up_proposal() if dialog.follow_check.isChecked() else None
        return dialog.value(), follow


def clear_with_dialogs(
    context: AppContext,
    activity: ActivityView,
    *,
    parent: QWidget | None = None,
    on_done: Callable[[ClearOutcome], None] | None = None,
    clock: Clock | None = None,
) -> None:
    """Clear ``activity`` as the user decides: result, then the next step if wanted.

    The clearing runs through the operation runner; ``on_done`` gets its outcome and the
    views showing activities hear of it by the change notice.
    """
    from desktop_crm.ui.activities.schedule_dialog import ask_activity

    now = clock.now() if clock is not None else None
    answer = ClearActivityDialog.ask(activity, now=now, parent=parent)
    if answer is None:
        return
    clearing, follow = answer

    def submit(next_step: ActivityInput | None) -> None:
        context.ops.run(
            clear_activity,
            activity.id,
            replace(clearing, follow_up=next_step),
            on_done=on_done,
            on_error=warn_on_error(
                context, parent, QCoreApplication.translate("Activities", "Clear activity")
            ),
            initiator=parent,
        )

    if follow is None:
        submit(None)
        return
    # Cancelling the next step's dialog still clears the activity, without a next step.
    ask_activity(
        context,
        follow,
        submit,
        contacts_text=activity.contact_name or "",
        parent=parent,
        on_cancelled=lambda: submit(None),
    )
