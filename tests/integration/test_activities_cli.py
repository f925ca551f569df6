"""``desktop-crm tasks``, ``series`` and ``calendar export`` run as a user would."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from desktop_crm.cli import main
from desktop_crm.cli.tasks import NOW_ENV
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.activities.series import seed_series
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database

# The commands run at a fixed wall-clock time (team time zone), whatever the real clock says:
# a meeting at 23:00 "today" stays today and not overdue, even when the suite runs at night.
NOW = dt.datetime(2026, 3, 10, 10, 0)


@pytest.fixture
def crm(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, int]]:
    monkeypatch.setenv(NOW_ENV, NOW.isoformat())
    db = Database(sqlite_url)
    with db.uow() as uow:
        seed_series(uow)
        people = [
            Contact(
                first_name="Hélène",
                last_name="Lefèvre",
                last_name_key="lefevre",
                first_name_key="helene",
            ),
            Contact(
                first_name="Luc",
                last_name="Lefebvre",
                last_name_key="lefebvre",
                first_name_key="luc",
            ),
            Contact(
                first_name="Paul", last_name="Martin", last_name_key="martin", first_name_key="paul"
            ),
        ]
        uow.session.add_all(people)
        uow.commit()
        ids = {p.last_name_key: p.id for p in people}
        uow.commit()
    today = NOW.replace(hour=23, minute=0)
    with db.uow() as uow:
        schedule_activity(
            uow,
            ActivityInput(
                type="call",
                start_at=today - dt.timedelta(days=3),
                contact_ids=(ids["martin"],),
                regarding="En retard",
                priority=5,
            ),
        )
        schedule_activity(
            uow,
            ActivityInput(
                type="meeting",
                start_at=today,
                contact_ids=(ids["lefevre"],),
                regarding="Démo",
                duration_min=60,
                alarm_lead_min=15,
                recurrence="weekly",
                recurrence_until=(today + dt.timedelta(days=28)).date(),
            ),
        )
        uow.commit()
    db.dispose()
    # The file, not the URL text: SQLAlchemy escapes "C:\\" on Windows.
    return str(sqlite_path(sqlite_url)), ids


def test_tasks_json_and_filters(
    crm: tuple[str, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = crm
    assert main(["tasks", "--due", "overdue", "--json", "--db", path]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["contact_id"], r["type"], r["regarding"], r["priority"]) for r in rows] == [
        (ids["martin"], "call", "En retard", 5)
    ]
    assert rows[0]["overdue"] is True and "T23:00:00" in rows[0]["start"]
    assert main(["tasks", "--due", "today", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "Démo" in out and "En retard" not in out
    assert main(["tasks", "--user", "nobody", "--db", path]) == 2
    assert "No user named" in capsys.readouterr().err


def test_tasks_follow_the_injected_clock(
    crm: tuple[str, dict[str, int]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _ = crm
    # One minute after the meeting: it is overdue too, and still today's.
    monkeypatch.setenv(NOW_ENV, NOW.replace(hour=23, minute=1).isoformat())
    assert main(["tasks", "--due", "overdue", "--json", "--db", path]) == 0
    assert {r["regarding"] for r in json.loads(capsys.readouterr().out)} == {"En retard", "Démo"}
    # The next day, the meeting's next weekly occurrence is not due today.
    monkeypatch.setenv(NOW_ENV, (NOW + dt.timedelta(days=1)).isoformat())
    assert main(["tasks", "--due", "today", "--json", "--db", path]) == 0
    assert json.loads(capsys.readouterr().out) == []
    monkeypatch.setenv(NOW_ENV, "tomorrow")
    assert main(["tasks", "--db", path]) == 2
    err = capsys.readouterr().err
    assert NOW_ENV in err and "unexpected" not in err and "Traceback" not in err


def test_series_list_and_apply_with_lookup(
    crm: tuple[str, dict[str, int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids = crm
    assert main(["series", "list", "--json", "--db", path]) == 0
    names = [s["name"] for s in json.loads(capsys.readouterr().out)]
    assert "Relance J+7 après mailing" in names and "Fidélisation après achat" in names
    args = [
        "series",
        "apply",
        "relance j+7",
        "--lookup",
        "LEFE",
        "--anchor",
        "2026-12-01",
        "--json",
        "--db",
        path,
    ]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["contacts"] == 2
    assert sorted(a["contact_id"] for a in report["activities"]) == sorted(
        [ids["lefevre"], ids["lefebvre"]]
    )
    assert {a["start"] for a in report["activities"]} == {"2026-12-08T09:00:00"}
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out)["contacts"] == 0
    assert (
        main(
            [
                "series",
                "apply",
                "relance",
                "--lookup",
                "zzz",
                "--anchor",
                "2026-12-01",
                "--db",
                path,
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "series",
                "apply",
                "relance",
                "--lookup",
                "mar",
                "--anchor",
                "12/01/2026",
                "--db",
                path,
            ]
        )
        == 2
    )


def test_calendar_export_ics(
    crm: tuple[str, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = crm
    target = tmp_path / "agenda.ics"
    today = NOW.date()
    assert (
        main(
            [
                "calendar",
                "export",
                "-o",
                str(target),
                "--from",
                today.isoformat(),
                "--to",
                (today + dt.timedelta(days=60)).isoformat(),
                "--db",
                path,
            ]
        )
        == 0
    )
    assert "Wrote 1 event" in capsys.readouterr().out
    calendar = Calendar.from_ical(target.read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Réunion – Hélène Lefèvre : Démo"
    assert event.decoded("dtstart").tzinfo is not None
    assert str(event["dtstart"].params["TZID"]) == "Europe/Paris"
    assert event["rrule"]["FREQ"] == ["WEEKLY"]
    assert event.walk("VALARM")[0].decoded("trigger") == dt.timedelta(minutes=-15)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert main(["calendar", "export", "-o", str(target), "--db", path]) == 0
    assert "Wrote 2 event" in capsys.readouterr().out
