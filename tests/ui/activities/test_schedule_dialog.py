"""The schedule-activity dialog: every widget round-trips into an ``ActivityInput``, the
repeat options switch on and off, and scheduling / editing run through the operation runner
(the dialog driven without exec())."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from sqlalchemy import select

from desktop_crm.services.activities.agenda import UserChoice
from desktop_crm.services.activities.choices import PlanningChoices
from desktop_crm.services.activities.records import ActivityInput, ActivityView, schedule_activity
from desktop_crm.storage.models import Activity
from desktop_crm.storage.uow import Database
from desktop_crm.ui.activities.schedule_dialog import (
    ScheduleActivityDialog,
    default_start,
    edit_activity,
    schedule_for_contacts,
)
from desktop_crm.ui.common.context import AppContext
from tests.integration.merge_helpers import add_contact
from tests.ui.conftest import settle

pytestmark = pytest.mark.qt_log_level_fail("WARNING")

START = dt.datetime(2026, 3, 2, 14, 30)
USERS = (UserChoice(1, "ana", "Ana Costa"), UserChoice(2, "luc", "Luc Petit"))


def _dialog(qtbot, initial: ActivityInput, **kw: Any) -> ScheduleActivityDialog:  # type: ignore[no-untyped-def]
    dialog = ScheduleActivityDialog(initial, **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_every_value_round_trips(qtbot) -> None:  # type: ignore[no-untyped-def]
    initial = ActivityInput(
        type="meeting",
        start_at=START,
        contact_ids=(4, 9),
        regarding="Devis",
        details="Apporter le catalogue",
        duration_min=25,  # not one of the proposed durations: kept, not rounded
        priority=5,
        alarm_lead_min=15,
        recurrence="weekly",
        recurrence_interval=2,
        recurrence_until=dt.date(2026, 6, 1),
        scheduled_for_id=2,
        company_id=7,
        opportunity_id=8,
        private=True,
    )
    dialog = _dialog(
        qtbot, initial, users=USERS, regarding=("Devis", "Relance"), contacts_text="2 contacts"
    )
    assert "2 contacts" in [label.text() for label in dialog.findChildren(QLabel)]
    assert dialog.value() == initial


def test_what_the_user_types_is_returned(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(
        qtbot, ActivityInput(type="call", start_at=START, contact_ids=(3,)), users=USERS
    )
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("todo"))
    dialog.regarding_combo.setCurrentText("  Rappeler  ")
    dialog.date_edit.setDate(QDate(2026, 4, 1))
    dialog.time_edit.setTime(QTime(8, 45))
    dialog.duration_combo.setCurrentIndex(dialog.duration_combo.findData(90))
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(1))
    dialog.alarm_combo.setCurrentIndex(dialog.alarm_combo.findData(60))
    dialog.user_combo.setCurrentIndex(1)
    dialog.private_check.setChecked(True)
    dialog.details_edit.setPlainText("  \n")
    value = dialog.value()
    assert (value.type, value.regarding, value.details) == ("todo", "Rappeler", None)
    assert value.start_at == dt.datetime(2026, 4, 1, 8, 45)
    assert (value.duration_min, value.priority, value.alarm_lead_min) == (90, 1, 60)
    assert (value.scheduled_for_id, value.private, value.contact_ids) == (2, True, (3,))
    dialog.regarding_combo.setCurrentText("   ")
    assert dialog.value().regarding is None


def test_timeless_keeps_only_the_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ActivityInput(type="todo", start_at=START))
    assert dialog.time_edit.isEnabled()
    dialog.timeless_check.setChecked(True)
    assert not dialog.time_edit.isEnabled()
    value = dialog.value()
    assert value.timeless and value.start_at == dt.datetime(2026, 3, 2, 0, 0)
    dialog.timeless_check.setChecked(False)
    assert dialog.time_edit.isEnabled() and dialog.value().start_at == START


def test_repeat_options_follow_the_recurrence(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ActivityInput(type="call", start_at=START))
    assert dialog.recurrence_combo.currentData() is None
    assert not dialog.interval_spin.isEnabled() and not dialog.until_check.isEnabled()
    assert not dialog.until_edit.isEnabled()
    # Proposed end: 90 days after the start.
    assert dialog.until_edit.date() == QDate(2026, 5, 31)
    dialog.interval_spin.setValue(3)
    dialog.until_check.setChecked(True)
    value = dialog.value()  # not repeating: the greyed-out values are ignored
    assert (value.recurrence, value.recurrence_interval, value.recurrence_until) == (None, 1, None)

    dialog.recurrence_combo.setCurrentIndex(dialog.recurrence_combo.findData("monthly"))
    assert dialog.interval_spin.isEnabled() and dialog.until_check.isEnabled()
    assert dialog.until_edit.isEnabled()
    value = dialog.value()
    assert (value.recurrence, value.recurrence_interval, value.recurrence_until) == (
        "monthly",
        3,
        dt.date(2026, 5, 31),
    )
    dialog.until_check.setChecked(False)
    assert not dialog.until_edit.isEnabled()
    assert dialog.value().recurrence_until is None


def test_unknown_alarm_and_user_fall_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(
        qtbot,
        ActivityInput(type="call", start_at=START, alarm_lead_min=7, scheduled_for_id=99),
        users=USERS,
    )
    assert dialog.alarm_combo.currentIndex() == 0 and dialog.value().alarm_lead_min is None
    assert dialog.value().scheduled_for_id == 1


@pytest.mark.parametrize(
    ("now", "proposed"),
    [
        (dt.datetime(2026, 3, 2, 10, 0), dt.datetime(2026, 3, 2, 10, 15)),
        (dt.datetime(2026, 3, 2, 10, 7, 42), dt.datetime(2026, 3, 2, 10, 15)),
        (dt.datetime(2026, 3, 2, 10, 14, 59), dt.datetime(2026, 3, 2, 10, 15)),
        (dt.datetime(2026, 3, 2, 10, 45), dt.datetime(2026, 3, 2, 11, 0)),
        (dt.datetime(2026, 3, 2, 23, 50), dt.datetime(2026, 3, 3, 0, 0)),
    ],
)
def test_default_start_is_the_next_quarter_hour(now: dt.datetime, proposed: dt.datetime) -> None:
    assert default_start(now) == proposed


def _answer(
    monkeypatch: pytest.MonkeyPatch, *answers: Callable[[ScheduleActivityDialog], bool]
) -> list[ScheduleActivityDialog]:
    """Each time the dialog is shown, the next answer fills it and accepts (True) or cancels."""
    shown: list[ScheduleActivityDialog] = []
    queue = list(answers)

    def fake_exec(self: ScheduleActivityDialog) -> QDialog.DialogCode:
        shown.append(self)
        accept = queue.pop(0)(self)
        return QDialog.DialogCode.Accepted if accept else QDialog.DialogCode.Rejected

    monkeypatch.setattr(ScheduleActivityDialog, "exec", fake_exec)
    return shown


def test_ask_preselects_the_current_user_and_cancel_returns_none(
    qtbot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    choices = PlanningChoices(users=USERS, regarding=("Devis",), me=2)
    _answer(monkeypatch, lambda d: True, lambda d: False)
    initial = ActivityInput(type="call", start_at=START)
    chosen = ScheduleActivityDialog.ask(context, initial, choices=choices)
    assert chosen is not None and chosen.scheduled_for_id == 2
    assert ScheduleActivityDialog.ask(context, initial, choices=choices) is None


def _activities(db: Database) -> list[tuple[Any, ...]]:
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(Activity.contact_id, Activity.type, Activity.regarding).order_by(Activity.id)
        ).all()
    return [tuple(r) for r in rows]


def _fill(regarding: str) -> Callable[[ScheduleActivityDialog], bool]:
    def fill(dialog: ScheduleActivityDialog) -> bool:
        dialog.regarding_combo.setCurrentText(regarding)
        dialog.date_edit.setDate(QDate(2026, 3, 2))
        return True

    return fill


def test_schedule_for_one_contact(
    qtbot, context: AppContext, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    contact = add_contact(sqlite_db)
    shown = _answer(monkeypatch, _fill("Premier appel"))
    done: list[Any] = []
    schedule_for_contacts(context, [contact], on_done=done.append)
    settle(qtbot, context)
    assert len(shown) == 1 and shown[0].value().contact_ids == (contact,)
    assert len(done) == 1 and isinstance(done[0], ActivityView)
    assert done[0].regarding == "Premier appel" and done[0].contact_id == contact
    assert _activities(sqlite_db) == [(contact, "call", "Premier appel")]


def test_schedule_for_a_selection_plans_one_each(
    qtbot, context: AppContext, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    ids = [add_contact(sqlite_db, first_name=f"P{i}") for i in range(3)]
    shown = _answer(monkeypatch, _fill("Relance"))
    done: list[Any] = []
    schedule_for_contacts(context, ids, on_done=done.append)
    settle(qtbot, context)
    texts = [label.text() for label in shown[0].findChildren(QLabel)]
    assert any("3" in text for text in texts)  # "3 contact(s)"
    assert done == [3]
    assert sorted(_activities(sqlite_db)) == sorted((i, "call", "Relance") for i in ids)


def test_a_broken_rule_is_explained_and_the_dialog_comes_back_with_the_typing(
    qtbot, context: AppContext, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    contact = add_contact(sqlite_db)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _title, text: warnings.append(text))
    )
    shown = _answer(monkeypatch, _fill("x" * 251), lambda d: False)
    done: list[Any] = []
    schedule_for_contacts(context, [contact], on_done=done.append)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: len(shown) == 2)
    settle(qtbot, context)
    assert warnings and "250" in warnings[0]
    assert shown[1].regarding_combo.currentText() == "x" * 251  # nothing typed is lost
    assert done == [] and _activities(sqlite_db) == []


def test_edit_an_activity(
    qtbot, context: AppContext, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    contact = add_contact(sqlite_db)
    with sqlite_db.uow() as uow:
        view = schedule_activity(
            uow, ActivityInput(type="call", start_at=START, contact_ids=(contact,), regarding="A")
        )
        uow.commit()
    shown = _answer(monkeypatch, _fill("B"))
    done: list[ActivityView] = []
    edit_activity(context, view, on_done=done.append)
    settle(qtbot, context)
    assert shown[0].regarding_combo.currentText() == "B"
    assert len(done) == 1 and done[0].regarding == "B" and done[0].version == view.version + 1
    assert _activities(sqlite_db) == [(contact, "call", "B")]
