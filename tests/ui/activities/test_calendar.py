"""Calendar view: modes and navigation, double-click to create, drag to move and resize."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.records import ActivityInput, get_activity, schedule_activity
from desktop_crm.ui.activities.calendar_view import CalendarView, Mode
from desktop_crm.ui.activities.schedule_dialog import ScheduleActivityDialog
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.view import ViewWidget
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform says this on every show(); it is not about our code.
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)  # Wednesday


def _view(qtbot: QtBot, context: AppContext) -> CalendarView:
    view = CalendarView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, context)
    return view


def _meeting(context: AppContext, start: dt.datetime, **extra: object) -> int:
    data = ActivityInput(type="meeting", start_at=start, duration_min=60, regarding="Démo", **extra)
    return context.db.run(schedule_activity, data).value.id  # type: ignore[arg-type]


def test_modes_and_navigation(qtbot: QtBot, context: AppContext) -> None:
    view = _view(qtbot, context)
    assert isinstance(view, ViewWidget)
    assert view.days()[0] == dt.date(2026, 11, 30) and len(view.days()) == 7
    view.set_mode(Mode.WORK_WEEK)
    assert [d.weekday() for d in view.days()] == [0, 1, 2, 3, 4]
    view.set_mode(Mode.DAY)
    view.step(1)
    assert view.days() == [dt.date(2026, 12, 3)]
    view.set_mode(Mode.MONTH)
    view.step(1)
    assert view.current == dt.date(2027, 1, 1)
    assert view.stack.currentWidget() is view.month_grid
    assert "2027" in view.title_label.text()


def test_recurring_activity_shows_each_week(qtbot: QtBot, context: AppContext) -> None:
    activity = _meeting(context, dt.datetime(2026, 11, 2, 14), recurrence="weekly")
    view = _view(qtbot, context)
    assert [i.start for i in view.items if i.activity_id == activity] == [
        dt.datetime(2026, 11, 30, 14)
    ]
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.set_mode(Mode.MONTH)
    assert len([i for i in view.items if i.activity_id == activity]) == 6  # 6 weeks shown


def test_double_click_creates_at_the_clicked_slot(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[ActivityInput] = []

    def fake_ask(
        cls: type, ctx: AppContext, initial: ActivityInput, **kwargs: object
    ) -> ActivityInput:
        asked.append(initial)
        return initial

    monkeypatch.setattr(ScheduleActivityDialog, "ask", classmethod(fake_ask))
    view = _view(qtbot, context)
    grid = view.time_grid
    target = dt.datetime(2026, 12, 3, 15, 30)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=grid.point_for(target))
    assert asked[0].start_at == target and not asked[0].timeless
    created = [i for i in view.items if i.start == target]
    assert len(created) == 1 and created[0].end == target + dt.timedelta(hours=1)


def test_drag_moves_and_resizes(qtbot: QtBot, context: AppContext) -> None:
    activity = _meeting(context, dt.datetime(2026, 12, 1, 9))
    view = _view(qtbot, context)
    grid = view.time_grid
    rect = grid.item_rect(activity)
    assert rect.isValid()
    grab = QPoint(rect.center().x(), rect.top() + 4)
    # Grabbed 4 px below its top, dropped 4 px below Friday 11:00.
    drop = QPoint(
        grid.point_for(dt.datetime(2026, 12, 4, 11)).x(), int(grid.y_for(dt.time(11))) + 4
    )
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(grid, pos=drop)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=drop)
    with context.db.uow(write=False) as uow:
        moved = get_activity(uow, activity)
    assert moved.start_at == dt.datetime(2026, 12, 4, 11)
    assert moved.duration_min == 60
    # Resize: pull the bottom edge down to 13:00.
    rect = grid.item_rect(activity)
    edge = QPoint(rect.center().x(), rect.bottom() - 2)
    target = grid.point_for(dt.datetime(2026, 12, 4, 12, 45))
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=edge)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    with context.db.uow(write=False) as uow:
        resized = get_activity(uow, activity)
    assert (resized.start_at, resized.duration_min) == (dt.datetime(2026, 12, 4, 11), 120)


def test_month_drag_keeps_time_of_day(qtbot: QtBot, context: AppContext) -> None:
    activity = _meeting(context, dt.datetime(2026, 12, 1, 16, 30))
    view = _view(qtbot, context)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.set_mode(Mode.MONTH)
    grid = view.month_grid
    rect = grid.item_rect(activity)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        qtbot.mouseRelease(
            grid, Qt.MouseButton.LeftButton, pos=grid.point_for(dt.date(2026, 12, 17))
        )
    with context.db.uow(write=False) as uow:
        assert get_activity(uow, activity).start_at == dt.datetime(2026, 12, 17, 16, 30)


def test_open_contact_from_an_activity(qtbot: QtBot, context: AppContext) -> None:
    from desktop_crm.storage.models import Contact

    with context.db.uow() as uow:
        contact = Contact(first_name="Anne", last_name="Martin", last_name_key="martin")
        uow.session.add(contact)
        uow.commit()
    activity = _meeting(context, dt.datetime(2026, 12, 2, 11), contact_ids=(contact.id,))
    view = _view(qtbot, context)
    item = next(i for i in view.items if i.activity_id == activity)
    assert item.contact_name == "Anne Martin"
    with qtbot.waitSignal(view.contact_open_requested) as signal:
        view.time_grid.contact_requested.emit(item.contact_id)
    assert signal.args == [contact.id]
