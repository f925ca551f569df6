"""The home page's short list shows a to-do for the day without a time (screens10: with a
busy day, "02/12 00:00 Lettre — …" read as a letter due at midnight, before the 08:15 call)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import SystemClock
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.storage.uow import Database, UnitOfWork
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.home.view import HomeView
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _day(uow: UnitOfWork) -> None:
    midnight = dt.datetime.combine(SystemClock().now().date(), dt.time())
    schedule_activity(
        uow, ActivityInput(type="letter", start_at=midnight, timeless=True, regarding="Journée")
    )
    schedule_activity(
        uow, ActivityInput(type="call", start_at=midnight, duration_min=15, regarding="Minuit")
    )


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    sqlite_db.run(_day)
    context = make_context(sqlite_db, tmp_path)
    yield context
    context.ops.wait()


def test_a_to_do_for_the_day_shows_no_midnight(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    home = HomeView(context)
    qtbot.addWidget(home)
    home.resize(1240, 780)
    with qtbot.waitSignal(home.loaded, timeout=30000):
        home.show()
    settle(qtbot, context)
    tasks = home.task_list
    lines = {tasks.item(row).text() for row in range(tasks.count())}
    day = next(line for line in lines if line.endswith("Journée"))
    timed = next(line for line in lines if line.endswith("Minuit"))
    assert "00:00" not in day
    assert day.split("  ")[0].endswith("journée" if language == "fr" else "all day")
    assert "00:00" in timed  # a call at midnight keeps its time


def test_a_long_line_is_shortened_not_scrolled(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    """A long subject made the short list scroll sideways (a scroll bar took a line)."""
    long = "Présentation de la nouvelle gamme de luminaires LED aux services généraux " * 3
    midnight = dt.datetime.combine(SystemClock().now().date(), dt.time())
    sqlite_db.run(
        schedule_activity,
        ActivityInput(type="letter", start_at=midnight, timeless=True, regarding=long.strip()),
    )
    context = make_context(sqlite_db, tmp_path)
    home = HomeView(context)
    qtbot.addWidget(home)
    home.resize(1240, 780)
    with qtbot.waitSignal(home.loaded, timeout=30000):
        home.show()
    settle(qtbot, context)
    tasks = home.task_list
    item = tasks.item(0)
    assert item.text().endswith("…")
    assert item.toolTip().endswith(long.strip())
    assert tasks.horizontalScrollBar().maximum() == 0
    assert tasks.visualItemRect(item).width() <= tasks.viewport().width()
    context.ops.wait()
