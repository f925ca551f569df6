"""Every "&" of a form label is a shortcut, never shown: the schedule dialog read "&Date :"
and "&Répéter :" in French (a row whose field is a layout gives its label no buddy)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from desktop_crm.services.activities.records import ActivityInput
from desktop_crm.ui.activities.schedule_dialog import ScheduleActivityDialog
from desktop_crm.ui.activities.series_dialogs import SeriesEditorDialog

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def _labels_without_buddy(dialog: QDialog) -> list[str]:
    found = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            shortcut = isinstance(label, QLabel) and "&" in label.text().replace("&&", "")
            if shortcut and label.buddy() is None:  # type: ignore[union-attr]
                found.append(label.text())  # type: ignore[union-attr]
    return found


def test_every_form_label_with_a_shortcut_has_its_field(qtbot: QtBot, language: str) -> None:
    schedule = ScheduleActivityDialog(
        ActivityInput(type="call", start_at=dt.datetime(2026, 12, 1, 9, 0))
    )
    qtbot.addWidget(schedule)
    series = SeriesEditorDialog(None)
    qtbot.addWidget(series)
    assert _labels_without_buddy(schedule) == []
    assert _labels_without_buddy(series) == []
    buddies = {label.buddy() for label in schedule.findChildren(QLabel)}
    assert schedule.date_edit in buddies and schedule.recurrence_combo in buddies
    assert series.trigger_combo in {label.buddy() for label in series.findChildren(QLabel)}
