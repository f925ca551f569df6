"""Series on both backends: templates, bulk apply with offsets, progress, shifts, triggers."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.series import StepTemplate
from desktop_crm.domain.series_templates import LOYALTY_CHAIN, MAILING_FOLLOW_UP
from desktop_crm.services.activities.records import ClearInput, clear_activity, list_for_contact
from desktop_crm.services.activities.series import (
    SeriesInput,
    apply_series,
    create_series,
    delete_series,
    find_series,
    list_series,
    progress_for_contact,
    run_triggers,
    seed_series,
    update_series,
)
from desktop_crm.storage.models import Activity, Contact, Opportunity, SeriesRun
from desktop_crm.storage.uow import Database

STEPS = (
    StepTemplate(0, "email", "Merci"),
    StepTemplate(7, "call", "Relance"),
    StepTemplate(15, "letter", "Offre"),
)


def _contacts(db: Database, n: int, **values: object) -> list[int]:
    with db.uow() as uow:
        rows = [Contact(last_name=f"Client{i}", **values) for i in range(n)]
        uow.session.add_all(rows)
        uow.session.flush()
        ids = [r.id for r in rows]
        uow.commit()
    return ids


def _series(db: Database, **values: object) -> int:
    data = SeriesInput(name="Chaîne test", steps=STEPS, **values)  # type: ignore[arg-type]
    return db.run(create_series, data).value.id


def test_seed_series_is_idempotent(db: Database) -> None:
    with db.uow() as uow:
        seed_series(uow)
        seed_series(uow)
        uow.commit()
    with db.uow(write=False) as uow:
        names = [s.name for s in list_series(uow)]
        assert names.count(LOYALTY_CHAIN.name) == 1
        loyalty = find_series(uow, LOYALTY_CHAIN.name)
        assert find_series(uow, "relance j+7").name == MAILING_FOLLOW_UP.name
    assert loyalty.summary.startswith("J, J+1, J+7, J+15, J+30")
    assert loyalty.trigger_kind == "opportunity_won" and loyalty.shift_on_late


def test_template_crud_and_validation(db: Database) -> None:
    series_id = _series(db)
    with db.uow() as uow:
        view = update_series(
            uow,
            series_id,
            SeriesInput(
                name="Renommée",
                steps=(StepTemplate(-30, "letter"),),
                trigger_kind="date_field",
                trigger_field="contract_end",
                trigger_days_before=40,
            ),
        )
        uow.commit()
    assert (view.name, [s.day_offset for s in view.steps], view.trigger_days_before) == (
        "Renommée",
        [-30],
        40,
    )
    with db.uow() as uow, pytest.raises(ValidationError):
        create_series(uow, SeriesInput(name=" ", steps=()))
    with db.uow() as uow, pytest.raises(ValidationError):
        create_series(
            uow,
            SeriesInput(
                name="X",
                steps=STEPS,
                trigger_kind="date_field",
                trigger_field="city",
                trigger_days_before=3,
            ),
        )
    with db.uow() as uow:
        delete_series(uow, series_id)
        uow.commit()
    with db.uow(write=False) as uow:
        assert list_series(uow) == [] or all(s.id != series_id for s in list_series(uow))


def test_apply_creates_steps_with_offsets_once_per_anchor(db: Database) -> None:
    ids = _contacts(db, 30)
    series_id = _series(db)
    anchor = dt.date(2026, 12, 1)
    with db.uow() as uow:
        result = apply_series(uow, series_id, ids, anchor)
        uow.commit()
    assert (result.runs, result.activities) == (30, 90)
    with db.uow() as uow:
        again = apply_series(uow, series_id, ids[:5] + _contacts(db, 1), anchor)
        uow.commit()
    assert (again.runs, again.activities, again.skipped_contact_ids) == (1, 3, tuple(ids[:5]))
    with db.uow(write=False) as uow:
        starts = [a.start_at for a in list_for_contact(uow, ids[7])]
        assert starts == [
            dt.datetime(2026, 12, 1, 9),
            dt.datetime(2026, 12, 8, 9),
            dt.datetime(2026, 12, 16, 9),
        ]
        assert uow.session.scalar(select(func.count()).select_from(Activity)) == 93
        progress = progress_for_contact(uow, ids[7])
    assert len(progress) == 1
    assert (progress[0].total, progress[0].done, progress[0].next_regarding) == (3, 0, "Merci")


def test_progress_and_shift_on_late(db: Database) -> None:
    (contact,) = _contacts(db, 1)
    series_id = _series(db, shift_on_late=True)
    with db.uow() as uow:
        apply_series(uow, series_id, [contact], dt.date(2026, 12, 1))
        uow.commit()
    with db.uow(write=False) as uow:
        first, second, third = list_for_contact(uow, contact)
    with db.uow() as uow:  # cleared three days late
        outcome = clear_activity(uow, first.id, ClearInput(cleared_at=dt.datetime(2026, 12, 4, 16)))
        uow.commit()
    assert outcome.shifted_activity_ids == (second.id, third.id)
    with db.uow(write=False) as uow:
        starts = [a.start_at for a in list_for_contact(uow, contact)]
        progress = progress_for_contact(uow, contact)[0]
    assert starts == [dt.datetime(2026, 12, 11, 9), dt.datetime(2026, 12, 19, 9)]
    assert (progress.done, progress.total, progress.next_regarding) == (1, 3, "Relance")


def test_no_shift_when_template_says_no(db: Database) -> None:
    (contact,) = _contacts(db, 1)
    series_id = _series(db, shift_on_late=False)
    with db.uow() as uow:
        apply_series(uow, series_id, [contact], dt.date(2026, 12, 1))
        uow.commit()
    with db.uow(write=False) as uow:
        first = list_for_contact(uow, contact)[0]
    with db.uow() as uow:
        outcome = clear_activity(uow, first.id, ClearInput(cleared_at=dt.datetime(2026, 12, 9, 16)))
        uow.commit()
    assert outcome.shifted_activity_ids == ()


def test_opportunity_won_trigger_fires_once(db: Database) -> None:
    (client, prospect) = _contacts(db, 2)
    with db.uow() as uow:
        seed_series(uow)
        uow.session.add_all(
            [
                Opportunity(
                    name="Logiciel",
                    contact_id=client,
                    status="won",
                    closed_at=dt.datetime(2026, 12, 1, 15),
                ),
                Opportunity(
                    name="Ancien",
                    contact_id=client,
                    status="won",
                    closed_at=dt.datetime(2025, 1, 1),
                ),
                Opportunity(name="En cours", contact_id=prospect, status="open"),
            ]
        )
        uow.commit()
    clock = FixedClock(dt.datetime(2026, 12, 2, 8))
    with db.uow() as uow:
        report = run_triggers(uow, clock=clock)
        uow.commit()
    assert report.runs_by_series == {LOYALTY_CHAIN.name: 1}
    with db.uow() as uow:
        assert run_triggers(uow, clock=clock).total == 0
        uow.commit()
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(Activity.start_at, Activity.cleared, Activity.result)
            .where(Activity.contact_id == client)
            .order_by(Activity.start_at)
        ).all()
        open_starts = [a.start_at.date() for a in list_for_contact(uow, client)]
        assert list_for_contact(uow, prospect) == []
    # J (1 Dec) is already past on 2 Dec: recorded as skipped, not piled on today.
    assert [r.start_at.date() for r in rows[:3]] == [
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 2),
        dt.date(2026, 12, 8),
    ]
    assert (rows[0].cleared, rows[0].result) == (True, "skipped:late")
    assert not any(r.cleared for r in rows[1:])
    assert len(rows) == len(LOYALTY_CHAIN.steps) == len(open_starts) + 1


def test_contract_end_trigger_fires_once_per_date(db: Database) -> None:
    soon, later, past = _contacts(db, 3)
    with db.uow() as uow:
        seed_series(uow)
        for cid, day in (
            (soon, dt.date(2027, 1, 10)),
            (later, dt.date(2027, 6, 1)),
            (past, dt.date(2026, 11, 1)),
        ):
            contact = uow.session.get(Contact, cid)
            assert contact is not None
            contact.contract_end = day
        uow.commit()
    clock = FixedClock(dt.datetime(2026, 12, 2, 8))
    with db.uow() as uow:
        assert run_triggers(uow, clock=clock).runs_by_series == {"Renouvellement de contrat": 1}
        uow.commit()
    clock.advance(dt.timedelta(days=1))
    with db.uow() as uow:
        assert run_triggers(uow, clock=clock).total == 0
        uow.commit()
    with db.uow(write=False) as uow:
        keys = uow.session.scalars(select(SeriesRun.trigger_key)).all()
        letter = list_for_contact(uow, soon)[0]
    assert keys == ["contract_end:2027-01-10"]
    assert letter.start_at == dt.datetime(2026, 12, 11, 9)  # J-30
    with db.uow() as uow:  # a renewed contract gets its own run next time
        contact = uow.session.get(Contact, soon)
        assert contact is not None
        contact.contract_end = dt.date(2027, 1, 12)
        uow.commit()
    with db.uow() as uow:
        assert run_triggers(uow, clock=clock).total == 1
        uow.commit()
