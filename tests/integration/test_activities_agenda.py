"""Task list filters and sort, calendar expansion and privacy, alarms with a fixed clock."""

from __future__ import annotations

import datetime as dt

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.agenda import (
    Due,
    Snooze,
    SortKey,
    TaskFilter,
    calendar_items,
    dismiss_alarm,
    due_alarms,
    snooze_alarm,
    snooze_until,
    task_list,
)
from desktop_crm.services.activities.records import (
    ActivityInput,
    ClearInput,
    clear_activity,
    reschedule_activity,
    schedule_activity,
)
from desktop_crm.storage.models import Contact, User
from desktop_crm.storage.uow import Database

NOW = dt.datetime(2026, 12, 2, 10, 0)  # a Wednesday
CLOCK = FixedClock(NOW)


def _seed(db: Database) -> dict[str, int]:
    with db.uow() as uow:
        other = User(login="claire", display_name="Claire")
        lefevre = Contact(
            first_name="Hélène",
            last_name="Lefèvre",
            last_name_key="lefevre",
            company_name="Société Générale",
            company_key="societe generale",
        )
        martin = Contact(first_name="Paul", last_name="Martin", last_name_key="martin")
        uow.session.add_all([other, lefevre, martin])
        uow.session.flush()
        ids = {"claire": other.id, "lefevre": lefevre.id, "martin": martin.id}
        uow.commit()
    me = db.user_id
    plan = [
        ("overdue", "call", NOW - dt.timedelta(days=2), 5, me, ids["lefevre"], False),
        ("this_morning", "meeting", NOW - dt.timedelta(hours=1), 3, me, ids["martin"], False),
        ("tonight", "todo", NOW + dt.timedelta(hours=8), 1, me, None, False),
        ("friday", "email", NOW + dt.timedelta(days=2), 4, ids["claire"], ids["martin"], False),
        ("next_month", "letter", NOW + dt.timedelta(days=25), 3, me, ids["lefevre"], False),
        ("timeless_today", "todo", NOW.replace(hour=0), 2, me, None, True),
    ]
    for name, kind, start, prio, owner, contact, timeless in plan:
        with db.uow() as uow:
            view = schedule_activity(
                uow,
                ActivityInput(
                    type=kind,
                    start_at=start,
                    priority=prio,
                    scheduled_for_id=owner,
                    contact_ids=(contact,) if contact else (),
                    regarding=f"Sujet {name}",
                    timeless=timeless,
                    duration_min=30,
                ),
            )
            ids[name] = view.id
            uow.commit()
    with db.uow() as uow:
        done = schedule_activity(
            uow, ActivityInput(type="call", start_at=NOW, regarding="Sujet done")
        )
        clear_activity(uow, done.id, ClearInput(cleared_at=NOW))
        ids["done"] = done.id
        uow.commit()
    return ids


def _names(db: Database, ids: dict[str, int], filters: TaskFilter) -> list[str]:
    back = {v: k for k, v in ids.items()}
    with db.uow(write=False) as uow:
        return [back[row.id] for row in task_list(uow, filters, clock=CLOCK)]


def test_task_list_date_presets(db: Database) -> None:
    ids = _seed(db)
    assert _names(db, ids, TaskFilter(due=Due.TODAY)) == [
        "timeless_today",
        "this_morning",
        "tonight",
    ]
    assert _names(db, ids, TaskFilter(due=Due.OVERDUE)) == ["overdue", "this_morning"]
    assert set(_names(db, ids, TaskFilter(due=Due.WEEK))) == {
        "overdue",
        "timeless_today",
        "this_morning",
        "tonight",
        "friday",
    }
    assert "next_month" in _names(db, ids, TaskFilter(due=Due.NEXT_30))
    assert _names(
        db,
        ids,
        TaskFilter(due=Due.RANGE, date_from=dt.date(2026, 12, 4), date_to=dt.date(2026, 12, 4)),
    ) == ["friday"]
    assert _names(db, ids, TaskFilter(cleared=True)) == ["done"]
    assert len(_names(db, ids, TaskFilter(cleared=None))) == 7


def test_task_list_filters_and_overdue_flag(db: Database) -> None:
    ids = _seed(db)
    assert _names(db, ids, TaskFilter(types=("todo",))) == ["timeless_today", "tonight"]
    assert _names(db, ids, TaskFilter(priorities=(4, 5))) == ["overdue", "friday"]
    assert _names(db, ids, TaskFilter(user_ids=(ids["claire"],))) == ["friday"]
    # Accent- and case-free on the contact, substring on the subject.
    assert _names(db, ids, TaskFilter(text="LEFEV")) == ["overdue", "next_month"]
    assert _names(db, ids, TaskFilter(text="societe")) == ["overdue", "next_month"]
    assert _names(db, ids, TaskFilter(text="tonig")) == ["tonight"]
    with db.uow(write=False) as uow:
        rows = {r.id: r for r in task_list(uow, TaskFilter(), clock=CLOCK)}
    assert rows[ids["overdue"]].overdue and rows[ids["this_morning"]].overdue
    assert not rows[ids["timeless_today"]].overdue and not rows[ids["tonight"]].overdue
    assert rows[ids["overdue"]].contact_name == "Hélène Lefèvre"
    assert rows[ids["overdue"]].company_name == "Société Générale"
    assert rows[ids["friday"]].scheduled_for_name == "Claire"


