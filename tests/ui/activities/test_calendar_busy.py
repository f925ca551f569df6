"""A busy calendar stays readable: lanes with a "+N" list, a capped band, hours, filters.

Also: dragging one occurrence of a recurring activity asks "this one or the whole series".
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.agenda import calendar_items
from desktop_crm.services.activities.records import ActivityInput, get_activity, schedule_activity
from desktop_crm.storage.uow import UnitOfWork
from desktop_crm.ui.activities.calendar_hours import CalendarHours, save_calendar_hours
from desktop_crm.ui.activities.calendar_time_grid import (
    ALL_DAY_MAX_ROWS,
    MAX_LANES_DAY,
    MAX_LANES_WEEK,
    MIN_LANE_PX,
)
from desktop_crm.ui.activities.calendar_view import CalendarView, Mode, Scope
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)  # Wednesday
NINE = dt.datetime(2026, 12, 2, 9, 0)


def _busy_day(uow: UnitOfWork) -> None:
    """100 calls at 09:00 and 30 to-dos without a time, the same Wednesday."""
    for n in range(100):
        schedule_activity(
            uow,
            ActivityInput(type="call", start_at=NINE, duration_min=15, regarding=f"Appel {n}"),
        )
    for n in range(30):
        schedule_activity(
            uow,
            ActivityInput(
                type="todo", start_at=NINE.replace(hour=0), timeless=True, regarding=f"Tâche {n}"
            ),
        )


def _view(qtbot: QtBot, context: AppContext, mode: Mode = Mode.WEEK) -> CalendarView:
    view = CalendarView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, context)
    if mode is not view.mode:
        with qtbot.waitSignal(view.refreshed, timeout=10000):
            view.set_mode(mode)
    return view


@pytest.mark.parametrize(("mode", "cap"), [(Mode.WEEK, MAX_LANES_WEEK), (Mode.DAY, MAX_LANES_DAY)])
def test_a_crowded_hour_gets_readable_lanes_and_a_more_block(
    qtbot: QtBot, context: AppContext, mode: Mode, cap: int
) -> None:
    context.db.run(_busy_day)
    view = _view(qtbot, context, mode)
    grid = view.time_grid
    timed = [(i, r) for i, r in grid._layout() if not i.timeless]
    assert 1 <= len(timed) <= cap - 1
    assert all(rect.width() >= MIN_LANE_PX - 2 for _, rect in timed)
    blocks = [b for b in grid.more_blocks() if b.rect.top() >= grid.grid_top()]
    assert len(blocks) == 1
    assert len(blocks[0].items) + len(timed) == 100
    # Nothing is lost: every activity is either drawn or behind a "+N".
    band = [i for i, r in grid._layout() if i.timeless]
    band_more = [b for b in grid.more_blocks() if b.rect.top() < grid.grid_top()]
    assert len(band) == ALL_DAY_MAX_ROWS - 1 and len(band_more[0].items) == 30 - len(band)
    # The band stays a band: the hours keep most of the height.
    assert grid.grid_top() < 24 + (ALL_DAY_MAX_ROWS + 1) * 20
    assert all(r.bottom() <= grid.grid_top() for i, r in grid._layout() if i.timeless)


def test_more_block_lists_the_hidden_activities_and_opens_one(
    qtbot: QtBot, context: AppContext
) -> None:
    context.db.run(_busy_day)
    view = _view(qtbot, context, Mode.DAY)
    grid = view.time_grid
    # Only the request is under test: the view's own answer (reading the activity, then its
    # modal edit dialog) would open after the test ended and wait there for ever.
    grid.open_requested.disconnect()
    block = next(b for b in grid.more_blocks() if b.rect.top() >= grid.grid_top())
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=block.rect.center().toPoint())
    dialog = grid.overflow_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.list.count() == len(block.items)
    assert dialog.list.item(0).text().startswith("09:00 ")
    with qtbot.waitSignal(grid.open_requested) as opened:
        dialog.list.setCurrentRow(2)
        dialog.open_button.click()
    assert opened.args == [block.items[2].activity_id]
    dialog.close()


def test_hours_come_from_the_preferences_and_the_view_scrolls_to_the_working_day(
    qtbot: QtBot, context: AppContext
) -> None:
    save_calendar_hours(context.settings, CalendarHours(first=0, last=24, day_start=8))
    view = _view(qtbot, context)
    grid = view.time_grid
    assert (grid.first_hour, grid.last_hour) == (0, 24)
    assert grid.scroll_bar.isVisible() and grid.scroll_bar.value() > 0
    assert abs(grid.y_for(dt.time(8)) - grid.grid_top()) <= 1
    save_calendar_hours(context.settings, CalendarHours(first=9, last=18, day_start=9))
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.refresh()
    assert (grid.first_hour, grid.last_hour) == (9, 18)


def test_filter_by_type(qtbot: QtBot, context: AppContext) -> None:
    context.db.run(_busy_day)
    view = _view(qtbot, context)
    assert {i.type for i in view.items} == {"call", "todo"}
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.type_combo.setCurrentIndex(view.type_combo.findData("todo"))
    assert len(view.items) == 30 and {i.type for i in view.items} == {"todo"}


def _weekly(context: AppContext) -> int:
    data = ActivityInput(
        type="meeting",
        start_at=dt.datetime(2026, 11, 18, 14),
        duration_min=60,
        regarding="Point hebdo",
        recurrence="weekly",
    )
    return context.db.run(schedule_activity, data).value.id  # type: ignore[union-attr]


def _drag(qtbot: QtBot, view: CalendarView, activity: int, to: dt.datetime) -> None:
    grid = view.time_grid
    rect = grid.item_rect(activity)
    grab = QPoint(rect.center().x(), rect.top() + 4)
    drop = QPoint(grid.point_for(to).x(), int(grid.y_for(to.time())) + 4)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(grid, pos=drop)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=drop)


def _starts(context: AppContext) -> list[dt.datetime]:
    with context.db.uow(write=False) as uow:
        items = calendar_items(uow, dt.datetime(2026, 11, 16), dt.datetime(2026, 12, 21))
    return sorted(i.start for i in items)


def test_dragging_one_occurrence_moves_only_that_one(qtbot: QtBot, context: AppContext) -> None:
    activity = _weekly(context)
    view = _view(qtbot, context)
    asked: list[bool] = []
    view.ask_scope = lambda: asked.append(True) or Scope.OCCURRENCE  # type: ignore[func-returns-value]
    # The occurrence of Wednesday 2 December goes to Thursday 3 December, 10:00.
    _drag(qtbot, view, activity, dt.datetime(2026, 12, 3, 10))
    settle(qtbot, context)
    assert asked == [True]
    assert _starts(context) == [
        dt.datetime(2026, 11, 18, 14),
        dt.datetime(2026, 11, 25, 14),
        dt.datetime(2026, 12, 3, 10),
        dt.datetime(2026, 12, 9, 14),
        dt.datetime(2026, 12, 16, 14),
    ]
    with context.db.uow(write=False) as uow:
        original = get_activity(uow, activity)
    assert original.recurrence_until == dt.date(2026, 12, 1)


def test_dragging_the_series_moves_every_occurrence(qtbot: QtBot, context: AppContext) -> None:
    activity = _weekly(context)
    view = _view(qtbot, context)
    view.ask_scope = lambda: Scope.SERIES
    _drag(qtbot, view, activity, dt.datetime(2026, 12, 3, 10))
    settle(qtbot, context)
    assert _starts(context) == [
        dt.datetime(2026, 11, 19, 10),
        dt.datetime(2026, 11, 26, 10),
        dt.datetime(2026, 12, 3, 10),
        dt.datetime(2026, 12, 10, 10),
        dt.datetime(2026, 12, 17, 10),
    ]
    with context.db.uow(write=False) as uow:
        assert get_activity(uow, activity).start_at == dt.datetime(2026, 11, 19, 10)


def test_cancelling_the_question_moves_nothing(qtbot: QtBot, context: AppContext) -> None:
    activity = _weekly(context)
    view = _view(qtbot, context)
    view.ask_scope = lambda: None
    grid = view.time_grid
    rect = grid.item_rect(activity)
    drop = grid.point_for(dt.datetime(2026, 12, 3, 10))
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.top() + 4))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=drop)
    settle(qtbot, context)
    with context.db.uow(write=False) as uow:
        assert get_activity(uow, activity).start_at == dt.datetime(2026, 11, 18, 14)


def test_month_more_opens_the_list_of_the_day(qtbot: QtBot, context: AppContext) -> None:
    context.db.run(_busy_day)
    view = _view(qtbot, context, Mode.MONTH)
    grid = view.month_grid
    day = NINE.date()
    hidden = grid.hidden_items(day)
    drawn = [i for i, _ in grid._lines() if i.start.date() == day]
    assert drawn and len(hidden) + len(drawn) == 130
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.more_rect(day).center().toPoint())
    dialog = grid.overflow_dialog
    assert dialog is not None and dialog.list.count() == len(hidden)
    dialog.close()
