"""Feature wiring: the task list and calendar replace their placeholders, menu actions exist,
and the alarms window and automatic series check start with the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.models import Activity
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.features import current_selection, install_all, selected_contact_ids
from desktop_crm.ui.main_window import MainWindow, PlaceholderView
from tests.ui.conftest import make_context

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    with sqlite_db.uow() as uow:
        contact = create_contact(uow, {"first_name": "Jean", "last_name": "Lefèvre"})
        uow.session.add(
            Activity(
                type="call",
                regarding="Relance J+7",
                start_at=dt.datetime.now() - dt.timedelta(minutes=5),
                alarm_lead_min=0,
                contact_id=contact.id,
                scheduled_for_id=sqlite_db.user_id,
            )
        )
        uow.commit()
    context = make_context(sqlite_db, tmp_path)
    yield context
    context.ops.wait()


def test_activity_views_and_actions_are_wired(qtbot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    hub = install_all(window)
    from desktop_crm.ui.activities.calendar_view import CalendarView
    from desktop_crm.ui.activities.task_list import TaskListView

    assert isinstance(window.show_view("tasks"), TaskListView)
    assert isinstance(window.show_view("calendar"), CalendarView)
    assert not isinstance(window.view("tasks"), PlaceholderView)
    for key in (
        "schedule",
        "series",
        "manage_series",
        "alarms",
        "labels",
        "envelopes",
        "letters",
        "email_merge",
        "letter_templates",
        "email_templates",
    ):
        assert key in window.extra_actions
    qtbot.waitUntil(lambda: hub.alarms_window is not None, timeout=5000)
    alarms = hub.alarms_window
    assert alarms is not None
    qtbot.waitUntil(lambda: alarms.model.rowCount() == 1, timeout=5000)
    contacts = window.contacts()
    qtbot.waitUntil(lambda: contacts.list.model.rowCount() == 1)
    contacts.list.select_row(0)
    assert len(selected_contact_ids(window)) == 1
    assert current_selection(window).lookup is None
    contacts.list.lookup_edit.setText("lef")
    assert current_selection(window).lookup is None  # not yet looked up: the list is unchanged
    contacts.list.run_lookup()
    qtbot.waitUntil(lambda: current_selection(window).lookup == "lef")
    alarms.timer.stop()
    assert hub.trigger_scheduler is not None
