"""Database commands never write to files that are not Desktop CRM databases (issue 18).

Each case runs the real command line on a real file and compares the file's checksum
before and after.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command

from desktop_crm.services.setup import open_database
from desktop_crm.storage.health import identify_file
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.migrate import SCHEMA_HEAD, alembic_config


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_crm", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DESKTOP_CRM_NO_KEYRING": "1"},
    )


def checksum(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO foo (name) VALUES ('bar')")
    conn.commit()
    conn.close()
    return path


def text_file(path: Path) -> Path:
    path.write_text("nom;prénom;ville\nDupont;Marie;Lyon\n", encoding="utf-8")
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


CASES = {
    "foreign": (foreign_sqlite, "is a SQLite database of another program (tables: foo)"),
    "text": (text_file, "is not a database (it looks like a text file)"),
    "empty": (empty_file, "is empty"),
}

# Every command that takes --db and opens the database (read or write).
COMMANDS = [
    ("db", "check"),
    ("db", "upgrade"),
    ("tasks",),
    ("calendar", "export", "-o", "{tmp}/out.ics"),
    ("groups", "list"),
    ("fields", "list"),
    ("series", "list"),
    ("series", "check"),
    ("opportunities", "list"),
    ("export", "-o", "{tmp}/out.csv"),
    ("backup", "--to", "{tmp}/copy.sqlite"),
    ("restore", "{tmp}/backup.sqlite"),
    ("db", "recover", "--to", "{tmp}/recovered.sqlite"),
    ("import", "{tmp}/people.csv", "--dry-run"),
    ("labels", "--sheet", "L7163", "-o", "{tmp}/labels.pdf"),
    ("demo", "--contacts", "5"),
]


# demo creates a database: it may fill an empty file (tested below), so not that case.
REFUSALS = [
    pytest.param(cmd, case, id=f"{' '.join(cmd[:2])}-{case}")
    for cmd in COMMANDS
    for case in sorted(CASES)
    if not (cmd[0] == "demo" and case == "empty")
]


@pytest.mark.parametrize(("cmd", "case"), REFUSALS)
def test_commands_refuse_files_that_are_not_ours(
    cmd: tuple[str, ...], case: str, tmp_path: Path
) -> None:
    make, said = CASES[case]
    target = make(tmp_path / "target.sqlite")
    (tmp_path / "people.csv").write_text("Nom;Ville\nDurand;Lyon\n", encoding="utf-8")
    backup = tmp_path / "backup.sqlite"
    open_database(resolve_database(str(backup))).db.dispose()
    before = checksum(target)
    args = [a.replace("{tmp}", str(tmp_path)) for a in cmd]
    done = run(*args, "--db", str(target))
    assert done.returncode != 0, done.stdout + done.stderr
    assert said in done.stderr, done.stderr
    assert "damaged" not in done.stderr and "Upgraded" not in done.stderr
    assert checksum(target) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("target")) == [
        "target.sqlite"
    ]
    leftovers = sorted(p.name for p in tmp_path.iterdir() if "before-upgrade" in p.name)
    assert leftovers == []


def test_foreign_database_is_named_with_its_tables(tmp_path: Path) -> None:
    target = foreign_sqlite(tmp_path / "other.db")
    done = run("db", "check", "--db", str(target))
    assert done.returncode == 1
    assert f"{target} is a SQLite database of another program (tables: foo)" in done.stderr
    conn = sqlite3.connect(target)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["foo"]
    conn.close()


def test_init_adopts_an_empty_file_the_user_names(tmp_path: Path) -> None:
    target = empty_file(tmp_path / "new.sqlite")
    done = run("init", "--db", str(target), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["created"] is True
    assert identify_file(target).kind == "ours"


def test_init_refuses_a_foreign_database(tmp_path: Path) -> None:
    target = foreign_sqlite(tmp_path / "other.sqlite")
    before = checksum(target)
    done = run("init", "--db", str(target))
    assert done.returncode == 1
    assert "another program (tables: foo)" in done.stderr
    assert checksum(target) == before


def test_check_never_upgrades_an_older_database_of_ours(tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    url = resolve_database(str(target))
    command.upgrade(alembic_config(url), "0006")
    before = checksum(target)
    done = run("db", "check", "--db", str(target), "--json")
    assert done.returncode == 4, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["upgrade_needed"] is True and report["revision"] == "0006"
    assert checksum(target) == before
    assert not list(tmp_path.glob("*before-upgrade*"))
    text = run("db", "check", "--db", str(target))
    assert "needs an upgrade" in text.stdout and "changed nothing" in text.stdout
    assert checksum(target) == before
    # The upgrade itself still works, with its backup.
    assert run("db", "upgrade", "--db", str(target)).returncode == 0
    assert identify_file(target).revision == SCHEMA_HEAD


def test_check_on_our_current_database_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "crm.sqlite"
    open_database(resolve_database(str(target))).db.dispose()
    before = checksum(target)
    done = run("db", "check", "--db", str(target))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Healthy." in done.stdout
    assert checksum(target) == before


def test_a_text_file_is_not_a_database_not_a_damaged_one(tmp_path: Path) -> None:
    target = text_file(tmp_path / "notes.sqlite")
    done = run("export", "--db", str(target), "-o", str(tmp_path / "x.csv"))
    assert done.returncode == 1
    assert "is not a database (it looks like a text file)" in done.stderr
    assert "restore" not in done.stderr and "damaged" not in done.stderr


def test_identify_recognises_common_files(tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    assert "PDF document" in (identify_file(pdf).looks_like or "")
    xlsx = tmp_path / "a.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + bytes(range(200)))
    assert "ZIP archive" in (identify_file(xlsx).looks_like or "")
    assert identify_file(tmp_path / "missing.sqlite").kind == "missing"
    assert identify_file(tmp_path).kind == "folder"


@pytest.mark.postgres
def test_a_postgres_database_of_another_program_is_refused(pg_server) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine, inspect, text

    from desktop_crm.domain.errors import StorageError

    url = pg_server.create_database("someone_else")
    try:
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE foo (id integer)"))
        with pytest.raises(StorageError) as caught:
            open_database(url)
        assert caught.value.code == "foreign_database"
        assert "PostgreSQL database of another program (tables: foo)" in caught.value.message
        assert inspect(engine).get_table_names() == ["foo"]
        done = run("db", "check", "--db", url)
        assert done.returncode == 1 and "(tables: foo)" in done.stderr
        engine.dispose()
    finally:
        pg_server.drop_database("someone_else")


def test_looking_at_a_foreign_wal_database_leaves_no_files_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "other.sqlite"
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE foo (x)")
    conn.commit()
    conn.close()
    before = checksum(target)
    done = run("db", "check", "--db", str(target))
    assert done.returncode == 1 and "(tables: foo)" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]
    assert checksum(target) == before
