"""Where the database lives: default path, URLs, network-share refusal, PostgreSQL secrets."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

from desktop_crm import APP_NAME
from desktop_crm.domain.errors import StorageError
from desktop_crm.domain.wording import STORAGE, say
from desktop_crm.storage.sqlite_copy import copy_sqlite

ENV_DB = "DESKTOP_CRM_DB"
ENV_PASSWORD = "DESKTOP_CRM_DB_PASSWORD"
KEYRING_SERVICE = APP_NAME
DEFAULT_FILE_NAME = "contacts.sqlite"
log = logging.getLogger(__name__)
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afs",
        "ncpfs",
        "9p",
        "davfs",
        "fuse.sshfs",
        "sshfs",
        "fuse.davfs2",
        "glusterfs",
        "ceph",
        "fuse.rclone",
        "lustre",
    }
)


def _data_dir(*, roaming: bool) -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=roaming))


def default_database_path() -> Path:
    """The embedded database in the user's *local* data folder (platformdirs).

    On Windows that is ``%LOCALAPPDATA%``: a roaming ``%APPDATA%`` may be redirected to a
    server (where SQLite files get corrupted) and is copied at every logon and logoff.
    Versions before 0.9 kept the file in the roaming folder; such a file is moved here once
    (see ``move_legacy_database``); while it cannot be moved it keeps being used.
    On Linux and macOS both folders are the same and nothing moves.
    """
    local = _data_dir(roaming=False) / DEFAULT_FILE_NAME
    if local.exists():
        return local
    legacy = _data_dir(roaming=True) / DEFAULT_FILE_NAME
    if legacy == local or not legacy.exists():
        return local
    return move_legacy_database(legacy, local)


def move_legacy_database(legacy: Path, local: Path) -> Path:
    """Move the roaming database to the local folder; returns the file to use.

    The roaming file is first renamed, with its ``-wal``/``-shm`` companions, to
    ``contacts.moved-to-local-YYYYMMDD-HHMMSS.sqlite`` (a rename fails on Windows while
    another program has it open, and then nothing changes and the roaming file stays in
    use); then a consistent copy is written to the local folder through SQLite's backup
    API. The renamed file stays where it was, as the copy made before the move.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = legacy.with_name(f"{legacy.stem}.moved-to-local-{stamp}{legacy.suffix}")
    renamed: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(legacy) + suffix)
            if source.exists():
                source.rename(Path(str(kept) + suffix))
                renamed.append((source, Path(str(kept) + suffix)))
        local.parent.mkdir(parents=True, exist_ok=True)
        part = local.with_name(local.name + ".part")
        part.unlink(missing_ok=True)
        copy_sqlite(kept, part)
        part.replace(local)
    except (OSError, sqlite3.Error) as exc:
        for source, target in reversed(renamed):
            with contextlib.suppress(OSError):
                target.rename(source)
        log.warning(
            "Could not move the database %s to %s (%s); still using it.", legacy, local, exc
        )
        return legacy
    log.warning(
        "Moved the database %s to %s; the previous file is kept as %s.", legacy, local, kept
    )
    return local


def resolve_database(value: str | None) -> str:
    """Turn ``--db`` (path or URL), ``$DESKTOP_CRM_DB`` or the default into a SQLAlchemy URL."""
    text = value or os.environ.get(ENV_DB) or str(default_database_path())
    if "://" in text:
        url = _parse(text)
        if url.drivername in {"postgresql", "postgres"}:
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return sqlite_url(Path(text).expanduser().resolve())


# SQLAlchemy's URL parser costs a seventh of a second to import: the start-up reads the
# usual SQLite URL ("sqlite:///" + the quoted path) itself, exactly as URL.create writes and
# make_url reads it (a test compares them over awkward paths); anything else goes to make_url.
_SQLITE_PREFIX = "sqlite:///"


def sqlite_url(path: Path) -> str:
    """The URL of a SQLite file, as ``str(URL.create("sqlite", database=str(path)))``."""
    return _SQLITE_PREFIX + quote(str(path), safe=" +/")


def _parse(url: str) -> URL:
    from sqlalchemy.engine import make_url

    return make_url(url)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or ``None`` for other backends and in-memory databases."""
    if url.startswith(_SQLITE_PREFIX):
        database: str | None = unquote(url[len(_SQLITE_PREFIX) :].partition("?")[0])
    else:
        parsed = _parse(url)
        if parsed.get_backend_name() != "sqlite":
            return None
        database = parsed.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def display_name(url: str) -> str:
    """A short name for titles and status bars (file name, or db@host)."""
    path = sqlite_path(url)
    if path is not None:
        return path.name
    parsed = _parse(url)
    return f"{parsed.database}@{parsed.host or 'localhost'}"


def _mount_fstype(path: Path, mounts_text: str) -> str | None:
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def windows_local_form(text: str) -> tuple[str, bool]:
    r"""``(path, is_unc)`` for a Windows path written in any of its forms.

    ``\\?\C:\…`` and ``\\.\C:\…`` (long-path and device forms) are the local ``C:\…``;
    ``\\?\UNC\server\share\…`` is the share ``\\server\share\…``; any other path starting
    with two (back)slashes is UNC.
    """
    unified = text.replace("/", "\\")
    if unified[:8].upper() == "\\\\?\\UNC\\":
        return "\\\\" + unified[8:], True
    if unified[:4] in ("\\\\?\\", "\\\\.\\"):
        return unified[4:], unified[4:].startswith("\\\\")
    return text, unified.startswith("\\\\")


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """True for UNC paths, mapped network drives (Windows) and network mounts (Linux)."""
    text, unc = windows_local_form(str(path))
    if unc:
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            drive_remote = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
        return False
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    fstype = _mount_fstype(path.resolve() if path.exists() else path, mounts_text)
    return fstype in NETWORK_FILESYSTEMS


def refuse_network_share(path: Path, mounts_text: str | None = None) -> None:
    """SQLite's locking is unreliable over networks: send teams to PostgreSQL instead."""
    folder = path if path.is_dir() else path.parent
    if is_network_path(path, mounts_text) or is_network_path(folder, mounts_text):
        raise StorageError(
            say(
                STORAGE,
                "The database file {path} is on a network share. SQLite files must stay on a "
                "local disk or they get corrupted; to share contacts with your team, use a "
                "PostgreSQL server (File > Connect to a shared database, or --db "
                "postgresql://user@server/dbname).",
            ).format(path=path),
            code="network_share",
        )


def keyring_key(url: str) -> str:
    parsed = _parse(url)
    return f"{parsed.username}@{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def lookup_password(url: str) -> str | None:
    """Password for a PostgreSQL URL: environment first, then the system keyring."""
    secret = os.environ.get(ENV_PASSWORD)
    if secret:
        return secret
    if os.environ.get("DESKTOP_CRM_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, keyring_key(url))
        except KeyringError:
            return None
    except Exception:  # a broken keyring backend must not stop the app from starting
        return None


def store_password(url: str, password: str) -> None:
    """Keep a PostgreSQL password in the system keyring (never in a config file)."""
    if os.environ.get("DESKTOP_CRM_NO_KEYRING"):
        # Never read back (see lookup_password): storing it would lose it on the next start.
        raise RuntimeError("the system keyring is switched off (DESKTOP_CRM_NO_KEYRING)")
    import keyring

    keyring.set_password(KEYRING_SERVICE, keyring_key(url), password)
