"""``import``, ``duplicates`` and argparse's own words follow the command line's language
(``cli/labels.py``): English by default, French under a French locale; JSON keeps the codes.
The real command on real SQLite files, in a child process for the locale variables."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_crm.cli import main as cli_main
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.uow import Database

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, language: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.pop("DESKTOP_CRM_LANG", None)
    env["LANG"] = "fr_FR.UTF-8" if language == "fr" else "en_GB.UTF-8"
    env["PYTHONPATH"] = str(ROOT)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "desktop_crm", *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "salon.csv"
    path.write_text(
        "first_name,last_name,email\nJean,Dupont,jean@acme.fr\nMarie,Curie,pas-une-adresse\n",
        encoding="utf-8",
    )
    return path


def test_import_reports_in_french_under_a_french_locale(
    sqlite_db: Database, tmp_path: Path
) -> None:
    url = sqlite_db.url
    done = _run(tmp_path, "fr", "import", str(_csv(tmp_path)), "--db", url)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "salon.csv : en-têtes sur la ligne 1, encodage utf-8, colonnes séparées par ','" in out
    # The fields by their French label, as the import window names them.
    assert "Colonnes : first_name -> Prénom, last_name -> Nom, email -> E-mail" in out
    assert "  ligne 3 : créé [à revoir] Marie Curie : E-mail : E-mail invalide" in out
    assert "Import n° 1 : 2 créé(s), 0 mis à jour, 0 ignoré(s), 1 marqué(s) à revoir" in out
    assert "line" not in out and "created" not in out
    assert "Pour annuler : desktop-crm import-undo 1" in done.stderr
    # JSON keeps the codes and the English reasons whatever the language.
    again = _run(tmp_path, "fr", "import", str(_csv(tmp_path)), "--db", url, "--dry-run", "--json")
    data = json.loads(again.stdout)
    assert data["rows"][0]["action"] in ("skipped", "created")
    assert data["dry_run"] is True
    listed = _run(tmp_path, "fr", "import-list", "--db", url)
    assert "2 créé(s), 0 mis à jour" in listed.stdout
    undone = _run(tmp_path, "fr", "import-undo", "1", "--db", url)
    assert undone.stdout.strip() == "Import n° 1 annulé : 2 contact(s) supprimé(s), 0 restauré(s)."
    twice = _run(tmp_path, "fr", "import-undo", "1", "--db", url)
    assert twice.returncode != 0
    assert twice.stderr.strip() == "desktop-crm : L'import n° 1 a déjà été annulé."


def test_import_errors_in_french_and_english(sqlite_db: Database, tmp_path: Path) -> None:
    missing = str(tmp_path / "absent.csv")
    french = _run(tmp_path, "fr", "import", missing, "--db", sqlite_db.url)
    assert french.returncode == 1
    assert french.stderr.strip() == f"desktop-crm : Le fichier {missing} n'existe pas."
    english = _run(tmp_path, "en", "import", missing, "--db", sqlite_db.url)
    assert english.stderr.strip() == f"desktop-crm: The file {missing} does not exist."
    old = tmp_path / "vieux.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    xls = _run(tmp_path, "fr", "import", str(old), "--db", sqlite_db.url)
    assert "ancien fichier Excel 97-2003 (.xls)" in xls.stderr
    bad_set = _run(
        tmp_path, "fr", "import", str(_csv(tmp_path)), "--set", "x", "--db", sqlite_db.url
    )
    assert "--set attend CHAMP=VALEUR, pas « x »." in bad_set.stderr
    for result in (french, english, xls, bad_set):
        assert "unexpected" not in result.stderr and "internal fault" not in result.stderr


def test_argparse_speaks_french_under_a_french_locale(tmp_path: Path) -> None:
    french = _run(tmp_path, "fr", "import")
    assert french.returncode == 2
    assert french.stderr.startswith("utilisation : desktop-crm import")
    assert "desktop-crm import : erreur : arguments obligatoires manquants : file" in french.stderr
    bad = _run(tmp_path, "fr", "duplicates", "--threshold", "beaucoup")
    assert (
        "erreur : argument --threshold : « beaucoup » n'est pas un nombre entier : tapez "
        "seulement des chiffres, par exemple 12" in bad.stderr
    )
    helped = _run(tmp_path, "fr", "--help")
    assert helped.returncode == 0
    assert "importer des contacts d'un fichier CSV/TXT, XLSX ou vCard" in helped.stdout
    assert "annuler exactement une fusion" in helped.stdout
    assert "afficher cette aide et quitter" in helped.stdout
    english = _run(tmp_path, "en", "import")
    assert "usage: desktop-crm import" in english.stderr
    assert "error: the following arguments are required: file" in english.stderr
    assert "import contacts from a CSV/TXT" in _run(tmp_path, "en", "--help").stdout


def test_duplicates_speak_french_under_a_french_locale(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for values in (
        {"first_name": "Marc", "last_name": "Lefèvre", "email": "marc.lefevre@acme.fr"},
        {"first_name": "Marc", "last_name": "Lefevre", "email": "marc.lefevre@acme.fr"},
    ):
        sqlite_db.run(create_contact, values)
    url = sqlite_db.url
    for name in ("LC_ALL", "LC_MESSAGES", "DESKTOP_CRM_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert cli_main(["duplicates", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 paire(s) candidate(s) dans 1 groupe(s) (2 contacts examinés")
    assert "(à garder)" in out and "même e-mail : « marc.lefevre@acme.fr »" in out
    assert "candidate pairs" not in out
    assert cli_main(["merge", "1", "2", "--db", url]) == 0
    assert "fusionné(s) dans #1" in capsys.readouterr().out
    assert cli_main(["unmerge", "1", "--db", url]) == 0
    assert "Fusion 1 annulée" in capsys.readouterr().out
    assert cli_main(["unmerge", "1", "--db", url]) == 1
    assert capsys.readouterr().err.strip() == "desktop-crm : La fusion n° 1 a déjà été annulée."
    monkeypatch.setenv("LANG", "C")
    assert cli_main(["duplicates", "--db", url]) == 0
    assert capsys.readouterr().out.startswith("1 candidate pairs in 1 groups (2 contacts scanned")
