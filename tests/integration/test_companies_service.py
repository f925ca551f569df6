"""Companies: create, look up, update with conflicts, divisions, contacts, shared timeline."""

from __future__ import annotations

import pytest

from desktop_crm.domain.errors import ConflictError, ValidationError
from desktop_crm.services.contacts import companies, history
from desktop_crm.services.contacts.records import create_contact
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
        assert set(companies.company_ids(uow, "ACM")) == {division.id}
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
