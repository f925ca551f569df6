"""Read-only databases and odd paths, run as a user would (a real process, real files).

As root, ``chmod`` does not stop writes; the commands then run in a fresh user namespace
(``unshare --user``), where the file's owner bits apply as for any user.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.cli import main


def _as_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: chmod cannot make a file read-only")
    if subprocess.run(["unshare", "--user", "true"], check=False).returncode != 0:
        pytest.skip("user namespaces are not available here")
    return ["unshare", "--user"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_as_user(), sys.executable, "-m", "desktop_crm", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ro") / "crm.sqlite"
    assert main(["demo", "--contacts", "20", "--seed", "4", "--db", str(path)]) == 0
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def read_only_db(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "crm.sqlite"
    shutil.copyfile(template, path)
    path.chmod(0o444)
    probe = subprocess.run([*_as_user(), "sh", "-c", f'test -w "{path}"'], check=False)
    if probe.returncode == 0:
        pytest.skip("this user can write a 0444 file")
    return path


def test_db_check_and_export_work_on_a_read_only_database(
    read_only_db: Path, tmp_path: Path
) -> None:
    before, users = _digest(read_only_db), _count(read_only_db, "app_user")
    check = run("db", "check", "--db", str(read_only_db))
    assert check.returncode == 0, check.stderr
    assert "Healthy." in check.stdout
    out = tmp_path / "contacts.csv"
    export = run("export", "--format", "csv", "-o", str(out), "--db", str(read_only_db))
    assert export.returncode == 0, export.stderr
    assert "Exported 20 contacts" in export.stdout and out.exists()
    assert _digest(read_only_db) == before and _count(read_only_db, "app_user") == users


def test_labels_on_a_read_only_database_print_and_say_no_history_was_kept(
    read_only_db: Path, tmp_path: Path
) -> None:
    history = _count(read_only_db, "history")
    pdf = tmp_path / "labels.pdf"
    result = run("labels", "--sheet", "L7163", "-o", str(pdf), "--db", str(read_only_db))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "read-only" in result.stderr and "no history entry" in result.stderr
    assert "unexpected" not in result.stderr
    assert _count(read_only_db, "history") == history


def test_a_write_on_a_read_only_database_says_nothing_was_saved(
    read_only_db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text("Nom;Ville\nDurand;Lyon\n", encoding="utf-8")
    result = run("import", str(source), "--db", str(read_only_db))
    assert result.returncode == 1
    assert "read-only" in result.stderr and "nothing was saved" in result.stderr


def test_restore_onto_a_read_only_file_is_one_sentence(read_only_db: Path, template: Path) -> None:
    before = _digest(read_only_db)
    result = run("restore", str(template), "--db", str(read_only_db))
    assert result.returncode == 1
    assert "is read-only" in result.stderr and "nothing was changed" in result.stderr
    assert "unexpected" not in result.stderr
    assert _digest(read_only_db) == before


def test_a_folder_given_as_db_gets_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["db", "check"], ["export", "-o", str(tmp_path / "x.csv")], ["init"]):
        assert main([*command, "--db", str(tmp_path)]) == 1
        err = capsys.readouterr().err
        assert "is a folder, not a database file" in err, command
        assert str(tmp_path / "contacts.sqlite") in err


def test_restore_onto_a_folder_or_into_a_missing_folder(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", str(template), "--db", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err
    missing = tmp_path / "nope" / "crm.sqlite"
    assert main(["restore", str(template), "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "nothing was changed" in err
    assert not missing.parent.exists()


def test_init_says_it_creates_missing_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a" / "b" / "crm.sqlite"
    assert main(["init", "--db", str(target)]) == 0
    assert f"Created the missing folder {target.parent}." in capsys.readouterr().out
    assert target.exists()
    assert main(["init", "--db", str(target)]) == 0
    assert "missing folder" not in capsys.readouterr().out
