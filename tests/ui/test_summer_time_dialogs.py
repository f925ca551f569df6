"""The clock dialogs across the summer-time changes (Europe/Paris, real SQLite database).

On Sunday 25 October 2026 02:00–03:00 happens twice. A call logged at 02:30 during the
second occurrence (01:30 UTC), proposed by the dialog as "now", used to be stored at 00:30
UTC (the first 02:30): the date-time edit dropped Python's ``fold``. On Sunday 28 March 2027
02:00–03:00 does not happen: a time typed there moves an hour forward, the same day."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.domain.clock import TEAM_TIMEZONE, FixedClock, use_team_timezone
from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.activities.records import ActivityInput, get_activity, schedule_activity
from desktop_crm.services.campaigns.sends import CampaignChoice
from desktop_crm.services.contacts import history
from desktop_crm.storage.models import Activity, Contact
from desktop_crm.ui.activities.clear_dialog import ClearActivityDialog
from desktop_crm.ui.activities.schedule_dialog import ScheduleActivityDialog, default_start
from desktop_crm.ui.activities.task_list import TaskListView
from desktop_crm.ui.calls.call_dialog import CallDialog
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from desktop_crm.ui.contacts.dates import wall_qdatetime
from desktop_crm.ui.phoning.response_dialog import ResponseDialog
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

# The second 02:30:17 of 25 October 2026 (winter time again, UTC+1): 01:30:17 UTC.
SECOND = dt.datetime(2026, 10, 25, 2, 30, 17, fold=1)
SECOND_UTC = dt.datetime(2026, 10, 25, 1, 30, 17)


@pytest.fixture(autouse=True)
def paris_on_a_utc_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The business zone is Paris; the computer's own zone is UTC (Qt's local time too)."""
    use_team_timezone(TEAM_TIMEZONE)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
    use_team_timezone(TEAM_TIMEZONE)


def _contact(context: AppContext) -> int:
    with context.db.uow() as uow:
        contact = Contact(first_name="Hélène", last_name="Lefèvre", last_name_key="lefevre")
        uow.session.add(contact)
        uow.commit()
        return contact.id


def _log_call(qtbot: QtBot, context: AppContext, typed: QTime | None = None) -> int:
    """Log a call from the contact card with the clock at SECOND; ``typed``: the time the
    user types over the proposed one (None: left as proposed)."""
    contact_id = _contact(context)
    card = ContactCard(context)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)

    def answer(cid, label, regarding, phone=None):  # type: ignore[no-untyped-def]
        dialog = CallDialog(cid, label, regarding, phone, clock=FixedClock(SECOND))
        qtbot.addWidget(dialog)
        if typed is not None:
            dialog.when.setTime(typed)
        dialog.result_combo.setCurrentIndex(
            dialog.result_combo.findData(HistoryType.CALL_REACHED.value)
        )
        dialog.regarding.setCurrentText("Heure d'hiver")
        return dialog.call_input()

    card.ask_call = answer
    with qtbot.waitSignal(card.call_logged):
        assert card.log_call() is True
    settle(qtbot, context)
    return contact_id


def _stored_calls(context: AppContext, contact_id: int) -> list[dt.datetime]:
    with context.db.uow(write=False) as uow:
        entries = history.contact_history(uow, contact_id, types=["call_reached"])
        return [e.occurred_at for e in entries if e.regarding == "Heure d'hiver"]


def test_a_call_proposed_in_the_second_repeated_hour_keeps_its_instant(
    qtbot: QtBot, context: AppContext
) -> None:
    contact_id = _log_call(qtbot, context)
    assert _stored_calls(context, contact_id) == [SECOND_UTC]  # was 00:30:17, an hour early
    with context.db.uow(write=False) as uow:
        assert uow.session.get(Contact, contact_id).last_reach == SECOND_UTC  # type: ignore[union-attr]


def test_minutes_typed_in_the_repeated_hour_keep_the_proposed_occurrence(
    qtbot: QtBot, context: AppContext
) -> None:
    contact_id = _log_call(qtbot, context, typed=QTime(2, 50))
    assert _stored_calls(context, contact_id) == [dt.datetime(2026, 10, 25, 1, 50)]


