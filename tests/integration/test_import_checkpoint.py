"""A big import's WAL is copied into the database file after its commit, on a thread of its
own (storage/wal.py); a cancelled one starts nothing; the connection's automatic
checkpoint comes back either way (SQLite)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.importing.pipeline import ImportRequest, run_import, undo_batch
from desktop_crm.services.importing.service import ImportCancelled
from desktop_crm.storage import wal
from desktop_crm.storage.location import sqlite_path
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import CancelAtTheWrite


def _file(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "salon.csv"
    lines = ["Nom;Prénom;E-mail;Ville"]
    lines += [f"Nom{i};Zoé;zoe{i}@orange.fr;Lyon" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _in_the_file_alone(db: Database) -> int:
    """Contacts in the database file itself, its WAL ignored (``immutable``)."""
    path = sqlite_path(db.url)
    assert path is not None
    with sqlite3.connect(f"{Path(path).as_uri()}?immutable=1", uri=True) as conn:
        count = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    conn.close()
    return int(count)


def _autocheckpoint(db: Database) -> int:
    with db.uow(write=False) as uow:
        return int(uow.session.execute(text("PRAGMA wal_autocheckpoint")).scalar() or 0)


def test_a_big_import_is_copied_into_the_file_after_its_commit(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wal, "BACKGROUND_FROM_ROWS", 5)  # this small file counts as big
    on_file = _in_the_file_alone(sqlite_db)
    report = sqlite_db.run(run_import, TaskControl(), ImportRequest(str(_file(tmp_path, 30))))
    assert report.value.report.created == 30
    threads = list(sqlite_db.background_checkpoints)
    assert len(threads) == 1
    threads[0].join(30)
    assert not threads[0].is_alive()
    # The database stays open: the copy is the thread's, not the last connection's close.
    assert _in_the_file_alone(sqlite_db) == on_file + 30
    assert _autocheckpoint(sqlite_db) == 1000
    # Its undo likewise.
    sqlite_db.run(undo_batch, TaskControl(), report.value.report.batch_id or 0)
    (thread,) = sqlite_db.background_checkpoints
    assert thread is not threads[0]
    thread.join(30)
    assert _in_the_file_alone(sqlite_db) == on_file
    assert _autocheckpoint(sqlite_db) == 1000


def test_a_cancelled_big_import_starts_no_copy_and_gives_the_setting_back(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wal, "BACKGROUND_FROM_ROWS", 5)

    with pytest.raises(ImportCancelled):
        sqlite_db.run(run_import, CancelAtTheWrite(), ImportRequest(str(_file(tmp_path, 30))))
    assert sqlite_db.background_checkpoints == []
    assert _autocheckpoint(sqlite_db) == 1000  # (the pool's one connection, turned off)
    with sqlite_db.uow(write=False) as uow:
        assert uow.session.execute(text("SELECT count(*) FROM import_batch")).scalar() == 0


def test_a_small_import_keeps_the_automatic_checkpoint(sqlite_db: Database, tmp_path: Path) -> None:
    sqlite_db.run(run_import, TaskControl(), ImportRequest(str(_file(tmp_path, 30))))
    assert sqlite_db.background_checkpoints == []
