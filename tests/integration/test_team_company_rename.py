"""A company renamed on a team PostgreSQL database: every linked contact follows, for every
role, a colleague's private contact included, which stays hidden from the one who renames."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.services.contacts.companies import (
    contact_company_fields,
    create_company,
    get_company,
    update_company,
)
from desktop_crm.services.contacts.records import ContactView, create_contact, get_contact
from desktop_crm.services.duplicates.merge import merge_companies, unmerge
from desktop_crm.services.users.records import set_private
from desktop_crm.storage.uow import Database
from tests.integration.team_helpers import Team

pytestmark = pytest.mark.postgres


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
    # The server function is no way around it: Bob may not touch Ann's private company's
    # contacts.
    with team.raw("bob").begin() as conn, pytest.raises(DBAPIError, match="not the session"):
        conn.execute(text("SELECT crm_contacts_follow_company(:c)"), {"c": company.id})
    assert _seen_by_owner(team, contact.id) == before
    assert ann.read(get_company, company.id).name == "Atelier Roux"


def test_the_server_function_takes_no_text_and_writes_only_what_differs(team: Team) -> None:
    """Bob, who sees none of the company's contacts, can neither give them a key of his
    choosing (nor learn from a too-long one that they exist) nor bump their version."""
    ann = team.db("ann")
    company = ann.run(create_company, {"name": "Public SA"}).value
    secret = _contact(ann, company.id, "Public SA", "Blanc")
    ann.run(set_private, "contact", secret.id, True)
    before = _seen_by_owner(team, secret.id)

    with team.raw("bob").begin() as conn, pytest.raises(DBAPIError):
        conn.execute(  # the old signature, with the caller's name and key, is gone
            text("SELECT crm_contacts_follow_company(:c, :n, :k)"),
            {"c": company.id, "n": "Public SA", "k": "x" * 500},
        )
    with team.raw("bob").begin() as conn:
        for _ in range(3):
            conn.execute(text("SELECT crm_contacts_follow_company(:c)"), {"c": company.id})
    assert _seen_by_owner(team, secret.id) == before == ("Public SA", "public sa", before[2])


LONG = ("Société des Établissements Œuvres & Fils " * 4)[:160]  # as long as names go
NAMES = [
    "Société Générale d'Équipement",
    "  ÉCOLE   Supérieure ",
    "Große Straße GmbH",
    ("Straße " * 23)[:159] + "ß",  # its key folds to more than 160 characters: cut
    LONG,
    LONG[:157] + " Zß",
]


def test_a_hidden_contact_gets_what_a_visible_one_gets_for_accented_and_long_names(
    team: Team,
) -> None:
    """The server function cuts the company's own name and key; Python's
    ``contact_company_fields`` gives the same for every name (visible contacts)."""
    ann, bob = team.db("ann"), team.db("bob")
    company = ann.run(create_company, {"name": "Départ"}).value
    seen = _contact(ann, company.id, "Départ", "Roux")
    secret = _contact(ann, company.id, "Départ", "Petit")
    ann.run(set_private, "contact", secret.id, True)
    for name in NAMES:
        version = bob.read(get_company, company.id).version
        renamed = bob.run(update_company, company.id, version, {"name": name}).value
        expected = contact_company_fields(renamed.name)
        with team.owner.engine.connect() as conn:
            stored_key = conn.execute(
                text("SELECT name_key FROM company WHERE id = :i"), {"i": company.id}
            ).scalar_one()
        assert expected == (renamed.name[:160], stored_key[:160])
        assert _seen_by_owner(team, secret.id)[:2] == expected, name
        assert _seen_by_owner(team, seen.id)[:2] == expected, name


def test_the_function_mirrors_the_contact_policy(team: Team) -> None:
    """crm_contacts_follow_company writes the rows this policy hides: if the policy changes,
    the function (migration 0015, ``HIDDEN``) must change with it."""
    with team.owner.engine.connect() as conn:
        policy = conn.execute(
            text(
                "SELECT pg_get_expr(polqual, polrelid) FROM pg_policy "
                "WHERE polrelid = 'public.contact'::regclass AND polname = 'crm_visible'"
            )
        ).scalar_one()
    assert policy == (
        "((NOT private) OR (record_manager_id = ( SELECT crm_user_id() AS crm_user_id)))"
    )


def _merge_and_undo_keeps_typed_text(owner: Database, merger: Database) -> tuple[str, str]:
    kept = owner.run(create_company, {"name": "Dupont"}).value
    other = owner.run(create_company, {"name": "Dupont Industrie SA"}).value
    typed = _contact(owner, kept.id, "Dupont - agence de Lyon", "Roux")
    merged = merger.run(merge_companies, kept.id, [other.id], {"name": other.id})
    after_merge = merger.read(get_contact, typed.id).company_name
    merger.run(unmerge, merged.value.merge_id, force=True)
    return str(after_merge), str(merger.read(get_contact, typed.id).company_name)


def test_a_merge_undo_keeps_a_visible_contacts_restored_text_on_postgresql(team: Team) -> None:
    names = _merge_and_undo_keeps_typed_text(team.db("ann"), team.db("bob"))
    assert names == ("Dupont Industrie SA", "Dupont - agence de Lyon")


def test_a_merge_undo_keeps_a_visible_contacts_restored_text_on_sqlite(
    sqlite_db: Database,
) -> None:
    names = _merge_and_undo_keeps_typed_text(sqlite_db, sqlite_db)
    assert names == ("Dupont Industrie SA", "Dupont - agence de Lyon")


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


def test_a_merge_keeps_a_colleagues_private_contact_of_a_merged_company_linked(
    team: Team,
) -> None:
    """The merge deletes the merged company; the server (migration 0016's trigger) first
    relinks Ann's private contact of it to the kept company, with its name. Bob learns
    nothing of it, and his undo leaves it with the kept company (it was never in his
    journal). Still no stand-alone "move" function anyone could call."""
    ann, bob = team.db("ann"), team.db("bob")
    kept = ann.run(create_company, {"name": "Dupont"}).value
    other = ann.run(create_company, {"name": "Dupont Industrie SA"}).value
    secret = _contact(ann, other.id, "Dupont Industrie SA", "Petit")
    ann.run(set_private, "contact", secret.id, True)

    merged = bob.run(merge_companies, kept.id, [other.id], {"name": kept.id})
    relinked = ann.read(get_contact, secret.id)
    assert (relinked.company_id, relinked.company_name) == (kept.id, "Dupont")
    assert secret.id not in merged.changes.ids("contact", "updated")
    assert _visible_ids(team, "bob", kept.id) == set()
    bob.run(unmerge, merged.value.merge_id, force=True)
    assert ann.read(get_company, other.id).name == "Dupont Industrie SA"
    assert ann.read(get_contact, secret.id).company_id == kept.id
    with team.owner.engine.connect() as conn:
        assert (
            conn.execute(
                text(
                    "SELECT to_regprocedure('public.crm_contacts_move_company(integer[], integer)')"
                )
            ).scalar()
            is None
        )
