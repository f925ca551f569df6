"""The copy of a big write's WAL into the database file, after its commit, in the background.

In WAL mode a commit appends the transaction's pages to the ``-wal`` file; once that holds
more than 1,000 pages, the committing connection then copies them into the database file
(an automatic checkpoint) before ``COMMIT`` returns. After an import of 100,000 contacts
that is ~21,000 pages (88 MB, its 14 rebuilt indexes included): ~0.2 s during which the
import is done and safe (the WAL is durable, every reader sees it) but not yet returned.

``checkpoint_after_commit`` turns the automatic checkpoint off for that one transaction
and, once it has committed, runs a passive checkpoint on a connection of its own, on a
daemon thread: the same copy, while the user reads the report. A passive checkpoint takes
no lock that readers or writers wait for; it is crash-safe like any checkpoint (an
interrupted copy is done again from the WAL at the next one). After a rollback nothing is
started. ``Database.dispose`` waits for a copy under way (``background_checkpoints``),
so that a file disposed of can be copied or replaced.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import event

if TYPE_CHECKING:
    from desktop_crm.storage.uow import UnitOfWork


# From this many rows written, the checkpoint is worth a thread (100,000: ~0.2 s).
BACKGROUND_FROM_ROWS = 10_000


def checkpoint_after_commit(uow: UnitOfWork, rows: int) -> None:
    """For a big write (``rows`` written) on a SQLite file in WAL mode: this transaction's
    commit leaves its checkpoint to a background thread (see the module's docstring).
    Smaller writes and other databases: nothing changes."""
    if rows < BACKGROUND_FROM_ROWS or uow.backend != "sqlite":
        return
    driver = cast(sqlite3.Connection, uow.session.connection().connection.driver_connection)
    if str(driver.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
        return
    path = next((row[2] for row in driver.execute("PRAGMA database_list") if row[1] == "main"), "")
    before = int(driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    if not path or before <= 0:
        return
    driver.execute("PRAGMA wal_autocheckpoint = 0")
    db = uow.db
    ended = False

    def end() -> bool:
        nonlocal ended
        if ended:
            return False
        ended = True
        # (still the session's connection: committed or rolled back, not yet returned)
        driver.execute(f"PRAGMA wal_autocheckpoint = {before}")
        return True

    def committed(_session: Any) -> None:
        if end():
            thread = threading.Thread(target=_checkpoint, args=(path,), name="wal-checkpoint")
            thread.daemon = True
            db.background_checkpoints[:] = [
                t for t in db.background_checkpoints if t.is_alive()
            ] + [thread]
            thread.start()

    def rolled_back(_session: Any) -> None:
        end()

    event.listen(uow.session, "after_commit", committed)
    event.listen(uow.session, "after_rollback", rolled_back)


def _checkpoint(path: str) -> None:
    try:
        connection = sqlite3.connect(path, timeout=5)
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        pass  # the next automatic checkpoint (or the last connection's close) copies them
