"""Damaged and truncated SQLite files: reported, never copied on, salvaged into a new file."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.domain.errors import StorageError
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.services.maintenance import (
    COPY_METHOD,
    TOOL_METHOD,
    backup_database,
    recover_database,
)
from desktop_crm.storage.health import sqlite_problem
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.uow import Database

CONTACTS = 3000


def _garbage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(random.Random(20).randbytes(65536))  # the same damage on every run


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size * 3 // 4)


@pytest.fixture
def whole_file(sqlite_db: Database) -> Path:
    """A database of a few MB, checkpointed and closed."""
    rows = [
        {"last_name": f"Nom{i}", "first_name": "Jean-Baptiste", "job_title": "Directeur " * 8}
        for i in range(CONTACTS)
    ]
    with sqlite_db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()
    sqlite_db.dispose()
    path = sqlite_path(sqlite_db.url)
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


HARMS: list[Callable[[Path], None]] = [_garbage, _truncate]


@pytest.fixture(params=HARMS, ids=["garbage", "truncated"])
def damaged_file(whole_file: Path, request: pytest.FixtureRequest) -> Path:
    request.param(whole_file)
    return whole_file


def test_a_truncated_file_is_named_truncated(whole_file: Path) -> None:
    full = whole_file.stat().st_size
    _truncate(whole_file)
    problem = sqlite_problem(whole_file)
    assert problem == f"it is truncated: {full * 3 // 4} of its {full} bytes are left"


def test_db_check_reports_the_damage_and_what_to_do(
    damaged_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = damaged_file.read_bytes()
    assert main(["db", "check", "--db", str(damaged_file)]) == 3
    out, err = capsys.readouterr()
    assert "is damaged" in out and "db recover" in out and "restore" in out
    assert "unexpected" not in out + err and "Traceback" not in out + err
    assert main(["db", "check", "--db", str(damaged_file), "--json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] is False and report["damaged"] is True and report["integrity"]
    assert damaged_file.read_bytes() == before


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "csv", "-o", "{tmp}/out.csv"],
        ["backup", "--to", "{tmp}/copy.sqlite"],
        ["import", "{tmp}/in.csv"],
        ["init"],
    ],
    ids=["export", "backup", "import", "init"],
)
def test_copying_commands_stop_on_a_damaged_file(
    damaged_file: Path, tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in.csv").write_text("Nom;Ville\nDurand;Lyon\n", encoding="utf-8")
    before = damaged_file.read_bytes()
    args = [part.format(tmp=tmp_path) for part in command]
    assert main([*args, "--db", str(damaged_file)]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "nothing was read or changed" in err and "db recover" in err
    assert "unexpected" not in err
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "copy.sqlite").exists()
    assert damaged_file.read_bytes() == before


def test_backup_service_refuses_a_damaged_file(whole_file: Path, tmp_path: Path) -> None:
    _garbage(whole_file)
    from desktop_crm.storage.location import resolve_database

    with pytest.raises(StorageError) as caught:
        backup_database(Database(resolve_database(str(whole_file))), tmp_path / "b.sqlite")
    assert caught.value.code == "corrupt"
    assert not list(tmp_path.glob("b.sqlite*"))


def test_recover_saves_the_readable_rows_into_a_new_file(
    damaged_file: Path, tmp_path: Path
) -> None:
    before = damaged_file.read_bytes()
    target = tmp_path / "recovered.sqlite"
    result = recover_database(damaged_file, target, use_sqlite_tool=False)
    assert result.method == COPY_METHOD
    assert damaged_file.read_bytes() == before  # only read
    assert 0 < result.counts["contact"] <= CONTACTS
    assert sqlite_problem(target) is None
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert not list(tmp_path.glob("*.part"))


def test_recover_command_says_which_method_and_checks_cleanly(
    whole_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _garbage(whole_file)
    target = tmp_path / "saved.sqlite"
    assert main(["db", "recover", "--db", str(whole_file), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"into {target} using " in out and ("sqlite3 tool" in out or "table-by-table" in out)
    assert main(["db", "check", "--db", str(target)]) == 0
    assert main(["db", "recover", "--db", str(whole_file), "--to", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_a_failing_sqlite3_tool_falls_back_to_the_copy(
    whole_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _garbage(whole_file)
    tools = tmp_path / "bin"
    tools.mkdir()
    fake = tools / "sqlite3"
    fake.write_text("#!/bin/sh\necho 'sql error: SQL logic error (1)' >&2\nexit 1\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    result = recover_database(whole_file, tmp_path / "r.sqlite")
    assert result.method == COPY_METHOD
    assert result.counts["contact"] > 0


def test_a_working_sqlite3_tool_is_used_and_named(
    whole_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services import maintenance

    calls: list[str] = []

    def fake_tool(tool: str, source: Path, part: Path) -> bool:
        calls.append(tool)
        with sqlite3.connect(source) as src, sqlite3.connect(part) as dst:
            src.backup(dst)
        return True

    monkeypatch.setattr(maintenance.shutil, "which", lambda name: "/usr/bin/sqlite3")
    monkeypatch.setattr(maintenance, "_recover_with_tool", fake_tool)
    result = recover_database(whole_file, tmp_path / "r.sqlite")
    assert calls and result.method == TOOL_METHOD and result.counts["contact"] == CONTACTS
