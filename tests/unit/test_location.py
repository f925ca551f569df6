"""Where databases live: URL resolution, network-share refusal, secrets from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert url == f"sqlite:///{tmp_path / 'crm.sqlite'}"
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
