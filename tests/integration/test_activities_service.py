"""Activities on both backends: schedule, clear with history and system dates, roll over."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.clock import FixedClock, wall_to_utc
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.services.activities.records import (
    ActivityInput,
    ClearInput,
    clear_activity,
    delete_activity,
    get_activity,
    list_for_contact,
    reschedule_activity,
    results_for,
    roll_over,
    schedule_activity,
    schedule_for_selection,
    update_activity,
)
from desktop_crm.storage.models import Activity, ActivityContact, Contact, History
from desktop_crm.storage.uow import Database

MONDAY = dt.datetime(2026, 11, 30, 10, 0)


def _contacts(db: Database, *names: str) -> list[int]:
    with db.uow() as uow:
        rows = [Contact(first_name="Anne", last_name=n, last_name_key=n.lower()) for n in names]
        uow.session.add_all(rows)
        uow.session.flush()
        ids = [r.id for r in rows]
        uow.commit()
    return ids


def test_schedule_call_with_associated_contacts(db: Database) -> None:
    a, b, c = _contacts(db, "Dupont", "Martin", "Durand")
    with db.uow() as uow:
        view = schedule_activity(
            uow,
            ActivityInput(
                type="call",
                start_at=MONDAY.replace(second=42),
                contact_ids=(a, b, c),
                regarding="  Relance   devis ",
                duration_min=15,
                priority=5,
                alarm_lead_min=15,
            ),
        )
        uow.commit()
    assert view.start_at == MONDAY
    assert view.regarding == "Relance devis"
    assert (view.contact_id, view.extra_contact_ids) == (a, (b, c))
    assert view.scheduled_for_id == db.user_id
    assert view.contact_name == "Anne Dupont"
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(ActivityContact)) == 2
        assert [v.id for v in list_for_contact(uow, c)] == [view.id]


def test_schedule_validates(db: Database) -> None:
    (a,) = _contacts(db, "Dupont")
    with db.uow() as uow, pytest.raises(ValidationError) as err:
        schedule_activity(
            uow, ActivityInput(type="fax", start_at=MONDAY, priority=7, alarm_lead_min=99999)
        )
    assert {p.field for p in err.value.problems} == {"type", "priority", "alarm_lead_min"}
    with db.uow() as uow, pytest.raises(NotFoundError):
        schedule_activity(uow, ActivityInput(type="call", start_at=MONDAY, contact_ids=(a + 999,)))


@pytest.mark.parametrize(
    ("result", "column"),
    [
        ("call_reached", "last_reach"),
        ("call_left_message", "last_attempt"),
        ("meeting_held", "last_meeting"),
        ("letter_sent", "last_letter"),
        ("email_sent", "last_email"),
    ],
)
def test_clear_writes_history_and_system_date(db: Database, result: str, column: str) -> None:
    a, b = _contacts(db, "Dupont", "Martin")
    kind = {"call": "call", "meeting": "meeting", "letter": "letter", "email": "email"}[
        result.split("_")[0]
    ]
    cleared_at = dt.datetime(2026, 11, 30, 11, 5)
    with db.uow() as uow:
        act = schedule_activity(
            uow, ActivityInput(type=kind, start_at=MONDAY, contact_ids=(a, b), regarding="Devis")
        )
        outcome = clear_activity(
            uow, act.id, ClearInput(result=result, details="Rappeler", cleared_at=cleared_at)
        )
        uow.commit()
    assert outcome.activity.cleared and outcome.activity.result == result
    assert len(outcome.history_ids) == 2
    with db.uow(write=False) as uow:
        entries = uow.session.scalars(select(History).where(History.activity_id == act.id)).all()
        assert {e.contact_id for e in entries} == {a, b}
        assert {e.type for e in entries} == {result}
        assert all(e.details == "Rappeler" and e.regarding == "Devis" for e in entries)
        assert entries[0].occurred_at == wall_to_utc(cleared_at)
        contact = uow.session.get(Contact, a)
        assert contact is not None
        assert getattr(contact, column) == wall_to_utc(cleared_at)
        assert contact.last_results is not None and "Devis" in contact.last_results
        if column != "last_attempt":
            assert contact.last_attempt is None


def test_clear_rejects_result_of_another_type_and_twice(db: Database) -> None:
    (a,) = _contacts(db, "Dupont")
    with db.uow() as uow:
        act = schedule_activity(uow, ActivityInput(type="todo", start_at=MONDAY, contact_ids=(a,)))
        uow.commit()
    with db.uow() as uow, pytest.raises(ValidationError):
        clear_activity(uow, act.id, ClearInput(result="meeting_not_held"))
    with db.uow() as uow:
        clear_activity(uow, act.id, ClearInput(), clock=FixedClock(MONDAY))
        uow.commit()
    with db.uow() as uow, pytest.raises(ValidationError):
        clear_activity(uow, act.id, ClearInput())
    with db.uow(write=False) as uow:
        assert get_activity(uow, act.id).result == "todo_done"
    assert results_for("call")[0] == "call_reached"


def test_clear_with_follow_up_is_one_unit_of_work(db: Database) -> None:
    (a,) = _contacts(db, "Dupont")
    j7 = MONDAY + dt.timedelta(days=7)
    with db.uow() as uow:
        act = schedule_activity(uow, ActivityInput(type="call", start_at=MONDAY, contact_ids=(a,)))
        outcome = clear_activity(
            uow,
            act.id,
            ClearInput(
                result="call_attempted",
                cleared_at=MONDAY,
                follow_up=ActivityInput(
                    type="call", start_at=j7, contact_ids=(a,), regarding="Rappel J+7"
                ),
            ),
        )
        uow.commit()
    assert outcome.follow_up is not None and outcome.follow_up.start_at == j7
    with db.uow(write=False) as uow:
        pending = list_for_contact(uow, a)
    assert [(p.regarding, p.start_at) for p in pending] == [("Rappel J+7", j7)]


def test_clear_recurring_moves_to_next_occurrence_then_ends(db: Database) -> None:
    (a,) = _contacts(db, "Dupont")
    with db.uow() as uow:
        act = schedule_activity(
            uow,
            ActivityInput(
                type="meeting",
                start_at=MONDAY,
                contact_ids=(a,),
                recurrence="weekly",
                recurrence_until=dt.date(2026, 12, 7),
                alarm_lead_min=5,
            ),
        )
        first = clear_activity(uow, act.id, ClearInput(cleared_at=MONDAY))
        assert not first.activity.cleared
        assert first.activity.start_at == MONDAY + dt.timedelta(days=7)
        last = clear_activity(uow, act.id, ClearInput(cleared_at=MONDAY))
        uow.commit()
    assert last.activity.cleared
    with db.uow(write=False) as uow:
        count = uow.session.scalar(
            select(func.count()).select_from(History).where(History.activity_id == act.id)
        )
    assert count == 2


def test_update_reschedule_delete(db: Database) -> None:
    a, b = _contacts(db, "Dupont", "Martin")
    with db.uow() as uow:
        act = schedule_activity(
            uow, ActivityInput(type="call", start_at=MONDAY, contact_ids=(a,), alarm_lead_min=10)
        )
        uow.commit()
    data = act.to_input()
    with db.uow() as uow:
        updated = update_activity(
            uow,
            act.id,
            data.__class__(**{**data.__dict__, "contact_ids": (b, a), "priority": 1}),
            expected_version=act.version,
        )
        uow.commit()
    assert (updated.contact_id, updated.extra_contact_ids, updated.priority) == (b, (a,), 1)
    with db.uow() as uow:
        moved = reschedule_activity(uow, act.id, MONDAY + dt.timedelta(hours=3), duration_min=90)
        uow.commit()
    assert (moved.start_at.hour, moved.duration_min) == (13, 90)
    assert moved.end_at == moved.start_at + dt.timedelta(minutes=90)
    with db.uow() as uow:
        delete_activity(uow, act.id)
        uow.commit()
    with db.uow(write=False) as uow, pytest.raises(NotFoundError):
        get_activity(uow, act.id)


def test_schedule_for_selection_bulk(db: Database) -> None:
    ids = _contacts(db, *[f"N{i}" for i in range(25)])
    with db.uow() as uow:
        made = schedule_for_selection(
            uow, ActivityInput(type="letter", start_at=MONDAY, regarding="Mailing"), ids
        )
        uow.commit()
    assert made == 25
    with db.uow(write=False) as uow:
        got = uow.session.scalars(
            select(Activity.contact_id).where(Activity.regarding == "Mailing")
        ).all()
    assert sorted(got) == sorted(ids)


def test_roll_over_moves_only_past_uncleared_one_offs(db: Database) -> None:
    (a,) = _contacts(db, "Dupont")
    today = dt.date(2026, 12, 3)
    with db.uow() as uow:
        old = schedule_activity(uow, ActivityInput(type="call", start_at=MONDAY, contact_ids=(a,)))
        done = schedule_activity(uow, ActivityInput(type="call", start_at=MONDAY))
        clear_activity(uow, done.id, ClearInput(cleared_at=MONDAY))
        future = schedule_activity(
            uow, ActivityInput(type="call", start_at=MONDAY + dt.timedelta(days=9))
        )
        moved = roll_over(uow, today=today)
        uow.commit()
    assert moved == 1
    with db.uow(write=False) as uow:
        assert get_activity(uow, old.id).start_at == dt.datetime(2026, 12, 3, 10, 0)
        assert get_activity(uow, done.id).start_at == MONDAY
        assert get_activity(uow, future.id).start_at == MONDAY + dt.timedelta(days=9)
