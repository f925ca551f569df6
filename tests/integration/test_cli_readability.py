"""The command line reads well (issue 18, point 10): closed pipes end quietly, system values
in the CLI's language, a header on ``tasks``, CSV imports without "sheet", label runs that
count the contacts left out per reason."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.cli.labels import activity_label, cli_language, priority_label
from desktop_crm.cli.tasks import NOW_ENV
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.uow import Database

NOW = dt.datetime(2026, 3, 10, 10, 0)


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_crm", *args]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.update({NOW_ENV: NOW.isoformat(), "DESKTOP_CRM_NO_KEYRING": "1"}, **extra)
    return env


@pytest.fixture
def crm(sqlite_url: str) -> Path:
    """Many contacts with an address (a big label run) and many activities (a long list)."""
    db = Database(sqlite_url)
    with db.uow() as uow:
        ids = []
        for i in range(300):
            fields = {
                "first_name": "Anne",
                "last_name": f"Durand {i:03d}",
                "address1": f"{i} rue de la Paix",
                "postcode": "69001",
                "city": "Lyon",
            }
            if i % 3 == 0:
                fields["do_not_mail"] = True
            elif i % 3 == 1:
                fields["npai"] = True
            ids.append(create_contact(uow, fields).id)
        for i, cid in enumerate(ids):
            schedule_activity(
                uow,
                ActivityInput(
                    type="call",
                    start_at=NOW - dt.timedelta(days=1) + dt.timedelta(hours=i),
                    contact_ids=(cid,),
                    regarding="Relance " + "x" * 150,
                    priority=2,
                ),
            )
        uow.commit()
    db.dispose()
    path = sqlite_path(sqlite_url)
    assert path is not None
    return path


COMMANDS = [
    ("tasks", "--due", "all"),
    ("tasks", "--due", "all", "--json"),
    ("groups", "list"),
    ("series", "list"),
    ("fields", "list"),
    ("sheets",),
    ("db", "check"),
    ("export", "-o", "/dev/stdout", "--format", "csv"),
    ("--help",),
    ("tasks", "--help"),
]


@pytest.mark.parametrize("cmd", COMMANDS, ids=" ".join)
def test_a_pipe_closed_before_any_output_ends_quietly(crm: Path, cmd: tuple[str, ...]) -> None:
    if cmd[-1] == "/dev/stdout" and not Path("/dev/stdout").exists():
        pytest.skip("no /dev/stdout on this system")
    args = [*cmd] if cmd[-1] == "--help" else [*cmd, "--db", str(crm)]
    proc = subprocess.Popen(_cli(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: the reader is gone before the first write
    errors = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, errors
    assert errors == b""


def test_tasks_head_one_reads_the_header_then_stops(crm: Path) -> None:
    proc = subprocess.Popen(
        _cli("tasks", "--due", "all", "--db", str(crm)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline().decode()
    proc.stdout.close()
    errors = proc.stderr.read()
    assert proc.wait(timeout=120) == 0 and errors == b""
    assert first.split() == ["State", "Date", "Time", "Type", "Priority", "Contact", "Regarding"]


def test_tasks_speak_english_by_default_and_french_when_told(crm: Path) -> None:
    english = subprocess.run(
        _cli("tasks", "--due", "all", "--db", str(crm)), capture_output=True, text=True, env=_env()
    )
    assert english.returncode == 0, english.stderr
    lines = english.stdout.splitlines()
    overdue = next(line for line in lines if "Durand 000" in line)
    assert overdue.startswith("Overdue ") and " Call " in overdue and "Medium-low" in overdue
    assert "Appel" not in english.stdout and "Moyenne" not in english.stdout
    assert "!" not in english.stdout
    french = subprocess.run(
        _cli("tasks", "--due", "all", "--db", str(crm)),
        capture_output=True,
        text=True,
        env=_env(LANG="fr_FR.UTF-8"),
    )
    assert french.stdout.splitlines()[0].startswith("État")
    assert "En retard" in french.stdout and "Appel" in french.stdout
    assert "Moyenne-basse" in french.stdout


def test_labels_and_languages_by_code() -> None:
    assert cli_language({}) == "en"
    assert cli_language({"LANG": "fr_FR.UTF-8"}) == "fr"
    assert cli_language({"DESKTOP_CRM_LANG": "en", "LANG": "fr_FR.UTF-8"}) == "en"
    assert cli_language({"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}) == "en"
    assert activity_label("call", "en") == "Call" and activity_label("call", "fr") == "Appel"
    assert activity_label("visite client", "en") == "visite client"  # typed: as typed
    assert priority_label(2, "en") == "Medium-low" and priority_label(2, "fr") == "Moyenne-basse"


def test_csv_dry_run_does_not_talk_about_sheets(crm: Path, tmp_path: Path) -> None:
    source = tmp_path / "e.csv"
    source.write_text("Nom;Prénom;Ville\nMoreau;Marc;Paris\n", encoding="utf-8")
    done = subprocess.run(
        _cli("import", str(source), "--dry-run", "--db", str(crm)),
        capture_output=True,
        text=True,
        env=_env(),
    )
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert "sheet" not in done.stdout
    assert first == "e.csv: headers on row 1, encoding utf-8, columns separated by ';'"


def test_labels_count_left_out_contacts_by_reason(crm: Path, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    base = ("labels", "--sheet", "L7163", "--test", "-o", str(out), "--db", str(crm))
    done = subprocess.run(_cli(*base), capture_output=True, text=True, env=_env())
    assert done.returncode == 0, done.stderr
    assert "Left out (200):" in done.stdout
    assert "   100  Marked 'do not mail'" in done.stdout
    assert "   100  Returned mail (NPAI)" in done.stdout
    assert "Durand" not in done.stdout and "--verbose" in done.stdout
    verbose = subprocess.run(_cli(*base, "--verbose"), capture_output=True, text=True, env=_env())
    assert verbose.returncode == 0
    assert "Anne Durand 000 (#" in verbose.stdout
    assert len([line for line in verbose.stdout.splitlines() if "Durand" in line]) == 200


def test_opportunity_reports_follow_the_cli_language(crm: Path) -> None:
    english = subprocess.run(
        _cli("pipeline", "--db", str(crm)), capture_output=True, text=True, env=_env()
    )
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("Process: ") and "weighted" in english.stdout
    assert "pondéré" not in english.stdout
    listed = subprocess.run(
        _cli("opportunities", "list", "--db", str(crm)), capture_output=True, text=True, env=_env()
    )
    assert listed.stdout.strip() == "No opportunities."
    french = subprocess.run(
        _cli("pipeline", "--db", str(crm)),
        capture_output=True,
        text=True,
        env=_env(LANG="fr_FR.UTF-8"),
    )
    assert french.stdout.startswith("Processus : ") and "pondéré" in french.stdout
