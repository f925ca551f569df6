"""``activity.alarm_at``: kept by every write path, filled by revision 0002, and the
due-alarm and task-list queries run on indexes (a lost index is a silent slowdown)."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import select

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.agenda import (
    Due,
    TaskFilter,
    dismiss_alarm,
    due_alarms,
    due_alarms_query,
    snooze_alarm,
    task_list_query,
)
from desktop_crm.services.activities.records import (
    ActivityInput,
    ClearInput,
    clear_activity,
    reschedule_activity,
    roll_over,
    schedule_activity,
    schedule_for_selection,
    update_activity,
)
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.storage import migrate
from desktop_crm.storage.models import Activity, Contact
from desktop_crm.storage.uow import Database

NOW = dt.datetime(2026, 12, 2, 10, 0)
START = NOW + dt.timedelta(hours=2)


def _alarm_at(db: Database, activity_id: int) -> dt.datetime | None:
    with db.uow(write=False) as uow:
        return uow.session.scalar(select(Activity.alarm_at).where(Activity.id == activity_id))


def _schedule(db: Database, **values: object) -> int:
    data = {"type": "call", "start_at": START, "alarm_lead_min": 15, **values}
    return db.run(schedule_activity, ActivityInput(**data)).value.id  # type: ignore[arg-type]


def test_every_service_write_keeps_alarm_at(db: Database) -> None:
    act = _schedule(db)
    assert _alarm_at(db, act) == START - dt.timedelta(minutes=15)
    assert _schedule(db, alarm_lead_min=None) and _alarm_at(db, act + 1) is None
    with db.uow() as uow:
        snooze_alarm(uow, act, NOW + dt.timedelta(minutes=5))
        uow.commit()
    assert _alarm_at(db, act) == NOW + dt.timedelta(minutes=5)
    with db.uow() as uow:
        dismiss_alarm(uow, act)
        uow.commit()
    assert _alarm_at(db, act) is None
    moved = START + dt.timedelta(days=1)
    with db.uow() as uow:
        reschedule_activity(uow, act, moved)  # a new time rings again
        uow.commit()
    assert _alarm_at(db, act) == moved - dt.timedelta(minutes=15)
    with db.uow() as uow:
        update_activity(uow, act, ActivityInput(type="call", start_at=moved, alarm_lead_min=60))
        uow.commit()
    assert _alarm_at(db, act) == moved - dt.timedelta(minutes=60)
    with db.uow() as uow:
        clear_activity(uow, act, ClearInput(result="call_reached", cleared_at=NOW))
        uow.commit()
    assert _alarm_at(db, act) is None


def test_recurring_clear_roll_over_and_bulk_rows(db: Database) -> None:
    weekly = _schedule(db, recurrence="weekly")
    with db.uow() as uow:
        clear_activity(uow, weekly, ClearInput(result="call_reached", cleared_at=NOW))
        uow.commit()
    # The next occurrence rings before its own start.
    assert _alarm_at(db, weekly) == START + dt.timedelta(days=7, minutes=-15)
    past = _schedule(db, start_at=NOW - dt.timedelta(days=3), alarm_lead_min=0)
    with db.uow() as uow:
        dismiss_alarm(uow, past)
        assert roll_over(uow, today=NOW.date()) >= 1
        uow.commit()
    assert _alarm_at(db, past) == dt.datetime.combine(NOW.date(), START.time()) - dt.timedelta(
        hours=2
    )
    with db.uow() as uow:
        ids = [Contact(last_name=f"N{i}", last_name_key=f"n{i}") for i in range(3)]
        uow.session.add_all(ids)
        uow.commit()
        contact_ids = [c.id for c in ids]
    with db.uow() as uow:
        schedule_for_selection(
            uow, ActivityInput(type="todo", start_at=START, alarm_lead_min=30), contact_ids
        )
        uow.commit()
    with db.uow(write=False) as uow:
        rings = uow.session.scalars(
            select(Activity.alarm_at).where(Activity.contact_id.in_(contact_ids))
        ).all()
    assert rings == [START - dt.timedelta(minutes=30)] * 3


def test_demo_rows_follow_the_rule(sqlite_db: Database) -> None:
    with sqlite_db.uow() as uow:
        generate_demo(uow, 200, today=NOW.date())
        uow.commit()
    with sqlite_db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(
                Activity.start_at,
                Activity.alarm_lead_min,
                Activity.cleared,
                Activity.alarm_at,
            )
        ).all()
    assert any(ring is not None for *_, ring in rows)
    for start, lead, cleared, ring in rows:
        expected = None if lead is None or cleared else start - dt.timedelta(minutes=lead)
        assert ring == expected


def test_due_alarms_come_from_alarm_at(db: Database) -> None:
    early = _schedule(db, start_at=NOW - dt.timedelta(minutes=5), alarm_lead_min=0)
    soon = _schedule(db, start_at=NOW + dt.timedelta(minutes=10), alarm_lead_min=15)
    # A 30-day lead on an activity 29 days away rang yesterday: it comes first.
    month = _schedule(db, start_at=NOW + dt.timedelta(days=29), alarm_lead_min=60 * 24 * 30)
    _schedule(db, start_at=NOW + dt.timedelta(minutes=20), alarm_lead_min=15)  # not yet
    with db.uow(write=False) as uow:
        due = due_alarms(uow, clock=FixedClock(NOW))
    assert [a.activity_id for a in due] == [month, early, soon]
    assert due[1].alarm_at == NOW - dt.timedelta(minutes=5)


_OLD_ACTIVITY = sa.table(
    "activity",
    sa.column("type", sa.String),
    sa.column("start_at", sa.DateTime),
    sa.column("timeless", sa.Boolean),
    sa.column("duration_min", sa.Integer),
    sa.column("priority", sa.Integer),
    sa.column("alarm_lead_min", sa.Integer),
    sa.column("alarm_snoozed_until", sa.DateTime),
    sa.column("alarm_dismissed", sa.Boolean),
    sa.column("recurrence_interval", sa.Integer),
    sa.column("private", sa.Boolean),
    sa.column("cleared", sa.Boolean),
    sa.column("version", sa.Integer),
    sa.column("created_at", sa.DateTime),
    sa.column("edited_at", sa.DateTime),
)


def test_revision_0002_fills_alarm_at_for_existing_rows(db: Database) -> None:
    config = migrate.alembic_config(db.url)
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        conn.commit()
    assert "alarm_at" not in {c["name"] for c in sa.inspect(db.engine).get_columns("activity")}
    base = {
        "type": "call",
        "start_at": START,
        "timeless": False,
        "duration_min": 0,
        "priority": 3,
        "alarm_lead_min": 15,
        "alarm_snoozed_until": None,
        "alarm_dismissed": False,
        "recurrence_interval": 1,
        "private": False,
        "cleared": False,
        "version": 1,
        "created_at": NOW,
        "edited_at": NOW,
    }
    snoozed = NOW + dt.timedelta(hours=1)
    rows = [
        base,
        {**base, "alarm_snoozed_until": snoozed},
        {**base, "alarm_dismissed": True},
        {**base, "cleared": True},
        {**base, "alarm_lead_min": None},
    ]
    with db.engine.begin() as conn:
        conn.execute(sa.insert(_OLD_ACTIVITY), rows)
    migrate.upgrade(db.engine, db.url, backup=False)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.uow(write=False) as uow:
        rings = uow.session.scalars(select(Activity.alarm_at).order_by(Activity.id)).all()
    assert rings == [START - dt.timedelta(minutes=15), snoozed, None, None, None]


def _plan(db: Database, statement: sa.Select) -> list[str]:  # type: ignore[type-arg]
    compiled = statement.compile(
        dialect=db.engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    # SQLite stores datetimes as ISO text; the values only matter to make the SQL valid.
    params = tuple(
        value.isoformat(" ") if isinstance(value, dt.datetime) else value
        for value in (compiled.params[name] for name in compiled.positiontup or ())
    )
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params)
        return [str(row[-1]) for row in rows]


def _activity_steps(plan: list[str]) -> list[str]:
    return [step for step in plan if " activity " in f" {step} "]


def test_task_list_for_one_user_searches_its_index(sqlite_db: Database) -> None:
    user = sqlite_db.user_id
    query = task_list_query(TaskFilter(due=Due.NEXT_30, user_ids=(user,)), NOW)
    steps = _activity_steps(_plan(sqlite_db, query))
    assert steps, steps
    assert all(step.startswith("SEARCH activity USING INDEX") for step in steps), steps
    assert "ix_activity_scheduled_for_id_start_at" in steps[0], steps


@pytest.mark.parametrize("user", [None, "current"])
def test_due_alarms_search_the_alarm_index(sqlite_db: Database, user: str | None) -> None:
    user_id = sqlite_db.user_id if user else None
    steps = _activity_steps(_plan(sqlite_db, due_alarms_query(NOW, user_id)))
    assert steps == ["SEARCH activity USING INDEX ix_activity_alarm_at (alarm_at<?)"], steps
