"""The desktop-crm command line, run as a user would (a real process, real files)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_crm", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_init_demo_check_on_sqlite(tmp_path: Path) -> None:
    db = str(tmp_path / "crm.sqlite")
    assert run("init", "--db", db).returncode == 0
    demo = run("demo", "--contacts", "300", "--seed", "7", "--db", db, "--json")
    assert demo.returncode == 0, demo.stderr
    summary = json.loads(demo.stdout)
    assert summary["contacts"] == 300 and summary["opportunities"] > 0
    check = run("db", "check", "--db", db, "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    assert report["healthy"] is True and report["counts"]["contact"] == 300
    assert report["counts"]["sale"] > 0 and report["counts"]["campaign"] == 4


def test_demo_is_reproducible_with_a_seed(tmp_path: Path) -> None:
    names = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        assert main(["demo", "--contacts", "50", "--seed", "3", "--db", str(path)]) == 0
        with sqlite3.connect(path) as conn:
            names.append(
                conn.execute(
                    "SELECT first_name, last_name, phone_business, email FROM contact ORDER BY id"
                ).fetchall()
            )
    assert names[0] == names[1] and len(names[0]) == 50


def test_demo_contacts_have_valid_french_phones(tmp_path: Path) -> None:
    from desktop_crm.domain.phones import check_phone

    path = tmp_path / "crm.sqlite"
    assert main(["demo", "--contacts", "200", "--db", str(path)]) == 0
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT phone_business, postcode FROM contact").fetchall()
        stages = conn.execute(
            "SELECT count(DISTINCT stage_id), count(DISTINCT status) FROM opportunity"
        ).fetchone()
    assert all(check_phone(phone).e164 == phone for phone, _ in rows)
    assert all(len(postcode) == 5 for _, postcode in rows)
    assert stages == (5, 3)


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    result = run("db", "check", "--db", str(tmp_path / "missing.sqlite"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "desktop-crm init" in result.stderr
    bad = run("db", "check", "--db", "mysql://x@y/z")
    assert bad.returncode == 1 and "Unsupported database" in bad.stderr


def test_not_a_database_file_is_reported(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite" * 100)
    result = run("db", "check", "--db", str(junk))
    assert result.returncode == 1
    assert "damaged" in result.stderr or "not a" in result.stderr
    assert junk.read_bytes() == b"this is not sqlite" * 100  # never written


def test_backup_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "crm.sqlite"
    assert main(["demo", "--contacts", "40", "--db", str(db)]) == 0
    backup = tmp_path / "save" / "copy.sqlite"
    assert main(["backup", "--db", str(db), "--to", str(backup)]) == 0
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM contact WHERE id > 10")
    assert main(["restore", str(backup), "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 40
    kept = list(tmp_path.glob("crm.before-restore-*.sqlite"))
    assert len(kept) == 1
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 10
    # Refusals leave everything as it was.
    assert main(["backup", "--db", str(db), "--to", str(backup)]) == 1
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("nope")
    assert main(["restore", str(bogus), "--db", str(db)]) == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 40


@pytest.mark.postgres
def test_demo_and_check_on_postgres(pg_url: str) -> None:
    plain = pg_url.replace("+psycopg", "")
    demo = run("demo", "--contacts", "200", "--db", plain, "--json")
    assert demo.returncode == 0, demo.stderr
    check = run("db", "check", "--db", plain, "--json")
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    assert report["backend"] == "postgresql" and report["healthy"]
    assert report["counts"]["contact"] == 200
    # Sequences were moved past the demo ids: a normal insert still works.
    again = run("demo", "--contacts", "10", "--db", plain, "--json")
    assert again.returncode == 0, again.stderr


def test_backup_of_a_folder_with_a_hash_sign(tmp_path: Path) -> None:
    folder = tmp_path / "C# projets"
    db = folder / "crm.sqlite"
    assert main(["demo", "--contacts", "20", "--db", str(db)]) == 0
    backup = tmp_path / "copie.sqlite"
    assert main(["backup", "--db", str(db), "--to", str(backup)]) == 0
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 20
    assert not (tmp_path / "C").exists()  # no stray file from a cut URI
