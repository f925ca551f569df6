"""Right to erasure: after erasing a person, a dump of the whole database (every table,
every column, found by introspection) holds no trace of their name, e-mail, phone or
address, on SQLite and PostgreSQL; figures stay, without the person."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from desktop_crm.cli import main
from desktop_crm.services.duplicates.merge import merge_contacts
from desktop_crm.services.privacy.erasure import erase_contact, erasure_preview, phone_forms
from desktop_crm.services.privacy.suppression import is_suppressed
from desktop_crm.storage.models import (
    Base,
    ErasureRecord,
    ImportBatch,
    ImportChange,
    Opportunity,
    Sale,
)
from desktop_crm.storage.uow import Database
from tests.integration.privacy_helpers import (
    EMAIL,
    EMAIL2,
    FULL,
    MOBILE,
    NEEDLES,
    TRACE,
    add_a_row_per_reference,
    add_person,
    count,
    dump,
    insert_row,
)


def _world(db: Database) -> dict[str, int]:
    """The person with a merged duplicate, a row in every referring table, and traces of
    them in other people's and the company's records."""
    person = add_person(db)
    duplicate = add_person(db, email=EMAIL2, email2=None, phone_business=None)
    db.run(merge_contacts, person, [duplicate])
    add_a_row_per_reference(db, person)
    other = add_person(
        db,
        first_name="Jean",
        last_name="Autre",
        email="jean.autre@exemple.fr",
        email2=None,
        phone_mobile="+33698765432",
        phone_business=None,
        address1="1 rue Ailleurs",
        home_address1=None,
        referred_by=FULL,
    )
    meta = Base.metadata.tables
    with db.uow() as uow:
        s = uow.session
        company = insert_row(s, meta["company"], {"name": "Brumes SA"}, trace=TRACE)
        insert_row(s, meta["note"], {"contact_id": other}, trace=TRACE)
        insert_row(s, meta["note"], {"contact_id": other, "text": "Rappeler M. ZORGLUBIAN"})
        insert_row(s, meta["sale"], {"contact_id": person, "amount": Decimal("1234.56")})
        insert_row(s, meta["history"], {"company_id": company["id"]}, trace=TRACE)
        shared = insert_row(s, meta["activity"], {"contact_id": person}, trace=TRACE)
        for who in (person, other):
            s.execute(
                insert(meta["activity_contact"]).values(activity_id=shared["id"], contact_id=who)
            )
        batch = s.execute(insert(ImportBatch).values(file_name="salon.csv")).inserted_primary_key
        s.execute(
            insert(ImportChange).values(
                batch_id=batch[0],
                contact_id=person,
                action="updated",
                before_json=json.dumps({"last_name": "Zorglubian", "email": EMAIL}),
            )
        )
        uow.commit()
    return {"person": person, "other": other, "shared": int(shared["id"])}


def test_no_trace_of_the_person_remains_anywhere(db: Database) -> None:
    ids = _world(db)
    before = dump(db)
    assert all(n.casefold() in before for n in NEEDLES)  # the test data holds every needle
    with db.uow(write=False) as uow:
        amounts = sorted(uow.session.scalars(select(Opportunity.amount)))
        sales = sorted(uow.session.scalars(select(Sale.amount)))
        theirs = dict(
            uow.session.execute(
                select(Opportunity.id, Opportunity.version).where(
                    Opportunity.contact_id == ids["person"]
                )
            ).all()
        )
    preview = db.read(erasure_preview, ids["person"])
    assert preview.to_delete["contact"] == 1 and preview.to_delete["history"] >= 1
    assert preview.kept_without_person.get("opportunity", 0) >= 2
    result = db.run(erase_contact, ids["person"], f"Demande de {FULL} ({EMAIL}) par courrier").value
    after = dump(db)
    left = [n for n in NEEDLES if n.casefold() in after]
    assert left == [], f"still in the database: {left}"
    # figures stay, without the person
    with db.uow(write=False) as uow:
        assert sorted(uow.session.scalars(select(Opportunity.amount))) == amounts
        assert sorted(uow.session.scalars(select(Sale.amount))) == sales
        assert Decimal("1234.56") in sales
        # the opportunities kept without the person have a new version (no stale save)
        for opportunity_id, version in theirs.items():
            kept = uow.session.get(Opportunity, opportunity_id)
            assert kept is not None and kept.contact_id is None
            assert kept.version > version
        record = uow.session.get(ErasureRecord, result.record_id)
        assert record is not None and record.erased_id == ids["person"]
        assert record.reason is not None and record.reason.startswith("Demande de [effacé]")
        for channel, value in (("email", EMAIL), ("email", EMAIL2), ("phone", MOBILE)):
            assert is_suppressed(uow, channel, value), value
    assert count(db, "contact", id=ids["person"]) == 0
    assert count(db, "contact", id=ids["other"]) == 1
    # the shared meeting stays for the other attendee, without the person
    assert count(db, "activity", id=ids["shared"]) == 1
    assert count(db, "activity_contact", activity_id=ids["shared"]) == 1
    assert count(db, "merge_record") == 0 and count(db, "import_change") == 0
    assert result.suppressed >= 3


def test_a_lone_surname_goes_only_as_a_proper_noun_in_free_text(db: Database) -> None:
    person = add_person(db, first_name="Léa", last_name="Petit", city="Petit-Quevilly")
    other = add_person(
        db,
        first_name="Jean",
        last_name="Autre",
        email="a@x.fr",
        email2=None,
        phone_mobile=None,
        phone_business=None,
        address1=None,
        home_address1=None,
        city="Petit-Couronne",
    )
    meta = Base.metadata.tables
    with db.uow() as uow:
        note = insert_row(
            uow.session,
            meta["note"],
            {"contact_id": other, "text": "Un petit budget ; voir Petit, ou PETIT à l'accueil."},
        )
        uow.commit()
    db.run(erase_contact, person)
    with db.uow(write=False) as uow:
        text = uow.session.scalar(
            select(meta["note"].c.text).where(meta["note"].c.id == note["id"])
        )
        city = uow.session.scalar(
            select(meta["contact"].c.city).where(meta["contact"].c.id == other)
        )
    assert text == "Un petit budget ; voir [effacé], ou [effacé] à l'accueil."
    assert city == "Petit-Couronne"  # a town is never taken for the person


def test_erasing_twice_or_an_unknown_contact_is_a_clear_error(db: Database) -> None:
    from desktop_crm.domain.errors import NotFoundError

    person = add_person(db)
    db.run(erase_contact, person)
    with pytest.raises(NotFoundError, match="was erased on"):
        db.run(erase_contact, person)
    with pytest.raises(NotFoundError, match="There is no contact"):
        db.run(erase_contact, 987654)


def test_phone_forms_cover_the_usual_writings() -> None:
    forms = phone_forms("+33612345678")
    assert {"+33612345678", "0612345678", "06 12 34 56 78", "06.12.34.56.78"} <= forms
    assert phone_forms(None) == set() and phone_forms("12") == set()


def test_cli_erase_needs_confirmation_and_says_there_is_no_undo(
    sqlite_url: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    db = Database(sqlite_url)
    person = add_person(db)
    db.dispose()
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    assert main(["privacy", "erase", str(person), "--db", sqlite_url]) == 2
    assert "--yes" in capsys.readouterr().err
    assert (
        main(["privacy", "erase", str(person), "--yes", "--reason", "demande", "--db", sqlite_url])
        == 0
    )
    out = capsys.readouterr().out
    assert f"Erased contact #{person}" in out and "no undo" in out
    assert main(["privacy", "erase", str(person), "--yes", "--db", sqlite_url]) == 2
    assert "was erased on" in capsys.readouterr().err
