"""The task list at 1400x860: the "Scheduled for" column shows a whole name (it read
"Sophie Marcha…" in French)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.storage.models.people import User
from desktop_crm.storage.uow import Database
from desktop_crm.ui.activities.task_list import TaskListView
from desktop_crm.ui.activities.task_model import TaskTableModel
from desktop_crm.ui.common.context import AppContext

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)
NAME = "Sophie Marchand-Dubois"


def test_the_scheduled_for_column_shows_a_whole_name(
    qtbot: QtBot, sqlite_db: Database, context: AppContext
) -> None:
    with sqlite_db.uow() as uow:
        user = uow.session.get(User, sqlite_db.user_id)
        assert user is not None
        user.display_name = NAME
        schedule_activity(uow, ActivityInput(type="call", start_at=NOW, regarding="Relance"))
        uow.commit()
    view = TaskListView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1240, 780)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    column = TaskTableModel.COLUMNS.index("user")
    index = view.table.model().index(0, column)
    assert index.data() == NAME
    metrics = view.table.fontMetrics()
    assert view.table.columnWidth(column) >= metrics.horizontalAdvance(NAME) + 8


@pytest.mark.parametrize(("saved", "shown"), [(110, 160), (130, 130)])
def test_a_layout_saved_with_the_old_default_gets_the_new_width(
    qtbot: QtBot, context: AppContext, saved: int, shown: int
) -> None:
    """The layout is saved at first show: 110 px (the old default) is not the user's choice;
    another width is, and stays."""
    column = TaskTableModel.COLUMNS.index("user")
    first = TaskListView(context, clock=FixedClock(NOW))
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(column, saved)
    first.save_layout()
    view = TaskListView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1240, 780)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    assert view.table.columnWidth(column) == shown
