"""The command line's own sentences (its refusals, success lines and reports, written in
``desktop_crm/cli/``) follow its language: French under a French locale, the English as it
was otherwise; ``--json`` keeps the same data whatever the language.

The real commands on real SQLite files: in process with ``DESKTOP_CRM_LANG`` (what the
locale sets; ``cli_language`` reads it first), and once in a child process under
``LANG=fr_FR.UTF-8`` for the locale itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.uow import Database
from tests.integration.test_cli_import_language import _run


def _cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    *argv: str,
) -> tuple[int, str, str]:
    monkeypatch.setenv("DESKTOP_CRM_LANG", language)
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse refuses an option's value
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


def _said(db_file: Path, tmp: Path) -> dict[str, tuple[list[str], int, str, str]]:
    """name -> (arguments, exit status, French output, English output): stdout for a
    success, stderr for a refusal."""
    db = ["--db", str(db_file)]
    taken = tmp / "taken.sqlite"
    taken.write_bytes(b"")
    missing = tmp / "absente.sqlite"
    return {
        "backup exists": (
            ["backup", "--to", str(taken), *db],
            1,
            f"desktop-crm : {taken} existe déjà ; choisissez un autre nom ou ajoutez --force.",
            f"desktop-crm: {taken} already exists; choose another name or add --force.",
        ),
        "no database to check": (
            ["db", "check", "--db", str(missing)],
            1,
            f"desktop-crm : Il n'y a pas de base de données à {missing}. Créez-en une avec "
            "« desktop-crm init » ou choisissez un autre fichier.",
            f"desktop-crm: There is no database at {missing}. Create one with 'desktop-crm "
            "init' or choose another file.",
        ),
        "group created": (
            ["groups", "create", "Salon", *db],
            0,
            "Groupe « Salon » créé (n° 1).",
            "Created group 'Salon' (#1).",
        ),
        "nothing to add": (
            ["groups", "add", "Salon", *db],
            2,
            "desktop-crm : ids : Donnez --lookup TEXTE ou --ids 1,2,3",
            "desktop-crm: ids: Give --lookup TEXT or --ids 1,2,3",
        ),
        "added": (
            ["groups", "add", "Salon", "--lookup", "Dupont", *db],
            0,
            "1 contact(s) ajouté(s) au groupe « Salon ».",
            "Added 1 contact(s) to 'Salon'.",
        ),
        "count": (
            ["groups", "count", "--where", 'city = "Lyon"', *db],
            0,
            "1 contact(s) correspondent.",
            "1 contact(s) match.",
        ),
        "unknown stage": (
            ["opportunities", "list", "--stage", "nulle", *db],
            2,
            "desktop-crm : Il n'y a pas d'étape de vente nommée « nulle ».",
            "desktop-crm: There is no sales stage named 'nulle'.",
        ),
        "period twice": (
            ["analyse", "abc", "--period", "2025", "--from", "2025-01-01", *db],
            2,
            "desktop-crm : Donnez soit --period, soit --from/--to, pas les deux.",
            "desktop-crm: Give either --period or --from/--to, not both.",
        ),
        "dates the wrong way": (
            [
                "calendar",
                "export",
                "-o",
                str(tmp / "a.ics"),
                "--from",
                "2026-02-01",
                "--to",
                "2026-01-01",
                *db,
            ],
            2,
            "desktop-crm : to : --to est avant --from",
            "desktop-crm: to: --to is before --from",
        ),
    }


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_command_lines_own_sentences_in_its_language(
    sqlite_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    sqlite_db.run(create_contact, {"first_name": "Jean", "last_name": "Dupont", "city": "Lyon"})
    db_file = Path(sqlite_db.url.removeprefix("sqlite:///"))
    for name, (argv, status, french, english) in _said(db_file, tmp_path).items():
        code, out, err = _cli(capsys, monkeypatch, language, *argv)
        said = out if status == 0 else err
        assert (code, said) == (status, french if language == "fr" else english), name
    # Nothing of the other language slipped in: the French success line is the whole line.
    assert (tmp_path / "taken.sqlite").read_bytes() == b""  # the refused backup wrote nothing


def test_an_options_value_refused_in_french(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """argparse's refusal carries the command line's own sentence about the value."""
    code, _, err = _cli(
        capsys, monkeypatch, "fr", "analyse", "abc", "--from", "31-12", "--db", sqlite_db.url
    )
    assert code == 2
    assert "« 31-12 » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)" in err
    code, _, err = _cli(
        capsys, monkeypatch, "en", "analyse", "abc", "--from", "31-12", "--db", sqlite_db.url
    )
    assert code == 2 and "'31-12' is not a date (YYYY-MM-DD or DD/MM/YYYY)" in err


def test_success_lines_and_reports_in_french_json_unchanged(
    sqlite_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = ("--db", sqlite_db.url)
    copy = tmp_path / "copie.sqlite"
    code, out, _ = _cli(capsys, monkeypatch, "fr", "backup", "--to", str(copy), *db)
    assert code == 0 and out == f"{Path(sqlite_db.url).name} sauvegardée dans {copy}."
    assert copy.stat().st_size > 0
    code, out, _ = _cli(capsys, monkeypatch, "fr", "db", "check", *db)
    assert code == 0
    assert "Intégrité : ok" in out and "Références : ok" in out and out.endswith("En bon état.")
    assert "Integrity" not in out and "Healthy" not in out
    code, out, _ = _cli(capsys, monkeypatch, "en", "db", "check", *db)
    assert "Integrity: ok" in out and out.endswith("Healthy.")
    code, out, _ = _cli(capsys, monkeypatch, "fr", "groups", "list", *db)
    assert out == "Aucun groupe."
    code, out, _ = _cli(capsys, monkeypatch, "fr", "fields", "add", "badge", "--type", "yesno", *db)
    assert code == 0 and out == "Champ « badge » ajouté aux contacts (oui/non)."
    code, out, _ = _cli(capsys, monkeypatch, "fr", "fields", "list", *db)
    assert "Oui/Non" in out and "Yes/No" not in out
    # JSON: the same data in both languages.
    again = tmp_path / "again.sqlite"
    _, french, _ = _cli(capsys, monkeypatch, "fr", "backup", "--to", str(again), "--json", *db)
    again.unlink()
    _, english, _ = _cli(capsys, monkeypatch, "en", "backup", "--to", str(again), "--json", *db)
    assert (
        json.loads(french)
        == json.loads(english)
        == {
            "database": Path(sqlite_db.url).name,
            "backup": str(again),
        }
    )


def test_the_backup_refusal_under_a_french_locale(sqlite_db: Database, tmp_path: Path) -> None:
    """The issue's example, through the locale of a real process (LANG=fr_FR.UTF-8)."""
    taken = tmp_path / "déjà.sqlite"
    taken.write_text("à garder", encoding="utf-8")
    french = _run(tmp_path, "fr", "backup", "--to", str(taken), "--db", sqlite_db.url)
    assert french.returncode == 1
    assert french.stderr.strip() == (
        f"desktop-crm : {taken} existe déjà ; choisissez un autre nom ou ajoutez --force."
    )
    english = _run(tmp_path, "en", "backup", "--to", str(taken), "--db", sqlite_db.url)
    assert english.stderr.strip() == (
        f"desktop-crm: {taken} already exists; choose another name or add --force."
    )
    assert taken.read_text(encoding="utf-8") == "à garder"
