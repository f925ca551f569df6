"""Restore: nothing another program commits meanwhile is lost; damaged and odd targets."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_crm.domain.errors import StorageError
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.maintenance import backup_database, restore_database
from desktop_crm.storage.location import resolve_database, sqlite_path
from desktop_crm.storage.uow import Database

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop_crm.domain.errors import DomainError
    from desktop_crm.services.contacts.records import create_contact
    from desktop_crm.storage.uow import Database

    db = Database(sys.argv[1])
    stop = Path(sys.argv[2])
    i = 0
    while not stop.exists() and i < 5000:
        i += 1
        try:
            db.run(create_contact, {"last_name": f"Writer{i}"})
        except DomainError:
            continue  # not committed (busy): not counted
        print(f"Writer{i}", flush=True)
    """
)


def _names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT last_name FROM contact")}


def _contacts(db: Database, *names: str) -> None:
    for name in names:
        db.run(create_contact, {"last_name": name})


def test_restore_while_another_process_writes_loses_no_committed_row(
    sqlite_db: Database, tmp_path: Path
) -> None:
    _contacts(sqlite_db, "Sauvegarde")
    backup = backup_database(sqlite_db, tmp_path / "backup.sqlite")
    stop = tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, sqlite_db.url, str(stop)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert writer.stdout is not None
    committed: list[str] = []
    try:
        while len(committed) < 30:  # the writer is busy before the restore starts
            line = writer.stdout.readline()
            assert line, "the writer stopped early"
            committed.append(line.strip())
        result = restore_database(Database(sqlite_db.url), backup)
        deadline = time.monotonic() + 20
        after = len(committed)
        while len(committed) < after + 30 and time.monotonic() < deadline:
            line = writer.stdout.readline()
            if not line:
                break
            committed.append(line.strip())
    finally:
        stop.touch()
        out, _ = writer.communicate(timeout=60)
    committed += [line.strip() for line in out.splitlines() if line.strip()]
    assert writer.returncode == 0
    target = sqlite_path(sqlite_db.url)
    assert target is not None and result.previous_copy is not None
    kept, now = _names(result.previous_copy), _names(target)
    lost = [name for name in committed if name not in kept | now]
    assert lost == [], f"{len(lost)} committed rows lost"
    assert "Sauvegarde" in now and len(committed) > after  # restored, and writes went on
    assert not list(target.parent.glob("*.part"))


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(random.Random(20).randbytes(min(65536, size // 4)))


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize("harm", [_damage, _truncate], ids=["garbage", "truncated"])
def test_restore_onto_a_damaged_file_keeps_its_bytes_and_leaves_no_part_file(
    sqlite_db: Database, tmp_path: Path, harm: object
) -> None:
    _contacts(sqlite_db, *(f"Nom{i}" for i in range(300)))
    backup = backup_database(sqlite_db, tmp_path / "save" / "backup.sqlite")
    target = sqlite_path(sqlite_db.url)
    assert target is not None
    sqlite_db.dispose()
    with sqlite3.connect(target) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert callable(harm)
    harm(target)
    damaged = target.read_bytes()
    result = restore_database(Database(sqlite_db.url), backup)
    assert result.previous_copy is not None
    assert result.previous_copy.read_bytes() == damaged
    assert len(_names(target)) == 300
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert not list(tmp_path.rglob("*.part"))


def test_a_failed_restore_changes_nothing_and_leaves_no_part_file(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services import maintenance

    _contacts(sqlite_db, *(f"Nom{i}" for i in range(300)))
    backup = backup_database(sqlite_db, tmp_path / "backup.sqlite")
    _truncate(backup)  # unreadable half way through the copy
    monkeypatch.setattr(maintenance, "_validate_backup", lambda path: None)
    target = sqlite_path(sqlite_db.url)
    assert target is not None
    sqlite_db.dispose()
    _truncate(target)  # a damaged target: replaced through a .part file
    damaged = target.read_bytes()
    with pytest.raises(StorageError) as caught:
        restore_database(Database(sqlite_db.url), backup)
    assert "nothing was changed" in caught.value.message
    assert target.read_bytes() == damaged
    assert not list(tmp_path.rglob("*.part"))


def test_restore_onto_a_folder_or_a_missing_folder_is_one_sentence(
    sqlite_db: Database, tmp_path: Path
) -> None:
    backup = backup_database(sqlite_db, tmp_path / "backup.sqlite")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with pytest.raises(StorageError) as caught:
        restore_database(Database(resolve_database(str(folder))), backup)
    assert caught.value.code == "is_folder" and "is a folder" in caught.value.message
    missing = tmp_path / "nowhere" / "crm.sqlite"
    with pytest.raises(StorageError) as caught:
        restore_database(Database(resolve_database(str(missing))), backup)
    assert caught.value.code == "restore_target"
    assert "does not exist" in caught.value.message and not missing.parent.exists()