def test_task_list_sorts(db: Database) -> None:
    ids = _seed(db)
    by_prio = _names(db, ids, TaskFilter(sort=SortKey.PRIORITY, descending=True))
    assert by_prio[:2] == ["overdue", "friday"]
    by_contact = _names(db, ids, TaskFilter(sort=SortKey.CONTACT))
    assert by_contact.index("overdue") < by_contact.index("this_morning")
    assert _names(db, ids, TaskFilter(sort=SortKey.REGARDING, limit=1)) == ["friday"]


def test_calendar_expands_recurrences_and_hides_private(db: Database) -> None:
    ids = _seed(db)
    monday = dt.datetime(2026, 11, 30)
    with db.uow() as uow:
        weekly = schedule_activity(
            uow,
            ActivityInput(
                type="meeting",
                start_at=dt.datetime(2026, 11, 2, 9),
                recurrence="weekly",
                duration_min=60,
                regarding="Point équipe",
            ),
        )
        secret = schedule_activity(
            uow,
            ActivityInput(
                type="personal",
                start_at=NOW + dt.timedelta(days=1),
                private=True,
                scheduled_for_id=ids["claire"],
                regarding="Médecin",
            ),
        )
        uow.commit()
    with db.uow(write=False) as uow:
        week = calendar_items(uow, monday, monday + dt.timedelta(days=7), viewer_id=db.user_id)
        month = calendar_items(uow, dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1))
        mine = calendar_items(uow, monday, monday + dt.timedelta(days=7), user_ids=(ids["claire"],))
    weekly_items = [i for i in week if i.activity_id == weekly.id]
    assert [i.start for i in weekly_items] == [dt.datetime(2026, 11, 30, 9)]
    assert weekly_items[0].end == dt.datetime(2026, 11, 30, 10)
    assert len([i for i in month if i.activity_id == weekly.id]) == 4  # Mondays 7 to 28
    hidden = next(i for i in week if i.activity_id == secret.id)
    assert hidden.hidden and hidden.regarding is None
    assert {i.activity_id for i in mine} == {ids["friday"], secret.id}
    assert week == sorted(week, key=lambda i: (i.start, not i.timeless, i.activity_id))


def test_alarms_catch_up_snooze_dismiss(db: Database) -> None:
    clock = FixedClock(NOW)
    with db.uow() as uow:
        missed = schedule_activity(
            uow,
            ActivityInput(
                type="call",
                start_at=NOW - dt.timedelta(hours=3),
                alarm_lead_min=15,
                regarding="Missed while closed",
            ),
        )
        soon = schedule_activity(
            uow,
            ActivityInput(
                type="meeting", start_at=NOW + dt.timedelta(minutes=20), alarm_lead_min=30
            ),
        )
        later = schedule_activity(
            uow,
            ActivityInput(type="call", start_at=NOW + dt.timedelta(days=3), alarm_lead_min=1440),
        )
        schedule_activity(uow, ActivityInput(type="call", start_at=NOW))  # no alarm
        uow.commit()
    with db.uow(write=False) as uow:
        assert [a.activity_id for a in due_alarms(uow, clock=clock)] == [missed.id, soon.id]
    with db.uow() as uow:
        snooze_alarm(uow, missed.id, snooze_until(Snooze.MIN_15, clock.now()))
        dismiss_alarm(uow, soon.id)
        uow.commit()
    with db.uow(write=False) as uow:
        assert due_alarms(uow, clock=clock) == []
    clock.advance(dt.timedelta(minutes=16))
    with db.uow(write=False) as uow:
        assert [a.activity_id for a in due_alarms(uow, clock=clock)] == [missed.id]
    clock.advance(dt.timedelta(days=2))
    with db.uow(write=False) as uow:
        assert [a.activity_id for a in due_alarms(uow, clock=clock)] == [missed.id, later.id]
    with db.uow() as uow:  # moving an activity re-arms its alarm
        reschedule_activity(uow, soon.id, clock.now() + dt.timedelta(minutes=10))
        uow.commit()
    with db.uow(write=False) as uow:
        assert soon.id in [a.activity_id for a in due_alarms(uow, clock=clock)]
    assert snooze_until(Snooze.TOMORROW, NOW) == dt.datetime(2026, 12, 3, 9, 0)
