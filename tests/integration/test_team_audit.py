"""The audit trail: who created, changed and deleted what, and when.

On a file the deletion log is written by the services with the app's user; on a team
PostgreSQL database a trigger writes it from the session (raw SQL included, whatever the
client claims). An erasure (RGPD) leaves a fixed label, never the person's name."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from desktop_crm.cli import main
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.opportunities import OpportunityInput
from desktop_crm.services.contacts.companies import create_company, delete_company
from desktop_crm.services.contacts.records import create_contact, delete_contact, update_contact
from desktop_crm.services.groups.groups import create_group, delete_group
from desktop_crm.services.opportunities.records import create_opportunity, delete_opportunity
from desktop_crm.services.privacy.erasure import ErasureNotAllowed, erase_contact
from desktop_crm.services.users.audit import ERASED_LABEL, audit_entries
from desktop_crm.services.users.records import set_private
from desktop_crm.storage.models import DeletionRecord
from desktop_crm.storage.uow import Database
from tests.integration.privacy_helpers import FIRST, FULL, LAST, add_person, dump
from tests.integration.team_helpers import Team


def _deletions(db: Database) -> list[tuple[str, int, str | None, int | None]]:
    with db.uow(write=False) as uow:
        rows = uow.session.scalars(select(DeletionRecord).order_by(DeletionRecord.id))
        return [(r.table_name, r.record_id, r.label, r.user_id) for r in rows]


def test_deletions_are_logged_with_who_and_a_label_on_a_file(
    sqlite_db: Database, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_db
    me = db.user_id
    contact = db.run(create_contact, {"first_name": "Léa", "last_name": "Martin"}).value
    db.run(update_contact, contact.id, contact.version, {"city": "Lyon"})
    company = db.run(create_company, {"name": "Acme SARL"}).value
    group = db.run(create_group, "Salon 2026").value
    opp = db.run(create_opportunity, OpportunityInput(name="Gros contrat", amount=Decimal(5))).value
    db.run(delete_opportunity, opp.id)
    db.run(delete_group, group.id)
    db.run(delete_company, company.id)
    db.run(delete_contact, contact.id)
    assert _deletions(db) == [
        ("opportunity", opp.id, "Gros contrat", me),
        ("contact_group", group.id, "Salon 2026", me),
        ("company", company.id, "Acme SARL", me),
        ("contact", contact.id, "Léa Martin", me),
    ]
    entries = db.read(audit_entries)
    actions = {(e.action, e.table, e.record_id) for e in entries}
    assert ("deleted", "contact", contact.id) in actions
    # The contact's own history went with it; the opportunity's creation stays (unlinked).
    assert any(e.action == "created" and e.label == "Gros contrat" for e in entries)
    assert all(e.user == entries[0].user for e in entries)

    kept = db.run(create_contact, {"first_name": "Paul", "last_name": "Durand"}).value
    db.run(update_contact, kept.id, kept.version, {"city": "Nantes"})
    changed = [e for e in db.read(audit_entries) if e.action == "changed"]
    assert any(e.record_id == kept.id and "Nantes" in e.detail for e in changed)

    code = main(["audit", "--db", sqlite_url, "--json", "--since", dt.date.today().isoformat()])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {"action": "deleted", "table": "contact", "label": "Léa Martin"}.items() <= next(
        d for d in data if d["table"] == "contact" and d["action"] == "deleted"
    ).items()
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert main(["audit", "--db", sqlite_url, "--json", "--since", tomorrow]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["audit", "--db", sqlite_url, "--user", "nobody-here"]) != 0
    assert "No team member is called 'nobody-here'" in capsys.readouterr().err
    with pytest.raises(DomainError):
        db.read(audit_entries, user="nobody-here")


def test_an_erasure_leaves_a_deletion_entry_without_the_name(db: Database) -> None:
    person = add_person(db)
    db.run(erase_contact, person, "asked by letter")
    rows = [r for r in _deletions(db) if r[1] == person]
    assert rows == [("contact", person, ERASED_LABEL, db.user_id)]
    after = dump(db)
    for needle in (FULL, FIRST, LAST):
        assert needle.casefold() not in after


pg = pytest.mark.postgres


@pg
def test_the_server_logs_who_deleted_even_raw_sql_and_a_lying_client(team: Team) -> None:
    ann, bob = team.db("ann"), team.db("bob")
    ann_id, bob_id = ann.user_id, bob.user_id
    first = ann.run(create_contact, {"first_name": "Jean", "last_name": "Valjean"}).value
    second = ann.run(create_contact, {"first_name": "Cosette", "last_name": "Fauchelevent"}).value
    bob.set_user(ann_id)  # the client lies about who it is
    bob.run(delete_contact, first.id)
    with team.raw("bob").begin() as conn:  # no application code at all
        conn.execute(text("DELETE FROM contact WHERE id = :i"), {"i": second.id})
    rows = {r[1]: r for r in _deletions(team.owner)}
    assert rows[first.id] == ("contact", first.id, "Jean Valjean", bob_id)
    assert rows[second.id] == ("contact", second.id, "Cosette Fauchelevent", bob_id)
    assert len(rows) == 2  # the app wrote nothing beside the trigger
    # Nobody but the owner changes or removes the log.
    for sql in ("DELETE FROM deletion_log", "UPDATE deletion_log SET user_id = NULL"):
        with (
            pytest.raises(ProgrammingError, match="permission denied"),
            team.raw("bob").begin() as conn,
        ):
            conn.execute(text(sql))
    with (
        pytest.raises(ProgrammingError, match="permission denied"),
        team.raw("ada").begin() as conn,
    ):
        conn.execute(text("DELETE FROM deletion_log"))
    audit = team.db("ada").read(audit_entries, user=team.logins["bob"])
    assert {(e.action, e.record_id, e.user) for e in audit} >= {
        ("deleted", first.id, "Bob Baker"),
        ("deleted", second.id, "Bob Baker"),
    }


@pg
def test_a_private_deletion_is_seen_by_its_deleter_only(team: Team) -> None:
    ann = team.db("ann")
    secret = ann.run(create_contact, {"first_name": "Zoé", "last_name": "Zanzibar"}).value
    ann.run(set_private, "contact", secret.id, True)
    ann.run(delete_contact, secret.id)
    assert [r[2] for r in _deletions(ann)] == ["Zoé Zanzibar"]
    assert _deletions(team.db("bob")) == []
    with team.raw("bob").connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM deletion_log")).scalar() == 0


@pg
def test_an_erasure_on_a_team_database_keeps_no_name_in_the_log(team: Team) -> None:
    ada = team.db("ada")
    twin = ada.run(create_contact, {"first_name": "Hortense", "last_name": "Quirinal"}).value
    ada.run(delete_contact, twin.id)  # an earlier deletion logged her name...
    person = ada.run(create_contact, {"first_name": "Hortense", "last_name": "Quirinal"}).value
    # A member (even an administrator) cannot see colleagues' private notes: refused ...
    with pytest.raises(ErasureNotAllowed, match="maintenance account"):
        ada.run(erase_contact, person.id, "asked")
    # ... the maintenance account erases.
    team.owner.run(erase_contact, person.id, "asked")
    rows = [r[:3] for r in _deletions(team.owner) if r[1] == person.id]
    assert rows == [("contact", person.id, ERASED_LABEL)]
    with team.owner.engine.connect() as conn:
        labels = " ".join(
            str(v) for v in conn.execute(text("SELECT label FROM deletion_log")).scalars()
        )
    assert "Quirinal" not in labels and "Hortense" not in labels  # ...cleaned by the erasure
    assert "[effacé]" in labels
