"""The home page of a salesperson with 30 tasks today: the short list says how many more wait
in the task list (it showed 8 lines under "Aujourd'hui : 27" and nothing else), and that
line opens the task list. It shows as many lines as the tile has room for (session 8: a
fixed 8 lines left half the tile empty at 1400x860), fewer when the window shrinks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import SystemClock
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.reports.home import LIST_LENGTH
from desktop_crm.storage.uow import Database, UnitOfWork
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.home.view import HomeView
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]
TODAY = 30
LATE = 5


def _busy(uow: UnitOfWork) -> None:
    now = SystemClock().now().replace(second=0)  # Paris wall time, as activities are kept
    midnight = dt.datetime.combine(now.date(), dt.time())
    for n in range(TODAY):  # to-dos without a time: due today whatever the hour
        schedule_activity(
            uow, ActivityInput(type="todo", start_at=midnight, timeless=True, regarding=f"A{n}")
        )
    for n in range(LATE):
        start = midnight - dt.timedelta(days=2 + n)
        schedule_activity(uow, ActivityInput(type="call", start_at=start, regarding=f"R{n}"))


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    sqlite_db.run(_busy)
    context = make_context(sqlite_db, tmp_path)
    yield context
    context.ops.wait()


def test_the_short_list_says_how_many_more_wait(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    home = HomeView(context)
    qtbot.addWidget(home)
    home.resize(1240, 780)
    with qtbot.waitSignal(home.loaded, timeout=30000):
        home.show()
    settle(qtbot, context)
    figures = home.figures
    assert figures is not None
    assert (figures.due_today, figures.overdue) == (TODAY, LATE)
    assert len(figures.activities) == min(LIST_LENGTH, TODAY + LATE)
    tasks = home.task_list
    shown = tasks.shown_activities()
    # The main window's home at 1400x860: far more than the 8 lines of before, all in sight.
    assert shown >= 14
    assert tasks.count() == shown + 1
    assert tasks.visualItemRect(tasks.item(shown)).bottom() <= tasks.viewport().height()
    last = tasks.item(shown)
    more = str(TODAY + LATE - shown)
    expected = (
        f"… et {more} de plus dans la liste des tâches"
        if language == "fr"
        else (f"… and {more} more in the task list")
    )
    assert last.text() == expected
    with qtbot.waitSignal(home.navigate_requested) as blocker:
        home.task_list.itemActivated.emit(last)
    assert blocker.args == ["tasks", "today"]
    # A smaller window: fewer lines, and the count of the others follows.
    home.resize(1000, 560)
    qtbot.waitUntil(lambda: tasks.shown_activities() < shown)
    fewer = tasks.shown_activities()
    assert fewer >= 3 and tasks.count() == fewer + 1
    assert tasks.visualItemRect(tasks.item(fewer)).bottom() <= tasks.viewport().height()
    assert str(TODAY + LATE - fewer) in tasks.item(fewer).text()
