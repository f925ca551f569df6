"""The three French letters a new database starts with: there once, merged without unknown
fields, not duplicated nor brought back when the database is opened again."""

from __future__ import annotations

from pathlib import Path

from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.mailing.postal import print_letters
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import delete_template, list_templates
from desktop_crm.services.mailing.starter_letters import STARTER_LETTERS
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database


def test_a_new_database_has_the_starter_letters_once(tmp_path: Path) -> None:
    url = resolve_database(str(tmp_path / "neuve.sqlite"))
    db = open_database(url).db
    names = {letter.name for letter in STARTER_LETTERS}
    assert len(names) == 3
    assert {t.name for t in db.read(list_templates, "letter")} == names
    contact = db.run(
        create_contact,
        {
            "civility": "Mme",
            "first_name": "Hélène",
            "last_name": "Lefèvre",
            "company_name": "Boulangerie Lefèvre",
            "address1": "12 rue des Lilas",
            "postcode": "69003",
            "city": "Lyon",
        },
    ).value
    for letter in STARTER_LETTERS:
        target = tmp_path / f"{letter.name}.pdf"
        run = db.read(
            print_letters, Selection(contact_ids=(contact.id,)), letter.name, target, record=False
        )
        assert run.pages == 1 and run.unknown_fields == ()
        assert target.read_bytes().startswith(b"%PDF")
    db.dispose()

    # Opened again: no duplicate. A deleted starter letter stays deleted.
    db = open_database(url).db
    templates = db.read(list_templates, "letter")
    assert sorted(t.name for t in templates) == sorted(names)
    db.run(delete_template, templates[0].id)
    db.dispose()
    db = open_database(url).db
    assert len(db.read(list_templates, "letter")) == 2
    db.dispose()
