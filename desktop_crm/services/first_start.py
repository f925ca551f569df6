"""Opening the embedded database at start-up in two steps: its first read, then the rest.

``deferred_database`` makes the handle without loading SQLAlchemy; ``prepare_first_read``
(on the database thread) checks the file is an up-to-date database of this program that
knows the user and keeps a plain ``sqlite3`` reader for the contact list's first page
(``storage/first_read.py``). The first unit of work then finishes the opening as
``open_database`` does (``setup.finish_opening``): a file this cannot vouch for is opened the
ordinary way, which upgrades, creates the user or says what is wrong.
"""

from __future__ import annotations

from desktop_crm.storage.database import Database
from desktop_crm.storage.first_read import first_reader
from desktop_crm.storage.location import sqlite_path


def deferred_database(url: str) -> Database | None:
    """A handle on an existing SQLite file whose opening waits; None for anything else."""
    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    return Database(url, deferred=True)


def prepare_first_read(db: Database) -> bool:
    """Whether ``db`` can show its first page before SQLAlchemy loads (then set up so)."""
    path = sqlite_path(db.url)
    found = None if path is None else first_reader(path, db.user_login)
    if found is None:
        return False
    reader, user_id = found

    def finish(database: Database) -> None:
        from desktop_crm.services.setup import finish_opening

        finish_opening(database)

    db.set_user(user_id)
    db.defer_opening(reader, finish)
    return True
