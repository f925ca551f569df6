"""The person's identity: asked once, stored on their user row; never the OS login on paper.

The database is opened as an operating-system login ("zq_oslogin") distinct from the
person's name: letters, envelopes, e-mails and history must show the name, never the login.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from desktop_crm.domain.errors import ValidationError
from desktop_crm.printing.envelopes import find_envelope
from desktop_crm.services.contacts.history import contact_history
from desktop_crm.services.mailing.email import EmailTemplate, SendOptions, send_merge
from desktop_crm.services.mailing.postal import print_envelopes, print_letters
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import TemplateView, load_sender, save_template
from desktop_crm.services.mailing.transport import DraftTransport
from desktop_crm.services.users.identity import (
    Identity,
    UserRecord,
    compute_initials,
    identity_needed,
    list_team,
    load_identity,
    save_identity,
    save_user,
)
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.models import User
from desktop_crm.storage.uow import Database
from tests.integration.mailing_fixtures import seed

LOGIN = "zq_oslogin"
ME = Identity(
    name="Paule Écrivain",
    title="Directrice commerciale",
    phone="04 78 62 15 40",
    email="paule.ecrivain@acme.fr",
    company="ACME SAS",
    address_lines=("3 rue de la Paix", "75002 PARIS"),
    footer="SAS au capital de 10 000 €",
)


@pytest.fixture
def me_db(db_url: str) -> Iterator[Database]:
    """The database as seen by the OS login ``LOGIN`` (its user row made on first use)."""
    database = Database(db_url)
    database.resolve_team()  # on PostgreSQL the login would be the server's; pretend an OS one
    database.user_login = LOGIN
    _ = database.user_id
    yield database
    database.dispose()


def test_initials_follow_the_name() -> None:
    assert compute_initials("Jean-Pierre Martin") == "JPM"
    assert compute_initials("claire d'Aubigné") == "CDA"
    assert compute_initials("  ") == ""


def test_first_start_asks_and_the_answer_fills_the_user_and_the_sender(me_db: Database) -> None:
    assert me_db.read(identity_needed)
    blank = me_db.read(load_identity)
    assert blank.name == ""  # never the login offered as a name
    with pytest.raises(ValidationError) as caught:
        me_db.run(save_identity, Identity(name=" ", email="paule@", phone="12"))
    assert {p.field for p in caught.value.problems} == {"name", "email", "phone"}
    saved = me_db.run(save_identity, ME).value
    assert (saved.name, saved.initials, saved.phone) == ("Paule Écrivain", "PÉ", "04 78 62 15 40")
    assert not me_db.read(identity_needed)
    with me_db.uow(write=False) as uow:
        user = uow.session.scalar(select(User).where(User.login == LOGIN))
        assert user is not None
        assert (user.display_name, user.phone, user.title) == (
            "Paule Écrivain",
            "+33478621540",
            "Directrice commerciale",
        )
        sender = load_sender(uow)
    assert (sender.name, sender.company, sender.title) == (
        "Paule Écrivain",
        "ACME SAS",
        "Directrice commerciale",
    )


def test_documents_and_history_name_the_person_never_the_login(
    me_db: Database, tmp_path: Path
) -> None:
    ids = seed(me_db, {"lefevre": {"email": "opt_in"}})
    # Before anyone answered: the letter is signed by nobody rather than by the login.
    me_db.run(
        save_template,
        TemplateView(None, "letter", "Relance", body_html="<p>Merci {{prenom}}.</p>"),
    )
    me_db.run(
        print_letters,
        Selection(contact_ids=(ids["martin"],)),
        "Relance",
        tmp_path / "before.pdf",
        today=dt.date(2026, 12, 1),
    )
    with pdfplumber.open(tmp_path / "before.pdf") as pdf:
        assert LOGIN not in pdf.pages[0].extract_text()
    me_db.run(save_identity, ME)
    me_db.run(
        print_letters,
        Selection(contact_ids=(ids["martin"],)),
        "Relance",
        tmp_path / "letters.pdf",
        today=dt.date(2026, 12, 1),
    )
    me_db.run(
        print_envelopes,
        Selection(contact_ids=(ids["martin"],)),
        find_envelope("DL"),
        tmp_path / "env.pdf",
    )
    with pdfplumber.open(tmp_path / "letters.pdf") as pdf:
        letter = pdf.pages[0].extract_text()
    with pdfplumber.open(tmp_path / "env.pdf") as pdf:
        envelope = pdf.pages[0].extract_text()
    assert "Paule Écrivain" in letter and "Directrice commerciale" in letter
    assert "ACME SAS" in envelope
    assert LOGIN not in letter and LOGIN not in envelope
    drafts = DraftTransport(tmp_path / "drafts")
    template = EmailTemplate(
        "Suite", "Bonjour {{first_name}}", body_text="Bien à vous,\n{{my_signature}}\n{{my_name}}"
    )
    run = send_merge(
        me_db,
        Selection(contact_ids=(ids["lefevre"],)),
        template,
        drafts,
        SendOptions(from_address="ventes@acme.fr"),
    )
    assert run.sent == 1
    raw = drafts.written[0].read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Paule Écrivain" in body.get_content()
    assert "Paule Écrivain" in str(message["From"])
    assert LOGIN.encode() not in raw
    with me_db.uow(write=False) as uow:
        authors = {e.user_name for e in contact_history(uow, ids["martin"])}
        lefevre = {e.user_name for e in contact_history(uow, ids["lefevre"])}
    assert "Paule Écrivain" in authors and "Paule Écrivain" in lefevre
    assert LOGIN not in authors | lefevre


def test_history_filters_by_author(me_db: Database) -> None:
    ids = seed(me_db)
    me_db.run(save_identity, ME)
    other = me_db.run(save_user, UserRecord(None, "lucas.b", "Lucas Bernard")).value
    assert other.id is not None and other.initials == "LB"
    with me_db.uow(write=False) as uow:
        mine = contact_history(uow, ids["martin"], user_ids=(me_db.user_id or 0,))
        theirs = contact_history(uow, ids["martin"], user_ids=(other.id,))
    assert mine and {e.user_name for e in mine} == {"Paule Écrivain"}
    assert theirs == []


def test_users_are_listed_and_checked(me_db: Database) -> None:
    me_db.run(save_identity, ME)
    with pytest.raises(ValidationError) as caught:
        me_db.run(save_user, UserRecord(None, "bad login", "", role="boss"))
    assert {p.field for p in caught.value.problems} == {"login", "display_name", "role"}
    me_db.run(save_user, UserRecord(None, "claire.d", "Claire Dubois", role="manager"))
    with pytest.raises(ValidationError):
        me_db.run(save_user, UserRecord(None, "Claire.D", "Autre Claire"))
    team = me_db.read(list_team)
    names = [u.display_name for u in team.users]
    # (The test template's own row, made by the test run's login, is listed unnamed.)
    assert [n for n in names if n] == ["Claire Dubois", "Paule Écrivain"]
    assert LOGIN not in names and "root" not in names
    me = next(u for u in team.users if u.is_me)
    with pytest.raises(ValidationError):  # nobody locks themselves out
        me_db.run(save_user, UserRecord(**{**me.__dict__, "active": False}))


def test_the_command_line_writes_history_as_the_person(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.cli import main

    monkeypatch.setenv("LOGNAME", LOGIN)  # what getpass reads first: the OS login
    database = Database(sqlite_url)
    try:
        assert database.user_login == LOGIN
        ids = seed(database)
        database.run(save_identity, ME)
        database.run(save_template, TemplateView(None, "letter", "Voeux", body_text="Bonne année"))
    finally:
        database.dispose()
    target = tmp_path / "l.pdf"
    assert main(["letters", "--db", sqlite_url, "--template", "Voeux", "-o", str(target)]) == 0
    with pdfplumber.open(target) as pdf:
        assert LOGIN not in pdf.pages[0].extract_text()
    reopened = Database(sqlite_url)
    try:
        with reopened.uow(write=False) as uow:
            authors = {e.user_name for e in contact_history(uow, ids["martin"])}
    finally:
        reopened.dispose()
    assert "Paule Écrivain" in authors and LOGIN not in authors


def test_upgrade_keeps_the_user_rows_and_forgets_the_login_as_a_name(tmp_path: Path) -> None:
    """A 0008 file whose only user is named after the OS login: after 0013 the row and its
    history stay, the name is blank (so the first start asks), colleagues keep theirs."""
    import sqlite3

    from alembic import command
    from sqlalchemy import create_engine

    from desktop_crm.storage import migrate

    path = tmp_path / "old.sqlite"
    url = resolve_database(str(path))
    engine = create_engine(url)
    config = migrate.alembic_config(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0008")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        now = "2026-01-01 00:00:00"
        for login, name in ((LOGIN, LOGIN), ("claire.d", "Claire Dubois")):
            conn.execute(
                "INSERT INTO app_user (login, display_name, role, active, version, created_at, "
                "edited_at) VALUES (?, ?, 'standard', 1, 1, ?, ?)",
                (login, name, now, now),
            )
    database = Database(url)
    try:
        migrate.upgrade(database.engine, url, backup=False)
        database.user_login = LOGIN
        with database.uow(write=False) as uow:
            rows = dict(uow.session.execute(select(User.login, User.display_name)).all())
        assert rows == {LOGIN: "", "claire.d": "Claire Dubois"}
        assert database.read(identity_needed)
    finally:
        database.dispose()
