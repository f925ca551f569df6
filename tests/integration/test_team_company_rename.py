"""A company renamed on a team PostgreSQL database: its contacts follow, for every role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_crm.services.contacts.companies import create_company, get_company, update_company
from desktop_crm.services.contacts.records import create_contact, get_contact
from desktop_crm.services.users.records import set_private
from tests.integration.team_helpers import Team, team_database
from tests.pgserver import PostgresServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def team(pg_server: PostgresServer, pg_url: str) -> Iterator[Team]:
    with team_database(pg_server, pg_url) as t:
        yield t


@pytest.mark.parametrize("who", ["bob", "rex", "ada"])
def test_a_rename_by_any_role_renames_the_contacts_it_sees(team: Team, who: str) -> None:
    ann = team.db("ann")
    company = ann.run(create_company, {"name": "Dupont et Fils"}).value
    public = ann.run(
        create_contact,
        {"last_name": "Roux", "company_id": company.id, "company_name": "Dupont et Fils"},
    ).value
    secret = ann.run(
        create_contact,
        {"last_name": "Petit", "company_id": company.id, "company_name": "Dupont et Fils"},
    ).value
    ann.run(set_private, "contact", secret.id, True)

    db = team.db(who)
    version = db.read(get_company, company.id).version
    result = db.run(update_company, company.id, version, {"name": "SARL Dupont & Fils"})

    assert db.read(get_contact, public.id).company_name == "SARL Dupont & Fils"
    assert result.changes.ids("contact", "updated") == {public.id}
    # Ann's private contact is not the colleague's to see nor to write (row-level security):
    # it keeps its name; a rename by Ann herself reaches it.
    assert ann.read(get_contact, secret.id).company_name == "Dupont et Fils"
    version = ann.read(get_company, company.id).version
    ann.run(update_company, company.id, version, {"name": "SARL Dupont & Fils SA"})
    assert ann.read(get_contact, secret.id).company_name == "SARL Dupont & Fils SA"
