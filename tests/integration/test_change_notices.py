"""One owner of the commit, and what each write service reports as changed.

Services take a unit of work and never commit: called without a commit, they leave the
database exactly as it was. Called through ``Database.run``, they are committed once and
return the change notice the GUI's views refresh from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_crm.domain.constants import ActivityType, HistoryType, Priority
from desktop_crm.domain.series import StepTemplate
from desktop_crm.printing.fields import Sender
from desktop_crm.printing.sheets import find_sheet
from desktop_crm.services.activities.agenda import dismiss_alarm, snooze_alarm
from desktop_crm.services.activities.records import (
    ActivityInput,
    ClearInput,
    clear_activity,
    delete_activity,
    reschedule_activity,
    roll_over,
    schedule_activity,
    schedule_for_selection,
    update_activity,
)
from desktop_crm.services.activities.series import (
    SeriesInput,
    apply_series,
    create_series,
    delete_series,
    update_series,
)
from desktop_crm.services.contacts.calls import CallInput, FollowUp, log_call
from desktop_crm.services.contacts.companies import (
    create_company,
    delete_company,
    update_company,
)
from desktop_crm.services.contacts.links import record_consent
from desktop_crm.services.contacts.notes import add_note, delete_note, update_note
from desktop_crm.services.contacts.picklists import set_picklist_values
from desktop_crm.services.contacts.records import (
    create_contact,
    delete_contact,
    get_contact,
    update_contact,
)
from desktop_crm.services.demo.duplicates import add_demo_duplicates
from desktop_crm.services.duplicates.merge import merge_contacts, unmerge
from desktop_crm.services.duplicates.scan import forget_not_duplicate, mark_not_duplicate
from desktop_crm.services.mailing.email import mark_bounced
from desktop_crm.services.mailing.postal import print_labels, print_letters, record_mailing
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import TemplateView, save_sender, save_template
from desktop_crm.storage.models import Base, History
from desktop_crm.storage.uow import Database, UnitOfWork

MONDAY = dt.datetime(2026, 11, 30, 10, 0)
STEPS = (StepTemplate(0, "email", "Merci"), StepTemplate(7, "call", "Relance"))


def _contact(db: Database, last: str, **values: Any) -> int:
    data = {"first_name": "Anne", "last_name": last, "city": "Lyon", **values}
    return db.run(create_contact, data).value.id


def _world(db: Database) -> dict[str, int]:
    """A few committed records every scenario can act on."""
    _ = db.user_id  # the team member row is written (and committed) on first use
    ids = {
        "a": _contact(
            db, "Dupont", email="anne.dupont@example.fr", address1="1 rue Haute", postcode="69001"
        ),
        "b": _contact(db, "Martin", address1="2 rue Basse", postcode="69002"),
        "c": _contact(db, "Durand"),
        "d": _contact(db, "Durant"),
        "e": _contact(db, "Lebrun"),
    }
    ids["company"] = db.run(create_company, {"name": "ACME SAS"}).value.id
    ids["note"] = db.run(add_note, "Premier contact", contact_id=ids["a"]).value.id
    ids["activity"] = db.run(
        schedule_activity,
        ActivityInput(
            type="call",
            start_at=MONDAY - dt.timedelta(days=3),
            contact_ids=(ids["a"], ids["b"]),
            alarm_lead_min=15,
        ),
    ).value.id
    ids["series"] = db.run(create_series, SeriesInput(name="Chaîne", steps=STEPS)).value.id
    ids["merge"] = db.run(merge_contacts, ids["c"], [ids["d"]]).value.merge_id
    db.run(mark_not_duplicate, ids["a"], ids["e"])
    db.run(
        save_template,
        TemplateView(None, "letter", "Relance", body_html="<p>Bonjour {{prenom}}.</p>"),
    )
    return ids


def _rows(uow: UnitOfWork) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table as this unit of work sees it."""
    return {
        table.name: sorted(
            tuple(repr(v) for v in row) for row in uow.session.execute(select(table))
        )
        for table in Base.metadata.sorted_tables
    }


