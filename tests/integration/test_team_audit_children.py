"""Deleting a note or an activity leaves a line in the deletion log, on a file or plain
PostgreSQL (written by the services) and on a team database (written by the server's
trigger, raw SQL included).
Notes and activities that go with their contact (a cascade) add no line of their own, and an
RGPD erasure leaves its fixed line only: never the person's name, never a note's text."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from desktop_crm.services.activities.records import (
    ActivityInput,
    delete_activity,
    schedule_activity,
)
from desktop_crm.services.contacts.notes import add_note, delete_note
from desktop_crm.services.contacts.records import create_contact, delete_contact
from desktop_crm.services.privacy.erasure import erase_contact
from desktop_crm.services.users.audit import ERASED_LABEL, audit_entries
from desktop_crm.services.users.team_setup import set_up_team
from desktop_crm.storage.models import DeletionRecord
from desktop_crm.storage.uow import Database
from tests.integration.privacy_helpers import FIRST, FULL, LAST, add_person, dump
from tests.integration.team_helpers import Team

WHEN = dt.datetime(2026, 12, 3, 9, 0)


def _deletions(db: Database) -> list[tuple[str, int, str | None, int | None]]:
    with db.uow(write=False) as uow:
        rows = uow.session.scalars(select(DeletionRecord).order_by(DeletionRecord.id))
        return [(r.table_name, r.record_id, r.label, r.user_id) for r in rows]


def _note_and_call(db: Database, contact_id: int, note: str, call: str) -> tuple[int, int]:
    n = db.run(add_note, note, contact_id=contact_id).value
    a = db.run(
        schedule_activity,
        ActivityInput(type="call", start_at=WHEN, regarding=call, contact_ids=(contact_id,)),
    ).value
    return n.id, a.id


def test_note_and_activity_deletions_are_logged_by_the_services(db: Database) -> None:
    me = db.user_id
    contact = db.run(create_contact, {"first_name": "Léa", "last_name": "Martin"}).value
    note_id, act_id = _note_and_call(db, contact.id, "Devis envoyé", "Relancer le devis")
    db.run(delete_note, note_id)
    db.run(delete_activity, act_id)
    assert _deletions(db) == [
        ("note", note_id, "Devis envoyé", me),
        ("activity", act_id, "Relancer le devis", me),
    ]
    assert {e.table for e in db.read(audit_entries) if e.action == "deleted"} == {
        "note",
        "activity",
    }
    # With their contact: the contact's line only.
    _note_and_call(db, contact.id, "Autre note", "Autre appel")
    db.run(delete_contact, contact.id)
    assert [r[0] for r in _deletions(db)] == ["note", "activity", "contact"]


def test_an_erasure_logs_no_note_text(db: Database) -> None:
    person = add_person(db)
    _note_and_call(db, person, f"Appeler {FULL} lundi", f"Rappeler {FULL}")
    db.run(erase_contact, person, "asked by letter")
    assert [r[:3] for r in _deletions(db)] == [("contact", person, ERASED_LABEL)]
    after = dump(db)
    for needle in (FULL, FIRST, LAST):
        assert needle.casefold() not in after


@pytest.mark.postgres
def test_the_server_logs_note_and_activity_deletions(team: Team) -> None:
    team.owner.run(set_up_team)  # team setup again: safe, installs the new triggers
    ann, bob = team.db("ann"), team.db("bob")
    bob_id = bob.user_id
    contact = ann.run(create_contact, {"first_name": "Jean", "last_name": "Valjean"}).value
    note_id, act_id = _note_and_call(ann, contact.id, "Devis envoyé", "Relancer le devis")
    raw_note, raw_act = _note_and_call(ann, contact.id, "Note brute", "Appel brut")
    bob.set_user(ann.user_id)  # the client lies about who it is
    bob.run(delete_note, note_id)
    bob.run(delete_activity, act_id)
    with team.raw("bob").begin() as conn:  # no application code at all
        conn.execute(text("DELETE FROM note WHERE id = :i"), {"i": raw_note})
        conn.execute(text("DELETE FROM activity WHERE id = :i"), {"i": raw_act})
    assert sorted(_deletions(team.owner)) == sorted(
        [
            ("note", note_id, "Devis envoyé", bob_id),
            ("activity", act_id, "Relancer le devis", bob_id),
            ("note", raw_note, "Note brute", bob_id),
            ("activity", raw_act, "Appel brut", bob_id),
        ]
    )  # one line each: the app wrote nothing beside the trigger
    # Deleting the contact: its own line; its notes and activities go without one.
    _note_and_call(ann, contact.id, "Autre note", "Autre appel")
    ann.run(delete_contact, contact.id)
    assert sorted(r[0] for r in _deletions(team.owner)) == [
        "activity",
        "activity",
        "contact",
        "note",
        "note",
    ]


@pytest.mark.postgres
def test_an_erasure_on_a_team_database_logs_no_note_text(team: Team) -> None:
    ada = team.db("ada")
    person = ada.run(create_contact, {"first_name": "Hortense", "last_name": "Quirinal"}).value
    _note_and_call(ada, person.id, "Hortense Quirinal rappelle", "Appeler Hortense Quirinal")
    team.owner.run(erase_contact, person.id, "asked")
    assert [r[:3] for r in _deletions(team.owner)] == [("contact", person.id, ERASED_LABEL)]
    with team.owner.engine.connect() as conn:
        labels = " ".join(
            str(v) for v in conn.execute(text("SELECT label FROM deletion_log")).scalars()
        )
    assert "Quirinal" not in labels and "Hortense" not in labels
