"""The usual file's plan (rows made straight from the checks) is the plan of the general path."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.importing import service
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import plan_file
from tests.unit.interchange import corpus

_HEADERS = ["Civilité", "Prénom", "Nom", "Société", "E-mail", "Téléphone", "Code postal", "Ville"]
_ROWS = [
    ["M.", "Jean", "Dupont", "SARL Dupont", "jean@orange.fr", "06 12 34 56 78", "75002", "Paris"],
    ["Mme", "Zoé", "Petit", "", "zoe@gmial.com", "12", "6000", "Nice"],
    ["", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "01 45 00 00 00", "", ""],
    ["M.", "Jean", "Dupont", "", "JEAN@orange.fr", "", "1234", ""],
    ["Dr", "Luc", "Martin", "Martin & Fils", "luc@free.fr", "+33 1 23 45 67 89", "", "Lyon"],
]


def test_the_usual_plan_is_the_general_paths_plan(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.uow() as uow:
        create_contact(uow, {"first_name": "Luc", "last_name": "Martin", "email": "luc@free.fr"})
        uow.commit()
    path = corpus.write_text(tmp_path / "f.csv", _HEADERS, _ROWS)
    usual = plan_file(db, path)
    # Every row cleaned one by one, and so made by the general loop.
    monkeypatch.setattr(service, "all_printable", lambda *args: False)
    general = plan_file(db, path)
    assert usual.rows == general.rows
    assert usual.empty_lines == general.empty_lines == [4]
    assert [r.line for r in usual.rows] == [2, 3, 5, 6, 7]
    assert [bool(r.problems) for r in usual.rows] == [False, True, True, True, False]
    assert usual.rows[3].match is not None and usual.rows[4].match is not None
    # Each row has its own extras and custom values.
    assert len({id(r.extras) for r in usual.rows} | {id(r.custom) for r in usual.rows}) == 10
