"""The command line's output whatever the console: UTF-8 when redirected, no streams, pipes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.services.activities.records import ActivityInput, schedule_for_selection
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database


@pytest.fixture
def crm(sqlite_url: str) -> str:
    """Many tasks (more than a pipe buffer of output), the first about a non-Latin-1 name."""
    db = Database(sqlite_url)
    with db.uow() as uow:
        people = [
            Contact(
                first_name="Łukasz",
                last_name=f"Ődön Çelik {i:04d}",
                first_name_key="lukasz",
                last_name_key=f"odon celik {i:04d}",
            )
            for i in range(800)
        ]
        uow.session.add_all(people)
        uow.session.flush()
        ids = [p.id for p in people]
        start = dt.datetime.now().replace(hour=23, minute=0, second=0, microsecond=0)
        data = ActivityInput(type="call", start_at=start, regarding="Rappel ✓ " + "x" * 200)
        schedule_for_selection(uow, data, ids)
        uow.commit()
    db.dispose()
    return sqlite_url


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", **extra}
    env.pop("PYTHONUTF8", None)
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_crm", *args]


def test_redirected_output_is_utf8_under_a_cp1252_console(crm: str, tmp_path: Path) -> None:
    out = tmp_path / "tasks.txt"
    with out.open("wb") as handle:
        done = subprocess.run(
            _cli("tasks", "--due", "all", "--db", crm),
            stdout=handle,
            stderr=subprocess.PIPE,
            env=_env(),
            timeout=120,
        )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    text = out.read_bytes().decode("utf-8")
    assert "Ődön Çelik 0000" in text and "Rappel ✓" in text


def test_json_reports_are_utf8_files(crm: str, tmp_path: Path) -> None:
    out = tmp_path / "tasks.json"
    with out.open("wb") as handle:
        done = subprocess.run(
            _cli("tasks", "--due", "all", "--json", "--db", crm),
            stdout=handle,
            stderr=subprocess.PIPE,
            env=_env(),
            timeout=120,
        )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    rows = json.loads(out.read_bytes().decode("utf-8"))
    assert len(rows) == 800 and rows[0]["regarding"].startswith("Rappel ✓")
    assert "Łukasz Ődön Çelik 0000" in json.dumps(rows, ensure_ascii=False)


def test_a_reader_that_stops_early_ends_the_command_quietly(crm: str) -> None:
    # `desktop-crm tasks | head -1`, without a shell: read one line, close the pipe.
    proc = subprocess.Popen(
        _cli("tasks", "--due", "all", "--db", crm),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    header = proc.stdout.readline()
    first = proc.stdout.readline()
    proc.stdout.close()
    errors = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert errors == b""
    assert header.startswith(b"State ")
    assert "Rappel ✓".encode() in first


@pytest.mark.parametrize(
    "command", [["duplicates"], ["demo", "--contacts", "20", "--seed", "1"], ["tasks"]]
)
def test_commands_run_without_standard_streams(
    crm: str, tmp_path: Path, command: list[str]
) -> None:
    # What a windowed executable gets: sys.stdout and sys.stderr are None.
    script = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from desktop_crm.cli import main\n"
        f"raise SystemExit(main({[*command, '--db', crm]!r}))\n"
    )
    env = _env(XDG_STATE_HOME=str(tmp_path / "state"), LOCALAPPDATA=str(tmp_path / "state"))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout == b"" and done.stderr == b""
    logs = list((tmp_path / "state").rglob("desktop-crm-output.log"))
    assert len(logs) == 1
    assert logs[0].read_text(encoding="utf-8").strip()
