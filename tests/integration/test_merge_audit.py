"""A merge deletes the merged records: each leaves a line in the deletion log (who merged,
the name it had), on a file and on plain PostgreSQL (written from the merge's journal) as on
a team database (the server's trigger, once). Undoing the merge brings the record back,
exactly, and keeps the line (the merge did happen; ``merge_record`` says it was undone)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_crm.services.duplicates.merge import (
    list_merges,
    merge_companies,
    merge_contacts,
    unmerge,
)
from desktop_crm.services.users.audit import audit_entries
from desktop_crm.storage.models import Contact, DeletionRecord
from desktop_crm.storage.uow import Database
from tests.integration.merge_helpers import (
    RELATED_KINDS,
    add_company,
    add_contact,
    add_related,
    dump,
    shared_parents,
)
from tests.integration.team_helpers import Team


def _deletions(db: Database) -> list[tuple[str, int, str | None, int | None]]:
    with db.uow(write=False) as uow:
        rows = uow.session.scalars(select(DeletionRecord).order_by(DeletionRecord.id))
        return [(r.table_name, r.record_id, r.label, r.user_id) for r in rows]


def test_a_merge_is_logged_and_undo_still_restores_exactly(db: Database) -> None:
    parents = shared_parents(db)
    keep = add_contact(db, email="jean@exemple.fr")
    other = add_contact(db, first_name="Jeanne", last_name="MARTIN", city="Lyon 3e")
    for kind in RELATED_KINDS:
        add_related(db, other, parents, kind)
    before = dump(db)
    result = db.run(merge_contacts, keep, [other]).value
    assert _deletions(db) == [("contact", other, "Jeanne MARTIN", db.user_id)]
    assert [(e.action, e.record_id) for e in db.read(audit_entries) if e.table == "contact"] == [
        ("deleted", other)
    ]
    undone = db.run(unmerge, result.merge_id).value
    assert undone.restored_ids == (other,)
    assert dump(db) == before  # every row back as it was (the logs aside)
    with db.uow(write=False) as uow:
        assert uow.session.get(Contact, other) is not None
        assert list_merges(uow)[0].undone_at is not None
    assert len(_deletions(db)) == 1  # undoing writes no second line
    # Merged again after the undo: a second line.
    db.run(merge_contacts, keep, [other])
    assert [r[1] for r in _deletions(db)] == [other, other]


def test_a_company_merge_is_logged(db: Database) -> None:
    keep = add_company(db, name="Acme")
    other = add_company(db, name="ACME SARL")
    result = db.run(merge_companies, keep, [other]).value
    assert _deletions(db) == [("company", other, "ACME SARL", db.user_id)]
    db.run(unmerge, result.merge_id)
    assert len(_deletions(db)) == 1


@pytest.mark.postgres
def test_a_merge_on_a_team_database_is_logged_once_by_the_server(team: Team) -> None:
    from desktop_crm.services.contacts.records import create_contact

    ann, bob = team.db("ann"), team.db("bob")
    keep = ann.run(create_contact, {"first_name": "Jean", "last_name": "Martin"}).value
    other = ann.run(create_contact, {"first_name": "Jean", "last_name": "MARTIN"}).value
    result = bob.run(merge_contacts, keep.id, [other.id]).value
    assert _deletions(team.owner) == [("contact", other.id, "Jean MARTIN", bob.user_id)]
    bob.run(unmerge, result.merge_id)
    with bob.uow(write=False) as uow:
        assert uow.session.get(Contact, other.id) is not None
    assert len(_deletions(team.owner)) == 1