def _dump(db: Database) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table, in a fresh read-only unit of work."""
    with db.uow(write=False) as uow:
        return _rows(uow)


Scenario = Callable[[UnitOfWork, dict[str, int], Path], object]

SCENARIOS: dict[str, Scenario] = {
    "create_contact": lambda uow, ids, _p: create_contact(uow, {"last_name": "Neuf"}),
    "update_contact": lambda uow, ids, _p: update_contact(
        uow, ids["a"], get_contact(uow, ids["a"]).version, {"city": "Paris"}
    ),
    "delete_contact": lambda uow, ids, _p: delete_contact(uow, ids["b"]),
    "add_note": lambda uow, ids, _p: add_note(uow, "Rappel", contact_id=ids["a"]),
    "update_note": lambda uow, ids, _p: update_note(uow, ids["note"], 1, "Corrigé"),
    "delete_note": lambda uow, ids, _p: delete_note(uow, ids["note"]),
    "log_call": lambda uow, ids, _p: log_call(
        uow,
        CallInput(
            ids["a"],
            HistoryType.CALL_REACHED,
            MONDAY,
            follow_up=FollowUp(ActivityType.CALL, MONDAY + dt.timedelta(days=7), Priority.HIGH),
        ),
    ),
    "create_company": lambda uow, ids, _p: create_company(uow, {"name": "Globex"}),
    "update_company": lambda uow, ids, _p: update_company(
        uow, ids["company"], 1, {"name": "ACME Groupe"}
    ),
    "delete_company": lambda uow, ids, _p: delete_company(uow, ids["company"]),
    "record_consent": lambda uow, ids, _p: record_consent(
        uow, ids["a"], "email", "opt_out", "Téléphone"
    ),
    "set_picklist_values": lambda uow, ids, _p: set_picklist_values(uow, "status", ["A", "B"]),
    "schedule_activity": lambda uow, ids, _p: schedule_activity(
        uow, ActivityInput(type="todo", start_at=MONDAY, contact_ids=(ids["a"], ids["e"]))
    ),
    "schedule_for_selection": lambda uow, ids, _p: schedule_for_selection(
        uow, ActivityInput(type="call", start_at=MONDAY), [ids["a"], ids["b"]]
    ),
    "update_activity": lambda uow, ids, _p: update_activity(
        uow,
        ids["activity"],
        ActivityInput(type="meeting", start_at=MONDAY, contact_ids=(ids["a"], ids["e"])),
    ),
    "reschedule_activity": lambda uow, ids, _p: reschedule_activity(
        uow, ids["activity"], MONDAY + dt.timedelta(days=1)
    ),
    "clear_activity": lambda uow, ids, _p: clear_activity(
        uow,
        ids["activity"],
        ClearInput(
            result="call_reached",
            cleared_at=MONDAY,
            follow_up=ActivityInput(type="todo", start_at=MONDAY, contact_ids=(ids["a"],)),
        ),
    ),
    "delete_activity": lambda uow, ids, _p: delete_activity(uow, ids["activity"]),
    "roll_over": lambda uow, ids, _p: roll_over(uow, today=MONDAY.date()),
    "snooze_alarm": lambda uow, ids, _p: snooze_alarm(uow, ids["activity"], MONDAY),
    "dismiss_alarm": lambda uow, ids, _p: dismiss_alarm(uow, ids["activity"]),
    "create_series": lambda uow, ids, _p: create_series(
        uow, SeriesInput(name="Autre", steps=STEPS)
    ),
    "update_series": lambda uow, ids, _p: update_series(
        uow, ids["series"], SeriesInput(name="Renommée", steps=STEPS[:1])
    ),
    "delete_series": lambda uow, ids, _p: delete_series(uow, ids["series"]),
    "apply_series": lambda uow, ids, _p: apply_series(
        uow, ids["series"], [ids["a"], ids["b"]], MONDAY.date()
    ),
    "merge_contacts": lambda uow, ids, _p: merge_contacts(uow, ids["a"], [ids["b"]]),
    "unmerge": lambda uow, ids, _p: unmerge(uow, ids["merge"]),
    "mark_not_duplicate": lambda uow, ids, _p: mark_not_duplicate(uow, ids["a"], ids["b"]),
    "forget_not_duplicate": lambda uow, ids, _p: forget_not_duplicate(uow, ids["a"], ids["e"]),
    "print_labels": lambda uow, ids, path: print_labels(
        uow, Selection(contact_ids=(ids["a"], ids["b"])), find_sheet("L7163"), path / "l.pdf"
    ),
    "print_letters": lambda uow, ids, path: print_letters(
        uow, Selection(contact_ids=(ids["a"],)), "Relance", path / "letters.pdf"
    ),
    "record_mailing": lambda uow, ids, _p: record_mailing(
        uow, [ids["a"], ids["b"]], HistoryType.EMAIL_SENT, "Newsletter", last_field="last_email"
    ),
    "mark_bounced": lambda uow, ids, _p: mark_bounced(uow, ["anne.dupont@example.fr"]),
    "save_template": lambda uow, ids, _p: save_template(
        uow, TemplateView(None, "letter", "Autre", body_html="<p>Bonjour</p>")
    ),
    "save_sender": lambda uow, ids, _p: save_sender(uow, Sender(company="ACME SAS")),
    "add_demo_duplicates": lambda uow, ids, _p: add_demo_duplicates(uow, rate=0.5),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_services_do_not_commit(db: Database, tmp_path: Path, name: str) -> None:
    ids = _world(db)
    before = _dump(db)
    with db.uow() as uow:
        SCENARIOS[name](uow, ids, tmp_path)
        uow.session.flush()
        assert _rows(uow) != before, "the service wrote (inside its unit of work)"
        assert not uow.changes(), "nothing is committed, so nothing is reported"
    assert _dump(db) == before, "left uncommitted, nothing reached the database"
    # The same call with the caller's commit writes, and says what it changed.
    result = db.run(SCENARIOS[name], ids, tmp_path)
    assert _dump(db) != before
    assert result.changes, f"{name} reported no change"


# -- change notices ----------------------------------------------------------------------------


def test_log_call_reports_contact_history_and_follow_up(db: Database) -> None:
    ids = _world(db)
    follow = FollowUp(ActivityType.CALL, MONDAY + dt.timedelta(days=7), Priority.HIGH)
    result = db.run(
        log_call, CallInput(ids["a"], HistoryType.CALL_REACHED, MONDAY, follow_up=follow)
    )
    changes = result.changes
    assert changes.ids("contact", "updated") == {ids["a"]}
    assert changes.ids("history", "created") == {result.value.history_id}
    assert changes.ids("activity", "created") == {result.value.activity_id}
    assert changes.touches_contact(ids["a"]) and not changes.touches_contact(ids["b"])
    assert not changes.bulk, changes.describe()


def test_schedule_and_clear_an_activity(db: Database) -> None:
    ids = _world(db)
    scheduled = db.run(
        schedule_activity,
        ActivityInput(type="meeting", start_at=MONDAY, contact_ids=(ids["a"], ids["e"])),
    )
    act = scheduled.value.id
    assert scheduled.changes.ids("activity", "created") == {act}
    # The associated contact's activity list hears of it too.
    assert scheduled.changes.touches_contact(ids["a"]) and scheduled.changes.touches_contact(
        ids["e"]
    )
    assert not scheduled.changes.touches_contact(ids["b"])

    cleared = db.run(clear_activity, act, ClearInput(result="meeting_held", cleared_at=MONDAY))
    changes = cleared.changes
    assert changes.ids("activity", "updated") == {act}
    assert changes.ids("history", "created") == set(cleared.value.history_ids)
    assert len(cleared.value.history_ids) == 2
    assert changes.ids("contact", "updated") == {ids["a"], ids["e"]}  # Last Meeting
    assert not changes.bulk, changes.describe()


def test_schedule_for_selection_names_every_activity(db: Database) -> None:
    ids = _world(db)
    result = db.run(
        schedule_for_selection, ActivityInput(type="call", start_at=MONDAY), [ids["a"], ids["b"]]
    )
    created = result.changes.ids("activity", "created")
    assert len(created) == 2 and "activity" not in result.changes.bulk
    assert result.changes.touches_contact(ids["b"]) and not result.changes.touches_contact(ids["e"])


def test_update_contact_and_add_note(db: Database) -> None:
    ids = _world(db)
    version = db.read(get_contact, ids["a"]).version
    updated = db.run(update_contact, ids["a"], version, {"city": "Paris"})
    assert updated.value.version == version + 1
    assert updated.changes.ids("contact", "updated") == {ids["a"]}
    assert len(updated.changes.ids("history", "created")) == 1  # the tracked field change
    assert updated.changes.touches_contact(ids["a"])
    assert not updated.changes.touches_contact(ids["b"])

    note = db.run(add_note, "Rappeler lundi", contact_id=ids["b"])
    assert note.changes.ids("note", "created") == {note.value.id}
    assert note.changes.touches("note") and not note.changes.touches("contact")
    assert note.changes.touches_contact(ids["b"]) and not note.changes.touches_contact(ids["a"])


def test_merge_and_unmerge_report_rows_one_by_one(db: Database) -> None:
    ids = _world(db)
    db.run(add_note, "Note de Martin", contact_id=ids["b"])
    merged = db.run(merge_contacts, ids["a"], [ids["b"]])
    changes = merged.changes
    assert changes.ids("contact", "updated") == {ids["a"]}
    assert changes.ids("contact", "deleted") == {ids["b"]}
    assert changes.ids("merge_record", "created") == {merged.value.merge_id}
    assert changes.ids("history", "created")  # "merged with…" on the kept contact
    assert changes.ids("note", "updated")  # Martin's note moved to the kept contact
    assert "contact" not in changes.bulk and "history" not in changes.bulk
    assert changes.touches_contact(ids["a"]) and changes.touches_contact(ids["b"])
    assert not changes.touches_contact(ids["e"])

    undone = db.run(unmerge, merged.value.merge_id)
    assert undone.changes.ids("contact", "created") == {ids["b"]}
    assert ids["a"] in undone.changes.ids("contact", "updated")
    assert undone.changes.ids("merge_record", "updated") == {merged.value.merge_id}
    assert undone.changes.touches_contact(ids["b"])
    assert "contact" not in undone.changes.bulk


def test_printing_a_letter_reports_history_for_the_contact(db: Database, tmp_path: Path) -> None:
    ids = _world(db)
    result = db.run(
        print_letters, Selection(contact_ids=(ids["a"],)), "Relance", tmp_path / "letter.pdf"
    )
    assert result.value.history_entries == 1
    changes = result.changes
    with db.uow(write=False) as uow:
        written = set(
            uow.session.scalars(
                select(History.id).where(
                    History.contact_id == ids["a"], History.type == HistoryType.LETTER_SENT.value
                )
            )
        )
    assert changes.ids("history", "created") == written and len(written) == 1
    assert changes.ids("contact", "updated") == {ids["a"]}  # Last Letter
    assert changes.touches_contact(ids["a"]) and not changes.touches_contact(ids["b"])
    assert "history" not in changes.bulk, changes.describe()


def test_labels_and_exclusions(db: Database, tmp_path: Path) -> None:
    ids = _world(db)
    labels = db.run(
        print_labels,
        Selection(contact_ids=(ids["a"], ids["b"])),
        find_sheet("L7163"),
        tmp_path / "labels.pdf",
    )
    assert len(labels.changes.ids("history", "created")) == 2
    assert labels.changes.ids("contact", "updated") == {ids["a"], ids["b"]}
    marked = db.run(mark_not_duplicate, ids["a"], ids["b"])
    assert len(marked.changes.ids("duplicate_exclusion", "created")) == 1
    again = db.run(mark_not_duplicate, ids["a"], ids["b"])  # already known: nothing new
    assert not again.changes.ids("duplicate_exclusion")
    forgotten = db.run(forget_not_duplicate, ids["b"], ids["a"])
    assert forgotten.changes.ids("duplicate_exclusion", "deleted") == marked.changes.ids(
        "duplicate_exclusion"
    )
    assert not forgotten.changes.bulk


def test_apply_series_names_runs_and_activities(db: Database) -> None:
    ids = _world(db)
    result = db.run(apply_series, ids["series"], [ids["a"], ids["b"]], MONDAY.date())
    assert set(result.value.run_ids) == result.changes.ids("series_run", "created")
    assert len(result.changes.ids("activity", "created")) == result.value.activities == 4
    assert not result.changes.bulk, result.changes.describe()
    assert result.changes.touches_contact(ids["b"]) and not result.changes.touches_contact(ids["e"])


def test_picklist_alarm_and_delete(db: Database) -> None:
    ids = _world(db)
    picks = db.run(set_picklist_values, "status", ["Client", "Prospect"])
    assert picks.changes.touches("picklist") and picks.changes.touches("picklist_item")
    snoozed = db.run(snooze_alarm, ids["activity"], MONDAY)
    assert snoozed.changes.ids("activity", "updated") == {ids["activity"]}
    deleted = db.run(delete_activity, ids["activity"])
    assert deleted.changes.ids("activity", "deleted") == {ids["activity"]}
    # The associated contact's list loses it too (its link row went by cascade).
    assert deleted.changes.touches_contact(ids["a"]) and deleted.changes.touches_contact(ids["b"])


def test_update_activity_tells_the_contacts_it_leaves(db: Database) -> None:
    ids = _world(db)  # the activity is a's, with b associated
    moved = db.run(
        update_activity,
        ids["activity"],
        ActivityInput(type="call", start_at=MONDAY, contact_ids=(ids["e"],)),
    )
    assert moved.changes.ids("activity", "updated") == {ids["activity"]}
    for cid in ("a", "b", "e"):
        assert moved.changes.touches_contact(ids[cid]), cid
    assert not moved.changes.touches_contact(ids["c"])
