"""Views of activities follow change notices: what one widget writes, the others show."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.records import ActivityInput, ClearInput, schedule_activity
from desktop_crm.ui.activities.alarms_window import AlarmsWindow
from desktop_crm.ui.activities.calendar_view import CalendarView
from desktop_crm.ui.activities.clear_dialog import ClearActivityDialog
from desktop_crm.ui.activities.task_list import TaskListView
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)  # Wednesday


def _shown_views(qtbot: QtBot, context: AppContext) -> tuple[TaskListView, CalendarView]:
    tasks = TaskListView(context, clock=FixedClock(NOW))
    calendar = CalendarView(context, clock=FixedClock(NOW))
    for view in (tasks, calendar):
        qtbot.addWidget(view)
        view.resize(1000, 600)
        view.show()
    settle(qtbot, context)
    return tasks, calendar


def _regardings(tasks: TaskListView) -> list[str]:
    return [tasks.proxy.index(r, 6).data() for r in range(tasks.proxy.rowCount())]


def test_scheduled_activity_appears_in_shown_views(qtbot: QtBot, context: AppContext) -> None:
    tasks, calendar = _shown_views(qtbot, context)
    assert _regardings(tasks) == [] and calendar.items == []
    data = ActivityInput(
        type="meeting", start_at=NOW + dt.timedelta(hours=3), duration_min=60, regarding="Démo"
    )
    # As the contact card or a dialog does it: one operation, no call to any view.
    with (
        qtbot.waitSignal(tasks.refreshed, timeout=10000),
        qtbot.waitSignal(calendar.refreshed, timeout=10000),
    ):
        context.ops.run(schedule_activity, data)
    assert _regardings(tasks) == ["Démo"]
    assert [item.regarding for item in calendar.items] == ["Démo"]
    assert calendar.time_grid.item_rect(calendar.items[0].activity_id).isValid()


def test_clear_from_the_list_drops_the_alarm(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = ActivityInput(type="call", start_at=NOW, alarm_lead_min=15, regarding="Rappeler")
    activity_id = context.db.run(schedule_activity, data).value.id
    alarms = AlarmsWindow(context, clock=FixedClock(NOW))
    qtbot.addWidget(alarms)
    with qtbot.waitSignal(alarms.checked, timeout=10000):
        alarms.check()
    assert [a.activity_id for a in alarms.model.rows()] == [activity_id]
    tasks, calendar = _shown_views(qtbot, context)
    assert _regardings(tasks) == ["Rappeler"]
    tasks.table.selectRow(0)
    answer = (ClearInput(result="call_reached", cleared_at=NOW), None)
    monkeypatch.setattr(ClearActivityDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    with (
        qtbot.waitSignal(tasks.refreshed, timeout=10000),
        qtbot.waitSignal(alarms.checked, timeout=10000),
        qtbot.waitSignal(calendar.refreshed, timeout=10000),
    ):
        tasks.clear_button.click()
    assert _regardings(tasks) == []
    assert alarms.model.rows() == []
    assert [item.cleared for item in calendar.items] == [True]


def test_answers_and_notices_after_a_view_closed_are_ignored(
    qtbot: QtBot, context: AppContext
) -> None:
    tasks = TaskListView(context, clock=FixedClock(NOW))
    calendar = CalendarView(context, clock=FixedClock(NOW))
    tasks.refresh()
    # Gone before their reads come back (a database switched, a window closed).
    shiboken6.delete(tasks)
    shiboken6.delete(calendar)
    settle(qtbot, context)
    data = ActivityInput(type="todo", start_at=NOW, regarding="after close")
    done: list[object] = []
    context.ops.run(schedule_activity, data, on_done=done.append)
    settle(qtbot, context)
    assert len(done) == 1  # a Qt slot raising here would have failed the test
