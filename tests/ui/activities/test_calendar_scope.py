"""The calendar's single-user combo follows the role, as the side-by-side picker does: a
Standard user sees their own calendar only (no "All users", no colleague to pick; the
service refuses a colleague naming the role); an administrator picks anybody."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.roles import PermissionDenied
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.users.scope import calendar_of
from desktop_crm.ui.activities.calendar_view import CalendarView
from tests.integration.team_helpers import team_database
from tests.pgserver import PostgresServer
from tests.ui.conftest import make_context, settle

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore("propagateSizeHints")]
NOW = dt.datetime(2026, 12, 2, 10, 0)  # a Wednesday
NINE = dt.datetime(2026, 12, 2, 9, 0)


def test_a_standard_user_sees_only_their_own_calendar(
    qtbot: QtBot, pg_server: PostgresServer, pg_url: str, tmp_path: Path
) -> None:
    with team_database(pg_server, pg_url) as team:
        for who in ("ann", "bob"):
            team.db(who).run(
                schedule_activity,
                ActivityInput(
                    type="call", start_at=NINE, duration_min=30, regarding=f"Appel {who}"
                ),
            )
        bob_id = team.db("bob").user_id
        start, end = NOW - dt.timedelta(days=3), NOW + dt.timedelta(days=3)
        with pytest.raises(PermissionDenied, match=r"Standard\) does not allow"):
            team.db("ann").read(calendar_of, start, end, user_ids=(bob_id,))
        mine = team.db("ann").read(calendar_of, start, end)
        assert [i.regarding for i in mine] == ["Appel ann"]
        everybody = team.db("ada").read(calendar_of, start, end)
        assert sorted(i.regarding for i in everybody) == ["Appel ann", "Appel bob"]

        for who, across in (("ann", False), ("ada", True)):
            context = make_context(team.db(who), tmp_path / who)
            view = CalendarView(context, clock=FixedClock(NOW))
            qtbot.addWidget(view)
            view.resize(1400, 800)
            view.show()
            settle(qtbot, context)
            combo = view.user_combo
            entries = [combo.itemText(i) for i in range(combo.count())]
            if across:
                assert "Bob Baker" in entries and combo.isEnabled()
                assert combo.itemData(0) is None  # "All users"
                combo.setCurrentIndex(combo.findData(bob_id))
                settle(qtbot, context)
                assert [i.regarding for i in view.items] == ["Appel bob"]
            else:
                assert entries == ["Ann Archer"] and not combo.isEnabled()
                assert not view.team_picker.isVisible()
                assert [i.regarding for i in view.items] == ["Appel ann"]
            context.ops.wait()
