"""Opening a file that is not a usable database, in French: the window's message reads French
(the storage's sentences go through domain/wording.py, which the window plugs Qt's
translation into); with nothing installed the English stays. (The command line installs the
French of the same catalogue under a French locale: test_cli_refusals_language.py.)"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.domain import wording
from desktop_crm.domain.errors import StorageError
from desktop_crm.services.setup import open_database
from desktop_crm.ui import i18n


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    i18n.install(qapp, "fr")
    yield qapp
    i18n.install(qapp, "en")


@pytest.fixture
def no_window() -> Iterator[None]:
    """As the command line runs: no translation installed."""
    wording.set_translator(None)
    yield
    wording.set_translator(None)


def _refusal(path: Path) -> StorageError:
    with pytest.raises(StorageError) as caught:
        open_database(f"sqlite:///{path}", adopt_empty=False)
    return caught.value


def _text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("Bonjour,\nceci est une note.\n", encoding="utf-8")
    return path


def _too_new(tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite"
    open_database(f"sqlite:///{path}").db.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    return path


def test_a_text_file_is_refused_in_french(french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _text_file(tmp_path)
    error = _refusal(path)
    assert error.code == "not_database"
    assert error.message == (
        f"{path} n'est pas une base de données (c'est apparemment un fichier texte) : "
        "Desktop CRM ne l'a pas modifié. Choisissez un fichier de base Desktop CRM (.sqlite) "
        "avec --db ou Fichier › Ouvrir."
    )
    assert path.read_text(encoding="utf-8") == "Bonjour,\nceci est une note.\n"


def test_foreign_damaged_empty_and_too_new_files_are_refused_in_french(  # type: ignore[no-untyped-def]
    french, tmp_path: Path
) -> None:
    foreign = tmp_path / "other.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    message = _refusal(foreign).message
    assert message.startswith(f"{foreign} est une base SQLite d'un autre programme (tables : ")
    assert "Desktop CRM ne l'a ni lue ni modifiée" in message

    truncated = tmp_path / "cut.sqlite"
    truncated.write_bytes(b"SQLite format")
    message = _refusal(truncated).message
    assert message.startswith(
        f"Le fichier de base de données {truncated} est endommagé (il est tronqué : il n'en "
        "reste que 13 octets) : rien n'a été lu ni modifié."
    )

    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert _refusal(empty).message.startswith(f"{empty} est vide : il ne contient aucune base")

    newer = _too_new(tmp_path)
    error = _refusal(newer)
    assert error.code == "schema"
    assert error.message.startswith(
        "Le schéma de la base (0099) n'est pas connu de cette version de Desktop CRM ("
    )
    assert error.message.endswith(
        "Utilisez la version la plus récente de Desktop CRM, ou restaurez une sauvegarde."
    )


def test_the_command_line_keeps_the_english(no_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    error = _refusal(_text_file(tmp_path))
    assert "is not a database (it looks like a text file): Desktop CRM did not change it." in (
        error.message
    )
    assert _refusal(_too_new(tmp_path)).message.startswith(
        "The database's schema (0099) is one this version of Desktop CRM does not know ("
    )
