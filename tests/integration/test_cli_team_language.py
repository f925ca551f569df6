"""Last session's commands (users, whoami, audit, privacy consent|check|retention, campaigns
responses import) follow the command line's language rule (``cli/labels.py``): English by
default, French when DESKTOP_CRM_LANG or the locale says so; JSON keeps the codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_crm.cli import main as cli_main
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.uow import Database


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli_main(list(argv)) == 0
    return capsys.readouterr().out


def _jean(db: Database) -> int:
    values = {"first_name": "Jean", "last_name": "Dupont", "email": "jean.dupont@acme.fr"}
    return db.run(create_contact, values).value.id


def test_the_team_and_privacy_commands_speak_french_under_a_french_locale(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = sqlite_db.url
    jean = _jean(sqlite_db)
    monkeypatch.delenv("DESKTOP_CRM_LANG", raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    who = _run(capsys, "whoami", "--db", url)
    assert "Administrateur sur une base sqlite à un seul utilisateur" in who
    assert "Peut : gérer les utilisateurs et réattribuer les fiches" in who
    assert "May:" not in who and "administrator" not in who
    added = _run(capsys, "users", "add", "zoe", "--role", "restricted", "--db", url)
    assert added.strip() == "Utilisateur zoe (Restreint) prêt."
    assert "Restreint" in _run(capsys, "users", "list", "--db", url)
    assert json.loads(_run(capsys, "whoami", "--db", url, "--json"))["role"] == "administrator"
    done = _run(
        capsys, "privacy", "consent", str(jean), "--db", url, "--channel", "email",
        "--status", "objection", "--source", "Appel du 01/12",
    )  # fmt: skip
    assert done.strip() == (
        f"Contact n° {jean}, e-mail : opposition enregistré (source : Appel du 01/12)."
    )
    check = _run(capsys, "privacy", "check", "jean.dupont@acme.fr", "--db", url)
    assert "SUR LA LISTE D'OPPOSITION" in check and "depuis le" in check
    assert "absent de la liste" in _run(capsys, "privacy", "check", "x@y.fr", "--db", url)
    assert "prospect(s) sans contact de leur part depuis 36 mois" in _run(
        capsys, "privacy", "retention", "--db", url
    )
    audit = _run(capsys, "audit", "--db", url)
    assert "créé" in audit or "Rien n'a été créé" in audit


def test_the_same_commands_speak_english_by_default(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str], english: None
) -> None:
    url = sqlite_db.url
    jean = _jean(sqlite_db)
    who = _run(capsys, "whoami", "--db", url)
    assert "Administrator on a sqlite, single user" in who
    assert "May: manage users and reassign records" in who
    done = _run(
        capsys, "privacy", "consent", str(jean), "--db", url, "--channel", "email",
        "--status", "objection", "--source", "Appel",
    )  # fmt: skip
    assert done.strip() == f"Contact #{jean}, email: opt_out recorded (source: Appel)."
    assert "SUPPRESSED" in _run(capsys, "privacy", "check", "jean.dupont@acme.fr", "--db", url)


def test_campaign_responses_import_in_french(
    sqlite_db: Database,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    url = sqlite_db.url
    _jean(sqlite_db)
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    _run(capsys, "campaigns", "create", "Salon 2027", "--channel", "trade_show", "--db", url)
    answers = tmp_path / "r.csv"
    answers.write_text("email;response\njean.dupont@acme.fr;interested\n", encoding="utf-8")
    out = _run(capsys, "campaigns", "responses", "import", "Salon 2027", str(answers), "--db", url)
    assert out.strip() == "Campagne « Salon 2027 » : 1 réponse(s) enregistrée(s) (Intéressé 1)."
