"""Where databases live: URL resolution, network-share refusal, secrets from the environment."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path, PureWindowsPath

import pytest
from sqlalchemy.engine import make_url

from desktop_crm.domain.errors import StorageError
from desktop_crm.storage import location

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
//nas/ventes /mnt/ventes cifs rw,vers=3.0 0 0
server:/export /home/shared nfs4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_paths_become_sqlite_urls(tmp_path: Path) -> None:
    url = location.resolve_database(str(tmp_path / "crm.sqlite"))
    # Compare the parsed path: the URL string escapes "C:\\" on Windows.
    assert url.startswith("sqlite:///")
    assert make_url(url).database == str(tmp_path / "crm.sqlite")
    assert location.sqlite_path(url) == tmp_path / "crm.sqlite"
    assert location.display_name(url) == "crm.sqlite"


def test_postgres_urls_get_the_psycopg_driver() -> None:
    url = location.resolve_database("postgresql://ventes@crm-server/equipe")
    assert url.startswith("postgresql+psycopg://ventes@crm-server/equipe")
    assert location.display_name(url) == "equipe@crm-server"
    assert location.sqlite_path(url) is None


def test_environment_variable_overrides_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(location.ENV_DB, str(tmp_path / "env.sqlite"))
    assert location.resolve_database(None).endswith("env.sqlite")
    monkeypatch.delenv(location.ENV_DB)
    assert location.resolve_database(None).endswith(location.DEFAULT_FILE_NAME)


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/mnt/ventes/crm.sqlite", True),
        ("/home/shared/x/crm.sqlite", True),
        ("/home/alice/crm.sqlite", False),
        ("/tmp/crm.sqlite", False),
        ("//nas/share/crm.sqlite", True),
        ("\\\\nas\\share\\crm.sqlite", True),
    ],
)
def test_network_paths_are_recognised(path: str, remote: bool) -> None:
    assert location.is_network_path(Path(path), MOUNTS) is remote


def test_sqlite_on_a_share_is_refused_with_a_pointer_to_postgres() -> None:
    with pytest.raises(StorageError) as caught:
        location.refuse_network_share(Path("/mnt/ventes/crm.sqlite"), MOUNTS)
    assert caught.value.code == "network_share"
    assert "PostgreSQL" in caught.value.message


def test_password_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(location.ENV_PASSWORD, "s3cret")
    assert location.lookup_password("postgresql+psycopg://ventes@h/db") == "s3cret"


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        (r"\\?\C:\Users\alice\AppData\Local\desktop-crm\contacts.sqlite", False),
        (r"\\.\D:\crm\contacts.sqlite", False),
        (r"C:\Users\alice\contacts.sqlite", False),
        (r"\\?\UNC\nas\ventes\contacts.sqlite", True),
        (r"\\?\unc\nas\ventes\contacts.sqlite", True),
        (r"\\nas\ventes\contacts.sqlite", True),
    ],
)
def test_windows_long_paths_are_local_and_unc_stays_remote(path: str, remote: bool) -> None:
    text = str(PureWindowsPath(path))
    assert location.windows_local_form(text)[1] is remote
    assert location.is_network_path(Path(text), MOUNTS) is remote


def test_windows_long_path_form_is_stripped() -> None:
    text = str(PureWindowsPath(r"\\?\C:\Users\alice\contacts.sqlite"))
    assert location.windows_local_form(text) == (r"C:\Users\alice\contacts.sqlite", False)
    unc = str(PureWindowsPath(r"\\?\UNC\nas\ventes\crm.sqlite"))
    assert location.windows_local_form(unc) == (r"\\nas\ventes\crm.sqlite", True)


def _fake_data_dirs(monkeypatch: pytest.MonkeyPatch, local: Path, roaming: Path) -> None:
    import platformdirs

    def user_data_dir(appname: str, appauthor: object = None, *, roaming: bool = False) -> str:
        return str(roaming_dir if roaming else local)

    roaming_dir = roaming
    monkeypatch.setattr(platformdirs, "user_data_dir", user_data_dir)


def _make_db(path: Path, name: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (name,))
    conn.commit()
    conn.close()


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM t")]
    finally:
        conn.close()


def test_default_database_is_in_the_local_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fake_data_dirs(monkeypatch, tmp_path / "Local", tmp_path / "Roaming")
    assert location.default_database_path() == tmp_path / "Local" / "contacts.sqlite"
    assert not (tmp_path / "Local").exists()  # nothing is created just by asking


def test_a_database_in_the_roaming_folder_is_moved_with_a_copy_kept(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    local, roaming = tmp_path / "Local", tmp_path / "Roaming"
    _fake_data_dirs(monkeypatch, local, roaming)
    legacy = roaming / "contacts.sqlite"
    # Left by a crash: the last change is only in the -wal file, which must travel along.
    scratch = tmp_path / "scratch.sqlite"
    _make_db(scratch, "Łukasz")
    writer = sqlite3.connect(scratch)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO t VALUES ('Ődön')")
    writer.commit()
    roaming.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(str(scratch) + suffix, str(legacy) + suffix)
    writer.close()
    path = location.default_database_path()
    assert path == local / "contacts.sqlite"
    assert sorted(_names(path)) == ["Łukasz", "Ődön"]
    assert not legacy.exists()
    kept = list(roaming.glob("contacts.moved-to-local-*.sqlite"))
    assert len(kept) == 1
    assert sorted(_names(kept[0])) == ["Łukasz", "Ődön"]
    # Next time the local file is simply used.
    assert location.default_database_path() == path
    assert location.resolve_database(None).endswith("contacts.sqlite")


def test_a_roaming_database_that_cannot_be_moved_stays_in_use(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    local, roaming = tmp_path / "Local", tmp_path / "Roaming"
    _fake_data_dirs(monkeypatch, local, roaming)
    legacy = roaming / "contacts.sqlite"
    _make_db(legacy, "Çelik")
    local.write_text("a file where the folder should be")  # the copy cannot be written
    assert location.default_database_path() == legacy
    assert _names(legacy) == ["Çelik"]
    assert not list(roaming.glob("contacts.moved-to-local-*"))


def test_the_local_database_wins_over_a_roaming_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    local, roaming = tmp_path / "Local", tmp_path / "Roaming"
    _fake_data_dirs(monkeypatch, local, roaming)
    _make_db(roaming / "contacts.sqlite", "old")
    _make_db(local / "contacts.sqlite", "new")
    assert location.default_database_path() == local / "contacts.sqlite"
    assert (roaming / "contacts.sqlite").exists()
