"""Companies: create, look up, update with conflicts, divisions, contacts, shared timeline."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from desktop_crm.domain.errors import ConflictError, ValidationError
from desktop_crm.domain.text import fold
from desktop_crm.services.contacts import companies, history
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.contacts.records import create_contact, get_contact, update_contact
from desktop_crm.services.fields.cards import save_company_card
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database


def test_company_lifecycle(db: Database) -> None:
    with db.uow() as uow:
        acme = companies.create_company(
            uow, {"name": "Établissements Acmé", "phone": "04 72 00 00 01", "city": "Lyon"}
        )
        uow.commit()
    assert acme.phone == "+33472000001"
    with db.uow() as uow:
        division = companies.create_company(uow, {"name": "Acmé Sud", "parent_id": acme.id})
        uow.commit()
    with db.uow() as uow:
        member = create_contact(
            uow, {"last_name": "Roux", "company_id": acme.id, "company_name": "Établissements Acmé"}
        )
        uow.commit()
    with db.uow(write=False) as uow:
        assert companies.company_ids(uow, "etab") == [acme.id]
        # "Acmé Sud" starts with the text; "Établissements Acmé" has a word that does.
        assert companies.company_ids(uow, "ACM") == [division.id, acme.id]
        assert [r.name for r in companies.divisions(uow, acme.id)] == ["Acmé Sud"]
        assert [c.id for c in companies.company_contacts(uow, acme.id)] == [member.id]
        assert companies.get_company(uow, acme.id).contact_count == 1
        timeline = history.company_history(uow, acme.id)
        rows = companies.fetch_company_rows(uow, [acme.id])
    assert [e.contact_id for e in timeline] == [member.id]
    assert rows[acme.id].phone == "04 72 00 00 01"
    assert rows[acme.id].contacts == 1


def test_company_update_conflict_and_validation(db: Database) -> None:
    with db.uow() as uow:
        acme = companies.create_company(uow, {"name": "Acme"})
        uow.commit()
    with db.uow() as uow:
        companies.update_company(uow, acme.id, acme.version, {"city": "Lyon"})
        uow.commit()
    with pytest.raises(ConflictError) as caught, db.uow() as uow:
        companies.update_company(
            uow, acme.id, acme.version, {"city": "Paris"}, original={"city": None}
        )
    assert [(c.field, c.mine, c.theirs) for c in caught.value.conflicts] == [
        ("city", "Paris", "Lyon")
    ]
    with pytest.raises(ValidationError), db.uow() as uow:
        companies.create_company(uow, {"name": " ", "email": "x@"})


# -- a rename reaches the linked contacts ------------------------------------------------------


def _contact(db: Database, last: str, **values: Any) -> int:
    return db.run(create_contact, {"last_name": last, **values}).value.id


def _company_of(db: Database, contact_id: int) -> tuple[str | None, str, int]:
    with db.uow(write=False) as uow:
        row = uow.session.execute(
            select(Contact.company_name, Contact.company_key, Contact.version).where(
                Contact.id == contact_id
            )
        ).one()
    return row[0], row[1], row[2]


def test_renaming_a_company_renames_its_contacts(db: Database) -> None:
    acme = db.run(companies.create_company, {"name": "Dupont et Fils"}).value
    same = _contact(db, "Roux", company_id=acme.id, company_name="Dupont et Fils")
    # Typed differently on purpose: the linked company's name wins all the same.
    typed = _contact(db, "Petit", company_id=acme.id, company_name="Dupont (agence Lyon)")
    blank = _contact(db, "Blanc", company_id=acme.id)
    unlinked = _contact(db, "Noir", company_name="Dupont et Fils")
    other_company = db.run(companies.create_company, {"name": "Globex"}).value
    elsewhere = _contact(db, "Vert", company_id=other_company.id, company_name="Globex")
    before = {cid: _company_of(db, cid) for cid in (same, typed, blank, unlinked, elsewhere)}

    result = db.run(
        companies.update_company, acme.id, acme.version, {"name": "SARL Dupont & Fils Été"}
    )

    assert result.value.name == "SARL Dupont & Fils Été"
    for cid in (same, typed, blank):
        name, key, version = _company_of(db, cid)
        assert (name, key) == ("SARL Dupont & Fils Été", "sarl dupont & fils ete"), cid
        assert version == before[cid][2] + 1, cid
    assert _company_of(db, unlinked) == before[unlinked]
    assert _company_of(db, elsewhere) == before[elsewhere]
    # The views hear of each contact, one by one (no reload of every contact).
    changes = result.changes
    assert changes.ids("contact", "updated") == {same, typed, blank}
    assert "contact" not in changes.bulk
    assert changes.ids("company", "updated") == {acme.id}
    assert changes.touches_contact(typed) and not changes.touches_contact(unlinked)
    # Lookups find the contacts by the new name, no longer by the old one.
    mine = {same, typed, blank, unlinked, elsewhere}
    with db.uow(write=False) as uow:
        assert set(lookup_ids(uow, "sarl")) & mine == {same, typed, blank}
        assert set(lookup_ids(uow, "sarl petit")) & mine == {typed}
        assert set(lookup_ids(uow, "dupont")) & mine == {unlinked}
        assert get_contact(uow, typed).company_name == "SARL Dupont & Fils Été"


def test_a_rename_and_its_contacts_are_one_unit_of_work(db: Database) -> None:
    acme = db.run(companies.create_company, {"name": "Acme"}).value
    member = _contact(db, "Roux", company_id=acme.id, company_name="Acme")
    with db.uow() as uow:
        companies.update_company(uow, acme.id, acme.version, {"name": "Acme Groupe"})
        uow.rollback()
    assert _company_of(db, member) == ("Acme", "acme", 1)
    # Another field changed: the contacts are left alone (no new version).
    db.run(companies.update_company, acme.id, acme.version, {"city": "Lyon"})
    assert _company_of(db, member) == ("Acme", "acme", 1)
    # The company card's save (fields and user fields together) renames them too.
    view = db.read(companies.get_company, acme.id)
    db.run(save_company_card, acme.id, view.version, {"name": "Acmé"}, {})
    assert _company_of(db, member) == ("Acmé", "acme", 2)


def test_a_card_opened_before_the_rename_meets_the_conflict_check(db: Database) -> None:
    acme = db.run(companies.create_company, {"name": "Acme"}).value
    member = _contact(db, "Roux", company_id=acme.id, company_name="Acme")
    opened = db.read(get_contact, member)
    db.run(companies.update_company, acme.id, acme.version, {"name": "Acme Groupe"})
    with pytest.raises(ConflictError) as caught, db.uow() as uow:
        update_contact(
            uow,
            member,
            opened.version,
            {"company_name": "Acme SA"},
            original={"company_name": "Acme"},
        )
    assert [(c.field, c.mine, c.theirs) for c in caught.value.conflicts] == [
        ("company_name", "Acme SA", "Acme Groupe")
    ]


def test_a_rename_updates_contacts_already_loaded_in_the_session(db: Database) -> None:
    acme = db.run(companies.create_company, {"name": "Acme"}).value
    member = _contact(db, "Roux", company_id=acme.id, company_name="Acme")
    with db.uow() as uow:
        loaded = uow.session.get(Contact, member)
        assert loaded is not None and loaded.version == 1
        companies.update_company(uow, acme.id, acme.version, {"name": "Acme Groupe"})
        assert (loaded.company_name, loaded.version) == ("Acme Groupe", 2)
        loaded.city = "Lyon"  # a later ORM write in the same unit of work is not stale
        uow.session.flush()
        uow.commit()
    assert _company_of(db, member) == ("Acme Groupe", "acme groupe", 3)


# -- looking companies up by any word of their name --------------------------------------------


def test_company_lookup_matches_any_word_start_prefixes_first(db: Database) -> None:
    names = [
        "SARL Dupont & Fils",
        "Dupont Industrie",
        "Les Fils de Martin",
        "Profilsoft",
        "L'Atelier Dupont-Durand",
        "Établissements Duponteil",
        "Bio/Vert (Lyon)",
        "Adupont",
    ]
    ids = {name: db.run(companies.create_company, {"name": name}).value.id for name in names}

    def found(text: str) -> list[str]:
        by_id = {v: k for k, v in ids.items()}
        return [by_id[i] for i in db.read(companies.company_ids, text)]

    # The name that starts with the text first, then the others in name order.
    assert found("dupont") == [
        "Dupont Industrie",
        "Établissements Duponteil",
        "L'Atelier Dupont-Durand",
        "SARL Dupont & Fils",
    ]
    assert found("FILS") == ["Les Fils de Martin", "SARL Dupont & Fils"]  # not "Profilsoft"
    assert found("durand") == ["L'Atelier Dupont-Durand"]  # after a hyphen
    assert found("atelier") == ["L'Atelier Dupont-Durand"]  # after an apostrophe
    assert found("l'at") == ["L'Atelier Dupont-Durand"]
    assert found("etabl") == ["Établissements Duponteil"]  # accents and case ignored
    assert found("dupont & f") == ["SARL Dupont & Fils"]
    assert found("dupont fils") == []  # the words typed are next to each other
    assert found("lyon") == ["Bio/Vert (Lyon)"]
    assert found("vert") == ["Bio/Vert (Lyon)"]
    assert found("&") == ["SARL Dupont & Fils"]
    assert found("ils") == []  # inside a word only
    every = [i for i in db.read(companies.company_ids, "") if i in ids.values()]
    assert every == [ids[n] for n in sorted(names, key=fold)]  # no text: all, by name
