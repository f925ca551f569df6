"""Short activities a quarter hour apart no longer write over each other (screens10: in a busy
day at 1400x860 a quarter hour is 13 px, a block at least 18 px: "08:00 Lucas Duval – Appel"
and "08:15 Loïc Blanc – Appel" shared a lane, their lines drawn one over the other)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip, QWidget
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.storage.uow import UnitOfWork
from desktop_crm.ui.activities.calendar_grid import MIN_BLOCK_PX, SNAP_MIN, one_line
from desktop_crm.ui.activities.calendar_view import CalendarView, Mode
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]
NOW = dt.datetime(2026, 12, 2, 7, 0)  # Wednesday
EIGHT = dt.datetime(2026, 12, 2, 8, 0)


def _morning(uow: UnitOfWork) -> None:
    for minutes, length in ((0, 5), (5, 5), (15, 15), (30, 15), (45, 15), (60, 15)):
        schedule_activity(
            uow,
            ActivityInput(
                type="call",
                start_at=EIGHT + dt.timedelta(minutes=minutes),
                duration_min=length,
                regarding=f"Appel {minutes}",
            ),
        )


@pytest.mark.parametrize("mode", [Mode.DAY, Mode.WEEK])
def test_short_blocks_do_not_overlap(qtbot: QtBot, context: AppContext, mode: Mode) -> None:
    context.db.run(_morning)
    view = CalendarView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1240, 780)  # the calendar's room in the window at 1400x860
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, context)
    if mode is not view.mode:
        with qtbot.waitSignal(view.refreshed, timeout=10000):
            view.set_mode(mode)
    grid = view.time_grid
    assert grid.hour_height() * SNAP_MIN / 60 < MIN_BLOCK_PX  # a quarter hour is too short
    drawn = [rect for item, rect in grid._layout() if not item.timeless]
    hidden = [block.rect for block in grid.more_blocks() if block.rect.top() >= grid.grid_top()]
    assert sum(1 for _ in drawn) + sum(len(b.items) for b in grid.more_blocks()) >= 6
    for a, b in itertools.combinations(drawn + hidden, 2):
        assert not a.intersects(b), (a, b)


def test_a_narrow_lane_shows_the_whole_time(qtbot: QtBot) -> None:
    """A busy week's lane is ~32 px inside: the block read "10:…"; now "10:00"."""
    widget = QWidget()
    qtbot.addWidget(widget)
    metrics = widget.fontMetrics()
    text = "10:00 Françoise Robin – Relance devis"
    width = metrics.horizontalAdvance("10:00") + 2
    assert metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) != "10:00"
    assert one_line(metrics, text, "10:00", width) == "10:00"
    wide = one_line(metrics, text, "10:00", metrics.horizontalAdvance(text) + 2)
    assert wide == text


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_a_block_tells_its_whole_text_on_hover(qtbot: QtBot, context: AppContext) -> None:
    context.db.run(_morning)
    view = CalendarView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1240, 780)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, context)
    grid = view.time_grid
    item, rect = next((i, r) for i, r in grid._layout() if not i.timeless)
    text = grid.tooltip_text(item)
    assert text.startswith(f"{item.start:%H:%M}–{item.end:%H:%M} ")
    assert item.regarding and item.regarding in text
    centre = rect.center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, grid.mapToGlobal(centre))
    assert grid.item_at(centre) == item
    assert grid.event(event)
    assert QToolTip.text() == text
    QToolTip.hideText()
