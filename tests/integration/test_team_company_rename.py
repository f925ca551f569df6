"""A company renamed on a team PostgreSQL database: every linked contact follows, for every
role, a colleague's private contact included, which stays hidden from the one who renames."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.services.contacts.companies import create_company, get_company, update_company
from desktop_crm.services.contacts.records import ContactView, create_contact, get_contact
from desktop_crm.services.duplicates.merge import merge_companies, unmerge
from desktop_crm.services.users.records import set_private
from desktop_crm.storage.uow import Database
from tests.integration.team_helpers import Team, team_database
from tests.pgserver import PostgresServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def team(pg_server: PostgresServer, pg_url: str) -> Iterator[Team]:
    with team_database(pg_server, pg_url) as t:
        yield t


def _contact(db: Database, company_id: int, name: str, last_name: str) -> ContactView:
    return db.run(
        create_contact, {"last_name": last_name, "company_id": company_id, "company_name": name}
    ).value


def _seen_by_owner(team: Team, contact_id: int) -> tuple[str | None, str, int]:
    with team.owner.engine.connect() as conn:
        row = conn.execute(
            text("SELECT company_name, company_key, version FROM contact WHERE id = :i"),
            {"i": contact_id},
        ).one()
    return row.company_name, row.company_key, row.version


def _visible_ids(team: Team, who: str, company_id: int) -> set[int]:
    with team.raw(who).connect() as conn:
        return set(
            conn.execute(
                text("SELECT id FROM contact WHERE company_id = :c"), {"c": company_id}
            ).scalars()
        )


@pytest.mark.parametrize("who", ["bob", "rex", "ada"])
def test_a_rename_by_any_role_reaches_a_colleagues_private_contact_unseen(
    team: Team, who: str
) -> None:
    ann = team.db("ann")
    company = ann.run(create_company, {"name": "SARL Dupont"}).value
    public = _contact(ann, company.id, "SARL Dupont", "Roux")
    secret = _contact(ann, company.id, "SARL Dupont", "Petit")
    ann.run(set_private, "contact", secret.id, True)
    _name, _key, secret_version = _seen_by_owner(team, secret.id)

    db = team.db(who)
    version = db.read(get_company, company.id).version
    result = db.run(update_company, company.id, version, {"name": "Dupont Industrie"})

    assert db.read(get_contact, public.id).company_name == "Dupont Industrie"
    # Ann's private contact follows the name, with a new version (a card open on it hears
    # of the change)...
    assert ann.read(get_contact, secret.id).company_name == "Dupont Industrie"
    assert _seen_by_owner(team, secret.id) == (
        "Dupont Industrie",
        "dupont industrie",
        secret_version + 1,
    )
    # ...and stays hidden from the colleague: no notice, no count, no access.
    assert result.changes.ids("contact", "updated") == {public.id}
    assert db.read(get_company, company.id).contact_count == 1
    assert _visible_ids(team, who, company.id) == {public.id}
    with pytest.raises(NotFoundError):
        db.read(get_contact, secret.id)


def test_a_rename_the_user_may_not_make_is_refused_and_changes_nothing(team: Team) -> None:
    ann, bob = team.db("ann"), team.db("bob")
    company = ann.run(create_company, {"name": "Atelier Roux"}).value
    contact = _contact(ann, company.id, "Atelier Roux", "Roux")
    ann.run(set_private, "company", company.id, True)
    ann.run(set_private, "contact", contact.id, True)
    before = _seen_by_owner(team, contact.id)

    with pytest.raises(NotFoundError):
        bob.run(update_company, company.id, 1, {"name": "Roux SA"})
    # The server function is no way around it: Bob may not rename Ann's private company's
    # contacts, nor give a company's contacts a name other than the company's own.
    public = ann.run(create_company, {"name": "Public SA"}).value
    other = _contact(ann, public.id, "Public SA", "Blanc")
    ann.run(set_private, "contact", other.id, True)
    for company_id, name in ((company.id, "Atelier Roux"), (public.id, "Faux nom")):
        with team.raw("bob").begin() as conn, pytest.raises(DBAPIError):
            conn.execute(
                text("SELECT crm_contacts_follow_company(:c, :n, :k)"),
                {"c": company_id, "n": name, "k": name.lower()},
            )
    assert _seen_by_owner(team, contact.id) == before
    assert _seen_by_owner(team, other.id)[0] == "Public SA"
    assert ann.read(get_company, company.id).name == "Atelier Roux"


def test_a_company_merge_and_its_undo_reach_a_colleagues_private_contact(team: Team) -> None:
    ann, bob = team.db("ann"), team.db("bob")
    kept = ann.run(create_company, {"name": "Dupont"}).value
    other = ann.run(create_company, {"name": "Dupont Industrie SA"}).value
    secret = _contact(ann, kept.id, "Dupont", "Petit")
    ann.run(set_private, "contact", secret.id, True)

    merged = bob.run(merge_companies, kept.id, [other.id], {"name": other.id})
    assert bob.read(get_company, kept.id).name == "Dupont Industrie SA"
    assert ann.read(get_contact, secret.id).company_name == "Dupont Industrie SA"
    assert secret.id not in merged.changes.ids("contact", "updated")

    undone = bob.run(unmerge, merged.value.merge_id, force=True)
    assert bob.read(get_company, kept.id).name == "Dupont"
    assert _seen_by_owner(team, secret.id)[:2] == ("Dupont", "dupont")
    assert secret.id not in undone.changes.ids("contact", "updated")
