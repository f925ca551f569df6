"""``import --set FIELD=VALUE`` refuses a field the import does not know (it was kept as a
constant no row used: the option silently did nothing), names the closest ones and the
command that lists them all, and writes nothing. The real command on real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.services.fields.definitions import define_field
from desktop_crm.services.fields.values import values_of
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import dump


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "salon.csv"
    path.write_text("Nom;E-mail\nDurand;anne@durand.fr\n", encoding="utf-8")
    return path


def test_unknown_field_refused_nothing_written(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(sqlite_db)
    argv = ["import", str(_csv(tmp_path)), "--db", sqlite_db.url, "--set", "nope=1"]
    assert main(argv) == 2  # (a usage error, as other wrong options)
    said = capsys.readouterr().err
    assert "--set: 'nope' is not a field the import can fill (did you mean note?)" in said
    assert "Nothing was imported. 'desktop-crm import-fields' lists the field names" in said
    assert "statut" not in said and "Traceback" not in said
    assert dump(sqlite_db) == before


def test_unknown_field_in_french(
    sqlite_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    before = dump(sqlite_db)
    argv = ["import", str(_csv(tmp_path)), "--db", sqlite_db.url, "--set", "statut=Client"]
    assert main(argv) == 2
    said = capsys.readouterr().err
    assert "« statut » n'est pas un champ que l'import peut remplir" in said
    assert "vouliez-vous dire status" in said and "« desktop-crm import-fields »" in said
    assert dump(sqlite_db) == before


def test_known_fields_and_user_fields(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path)
    before = dump(sqlite_db)
    argv = ["import", str(path), "--db", sqlite_db.url, "--set", "custom:potentiel=4"]
    assert main(argv) == 2  # no such user field yet
    assert "'custom:potentiel' is not a field the import can fill" in capsys.readouterr().err
    assert dump(sqlite_db) == before

    sqlite_db.run(define_field, "contact", "potentiel", "number", "Potentiel (P)")
    assert main(["import-fields", "--db", sqlite_db.url, "--json"]) == 0
    listed = {row["name"]: row["label"] for row in json.loads(capsys.readouterr().out)}
    assert listed["status"] == "Status" and listed["custom:potentiel"] == "Potentiel (P)"
    assert listed["note"] == "→ Note"
    # A field named in another case is the field; a user field by custom:NAME is set.
    argv += ["--set", "Status=Client", "--json"]
    assert main(argv) == 0
    created = json.loads(capsys.readouterr().out)["rows"]
    assert created == []  # (no row to look at)
    with sqlite_db.uow(write=False) as uow:
        from sqlalchemy import select

        from desktop_crm.storage.models import Contact

        contact = uow.session.scalars(select(Contact)).one()
        assert contact.status == "Client"
        assert str(values_of(uow, "contact", contact.id)["potentiel"]) == "4"
