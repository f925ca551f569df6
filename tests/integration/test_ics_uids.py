"""iCalendar UIDs: a UUID per database, stored once in app_setting, in every UID."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

from icalendar import Calendar

from desktop_crm.services.activities.agenda import export_ics
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.database_id import DATABASE_ID_KEY, database_id
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.models import AppSetting
from desktop_crm.storage.uow import Database


def _plan_and_export(db: Database, target: Path) -> list[str]:
    start = dt.datetime(2026, 7, 14, 10)
    act = db.run(schedule_activity, ActivityInput("meeting", start, regarding="Salon")).value
    db.read(export_ics, target, activity_ids=[act.id])
    return [str(e["uid"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]


def test_uuid_created_once_and_kept(db: Database, tmp_path: Path) -> None:
    first = _plan_and_export(db, tmp_path / "a.ics")
    with db.uow(write=False) as uow:
        stored = uow.session.get(AppSetting, DATABASE_ID_KEY)
        assert stored is not None and stored.value is not None
        assert str(uuid.UUID(stored.value)) == stored.value
        value = stored.value
        assert database_id(uow) == value
    (uid,) = first
    assert value in uid and uid.startswith("act-")
    db.read(export_ics, tmp_path / "b.ics", activity_ids=None)
    again = [
        str(e["uid"]) for e in Calendar.from_ical((tmp_path / "b.ics").read_bytes()).walk("VEVENT")
    ]
    assert uid in again  # the same activity keeps its UID from one export to the next


def test_two_databases_never_share_a_uid(
    sqlite_db: Database, sqlite_template: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "other.sqlite"
    shutil.copyfile(sqlite_template, copy)
    other = Database(resolve_database(str(copy)))
    try:
        _ = other.user_id
        one = _plan_and_export(sqlite_db, tmp_path / "one.ics")
        two = _plan_and_export(other, tmp_path / "two.ics")
    finally:
        other.dispose()
    assert one != two  # same activity id 1 in both, different databases
    assert one[0].split("-")[0:2] == two[0].split("-")[0:2]
