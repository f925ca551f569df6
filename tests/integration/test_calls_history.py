"""Call logging (one unit of work), timelines, notes and pick lists on both backends."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.constants import ActivityType, HistoryType, Priority
from desktop_crm.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop_crm.services.contacts import calls, history, notes, picklists
from desktop_crm.services.contacts.records import create_contact, get_contact, update_contact
from desktop_crm.storage.models import Activity, History
from desktop_crm.storage.uow import Database

NOON = dt.datetime(2026, 11, 23, 12, 0)


def _contact(db: Database, **values: str) -> int:
    return db.run(create_contact, {"first_name": "Jean", "last_name": "Lefèvre", **values}).value.id


def test_log_call_writes_history_reach_and_follow_up_together(db: Database) -> None:
    cid = _contact(db)
    with db.uow(write=False) as uow:
        version = get_contact(uow, cid).version
    follow = calls.FollowUp(ActivityType.CALL, NOON + dt.timedelta(days=7), Priority.HIGH)
    with db.uow() as uow:
        logged = calls.log_call(
            uow,
            calls.CallInput(
                cid,
                HistoryType.CALL_REACHED,
                NOON,
                duration_s=95,
                regarding="Devis",
                details="Rappeler la semaine prochaine",
                follow_up=follow,
            ),
        )
        uow.commit()
    assert logged.updated_field == "last_reach"
    with db.uow(write=False) as uow:
        view = get_contact(uow, cid)
        entry = uow.session.get(History, logged.history_id)
        activity = uow.session.get(Activity, logged.activity_id)
        assert entry is not None and activity is not None
        assert (entry.type, entry.duration_s, entry.regarding) == ("call_reached", 95, "Devis")
        assert entry.user_id == db.user_id
        assert (activity.type, activity.priority, activity.contact_id) == ("call", 5, cid)
        assert activity.start_at == NOON + dt.timedelta(days=7)
        assert activity.regarding == "Devis"
    assert view.last_reach == NOON
    assert view.last_attempt is None
    # A system date does not bump the version a colleague may be editing from.
    assert view.version == version


def test_attempt_updates_last_attempt_without_follow_up(db: Database) -> None:
    cid = _contact(db)
    with db.uow() as uow:
        logged = calls.log_call(uow, calls.CallInput(cid, HistoryType.CALL_LEFT_MESSAGE, NOON))
        uow.commit()
    assert logged.activity_id is None and logged.updated_field == "last_attempt"
    with db.uow(write=False) as uow:
        assert get_contact(uow, cid).last_attempt == NOON


def test_failed_call_writes_nothing(db: Database) -> None:
    cid = _contact(db)
    with pytest.raises(ValidationError), db.uow() as uow:
        calls.log_call(uow, calls.CallInput(cid, HistoryType.CALL_ATTEMPTED, NOON, outgoing=False))
    with pytest.raises(NotFoundError), db.uow() as uow:
        calls.log_call(uow, calls.CallInput(999_999, HistoryType.CALL_REACHED, NOON))
    with db.uow(write=False) as uow:
        count = uow.session.scalar(
            select(func.count()).select_from(History).where(History.type.like("call%"))
        )
    assert count == 0


def test_timeline_newest_first_filtered_and_searched(db: Database) -> None:
    cid = _contact(db)
    with db.uow() as uow:
        calls.log_call(
            uow, calls.CallInput(cid, HistoryType.CALL_ATTEMPTED, NOON, regarding="Premier contact")
        )
        uow.commit()
    with db.uow() as uow:
        calls.log_call(
            uow,
            calls.CallInput(
                cid, HistoryType.CALL_REACHED, NOON + dt.timedelta(hours=2), details="Devis OK"
            ),
        )
        uow.commit()
    with db.uow(write=False) as uow:
        original = get_contact(uow, cid)
    with db.uow() as uow:
        update_contact(uow, cid, original.version, {"city": "Lyon"})
        uow.commit()
    with db.uow(write=False) as uow:
        everything = history.contact_history(uow, cid)
        only_calls = history.contact_history(uow, cid, types=["call_reached", "call_attempted"])
        searched = history.contact_history(uow, cid, search="devis")
        recent = history.contact_history(
            uow, cid, since=NOON + dt.timedelta(hours=1), types=["call_reached", "call_attempted"]
        )
    assert [e.type for e in only_calls] == ["call_reached", "call_attempted"]
    assert {e.type for e in everything} >= {"contact_created", "field_changed", "call_reached"}
    changed = next(e for e in everything if e.type == "field_changed")
    assert (changed.field_name, changed.old_value, changed.new_value) == ("city", None, "Lyon")
    assert [e.details for e in searched] == ["Devis OK"]
    assert len(recent) == 1
    assert only_calls[0].type_label == "Appel joint"


def test_notes_are_signed_and_conflicts_detected(db: Database) -> None:
    from desktop_crm.services.users.identity import Identity, save_identity

    db.run(save_identity, Identity(name="Paule Écrivain"))
    cid = _contact(db)
    with db.uow() as uow:
        first = notes.add_note(uow, "Intéressé par la maintenance", contact_id=cid)
        uow.commit()
    with db.uow() as uow:
        notes.add_note(uow, "Rappeler en janvier", contact_id=cid)
        uow.commit()
    with db.uow(write=False) as uow:
        listed = notes.list_notes(uow, contact_id=cid)
    assert [n.text for n in listed] == ["Rappeler en janvier", "Intéressé par la maintenance"]
    # Signed with the person's name, never the operating system's login.
    assert listed[0].author == "Paule Écrivain" != db.user_login
    with db.uow() as uow:
        notes.update_note(uow, first.id, first.version, "Intéressé (maintenance 3 ans)")
        uow.commit()
    with pytest.raises(ConflictError), db.uow() as uow:
        notes.update_note(uow, first.id, first.version, "stale edit")
    with pytest.raises(ValidationError), db.uow() as uow:
        notes.add_note(uow, "   ", contact_id=cid)


def test_picklists_edit_and_defaults(db: Database) -> None:
    with db.uow(write=False) as uow:
        assert "Salon" in picklists.picklist_values(uow, "referred_by")
    with db.uow() as uow:
        saved = picklists.set_picklist_values(
            uow, "referred_by", ["Salon", " LinkedIn ", "salon", ""]
        )
        uow.commit()
    assert saved == ["Salon", "LinkedIn"]
    with db.uow() as uow:
        assert picklists.add_picklist_value(uow, "referred_by", "Partenaire") == [
            "Salon",
            "LinkedIn",
            "Partenaire",
        ]
        uow.commit()
    with db.uow(write=False) as uow:
        assert picklists.picklist_values(uow, "referred_by") == ["Salon", "LinkedIn", "Partenaire"]
