"""Database addresses for the GUI: resolve a file, name a backup, build a server URL.

The UI never imports ``storage`` or SQLAlchemy; what it needs to know about where a
database lives, it asks here.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL, make_url

from desktop_crm.storage.health import FileIdentity, identify_file
from desktop_crm.storage.location import resolve_database as _resolve
from desktop_crm.storage.location import sqlite_path, store_password
from desktop_crm.storage.migrate import dated_backup_path


def resolve_database(value: str) -> str:
    """A path or URL typed or chosen by the user, as a database URL."""
    return _resolve(value)


def database_file(url: str) -> Path | None:
    """The SQLite file behind a URL (``None`` for a server database)."""
    return sqlite_path(url)


def identify_database_file(url: str) -> FileIdentity | None:
    """What the file behind a SQLite URL is (ours, another program's, empty, not a
    database...), read without writing; ``None`` for a server database."""
    path = sqlite_path(url)
    return None if path is None else identify_file(path)


def suggested_backup_path(url: str) -> Path | None:
    """A dated file name beside the database for a new backup (SQLite only)."""
    path = sqlite_path(url)
    return None if path is None else dated_backup_path(path, "backup")


def safe_url(url: str) -> str:
    """The URL without its password, for the settings file."""
    return make_url(url).render_as_string(hide_password=True).replace("***", "")


def postgres_url(
    *,
    host: str,
    port: int,
    database: str | None,
    user: str | None,
    password: str | None,
    remember: bool,
) -> str:
    """A PostgreSQL URL; with ``remember`` the password goes to the system keyring, not the URL.

    Without a keyring backend the password stays in the URL for this session only.
    """
    url = URL.create(
        "postgresql+psycopg",
        username=user or None,
        password=None,
        host=host or "localhost",
        port=port,
        database=database or None,
    )
    if password and remember:
        try:
            store_password(url.render_as_string(hide_password=False), password)
            return url.render_as_string(hide_password=False)
        except Exception:  # no keyring backend: keep the password for this session only
            pass
    return url.set(password=password).render_as_string(hide_password=False)
