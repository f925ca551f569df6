"""The call, clear and schedule dialogs propose "now" and "today" on the team's business clock
(Paris wall time, as the home page and the task list read it), not the computer's own zone:
on a PC left on UTC they proposed a time an hour early, and between 23:00 and 00:00 UTC the
previous day, and the call's history was stored an hour late in UTC."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.domain.clock import FixedClock, SystemClock
from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.activities.records import (
    ActivityInput,
    get_activity,
    schedule_activity,
)
from desktop_crm.services.campaigns.sends import CampaignChoice
from desktop_crm.services.contacts import history
from desktop_crm.storage.models import Activity, Contact
from desktop_crm.ui.activities.clear_dialog import ClearActivityDialog
from desktop_crm.ui.activities.schedule_dialog import ScheduleActivityDialog, default_start
from desktop_crm.ui.activities.task_list import TaskListView
from desktop_crm.ui.calls.call_dialog import CallDialog
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from desktop_crm.ui.contacts.dates import short
from desktop_crm.ui.phoning.response_dialog import ResponseDialog
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

# 23:30 UTC on 2 December (winter: Paris is UTC+1) is already 00:30 on 3 December in Paris.
MACHINE_UTC = dt.datetime(2026, 12, 2, 23, 30)
PARIS = dt.datetime(2026, 12, 3, 0, 30)


@pytest.fixture
def machine_on_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own zone is UTC (``datetime.now`` and Qt's local time follow it)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _contact(context: AppContext) -> int:
    with context.db.uow() as uow:
        contact = Contact(first_name="Hélène", last_name="Lefèvre", last_name_key="lefevre")
        uow.session.add(contact)
        uow.commit()
        return contact.id


def _close_to(moment: dt.datetime, expected: dt.datetime) -> bool:
    return abs(moment - expected) <= dt.timedelta(minutes=2)


def test_call_dialog_proposes_paris_time_by_default(qtbot: QtBot, machine_on_utc: None) -> None:
    assert not _close_to(dt.datetime.now(), SystemClock().now())  # the clocks differ here
    dialog = CallDialog(1, "Jean Lefèvre", [])
    qtbot.addWidget(dialog)
    proposed = dialog.when.dateTime().toPython()
    assert isinstance(proposed, dt.datetime)
    assert _close_to(proposed, SystemClock().now())
    # Stored in UTC: the real instant, whatever the computer's zone.
    call = dialog.call_input()
    assert _close_to(call.occurred_at, dt.datetime.now(dt.UTC).replace(tzinfo=None))


def test_call_after_23h_utc_is_logged_on_the_paris_day(
    qtbot: QtBot, context: AppContext, machine_on_utc: None
) -> None:
    contact_id = _contact(context)
    card = ContactCard(context)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)
    proposed: list[QDateTime] = []

    def answer(cid, label, regarding, phone=None):  # type: ignore[no-untyped-def]
        dialog = CallDialog(cid, label, regarding, phone, clock=FixedClock(PARIS))
        qtbot.addWidget(dialog)
        proposed.extend([dialog.when.dateTime(), dialog.follow_when.dateTime()])
        dialog.result_combo.setCurrentIndex(
            dialog.result_combo.findData(HistoryType.CALL_REACHED.value)
        )
        dialog.regarding.setCurrentText("Relance minuit")
        dialog.follow_up.setChecked(True)  # "in 7 days", the default (J+7)
        return dialog.call_input()

    card.ask_call = answer
    with qtbot.waitSignal(card.call_logged):
        assert card.log_call() is True
    settle(qtbot, context)
    # The dialog showed Paris's 3 December 00:30, and a follow-up "on" a week after it.
    assert proposed[0] == QDateTime(QDate(2026, 12, 3), QTime(0, 30))
    assert proposed[1] == QDateTime(QDate(2026, 12, 10), QTime(0, 30))
    # The history tab and the system dates show it as typed: 3 December 00:30 (Paris).
    model = card.history_tab.model
    rows = [(model.index(r, 0).data(), model.index(r, 3).data()) for r in range(model.rowCount())]
    assert (short(PARIS), "Relance minuit") in rows
    assert card.form.system_labels["last_reach"].text() == short(PARIS)
    with context.db.uow(write=False) as uow:
        entries = history.contact_history(uow, contact_id, types=["call_reached"])
        logged = [e for e in entries if e.regarding == "Relance minuit"]
        # History is stored in UTC: the same instant as 00:30 in Paris.
        assert [e.occurred_at for e in logged] == [MACHINE_UTC]
        assert uow.session.get(Contact, contact_id).last_reach == MACHINE_UTC  # type: ignore[union-attr]
        follow = uow.session.scalars(
            select(Activity).where(Activity.contact_id == contact_id)
        ).one()
        # J+7 counted from the Paris day (3 December), in wall time as activities are stored.
        assert follow.start_at == dt.datetime(2026, 12, 10, 9, 0)


def test_new_activity_proposes_the_next_paris_quarter_hour(machine_on_utc: None) -> None:
    start = default_start()
    ahead = start - SystemClock().now()
    assert dt.timedelta(0) < ahead <= dt.timedelta(minutes=15)


def test_clear_dialog_proposes_paris_time_by_default(
    qtbot: QtBot, context: AppContext, machine_on_utc: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    activity = context.db.run(
        schedule_activity, ActivityInput(type="call", start_at=PARIS, regarding="Rappel")
    ).value
    # Accept the dialog as typed, without waiting for a user.
    monkeypatch.setattr(ClearActivityDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    answer = ClearActivityDialog.ask(activity)
    assert answer is not None
    clearing, follow = answer
    assert clearing.cleared_at is not None
    assert _close_to(clearing.cleared_at, SystemClock().now())
    assert follow is not None
    assert _close_to(follow.start_at, SystemClock().now() + dt.timedelta(days=7))


def test_clearing_from_the_task_list_after_23h_utc_keeps_the_paris_day(
    qtbot: QtBot, context: AppContext, machine_on_utc: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact_id = _contact(context)
    activity_id = context.db.run(
        schedule_activity,
        ActivityInput(
            type="call",
            start_at=PARIS - dt.timedelta(hours=1),
            contact_ids=(contact_id,),
            regarding="Rappel",
        ),
    ).value.id
    view = TaskListView(context, clock=FixedClock(PARIS))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    # The date range the list proposes starts on the Paris day.
    assert view.from_edit.date() == QDate(2026, 12, 3)
    assert view.to_edit.date() == QDate(2027, 1, 2)
    view.table.selectRow(0)
    monkeypatch.setattr(ClearActivityDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    proposed: list[ActivityInput] = []

    def plan_as_proposed(cls, context, initial, **_kw):  # type: ignore[no-untyped-def]
        proposed.append(initial)
        return initial

    monkeypatch.setattr(ScheduleActivityDialog, "ask", classmethod(plan_as_proposed))
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.clear_button.click()
    settle(qtbot, context)
    # The next step (J+7) counts from 3 December 00:30 in Paris, not 2 December 23:30.
    assert [p.start_at for p in proposed] == [dt.datetime(2026, 12, 10, 0, 30)]
    with context.db.uow(write=False) as uow:
        assert get_activity(uow, activity_id).cleared_at == PARIS  # wall time, as stored
        # The history entry carries the same instant, in UTC as history is stored.
        assert [e.occurred_at for e in history.contact_history(uow, contact_id)] == [MACHINE_UTC]
        follow = uow.session.scalars(select(Activity).where(Activity.id != activity_id)).one()
        assert follow.start_at == dt.datetime(2026, 12, 10, 0, 30)


def test_campaign_response_after_23h_utc_is_dated_the_paris_day(
    qtbot: QtBot, machine_on_utc: None
) -> None:
    dialog = ResponseDialog([CampaignChoice(1, "Salon 2026", None, None)], clock=FixedClock(PARIS))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == QDate(2026, 12, 3)
    _campaign, _kind, when, _note = dialog.value()
    assert when == MACHINE_UTC  # stored in UTC, as history is