def test_a_call_and_its_follow_up_typed_in_the_skipped_hour_move_forward(qtbot: QtBot) -> None:
    dialog = CallDialog(1, "Jean Lefèvre", [], clock=FixedClock(dt.datetime(2027, 3, 21, 9, 0)))
    qtbot.addWidget(dialog)
    # 28 March 2027, 02:30 does not exist in Paris: 03:30 summer time (01:30 UTC) is meant.
    dialog.when.setDateTime(wall_qdatetime(dt.datetime(2027, 3, 28, 2, 30)))
    dialog.follow_up.setChecked(True)
    dialog.follow_when.setDateTime(wall_qdatetime(dt.datetime(2027, 3, 28, 2, 30)))
    assert dialog.at_date.isChecked()
    call = dialog.call_input()
    assert call.occurred_at == dt.datetime(2027, 3, 28, 1, 30)
    assert call.follow_up is not None
    # The follow-up, in wall time as activities are stored: 03:30 the same day, not 02:30.
    assert call.follow_up.start_at == dt.datetime(2027, 3, 28, 3, 30)


def test_clearing_in_the_second_repeated_hour_keeps_its_instant(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact_id = _contact(context)
    activity_id = context.db.run(
        schedule_activity,
        ActivityInput(
            type="todo",  # no next step proposed
            start_at=dt.datetime(2026, 10, 25, 1, 0),
            contact_ids=(contact_id,),
            regarding="Rappel",
        ),
    ).value.id
    view = TaskListView(context, clock=FixedClock(SECOND))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    view.table.selectRow(0)
    monkeypatch.setattr(ClearActivityDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.clear_button.click()
    settle(qtbot, context)
    with context.db.uow(write=False) as uow:
        # The dialog shows minutes: 02:30 of the second occurrence, 01:30 UTC.
        assert get_activity(uow, activity_id).cleared
        stored = [e.occurred_at for e in history.contact_history(uow, contact_id)]
        assert stored == [dt.datetime(2026, 10, 25, 1, 30)]


def test_a_campaign_response_keeps_the_clock_instant_and_no_fold_leaks_to_another_day(
    qtbot: QtBot,
) -> None:
    dialog = ResponseDialog([CampaignChoice(1, "Salon 2026", None, None)], clock=FixedClock(SECOND))
    qtbot.addWidget(dialog)
    assert dialog.value()[2] == SECOND_UTC  # today: the clock's own instant
    # Another day chosen: that day at the clock's time of day, in that day's own offset;
    # on 28 March 2027 02:30:17 does not exist and means 03:30:17 summer time (the second
    # occurrence's fold used to carry over and give 01:30:17, an hour before the gap).
    dialog.date_edit.setDate(QDate(2026, 10, 24))
    assert dialog.value()[2] == dt.datetime(2026, 10, 24, 0, 30, 17)
    dialog.date_edit.setDate(QDate(2027, 3, 28))
    assert dialog.value()[2] == dt.datetime(2027, 3, 28, 1, 30, 17)


def test_an_activity_in_the_skipped_hour_is_planned_an_hour_later_the_same_day(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = ScheduleActivityDialog(
        ActivityInput(type="meeting", start_at=dt.datetime(2027, 3, 28, 2, 30), regarding="Salon")
    )
    qtbot.addWidget(dialog)
    assert dialog.value().start_at == dt.datetime(2027, 3, 28, 3, 30)
    # A new activity proposed at 01:50 that morning: the next quarter hour that exists.
    assert default_start(dt.datetime(2027, 3, 28, 1, 50)) == dt.datetime(2027, 3, 28, 3, 0)
    context.db.run(schedule_activity, dialog.value())
    with context.db.uow(write=False) as uow:
        starts = uow.session.scalars(select(Activity.start_at)).all()
    assert starts == [dt.datetime(2027, 3, 28, 3, 30)]


@pytest.mark.parametrize(
    ("machine", "team", "now"),
    [
        ("Europe/Paris", "Indian/Reunion", dt.datetime(2027, 3, 28, 2, 30)),  # Paris skips it
        ("America/Montreal", "Europe/Paris", dt.datetime(2027, 3, 14, 2, 30)),  # Montréal does
    ],
)
def test_a_time_the_computers_own_zone_skips_is_kept(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, machine: str, team: str, now: dt.datetime
) -> None:
    """The team's 02:30 may not exist in the computer's own zone (its spring-forward night):
    the edits hold business wall times in UTC, so Qt no longer moves it an hour (the call
    was stored an hour late)."""
    monkeypatch.setenv("TZ", machine)
    time.tzset()
    try:
        use_team_timezone(team)
        dialog = CallDialog(1, "Jean Dupont", [], clock=FixedClock(now))
        qtbot.addWidget(dialog)
        assert dialog.when.dateTime().toPython() == now
        from desktop_crm.domain.clock import wall_to_utc

        assert dialog.call_input().occurred_at == wall_to_utc(now)
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
