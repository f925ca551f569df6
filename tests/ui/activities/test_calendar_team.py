"""Calendar: several colleagues side by side (a column per person), names never logins."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.users.identity import Identity, UserRecord, save_identity, save_user
from desktop_crm.ui.activities.calendar_view import CalendarView, Mode
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)  # Wednesday


def _team(context: AppContext) -> tuple[int, int, int]:
    db = context.db
    db.run(save_identity, Identity(name="Sophie Marchand"))
    lucas = db.run(save_user, UserRecord(None, "lucas.b", "Lucas Bernard")).value.id
    claire = db.run(save_user, UserRecord(None, "claire.d", "Claire Dubois")).value.id
    me = db.user_id
    assert me is not None and lucas is not None and claire is not None
    for who, hour in ((me, 9), (lucas, 9), (lucas, 14), (claire, 11)):
        data = ActivityInput(
            type="meeting",
            start_at=dt.datetime(2026, 12, 2, hour),
            duration_min=60,
            regarding=f"RDV {who}-{hour}",
            scheduled_for_id=who,
        )
        db.run(schedule_activity, data)
    return me, lucas, claire


def test_day_view_puts_each_colleague_in_a_column(qtbot: QtBot, context: AppContext) -> None:
    me, lucas, claire = _team(context)
    view = CalendarView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    settle(qtbot, context)
    view.set_mode(Mode.DAY)
    settle(qtbot, context)
    assert view.stack.currentWidget() is view.time_grid
    assert {i.scheduled_for_id for i in view.items} == {me}  # default: my calendar
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.team_picker.set_checked((me, lucas, claire))
    assert view.stack.currentWidget() is view.team_grid
    grid = view.team_grid
    assert [p.name for p in grid.people] == ["Claire Dubois", "Lucas Bernard", "Sophie Marchand"]
    assert [grid._header_text(i, NOW.date()) for i in range(3)] == [p.name for p in grid.people]
    assert view.user_combo.isHidden()
    # Each activity is drawn in its owner's column, never in another's.
    width = grid.day_width()
    for item in view.items:
        rect = grid.item_rect(item.activity_id)
        column = int((rect.center().x() - grid.x_for_day(0)) // width)
        assert grid.column_user(column) == item.scheduled_for_id
    assert len(view.items) == 4
    # A week: a column per day and person, headed by the initials.
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.set_mode(Mode.WORK_WEEK)
    assert len(grid.days) == 15
    assert grid._header_text(1, dt.date(2026, 11, 30)).endswith(" LB")
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.team_picker.clear()
    assert view.stack.currentWidget() is view.time_grid and not view.user_combo.isHidden()


def test_double_click_in_a_colleagues_column_plans_for_them(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QPoint, Qt

    from desktop_crm.ui.activities.schedule_dialog import ScheduleActivityDialog

    me, lucas, claire = _team(context)
    asked: list[ActivityInput] = []

    def fake_ask(cls: type, ctx: AppContext, initial: ActivityInput, **kwargs: object) -> None:
        asked.append(initial)

    monkeypatch.setattr(ScheduleActivityDialog, "ask", classmethod(fake_ask))
    view = CalendarView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    settle(qtbot, context)
    view.set_mode(Mode.DAY)
    settle(qtbot, context)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.team_picker.set_checked((me, lucas, claire))
    grid = view.team_grid
    column = next(i for i in range(3) if grid.column_user(i) == lucas)
    x = int(grid.x_for_day(column) + grid.day_width() / 2)
    y = int(grid.y_for(dt.time(16, 0))) + 4
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    settle(qtbot, context)  # the dialog's choices are read first
    assert len(asked) == 1
    assert asked[0].scheduled_for_id == lucas and asked[0].start_at == dt.datetime(2026, 12, 2, 16)


def test_user_names_are_never_the_login(qtbot: QtBot, context: AppContext) -> None:
    view = CalendarView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    settle(qtbot, context)
    names = [view.user_combo.itemText(i) for i in range(view.user_combo.count())]
    assert context.db.user_login not in names
