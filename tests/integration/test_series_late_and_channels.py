"""Series started late or for contacts who refuse a channel (issue 18, point 2).

A trigger that fires late plans only the steps still ahead and records the others as
skipped; no contact gets several steps piled on one day; letters, e-mails and calls respect
NPAI, "do not mail / e-mail / call" and recorded objections; the report names each run;
a fresh demo database leaves nothing for the first check to start.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from desktop_crm.domain.clock import FixedClock, wall_to_utc
from desktop_crm.domain.series import StepTemplate
from desktop_crm.domain.series_templates import CONTRACT_RENEWAL, LOYALTY_CHAIN
from desktop_crm.services.activities.series import (
    SeriesInput,
    apply_series,
    create_series,
    progress_for_contact,
    run_triggers,
    seed_series,
)
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.storage.models import Activity, Consent, Contact, Opportunity
from desktop_crm.storage.uow import Database

NOW = dt.datetime(2026, 12, 2, 8, 0)


def _contact(db: Database, **values: object) -> int:
    with db.uow() as uow:
        row = Contact(last_name=values.pop("last_name", "Client"), **values)
        uow.session.add(row)
        uow.session.flush()
        uow.commit()
        return row.id


def _steps(db: Database, contact_id: int) -> list[tuple[dt.date, str, bool, str | None]]:
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(Activity.start_at, Activity.type, Activity.cleared, Activity.result)
            .where(Activity.contact_id == contact_id)
            .order_by(Activity.start_at, Activity.id)
        ).all()
    return [(r.start_at.date(), r.type, r.cleared, r.result) for r in rows]


def test_a_late_win_plans_only_the_steps_ahead(sqlite_db: Database) -> None:
    db = sqlite_db
    client = _contact(db, first_name="Marie", last_name="Dupont", email="m@exemple.fr")
    with db.uow() as uow:
        seed_series(uow)
        won = NOW - dt.timedelta(days=20)
        uow.session.add(
            Opportunity(name="Vente", contact_id=client, status="won", closed_at=wall_to_utc(won))
        )
        uow.commit()
    with db.uow() as uow:
        report = run_triggers(uow, clock=FixedClock(NOW))
        uow.commit()
    steps = _steps(db, client)
    assert len(steps) == len(LOYALTY_CHAIN.steps)
    anchor = (NOW - dt.timedelta(days=20)).date()
    # J, J+1, J+7 and J+15 were past: skipped at their own date, never moved to today.
    skipped = [s for s in steps if s[2]]
    assert [s[0] for s in skipped] == [anchor + dt.timedelta(days=d) for d in (0, 1, 7, 15)]
    assert {s[3] for s in skipped} == {"skipped:late"}
    ahead = [s for s in steps if not s[2]]
    assert all(s[0] > NOW.date() for s in ahead)
    assert max(Counter(s[0] for s in ahead).values()) == 1  # never two steps on one day
    assert report.skipped_steps == 4
    (run,) = report.started
    assert (run.contact_name, run.series_name) == ("Marie Dupont", LOYALTY_CHAIN.name)
    assert (run.planned, run.skipped) == (4, 4)
    with db.uow(write=False) as uow:
        (progress,) = progress_for_contact(uow, client)
    assert (progress.total, progress.done, progress.skipped) == (8, 0, 4)


def test_a_renewal_letter_is_not_planned_for_npai(sqlite_db: Database) -> None:
    db = sqlite_db
    npai = _contact(db, last_name="Npai", npai=True, contract_end=dt.date(2027, 1, 10))
    fine = _contact(db, last_name="Normal", contract_end=dt.date(2027, 1, 10))
    with db.uow() as uow:
        seed_series(uow)
        run_triggers(uow, clock=FixedClock(NOW))
        uow.commit()
    letter, call = _steps(db, npai)
    assert (letter[1], letter[2], letter[3]) == ("letter", True, "skipped:npai")
    assert (call[1], call[2]) == ("call", False)
    assert [s[2] for s in _steps(db, fine)] == [False, False]
    assert CONTRACT_RENEWAL.steps[0].type == "letter"


def test_every_channel_rule(sqlite_db: Database) -> None:
    db = sqlite_db
    steps = (
        StepTemplate(1, "letter", "Courrier"),
        StepTemplate(2, "email", "E-mail"),
        StepTemplate(3, "call", "Appel"),
        StepTemplate(4, "todo", "Préparer"),
    )
    series_id = db.run(create_series, SeriesInput(name="Tous canaux", steps=steps)).value.id
    people = {
        "do_not_mail": _contact(db, last_name="A", do_not_mail=True),
        "do_not_email": _contact(db, last_name="B", do_not_email=True),
        "email_invalid": _contact(db, last_name="C", email_invalid=True),
        "do_not_call": _contact(db, last_name="D", do_not_call=True),
        "objections": _contact(db, last_name="E"),
        "free": _contact(db, last_name="F"),
    }
    with db.uow() as uow:
        for channel in ("email", "post", "phone"):
            uow.session.add(
                Consent(contact_id=people["objections"], channel=channel, status="opt_out")
            )
        uow.commit()
    with db.uow() as uow:
        result = apply_series(uow, series_id, list(people.values()), NOW.date())
        uow.commit()
    by_person = {name: [s[3] for s in _steps(db, cid)] for name, cid in people.items()}
    assert by_person == {
        "do_not_mail": ["skipped:do_not_mail", None, None, None],
        "do_not_email": [None, "skipped:do_not_email", None, None],
        "email_invalid": [None, "skipped:email_invalid", None, None],
        "do_not_call": [None, None, "skipped:do_not_call", None],
        "objections": [
            "skipped:post_opt_out",
            "skipped:email_opt_out",
            "skipped:phone_opt_out",
            None,
        ],
        "free": [None, None, None, None],
    }
    assert result.skipped_steps == 7


def test_a_fresh_demo_leaves_nothing_to_start(sqlite_db: Database) -> None:
    db = sqlite_db
    today = NOW.date()
    with db.uow() as uow:
        seed_series(uow)
        generate_demo(uow, 1500, seed=3, today=today)
        uow.commit()
    with db.uow(write=False) as uow:
        series_steps = uow.session.execute(
            select(Activity.contact_id, Activity.start_at, Activity.cleared, Activity.result).where(
                Activity.series_run_id.is_not(None)
            )
        ).all()
    assert series_steps, "the demo has recent wins: their series run"
    planned = [s for s in series_steps if not s.cleared]
    assert all(s.start_at.date() >= today for s in planned)
    per_contact_day = Counter((s.contact_id, s.start_at.date()) for s in planned)
    assert max(per_contact_day.values()) == 1
    with db.uow() as uow:
        report = run_triggers(uow, clock=FixedClock(NOW))
        uow.commit()
    assert report.total == 0 and report.started == ()
