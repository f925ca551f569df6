"""An import naming the same contact on several rows with a user field value: one value
per contact, chosen as for standard fields (first when filling empty fields, last when
overwriting), and the undo restores it; on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_crm.services.contacts.records import create_contact, get_contact
from desktop_crm.services.fields.definitions import define_field
from desktop_crm.services.fields.values import set_values, values_of
from desktop_crm.services.importing.model import ImportOptions, RowAction, UpdateMode
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import import_file, undo

ROWS = (
    "Nom;Prénom;E-mail;Ville;potentiel\n"
    "Dupont;Jean;jean@x.fr;Lyon;A\n"
    "Dupont;Jean;jean@x.fr;Bron;B\n"
    "Martin;Léa;lea@x.fr;Paris;C\n"
    "Martin;Léa;lea@x.fr;Nice;D\n"
)


@pytest.mark.parametrize(
    ("mode", "jean", "lea"),
    [
        (UpdateMode.OVERWRITE, ("Bron", "B"), ("Nice", "D")),
        (UpdateMode.FILL_EMPTY, ("Lyon", "A"), ("Vienne", "kept")),
    ],
)
def test_repeated_rows_update_a_user_field_once_like_standard_fields(
    db: Database,
    tmp_path: Path,
    mode: UpdateMode,
    jean: tuple[str, str],
    lea: tuple[str, str],
) -> None:
    jean_id = db.run(
        create_contact, {"last_name": "Dupont", "first_name": "Jean", "email": "jean@x.fr"}
    ).value.id
    lea_id = db.run(
        create_contact,
        {"last_name": "Martin", "first_name": "Léa", "email": "lea@x.fr", "city": "Vienne"},
    ).value.id
    db.run(define_field, "contact", "potentiel", "text", "Potentiel", None)
    db.run(set_values, "contact", lea_id, {"potentiel": "kept"})
    path = tmp_path / "f.csv"
    path.write_text(ROWS, encoding="utf-8")

    outcome = import_file(
        db, path, ImportOptions(on_duplicate=RowAction.UPDATE, update_mode=mode)
    ).value

    assert outcome.report.counts()["updated"] == 4
    for contact_id, (city, potentiel) in ((jean_id, jean), (lea_id, lea)):
        assert db.read(get_contact, contact_id).city == city
        assert db.read(values_of, "contact", contact_id)["potentiel"] == potentiel
    undo(db, outcome.report.batch_id)
    assert "potentiel" not in db.read(values_of, "contact", jean_id)
    assert db.read(values_of, "contact", lea_id)["potentiel"] == "kept"
