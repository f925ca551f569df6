"""``desktop-crm users|team|whoami|reassign`` end to end, on a file and on a team server."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from desktop_crm.cli import main
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.services.users.records import set_private
from desktop_crm.storage.uow import Database
from tests.integration.team_helpers import Team


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _managers(db: Database) -> dict[str, int | None]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT last_name, record_manager_id FROM contact")).all()
    return {str(r[0]): r[1] for r in rows}


def test_users_and_reassign_on_a_file(
    sqlite_db: Database, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--db", sqlite_url)
    code, out, _ = _run(capsys, "whoami", "--json", *db)
    me = json.loads(out)
    assert code == 0 and me["role"] == "administrator" and me["team"] is False
    assert _run(capsys, "users", "add", "paul", "--name", "Paul Martin", *db)[0] == 0
    assert _run(capsys, "users", "add", "lucie", "--role", "manager", *db)[0] == 0
    code, out, _ = _run(capsys, "users", "list", "--json", *db)
    users = {u["login"]: u for u in json.loads(out)}
    assert users["paul"]["display_name"] == "Paul Martin" and users["lucie"]["role"] == "manager"
    code, _, err = _run(capsys, "users", "add", "x", "--role", "boss", *db)
    assert code == 2 and "administrator, manager, standard, restricted" in err

    paul = users["paul"]["id"]
    lucie = users["lucie"]["id"]
    ids = []
    for name in ("Alpha", "Beta", "Gamma"):
        view = sqlite_db.run(create_contact, {"last_name": name}).value
        ids.append(view.id)
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("UPDATE contact SET record_manager_id = :p"), {"p": paul})
    group = sqlite_db.run(create_group, "Salon").value
    sqlite_db.run(add_members, group.id, [ids[0]])
    # Only the group's members first, then a lookup, then everything left.
    code, out, _ = _run(
        capsys, "reassign", "--from", "paul", "--to", "lucie", "--group", "Salon", "--json", *db
    )
    assert code == 0 and json.loads(out)["counts"]["contact"] == 1
    assert _managers(sqlite_db) == {"Alpha": lucie, "Beta": paul, "Gamma": paul}
    code, out, _ = _run(
        capsys, "reassign", "--from", "paul", "--to", "lucie", "--lookup", "Bet", *db
    )
    assert code == 0 and "1 contact" in out
    assert _managers(sqlite_db)["Beta"] == lucie and _managers(sqlite_db)["Gamma"] == paul
    assert _run(capsys, "reassign", "--from", "paul", "--to", "lucie", *db)[0] == 0
    assert set(_managers(sqlite_db).values()) == {lucie}

    code, out, _ = _run(capsys, "users", "disable", "paul", *db)
    assert code == 0 and "reassign" in out
    code, _, err = _run(capsys, "reassign", "--from", "lucie", "--to", "paul", *db)
    assert code != 0 and "disabled" in err
    code, _, err = _run(capsys, "team", "setup", *db)
    assert code != 0 and "PostgreSQL" in err


@pytest.mark.postgres
def test_users_add_on_postgresql_needs_team_setup_first(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "users", "add", "someone", "--db", pg_url)
    assert code != 0 and "team setup" in err
    code, out, _ = _run(capsys, "whoami", "--json", "--db", pg_url)
    me = json.loads(out)
    # Before the setup the person is the database login, never the computer's login.
    assert code == 0 and me["login"] == "postgres" and me["team"] is False


@pytest.mark.postgres
def test_team_commands_on_postgresql(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    owner = ("--db", team.url)
    code, out, _ = _run(capsys, "team", "setup", "--json", *owner)  # again: idempotent
    assert code == 0 and "contact" in json.loads(out)["secured_tables"]
    code, out, _ = _run(capsys, "users", "list", "--json", "--db", team.url_for("bob"))
    listed = {u["login"]: u for u in json.loads(out)}
    assert listed[team.logins["rex"]]["role"] == "restricted"
    assert listed[team.logins["rex"]]["has_login"] is True

    code, out, _ = _run(capsys, "whoami", "--db", team.url_for("rex"))
    assert code == 0 and "Restricted" in out and "contact.potential" in out

    # A Standard login cannot manage users: refused with its role named, by the app...
    code, _, err = _run(capsys, "users", "add", "newbie", "--db", team.url_for("bob"))
    assert code != 0 and "Standard" in err
    # ...an administrator's login can, creating the database login too.
    newbie = team.logins["ann"].replace("ann", "new")
    team.logins["new"] = newbie  # dropped with the others at the end
    code, out, err = _run(
        capsys, "users", "add", newbie, "--role", "restricted", "--db", team.url_for("ada")
    )
    assert code == 0, err
    code, out, _ = _run(capsys, "whoami", "--json", "--db", team.url_for("new"))
    assert json.loads(out)["role"] == "restricted"
    code, out, err = _run(
        capsys, "users", "set-role", newbie, "standard", "--db", team.url_for("ada")
    )
    assert code == 0, err
    code, out, _ = _run(capsys, "whoami", "--json", "--db", team.url_for("new"))
    assert json.loads(out)["role"] == "standard"

    # Reassigning Ann's records (the owner account reaches her private ones too).
    ann = team.db("ann")
    secret = ann.run(create_contact, {"last_name": "Secret"}).value
    ann.run(set_private, "contact", secret.id, True)
    ann.run(create_contact, {"last_name": "Open"})
    code, out, err = _run(
        capsys,
        "reassign",
        "--from",
        team.logins["ann"],
        "--to",
        team.logins["bob"],
        "--json",
        *owner,
    )
    assert code == 0, err
    assert json.loads(out)["counts"]["contact"] == 2
    bob = team.db("bob")
    from desktop_crm.services.contacts.lookup import lookup_ids

    assert list(bob.read(lookup_ids, "Secret")) == [secret.id]  # now Bob's private contact
    assert list(team.db("ann").read(lookup_ids, "Secret")) == []

    code, _, _ = _run(capsys, "users", "disable", newbie, "--db", team.url_for("ada"))
    assert code == 0
    code, _, err = _run(capsys, "whoami", "--db", team.url_for("new"))
    assert code != 0
