"""The duplicate scan limited to a group's members (the wizard's "members of a group")."""

from __future__ import annotations

from desktop_crm.services.duplicates.scan import scan
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.storage.uow import Database
from tests.integration.merge_helpers import add_contact


def test_scan_of_a_group_compares_only_its_members(db: Database) -> None:
    people = [
        add_contact(db, first_name="Marc", last_name="Lefèvre", postcode="69003"),
        add_contact(db, first_name="marc", last_name="LEFEVRE", postcode="69003"),
        add_contact(db, first_name="Anne", last_name="Roux", postcode="44000"),
        add_contact(db, first_name="anne", last_name="ROUX", postcode="44000"),
    ]
    with db.uow() as uow:
        group = create_group(uow, "Salon Lyon")
        add_members(uow, group.id, people[2:])
        dynamic = create_group(uow, "Lyon 3e", query_text='postcode = "69003"')
        uow.commit()
    with db.uow(write=False) as uow:
        everyone = scan(uow)
        static = scan(uow, group_id=group.id)
        by_query = scan(uow, group_id=dynamic.id)
    assert {(p.a, p.b) for p in everyone.pairs} == {(people[0], people[1]), (people[2], people[3])}
    assert static.records == 2
    assert {(p.a, p.b) for p in static.pairs} == {(people[2], people[3])}
    assert {(p.a, p.b) for p in by_query.pairs} == {(people[0], people[1])}
