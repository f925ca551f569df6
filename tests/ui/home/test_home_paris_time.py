"""The home page counts today and overdue in Paris wall time, as activities are stored and the
task list counts them, whatever the computer's own time zone (a PC left on UTC, a salesperson
in Réunion): it used the computer's clock, so after 23:00 UTC a call due at 00:10 in Paris
was overdue in the task list and missing from the home page."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import SystemClock
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.storage.uow import Database, UnitOfWork
from desktop_crm.ui.home.view import HomeView
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def far_from_paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock ten hours behind Paris (its local time, as ``datetime.now``)."""
    monkeypatch.setenv("TZ", "Pacific/Honolulu")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_overdue_and_today_follow_paris_time_not_the_computers(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path, far_from_paris: None
) -> None:
    paris = SystemClock().now()
    assert abs(paris - dt.datetime.now()) > dt.timedelta(hours=9)  # the clocks differ here

    def plan(uow: UnitOfWork) -> None:
        # Due 10 minutes ago in Paris: overdue there (hours ahead on the computer's clock).
        start = paris - dt.timedelta(minutes=10)
        schedule_activity(uow, ActivityInput(type="call", start_at=start, regarding="Rappel"))

    sqlite_db.run(plan)
    context = make_context(sqlite_db, tmp_path)
    home = HomeView(context)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=30000):
        home.show()
    settle(qtbot, context)
    figures = home.figures
    assert figures is not None
    assert figures.overdue == 1
    # The heading names the day these figures count, not the computer's date.
    day = QLocale().toString(
        QDate(paris.year, paris.month, paris.day), QLocale.FormatType.LongFormat
    )
    assert day in home.heading.text()
    context.ops.wait()
