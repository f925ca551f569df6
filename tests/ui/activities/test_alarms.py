"""Alarms window with an injected clock: catch-up, snooze, dismiss, notification, clear."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.agenda import AlarmView, Snooze
from desktop_crm.services.activities.records import (
    ActivityInput,
    ClearInput,
    get_activity,
    schedule_activity,
)
from desktop_crm.services.activities.series import TriggerReport
from desktop_crm.storage.models import Contact, Opportunity
from desktop_crm.ui.activities.alarms_window import AlarmsWindow
from desktop_crm.ui.activities.clear_dialog import ClearActivityDialog
from desktop_crm.ui.activities.triggers import TriggerScheduler
from desktop_crm.ui.common.context import AppContext

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform cannot resize or raise windows and says so; not our code.
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)


def _call(context: AppContext, start: dt.datetime, lead: int, **extra: object) -> int:
    data = ActivityInput(
        type="call", start_at=start, alarm_lead_min=lead, regarding="Rappeler", **extra
    )
    return context.db.run(schedule_activity, data).value.id  # type: ignore[arg-type]


def _window(qtbot: QtBot, context: AppContext, clock: FixedClock) -> AlarmsWindow:
    window = AlarmsWindow(context, clock=clock)
    qtbot.addWidget(window)
    return window


def _check(qtbot: QtBot, window: AlarmsWindow) -> list[AlarmView]:
    """Start a background check and wait for its answer."""
    with qtbot.waitSignal(window.checked, timeout=10000) as signal:
        window.check()
    alarms: list[AlarmView] = signal.args[0]
    return alarms


def test_catch_up_on_start_and_notification_when_hidden(qtbot: QtBot, context: AppContext) -> None:
    missed = _call(context, NOW - dt.timedelta(hours=2), 15)
    _call(context, NOW + dt.timedelta(hours=2), 15)
    clock = FixedClock(NOW)
    window = AlarmsWindow(context, clock=clock, tray=None)
    qtbot.addWidget(window)
    QAbstractItemModelTester(window.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    with qtbot.waitSignal(window.notified) as signal:
        window.start()
    assert "Rappeler" in signal.args[0]
    assert [a.activity_id for a in window.model.rows()] == [missed]
    assert window.isVisible()  # no tray: the window itself comes up
    window.timer.stop()


def test_snooze_then_ring_again(qtbot: QtBot, context: AppContext) -> None:
    activity = _call(context, NOW + dt.timedelta(minutes=10), 15)
    clock = FixedClock(NOW)
    window = _window(qtbot, context, clock)
    assert len(_check(qtbot, window)) == 1
    window.table.selectRow(0)
    with qtbot.waitSignal(window.checked):
        window.snooze(Snooze.MIN_15)
    assert window.model.rows() == []
    clock.advance(dt.timedelta(minutes=14))
    assert _check(qtbot, window) == []
    clock.advance(dt.timedelta(minutes=2))
    assert [a.activity_id for a in _check(qtbot, window)] == [activity]
    window.table.selectRow(0)
    with qtbot.waitSignal(window.checked):
        window.snooze(Snooze.TOMORROW)
    clock.moment = dt.datetime(2026, 12, 3, 8, 59)
    assert _check(qtbot, window) == []
    clock.moment = dt.datetime(2026, 12, 3, 9, 0)
    assert len(_check(qtbot, window)) == 1


def test_dismiss_and_dismiss_all(qtbot: QtBot, context: AppContext) -> None:
    first = _call(context, NOW, 0)
    _call(context, NOW - dt.timedelta(minutes=5), 0)
    _call(context, NOW - dt.timedelta(minutes=1), 0)
    window = _window(qtbot, context, FixedClock(NOW))
    window.show()
    assert len(_check(qtbot, window)) == 3
    window.table.selectRow(2)
    with qtbot.waitSignal(window.checked):
        window.dismiss()
    assert first not in [a.activity_id for a in window.model.rows()]
    assert len(window.model.rows()) == 2
    assert window.isVisible()  # alarms are still due: the window stays
    with qtbot.waitSignal(window.checked):
        window.dismiss_all()
    assert window.model.rows() == []
    assert not window.isVisible()  # nothing left to answer: the window goes away
    with context.db.uow(write=False) as uow:
        assert not get_activity(uow, first).cleared  # dismissing does not clear


def test_open_contact_and_clear(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    with context.db.uow() as uow:
        contact = Contact(first_name="Paul", last_name="Martin", last_name_key="martin")
        uow.session.add(contact)
        uow.commit()
    activity = _call(context, NOW, 5, contact_ids=(contact.id,))
    window = _window(qtbot, context, FixedClock(NOW))
    _check(qtbot, window)
    window.table.selectRow(0)
    with qtbot.waitSignal(window.contact_open_requested) as signal:
        window.contact_button.click()
    assert signal.args == [contact.id]
    answer = (ClearInput(result="call_reached", cleared_at=NOW), None)
    monkeypatch.setattr(ClearActivityDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    with qtbot.waitSignal(window.checked):
        window.clear_button.click()
    assert window.model.rows() == []
    with context.db.uow(write=False) as uow:
        assert get_activity(uow, activity).result == "call_reached"


def test_trigger_scheduler_runs_in_background(qtbot: QtBot, context: AppContext) -> None:
    from desktop_crm.services.activities.series import seed_series

    def prepare(uow) -> None:  # type: ignore[no-untyped-def]
        seed_series(uow)
        contact = Contact(last_name="Client", last_name_key="client")
        uow.session.add(contact)
        uow.session.flush()
        uow.session.add(
            Opportunity(
                name="Vente", contact_id=contact.id, status="won", closed_at=dt.datetime.now()
            )
        )

    context.db.run(prepare)
    scheduler = TriggerScheduler(context)
    with qtbot.waitSignal(scheduler.checked, timeout=10000) as signal:
        scheduler.start()
    scheduler.timer.stop()
    report: TriggerReport = signal.args[0]
    assert report.total == 1
    assert scheduler.notice is not None and scheduler.notice.isVisible()
    scheduler.notice.close()
    with qtbot.waitSignal(scheduler.checked, timeout=10000) as again:
        scheduler.run_now()
    assert again.args[0].total == 0


def test_check_never_waits_on_the_database(qtbot: QtBot, context: AppContext) -> None:
    """The query runs on the operation runner: check() returns before any row is shown, and a
    check asked while one runs is answered with fresh data, not the older result."""
    first = _call(context, NOW - dt.timedelta(minutes=1), 0)
    window = _window(qtbot, context, FixedClock(NOW))
    with qtbot.waitSignal(window.checked, timeout=10000) as signal:
        window.check()
        assert window.model.rows() == []  # nothing yet: the GUI thread did not query
        later = _call(context, NOW - dt.timedelta(minutes=2), 0)
        window.check()  # while the first one runs
    assert sorted(a.activity_id for a in signal.args[0]) == sorted([first, later])
    assert window.model.rowCount() == 2
