"""User-defined fields: definitions, values per kind, history and notices, the CLI."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_crm.cli import main
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.services.contacts.records import create_contact, get_contact
from desktop_crm.services.fields import (
    bulk_set_values,
    custom_fields,
    define_field,
    remove_field,
    reorder_fields,
    set_values,
    update_field,
    values_for,
    values_of,
)
from desktop_crm.services.fields.cards import card_fields, save_contact_card
from desktop_crm.storage.models import History
from desktop_crm.storage.uow import Database


def _define_all(db: Database) -> None:
    db.run(define_field, "contact", "fin_contrat", "date", "Fin de contrat")
    db.run(define_field, "contact", "potentiel", "number", None)
    db.run(define_field, "contact", "salon", "choice", "Salon", "Lyon 2026\nParis 2025")
    db.run(define_field, "contact", "vip", "yesno")
    db.run(define_field, "contact", "origine", "text")


def _contact(db: Database) -> int:
    return db.run(create_contact, {"last_name": "Durand", "first_name": "Anne"}).value.id


def test_define_list_reorder_and_rename(db: Database) -> None:
    _define_all(db)
    specs = db.read(custom_fields, "contact")
    assert [s.name for s in specs] == ["fin_contrat", "potentiel", "salon", "vip", "origine"]
    assert specs[1].label == "Potentiel"
    assert specs[2].choices == ("Lyon 2026", "Paris 2025")
    db.run(reorder_fields, "contact", [specs[4].id, specs[0].id])
    assert [s.name for s in db.read(custom_fields, "contact")][:2] == ["origine", "fin_contrat"]
    renamed = db.run(update_field, specs[1].id, label="Potentiel (P)", name="pot").value
    assert (renamed.name, renamed.label) == ("pot", "Potentiel (P)")
    assert db.read(custom_fields, "company") == ()


@pytest.mark.parametrize(
    ("name", "kind", "choices"),
    [
        ("Potentiel", "number", None),  # upper case
        ("2x", "text", None),
        ("city", "text", None),  # a catalogue field
        ("version", "text", None),  # a system column
        ("drop table", "text", None),
        ("salon", "choice", None),  # no choices
        ("ok_name", "colour", None),  # no such kind
    ],
)
def test_bad_definitions_are_refused(db: Database, name: str, kind: str, choices: str) -> None:
    with pytest.raises(ValidationError):
        db.run(define_field, "contact", name, kind, None, choices)


def test_duplicate_name_refused_but_allowed_on_the_other_record(db: Database) -> None:
    db.run(define_field, "contact", "potentiel", "number")
    with pytest.raises(ValidationError, match="already"):
        db.run(define_field, "contact", "potentiel", "text")
    db.run(define_field, "company", "potentiel", "number")


def test_values_parsed_stored_and_read_back(db: Database) -> None:
    _define_all(db)
    contact_id = _contact(db)
    result = db.run(
        set_values,
        "contact",
        contact_id,
        {
            "fin_contrat": "31/12/2026",
            "potentiel": "12 500,5",
            "salon": "lyon 2026",
            "vip": "oui",
            "origine": "  Bouche à oreille ",
        },
    )
    expected = {
        "fin_contrat": dt.date(2026, 12, 31),
        "potentiel": Decimal("12500.5"),
        "salon": "Lyon 2026",
        "vip": True,
        "origine": "Bouche à oreille",
    }
    assert result.value == expected
    assert db.read(values_of, "contact", contact_id) == expected
    assert result.changes.touches_contact(contact_id)
    with db.uow(write=False) as uow:
        history = uow.session.scalars(
            select(History.new_value).where(
                History.contact_id == contact_id, History.field_name == "salon"
            )
        ).all()
    assert history == ["Lyon 2026"]
    # An empty string clears; an ISO date is accepted too.
    db.run(set_values, "contact", contact_id, {"origine": "", "fin_contrat": "2027-01-15"})
    values = db.read(values_of, "contact", contact_id)
    assert "origine" not in values
    assert values["fin_contrat"] == dt.date(2027, 1, 15)


def test_bad_values_are_named_and_nothing_is_written(db: Database) -> None:
    _define_all(db)
    contact_id = _contact(db)
    with pytest.raises(ValidationError) as caught:
        db.run(
            set_values,
            "contact",
            contact_id,
            {"potentiel": "beaucoup", "salon": "Nice", "fin_contrat": "32/01/2026", "vip": "1"},
        )
    fields = {p.field for p in caught.value.problems}
    assert fields == {"potentiel", "salon", "fin_contrat"}
    assert "Potentiel" in caught.value.message
    assert db.read(values_of, "contact", contact_id) == {}
    with pytest.raises(ValidationError, match="Unknown field"):
        db.run(set_values, "contact", contact_id, {"nope": "x"})
    with pytest.raises(NotFoundError):
        db.run(set_values, "contact", 999_999, {"potentiel": "1"})


def test_bulk_set_and_remove_field_removes_values(db: Database) -> None:
    _define_all(db)
    ids = [_contact(db) for _ in range(3)]
    written = db.run(
        bulk_set_values,
        "contact",
        [(ids[0], {"potentiel": Decimal(3)}), (ids[1], {"potentiel": Decimal(5), "vip": False})],
    ).value
    assert written == 3
    assert db.read(values_for, "contact", ids) == {
        ids[0]: {"potentiel": Decimal(3)},
        ids[1]: {"potentiel": Decimal(5), "vip": False},
    }
    # Replacing: the second write wins, a None clears.
    db.run(
        bulk_set_values, "contact", [(ids[0], {"potentiel": Decimal(4)}), (ids[1], {"vip": None})]
    )
    assert db.read(values_for, "contact", ids)[ids[0]] == {"potentiel": Decimal(4)}
    potentiel = next(s for s in db.read(custom_fields, "contact") if s.name == "potentiel")
    assert db.run(remove_field, potentiel.id).value == 2
    assert db.read(values_for, "contact", ids) == {}


def test_company_values(db: Database) -> None:
    from desktop_crm.storage.models import Company

    with db.uow() as uow:
        company = Company(name="Acme")
        uow.session.add(company)
        uow.commit()
        company_id = company.id
    db.run(define_field, "company", "effectif", "number", "Effectif")
    db.run(set_values, "company", company_id, {"effectif": "42"})
    assert db.read(values_of, "company", company_id) == {"effectif": Decimal(42)}


def test_card_save_writes_contact_and_fields_together(db: Database) -> None:
    _define_all(db)
    contact_id = _contact(db)
    view = db.read(get_contact, contact_id)
    with pytest.raises(ValidationError):
        db.run(save_contact_card, contact_id, view.version, {"city": "Lyon"}, {"potentiel": "x"})
    assert db.read(get_contact, contact_id).city is None  # rolled back with the fields
    db.run(save_contact_card, contact_id, view.version, {"city": "Lyon"}, {"potentiel": "7"})
    assert db.read(get_contact, contact_id).city == "Lyon"
    card = db.read(card_fields, "contact", contact_id)
    assert card.values == {"potentiel": Decimal(7)}
    assert len(card.specs) == 5


def test_cli_add_list_remove(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fields", "add", "potentiel", "--type", "number", "--db", sqlite_url]) == 0
    assert "Added the contact field 'potentiel'" in capsys.readouterr().out
    assert (
        main(
            [
                "fields",
                "add",
                "salon",
                "--type",
                "choice",
                "--choices",
                "Lyon,Paris",
                "--label",
                "Salon",
                "--on",
                "company",
                "--db",
                sqlite_url,
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["fields", "list", "--json", "--db", sqlite_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(f["on"], f["name"], f["type"]) for f in listed] == [
        ("contact", "potentiel", "number"),
        ("company", "salon", "choice"),
    ]
    assert listed[1]["choices"] == ["Lyon", "Paris"]
    assert main(["fields", "list", "--on", "company", "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "salon" in out and "potentiel" not in out
    # Errors: a clear line on stderr and a non-zero exit.
    assert main(["fields", "add", "city", "--type", "text", "--db", sqlite_url]) == 2
    assert "standard contact field" in capsys.readouterr().err
    assert main(["fields", "remove", "nope", "--db", sqlite_url]) == 2
    capsys.readouterr()
    db = Database(sqlite_url)
    contact_id = _contact(db)
    db.run(set_values, "contact", contact_id, {"potentiel": "3"})
    db.dispose()
    assert main(["fields", "remove", "potentiel", "--db", sqlite_url]) == 0
    assert "and its 1 values" in capsys.readouterr().out


def test_demo_data_has_two_user_fields_with_values(db: Database) -> None:
    from sqlalchemy import func

    from desktop_crm.services.demo.generate import generate_demo
    from desktop_crm.storage.models import ContactFieldValue

    db.run(generate_demo, 200, seed=3, today=dt.date(2026, 12, 1))
    specs = {s.name: s for s in db.read(custom_fields, "contact")}
    assert specs["fin_contrat_maintenance"].kind == "date"
    assert specs["potentiel"].kind == "number"
    with db.uow(write=False) as uow:
        counts = dict(
            uow.session.execute(
                select(ContactFieldValue.field_id, func.count()).group_by(
                    ContactFieldValue.field_id
                )
            ).all()
        )
    assert counts[specs["fin_contrat_maintenance"].id] > 5
    assert counts[specs["potentiel"].id] > 20
