"""The team rules enforced by the PostgreSQL server: private records, roles, hidden fields,
audit from the session. Two Standard logins (Ann, Bob), an administrator (Ada) and a
Restricted login (Rex), each through the application's services AND through raw SQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from desktop_crm.domain.errors import DomainError, StorageError
from desktop_crm.domain.roles import PermissionDenied
from desktop_crm.services.contacts.history import contact_history
from desktop_crm.services.contacts.lookup import count_contacts, lookup_ids
from desktop_crm.services.contacts.notes import add_note, list_notes
from desktop_crm.services.contacts.records import (
    create_contact,
    delete_contact,
    get_contact,
    update_contact,
)
from desktop_crm.services.duplicates.scan import scan
from desktop_crm.services.exporting import export_contacts
from desktop_crm.services.groups.groups import add_members, count_members, create_group
from desktop_crm.services.users.accounts import whoami
from desktop_crm.services.users.records import set_private
from desktop_crm.storage.models import History
from desktop_crm.storage.uow import UnitOfWork
from tests.integration.team_helpers import Team
from tests.pgserver import PostgresServer

pytestmark = pytest.mark.postgres

SECRET = "Zanzibar"
NOTE = "quokka-confidential"
DETAILS = "wombat-private-history"


def _private_history(uow: UnitOfWork, contact_id: int) -> int:
    entry = History(
        contact_id=contact_id, type="call", regarding="call", details=DETAILS, private=True
    )
    uow.session.add(entry)
    uow.session.flush()
    return entry.id


@pytest.fixture
def shared(team: Team) -> dict[str, Any]:
    """Ann's private contact (with a private note), a public contact with Ann's private
    history entry, a group holding both; a public duplicate of the private contact by Bob."""
    ann = team.db("ann")
    secret = ann.run(
        create_contact, {"last_name": SECRET, "first_name": "Zoé", "potential": "Big"}
    ).value
    ann.run(set_private, "contact", secret.id, True)
    public = ann.run(create_contact, {"last_name": "Public", "potential": "Large"}).value
    ann.run(add_note, NOTE, contact_id=public.id, private=True)
    ann.run(add_note, "about the secret", contact_id=secret.id)
    ann.run(_private_history, public.id)
    group = ann.run(create_group, "Salon").value
    ann.run(add_members, group.id, [secret.id, public.id])
    return {"secret": secret.id, "public": public.id, "group": group.id}


def _count(team: Team, who: str, sql: str) -> int:
    with team.raw(who).connect() as conn:
        return int(conn.execute(text(sql)).scalar() or 0)


def test_a_colleague_sees_no_private_record_through_the_services(
    team: Team, shared: dict[str, Any], tmp_path: Path
) -> None:
    bob = team.db("bob")
    assert bob.read(count_contacts) == 1
    assert list(bob.read(lookup_ids, SECRET)) == []
    assert bob.read(count_members, shared["group"]) == 1
    with pytest.raises(DomainError):
        bob.read(get_contact, shared["secret"])
    assert [n.text for n in bob.read(list_notes, contact_id=shared["public"])] == []
    history = bob.read(contact_history, shared["public"])
    assert all(DETAILS not in (e.details or "") for e in history)
    assert bob.read(contact_history, shared["public"], search="wombat") == []
    out = tmp_path / "bob.csv"
    bob.run(export_contacts, out)
    exported = out.read_text(encoding="utf-8-sig")
    assert "Public" in exported and SECRET not in exported
    # A public look-alike of the private contact: the scan cannot pair it with the hidden one.
    twin = bob.run(create_contact, {"last_name": SECRET, "first_name": "Zoé"}).value
    pairs = bob.read(scan).pairs
    assert all(shared["secret"] not in (p.a, p.b) for p in pairs)
    # Ann, who sees both, is offered the pair: the scan would have found it.
    assert any({p.a, p.b} == {shared["secret"], twin.id} for p in team.db("ann").read(scan).pairs)


def test_a_colleague_sees_no_private_record_with_raw_sql(
    team: Team, shared: dict[str, Any]
) -> None:
    contact_rows = "SELECT count(*) FROM contact"
    assert _count(team, "bob", contact_rows) == 1
    assert _count(team, "bob", f"SELECT count(*) FROM contact WHERE last_name = '{SECRET}'") == 0
    assert _count(team, "bob", f"SELECT count(*) FROM note WHERE text LIKE '%{NOTE}%'") == 0
    # Even the public note on the private contact goes with it.
    assert _count(team, "bob", "SELECT count(*) FROM note") == 0
    assert _count(team, "bob", f"SELECT count(*) FROM history WHERE details = '{DETAILS}'") == 0
    assert (
        _count(team, "bob", f"SELECT count(*) FROM history WHERE contact_id = {shared['secret']}")
        == 0
    )
    assert _count(team, "bob", "SELECT count(*) FROM group_member") == 1
    # Ann, the record manager, sees both, with raw SQL too.
    assert _count(team, "ann", contact_rows) == 2
    assert _count(team, "ann", f"SELECT count(*) FROM note WHERE text = '{NOTE}'") == 1
    assert _count(team, "ann", f"SELECT count(*) FROM history WHERE details = '{DETAILS}'") == 1
    assert _count(team, "ann", "SELECT count(*) FROM group_member") == 2
    # Bob cannot make Ann's public contact disappear from her by writing to it either.
    with team.raw("bob").begin() as conn:
        changed = conn.execute(
            text("UPDATE contact SET city = 'X' WHERE id = :i"), {"i": shared["secret"]}
        ).rowcount
    assert changed == 0


def test_the_manager_sees_her_private_records(team: Team, shared: dict[str, Any]) -> None:
    ann = team.db("ann")
    assert ann.read(count_contacts) == 2
    assert list(ann.read(lookup_ids, SECRET)) == [shared["secret"]]
    assert ann.read(count_members, shared["group"]) == 2
    assert [n.text for n in ann.read(list_notes, contact_id=shared["public"])] == [NOTE]
    assert any(e.details == DETAILS for e in ann.read(contact_history, shared["public"]))


def test_administrators_see_every_public_record_but_no_private_one(
    team: Team, shared: dict[str, Any]
) -> None:
    """ACT!'s rule, kept: a private record is its manager's only, administrators included."""
    ada = team.db("ada")
    assert ada.read(whoami).role == "administrator"
    assert ada.read(count_contacts) == 1
    assert list(ada.read(lookup_ids, "Public")) == [shared["public"]]
    assert _count(team, "ada", "SELECT count(*) FROM contact") == 1
    assert _count(team, "ada", f"SELECT count(*) FROM note WHERE text = '{NOTE}'") == 0
    # The owner (maintenance) account is not a team member: it sees everything.
    assert _count_owner(team, "SELECT count(*) FROM contact") == 2


def _count_owner(team: Team, sql: str) -> int:
    with team.owner.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar() or 0)


def test_hidden_fields_return_nothing_to_a_restricted_login(
    team: Team, shared: dict[str, Any]
) -> None:
    with team.raw("rex").connect() as conn, pytest.raises(ProgrammingError, match="permission"):
        conn.execute(text("SELECT potential FROM contact"))
    with team.raw("rex").connect() as conn, pytest.raises(ProgrammingError, match="permission"):
        conn.execute(text("SELECT * FROM contact"))
    assert _count(team, "rex", "SELECT count(*) FROM contact") == 1
    # Through the application the card still opens, the hidden field empty.
    rex = team.db("rex")
    card = rex.read(get_contact, shared["public"])
    assert card.last_name == "Public" and card.potential is None
    assert team.db("bob").read(get_contact, shared["public"]).potential == "Large"
    assert "contact.potential" in rex.read(whoami).hidden_fields
    from desktop_crm.services.users.permissions import field_rules

    assert rex.read(field_rules, "contact")["potential"] == "hidden"
    assert team.db("bob").read(field_rules, "contact") == {}
    # Saving the card unchanged works; changing a read-only field is refused, naming the role
    # and the field as the card labels it.
    rex.run(update_contact, card.id, card.version, {"potential": None, "city": "Nantes"})
    card = rex.read(get_contact, shared["public"])
    with pytest.raises(PermissionDenied, match=r"Restricted.*ID/Status"):
        rex.run(update_contact, card.id, card.version, {"id_status": "VIP"})
    with pytest.raises(PermissionDenied, match=r"Restricted.*Potential"):
        rex.run(update_contact, card.id, card.version, {"potential": "Huge"})
    assert team.db("bob").read(get_contact, shared["public"]).potential == "Large"
    with team.raw("rex").begin() as conn, pytest.raises(ProgrammingError, match="permission"):
        conn.execute(text("UPDATE contact SET potential = 'Huge'"))


def test_restricted_cannot_delete_export_or_merge(
    team: Team, shared: dict[str, Any], tmp_path: Path
) -> None:
    rex = team.db("rex")
    with pytest.raises(PermissionDenied, match="Restricted"):
        rex.run(delete_contact, shared["public"])
    with pytest.raises(PermissionDenied, match="Restricted"):
        rex.run(export_contacts, tmp_path / "x.csv")
    from desktop_crm.services.duplicates.merge import merge_contacts

    mine = rex.run(create_contact, {"last_name": "Rexy"}).value
    other = rex.run(create_contact, {"last_name": "Rexy"}).value
    with pytest.raises(PermissionDenied, match="Restricted"):
        rex.run(merge_contacts, mine.id, [other.id])
    assert not (tmp_path / "x.csv").exists()
    # The server refuses it too, whatever the client.
    with team.raw("rex").begin() as conn, pytest.raises(ProgrammingError, match="permission"):
        conn.execute(text("DELETE FROM contact WHERE id = :i"), {"i": mine.id})
    assert _count_owner(team, f"SELECT count(*) FROM contact WHERE id = {mine.id}") == 1


def test_history_names_the_session_user_not_what_the_client_says(
    team: Team, shared: dict[str, Any]
) -> None:
    bob = team.db("bob")
    ann_id = team.db("ann").read(whoami).user_id
    bob_id = bob.read(whoami).user_id
    assert ann_id and bob_id and ann_id != bob_id
    view = bob.read(get_contact, shared["public"])
    bob.set_user(ann_id)  # a lying client: claims to be Ann
    bob.run(update_contact, shared["public"], view.version, {"city": "Lyon"})
    note = bob.run(add_note, "signed by the server", contact_id=shared["public"]).value
    with team.owner.engine.connect() as conn:
        authors = conn.execute(
            text(
                "SELECT user_id FROM history WHERE contact_id = :c AND field_name = 'city' "
                "UNION ALL SELECT user_id FROM note WHERE id = :n"
            ),
            {"c": shared["public"], "n": note.id},
        ).scalars()
        assert list(authors) == [bob_id, bob_id]
    # And a new contact's record manager is its creator, from the session too.
    created = bob.run(create_contact, {"last_name": "Made by Bob"}).value
    with team.owner.engine.connect() as conn:
        manager = conn.execute(
            text("SELECT record_manager_id FROM contact WHERE id = :i"), {"i": created.id}
        ).scalar()
    assert manager == bob_id
    # Nor can Bob make Ann's contact private under her name (to hide it from the others).
    with pytest.raises(DomainError):
        bob.run(set_private, "contact", shared["public"], True)
    assert _count(team, "ada", f"SELECT count(*) FROM contact WHERE id = {shared['public']}") == 1


def test_nobody_promotes_themselves(team: Team) -> None:
    with team.raw("bob").begin() as conn, pytest.raises(ProgrammingError, match="permission"):
        conn.execute(
            text("UPDATE app_user SET role = 'administrator' WHERE login = :l"),
            {"l": team.logins["bob"]},
        )
    with team.raw("bob").begin() as conn:
        conn.execute(
            text("UPDATE app_user SET display_name = 'Robert' WHERE login = :l"),
            {"l": team.logins["bob"]},
        )
        others = conn.execute(
            text("UPDATE app_user SET display_name = 'Hacked' WHERE login = :l"),
            {"l": team.logins["ann"]},
        ).rowcount
    assert others == 0
    assert team.db("bob").read(whoami).display_name == "Robert"


def test_a_private_activity_stays_busy_time_for_the_team(team: Team) -> None:
    import datetime as dt

    from desktop_crm.storage.models import Activity

    def schedule(uow: UnitOfWork) -> int:
        act = Activity(
            type="meeting",
            regarding="Dentist (private)",
            start_at=dt.datetime(2026, 12, 3, 9, 0),
            duration_min=60,
            private=True,
            scheduled_for_id=uow.user_id,
        )
        uow.session.add(act)
        uow.session.flush()
        return act.id

    team.db("ann").run(schedule)
    assert _count(team, "bob", "SELECT count(*) FROM activity") == 0
    assert _count(team, "bob", "SELECT count(*) FROM activity WHERE regarding LIKE 'Dentist%'") == 0
    with team.raw("bob").connect() as conn:
        busy = conn.execute(text("SELECT * FROM activity_busy")).mappings().all()
    assert len(busy) == 1 and busy[0]["duration_min"] == 60
    assert "regarding" not in busy[0] and "details" not in busy[0]
    assert _count(team, "ann", "SELECT count(*) FROM activity WHERE regarding LIKE 'Dentist%'") == 1
    # In the application, Bob's calendar shows Ann's slot as busy, without its subject.
    from desktop_crm.services.activities.agenda import calendar_items

    window = (dt.datetime(2026, 12, 1), dt.datetime(2026, 12, 8))
    seen = team.db("bob").read(calendar_items, *window)
    assert [(i.start, i.end, i.regarding, i.hidden) for i in seen] == [
        (dt.datetime(2026, 12, 3, 9), dt.datetime(2026, 12, 3, 10), None, True)
    ]
    assert seen[0].scheduled_for_name == "Ann Archer"
    mine = team.db("ann").read(calendar_items, *window)
    assert [i.regarding for i in mine] == ["Dentist (private)"]


def test_a_login_that_is_not_a_member_is_told_what_to_do(
    team: Team, pg_server: PostgresServer
) -> None:
    import psycopg

    stranger = f"stranger_{team.logins['ann'].split('_')[-1]}"
    with psycopg.connect(
        f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres", autocommit=True
    ) as conn:
        conn.execute(f'CREATE ROLE "{stranger}" LOGIN')  # type: ignore[arg-type]
    try:
        from desktop_crm.services.setup import open_database

        with pytest.raises((DomainError, StorageError), match="users add"):
            open_database(team.url.replace("postgres@", f"{stranger}@", 1), create=False)
    finally:
        with psycopg.connect(
            f"host=127.0.0.1 port={pg_server.port} user=postgres dbname=postgres",
            autocommit=True,
        ) as conn:
            conn.execute(f'DROP ROLE "{stranger}"')  # type: ignore[arg-type]


def test_only_administrators_define_fields_and_processes(team: Team) -> None:
    from desktop_crm.services.fields.definitions import define_field

    with pytest.raises(PermissionDenied, match="Standard"):
        team.db("bob").run(define_field, "contact", "budget", "number")
    with team.raw("bob").begin() as conn, pytest.raises(ProgrammingError, match="permission"):
        conn.execute(
            text("INSERT INTO sales_process (name, is_default, version) VALUES ('x', false, 1)")
        )
    spec = team.db("ada").run(define_field, "contact", "budget", "number").value
    assert spec.name == "budget"


def test_the_card_line_names_the_manager_and_who_may_change_privacy(
    team: Team, shared: dict[str, Any]
) -> None:
    from desktop_crm.services.users.records import record_privacy

    seen_by_bob = team.db("bob").read(record_privacy, "contact", shared["public"])
    assert seen_by_bob is not None
    assert (seen_by_bob.manager_name, seen_by_bob.may_change) == ("Ann Archer", False)
    assert team.db("bob").read(record_privacy, "contact", shared["secret"]) is None
    seen_by_ann = team.db("ann").read(record_privacy, "contact", shared["secret"])
    assert seen_by_ann is not None and seen_by_ann.private and seen_by_ann.may_change


def test_a_password_is_set_on_the_server_quotes_and_all(team: Team) -> None:
    from desktop_crm.services.users.accounts import add_user

    login = team.logins["bob"]
    team.owner.run(add_user, login, "standard", password="it's 100% s3cret")
    with team.owner.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": login}
        ).scalar()
    assert stored and str(stored).startswith(("SCRAM-SHA-256$", "md5"))
    with pytest.raises(DomainError, match="cannot be a database login"):
        team.owner.run(add_user, 'bad"name', "standard")
