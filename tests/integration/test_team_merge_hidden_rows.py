"""A company merge on a team PostgreSQL database keeps a colleague's private rows of the
merged-away company linked (to the kept company), still hidden from the one who merges; the
server trigger doing it (migration 0016) moves nothing outside a real merge's DELETE."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop_crm.domain.errors import DomainError
from desktop_crm.services.contacts.companies import create_company, delete_company, get_company
from desktop_crm.services.duplicates.merge import merge_companies, unmerge
from desktop_crm.services.users.records import set_private
from desktop_crm.storage import migrate
from desktop_crm.storage.models import Activity, Company, Contact, History, Note, Opportunity, Sale
from desktop_crm.storage.uow import UnitOfWork
from tests.integration.team_helpers import (
    SAFE_PATH,
    Team,
    row_exists,
    seen_by,
    user_id,
)
from tests.pgserver import PostgresServer

pytestmark = pytest.mark.postgres


@dataclass(frozen=True)
class Hidden:
    """Ann's rows on a company that Bob cannot see: table -> row id."""

    contact: int
    private_note: int
    note_of_private_contact: int
    history: int
    activity: int
    opportunity: int
    sale: int
    division: int

    def rows(self) -> dict[str, tuple[str, int]]:
        """label -> (table, id)"""
        return {
            "contact": ("contact", self.contact),
            "private_note": ("note", self.private_note),
            "note_of_private_contact": ("note", self.note_of_private_contact),
            "history": ("history", self.history),
            "activity": ("activity", self.activity),
            "opportunity": ("opportunity", self.opportunity),
            "sale": ("sale", self.sale),
            "division": ("company", self.division),
        }


def _hidden_rows(uow: UnitOfWork, company_id: int, name: str, ann: int) -> Hidden:
    """As the owner: Ann's private rows of ``company_id`` (and rows of her private contact)."""
    session = uow.session
    now = dt.datetime(2026, 3, 2, 9, 30)
    contact = Contact(
        last_name="Petit",
        company_id=company_id,
        company_name=name,
        company_key=name.lower(),
        private=True,
        record_manager_id=ann,
    )
    division = Company(
        name="Dupont Lyon",
        name_key="dupont lyon",
        parent_id=company_id,
        private=True,
        record_manager_id=ann,
    )
    session.add_all([contact, division])
    session.flush()
    rows = [
        Note(company_id=company_id, user_id=ann, private=True, text="Ann's secret"),
        Note(company_id=company_id, contact_id=contact.id, user_id=ann, text="On Petit"),
        History(company_id=company_id, user_id=ann, private=True, type="call", occurred_at=now),
        Activity(
            company_id=company_id,
            scheduled_for_id=ann,
            private=True,
            type="meeting",
            start_at=now,
        ),
        Opportunity(name="Petit's deal", company_id=company_id, contact_id=contact.id),
        Sale(company_id=company_id, contact_id=contact.id, sold_on=now.date(), amount=Decimal(9)),
    ]
    session.add_all(rows)
    session.flush()
    note, contact_note, history, activity, opportunity, sale = (int(r.id) for r in rows)
    # The application stamps the session's person on new records: make them Ann's.
    for table, column, row_id in (
        ("contact", "record_manager_id", contact.id),
        ("company", "record_manager_id", division.id),
        ("note", "user_id", note),
        ("note", "user_id", contact_note),
        ("history", "user_id", history),
        ("activity", "scheduled_for_id", activity),
    ):
        session.execute(
            text(f"UPDATE {table} SET {column} = :a WHERE id = :i"), {"a": ann, "i": row_id}
        )
    return Hidden(contact.id, note, contact_note, history, activity, opportunity, sale, division.id)


def _links(team: Team, hidden: Hidden) -> dict[str, int | None]:
    """Where each hidden row points now, read by the owner (None: gone or unlinked)."""
    out: dict[str, int | None] = {}
    with team.owner.engine.connect() as conn:
        for label, (table, row_id) in hidden.rows().items():
            column = "parent_id" if table == "company" else "company_id"
            row = conn.execute(
                text(f"SELECT {column} FROM {table} WHERE id = :i"), {"i": row_id}
            ).first()
            out[label] = None if row is None else row[0]
    return out


def _two_companies(team: Team) -> tuple[int, int, Hidden]:
    ann = team.db("ann")
    kept = ann.run(create_company, {"name": "Dupont"}).value
    other = ann.run(create_company, {"name": "Dupont Industrie SA"}).value
    hidden = team.owner.run(
        _hidden_rows, other.id, "Dupont Industrie SA", user_id(team, "ann")
    ).value
    return kept.id, other.id, hidden


@pytest.mark.parametrize("who", ["bob", "ada"])
def test_a_merge_keeps_a_colleagues_hidden_rows_linked_and_hidden(team: Team, who: str) -> None:
    kept, other, hidden = _two_companies(team)
    assert seen_by(team, who, hidden.rows()) == set()
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())
    with team.owner.engine.connect() as conn:
        version = conn.execute(
            text("SELECT version FROM contact WHERE id = :i"), {"i": hidden.contact}
        ).scalar_one()

    db = team.db(who)
    merged = db.run(merge_companies, kept, [other], {"name": other})

    # Nothing lost, nothing unlinked: every row now hangs off the kept company...
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)
    with team.owner.engine.connect() as conn:
        contact = conn.execute(
            text("SELECT company_name, company_key, version FROM contact WHERE id = :i"),
            {"i": hidden.contact},
        ).one()
    # ...the contact shows the kept company's final name, with a new version...
    assert (contact.company_name, contact.company_key) == (
        "Dupont Industrie SA",
        "dupont industrie sa",
    )
    assert contact.version > version
    # ...and the merging user still sees none of them, nor hears of them.
    assert seen_by(team, who, hidden.rows()) == set()
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())
    assert hidden.contact not in merged.changes.ids("contact", "updated")
    assert db.read(get_company, kept).contact_count == 0
    assert merged.value.moved == {}  # counts only what the user saw
    assert not row_exists(team, "company", other)


def test_an_undo_brings_back_what_the_user_saw_and_leaves_hidden_rows_with_the_kept_company(
    team: Team,
) -> None:
    kept, other, hidden = _two_companies(team)
    bob = team.db("bob")
    with team.raw("bob").begin() as conn:
        seen_note = conn.execute(
            text(
                "INSERT INTO note (company_id, text, private, version, created_at, edited_at, "
                "noted_at) VALUES (:c, 'Bob', false, 1, now(), now(), now()) RETURNING id"
            ),
            {"c": other},
        ).scalar_one()

    merged = bob.run(merge_companies, kept, [other])
    assert merged.value.moved == {"note": 1}
    bob.run(unmerge, merged.value.merge_id, force=True)

    assert bob.read(get_company, other).name == "Dupont Industrie SA"
    with team.owner.engine.connect() as conn:
        back = conn.execute(text("SELECT company_id FROM note WHERE id = :i"), {"i": seen_note})
        assert back.scalar_one() == other
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())


def test_a_deletion_without_a_merge_does_what_the_foreign_keys_say(team: Team) -> None:
    kept, other, hidden = _two_companies(team)
    team.db("bob").run(delete_company, other)

    links = _links(team, hidden)
    assert links.pop("private_note") is None  # ON DELETE CASCADE, as ever
    assert links.pop("note_of_private_contact") is None
    assert not row_exists(team, "note", hidden.private_note)
    assert links == dict.fromkeys(links, None)  # ON DELETE SET NULL
    assert row_exists(team, "contact", hidden.contact)
    assert kept != other


def _delete_with_setting(team: Team, who: str, company: int, setting: str) -> None:
    with team.raw(who).begin() as conn:
        conn.execute(text("SELECT set_config('crm.merge_keep', :v, true)"), {"v": setting})
        conn.execute(text("DELETE FROM company WHERE id = :i"), {"i": company})


def test_a_kept_company_the_session_may_not_use_is_refused_and_changes_nothing(
    team: Team,
) -> None:
    kept, other, hidden = _two_companies(team)
    ann = team.db("ann")
    anns_private = ann.run(create_company, {"name": "Ann's own"}).value
    ann.run(set_private, "company", anns_private.id, True)
    assert team.db("bob").read(get_company, other).name == "Dupont Industrie SA"

    refusals = {
        str(other): "cannot be merged into itself",
        str(anns_private.id): "not the session's to merge into",  # exists, hidden from Bob
        "999999": "not the session's to merge into",  # the same words: nothing is learnt
        f"{kept}; DROP TABLE note": "must be the id of the kept company",
        "-1": "must be the id of the kept company",
    }
    for setting, message in refusals.items():
        with pytest.raises(DBAPIError, match=message):
            _delete_with_setting(team, "bob", other, setting)
        assert _links(team, hidden) == dict.fromkeys(hidden.rows(), other), setting
        assert row_exists(team, "company", other)
    with team.owner.engine.connect() as conn:
        private_links = conn.execute(
            text("SELECT count(*) FROM note WHERE company_id = :c"), {"c": anns_private.id}
        ).scalar_one()
    assert private_links == 0


def test_a_plain_delete_with_the_setting_moves_only_the_hidden_rows(team: Team) -> None:
    """Bob's own note of the deleted company is his DELETE's business (the cascade takes it,
    as without the setting); only the rows he cannot see are relinked."""
    kept, other, hidden = _two_companies(team)
    with team.raw("bob").begin() as conn:
        bobs_note = conn.execute(
            text(
                "INSERT INTO note (company_id, text, private, version, created_at, edited_at, "
                "noted_at) VALUES (:c, 'Bob', true, 1, now(), now(), now()) RETURNING id"
            ),
            {"c": other},
        ).scalar_one()
    _delete_with_setting(team, "bob", other, str(kept))
    assert not row_exists(team, "note", bobs_note)
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)


def test_a_restricted_login_cannot_delete_a_company_with_or_without_the_setting(
    team: Team,
) -> None:
    kept, other, hidden = _two_companies(team)
    with pytest.raises(DBAPIError, match="permission denied"):
        _delete_with_setting(team, "rex", other, str(kept))
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), other)


POLICIES = {
    "contact": "((NOT private) OR (record_manager_id = ( SELECT crm_user_id() AS crm_user_id)))",
    "company": "((NOT private) OR (record_manager_id = ( SELECT crm_user_id() AS crm_user_id)))",
}


def test_the_trigger_mirrors_the_policies(team: Team) -> None:
    """crm_merge_keep_hidden() relinks the rows these policies hide (migration 0016,
    ``HIDDEN``): if a policy changes, the trigger must change with it."""
    hidden_contact = "( SELECT crm_hidden_contact_ids() AS crm_hidden_contact_ids)"
    hidden_company = "( SELECT crm_hidden_company_ids() AS crm_hidden_company_ids)"

    def of(column: str, ids: str) -> str:
        return f"(({column} IS NULL) OR (NOT ({column} IN {ids})))"

    def own(owner: str) -> str:
        return f"((NOT private) OR ({owner} = ( SELECT crm_user_id() AS crm_user_id)))"

    expected = {
        **POLICIES,
        "note": f"({own('user_id')} AND {of('company_id', hidden_company)} AND "
        f"{of('contact_id', hidden_contact)})",
        "history": f"({own('user_id')} AND {of('company_id', hidden_company)} AND "
        f"{of('contact_id', hidden_contact)})",
        "activity": f"({own('scheduled_for_id')} AND {of('company_id', hidden_company)} AND "
        f"{of('contact_id', hidden_contact)})",
        "opportunity": f"({of('company_id', hidden_company)} AND "
        f"{of('contact_id', hidden_contact)})",
        "sale": f"({of('company_id', hidden_company)} AND {of('contact_id', hidden_contact)})",
    }
    with team.owner.engine.connect() as conn:
        found = dict(
            conn.execute(
                text(
                    "SELECT polrelid::regclass::text, pg_get_expr(polqual, polrelid) "
                    "FROM pg_policy WHERE polname = 'crm_visible' AND polrelid = ANY("
                    "ARRAY['contact', 'company', 'note', 'history', 'activity', 'opportunity', "
                    "'sale']::regclass[])"
                )
            ).all()
        )
        # Every foreign key to company that would unlink or delete a row is handled.
        actions = set(
            conn.execute(
                text(
                    "SELECT conrelid::regclass::text || '.' || a.attname FROM pg_constraint c "
                    "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                    "WHERE c.contype = 'f' AND c.confrelid = 'public.company'::regclass"
                )
            ).scalars()
        )
    assert found == expected
    assert actions == {
        "contact.company_id",
        "company.parent_id",
        "note.company_id",
        "history.company_id",
        "activity.company_id",
        "opportunity.company_id",
        "sale.company_id",
        # visible whenever the company is (the merge moves them itself):
        "group_company.company_id",
        "company_field_value.company_id",
    }


def test_migration_0016_up_and_down_on_postgresql(pg_server: PostgresServer) -> None:
    suffix = uuid.uuid4().hex[:6]
    name, owner = f"m16_{suffix}", f"crm_tables_{suffix}"
    url = pg_server.create_database(name)
    engine = create_engine(url)
    config = migrate.alembic_config(url)
    query = text(
        "SELECT p.proname, pg_get_userbyid(p.proowner), p.prosecdef, p.proconfig, "
        "has_function_privilege('public', p.oid, 'EXECUTE') FROM pg_trigger t "
        "JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = 'public.company'::regclass AND t.tgname = 'crm_merge_keep'"
    )
    try:
        command.upgrade(config, "0015")
        with engine.begin() as conn:
            conn.execute(text(f'CREATE ROLE "{owner}" NOLOGIN'))
            for table in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars():
                conn.execute(text(f'ALTER TABLE public."{table}" OWNER TO "{owner}"'))
        command.upgrade(config, "0016")
        with engine.connect() as conn:
            assert conn.execute(query).all() == [
                ("crm_merge_keep_hidden", owner, True, [SAFE_PATH], False)
            ]
        command.downgrade(config, "0015")
        with engine.connect() as conn:
            assert conn.execute(query).all() == []
            assert (
                conn.execute(
                    text("SELECT to_regprocedure('public.crm_merge_keep_hidden()')")
                ).scalar()
                is None
            )
        command.upgrade(config, "head")
        with engine.connect() as conn:
            assert len(conn.execute(query).all()) == 1
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                migrate.SCHEMA_HEAD
            )
    finally:
        engine.dispose()
        pg_server.drop_database(name)
        with create_engine(pg_server.url("postgres")).connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{owner}"'))
            conn.commit()


def test_migration_0016_changes_nothing_on_sqlite(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "crm.sqlite"
    url = f"sqlite:///{path}"
    config = migrate.alembic_config(url)
    command.upgrade(config, "0015")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            before = conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all()
        command.upgrade(config, "0016")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all() == before
        command.downgrade(config, "0015")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all() == before
    finally:
        engine.dispose()


def test_a_merge_of_several_companies_keeps_the_hidden_rows_of_each(team: Team) -> None:
    kept, first, hidden_first = _two_companies(team)
    second = team.db("ann").run(create_company, {"name": "Dupont SARL"}).value.id
    hidden_second = team.owner.run(_hidden_rows, second, "Dupont SARL", user_id(team, "ann"))
    team.db("bob").run(merge_companies, kept, [first, second])
    for hidden in (hidden_first, hidden_second.value):
        assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)
        assert seen_by(team, "bob", hidden.rows()) == set()


def _bobs_private_company(team: Team) -> int:
    bob = team.db("bob")
    own = bob.run(create_company, {"name": "Bob's own"}).value.id
    bob.run(set_private, "company", own, True)
    return int(own)


def test_a_merge_into_the_users_private_company_is_refused_and_changes_nothing(
    team: Team,
) -> None:
    """Ann's hidden rows of a shared company would disappear from her own sight into Bob's
    private company (and her private contact would show its name)."""
    _kept, other, hidden = _two_companies(team)
    own = _bobs_private_company(team)
    with pytest.raises(DomainError, match="a private company cannot take in a shared one's"):
        team.db("bob").run(merge_companies, own, [other])
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), other)
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())
    assert row_exists(team, "company", other)
    with team.owner.engine.connect() as conn:
        name = conn.execute(
            text("SELECT company_name FROM contact WHERE id = :i"), {"i": hidden.contact}
        ).scalar_one()
    assert name == "Dupont Industrie SA"


def test_the_server_refuses_a_private_kept_company_with_or_without_hidden_rows(
    team: Team,
) -> None:
    _kept, other, hidden = _two_companies(team)
    own = _bobs_private_company(team)
    bare = team.db("bob").run(create_company, {"name": "Martin"}).value.id
    for company in (other, bare):  # the same refusal: it says nothing of hidden rows
        with pytest.raises(DBAPIError, match="a private company cannot take in a shared one's"):
            _delete_with_setting(team, "bob", company, str(own))
        assert row_exists(team, "company", company)
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), other)
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())
    # Bob's own private company may take in his other private one.
    mine = _bobs_private_company(team)
    _delete_with_setting(team, "bob", mine, str(own))
    assert not row_exists(team, "company", mine)


def _parents(team: Team, *ids: int) -> dict[int, int | None]:
    with team.owner.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, parent_id FROM company WHERE id = ANY(:ids)"), {"ids": list(ids)}
        ).all()
    return {int(r[0]): r[1] for r in rows}


def test_a_hidden_division_above_the_kept_company_is_unlinked_not_made_a_loop(
    team: Team,
) -> None:
    """Ann's private division D of X is the parent of the kept company K: D becoming K's
    division would make a loop K -> D -> K. The foreign key unlinks D instead."""
    kept, other, hidden = _two_companies(team)
    with team.owner.engine.begin() as conn:
        conn.execute(
            text("UPDATE company SET parent_id = :d WHERE id = :k"),
            {"d": hidden.division, "k": kept},
        )
    team.db("bob").run(merge_companies, kept, [other], {"parent_id": kept})
    assert _parents(team, kept, hidden.division) == {kept: hidden.division, hidden.division: None}
    links = _links(team, hidden)
    assert links.pop("division") is None
    assert links == dict.fromkeys(links, kept)


def test_a_loop_through_a_hidden_division_above_the_kept_company_is_broken(
    team: Team,
) -> None:
    """K under D (Ann's, hidden from Bob) under E (shared) under X: moving E under K, as the
    merge of X into K does, would close a loop K -> D -> E -> K that Bob cannot see."""
    kept, other, hidden = _two_companies(team)
    upper = team.db("ann").run(create_company, {"name": "Dupont Europe"}).value.id
    with team.owner.engine.begin() as conn:
        conn.execute(
            text("UPDATE company SET parent_id = :x WHERE id = :e"), {"x": other, "e": upper}
        )
        conn.execute(
            text("UPDATE company SET parent_id = :e WHERE id = :d"),
            {"e": upper, "d": hidden.division},
        )
        conn.execute(
            text("UPDATE company SET parent_id = :d WHERE id = :k"),
            {"d": hidden.division, "k": kept},
        )
    team.db("bob").run(merge_companies, kept, [other], {"parent_id": kept})
    # Bob's merge moved E (he sees it); the server unlinked Ann's D, the loop's hidden link.
    assert _parents(team, kept, hidden.division, upper) == {
        kept: hidden.division,
        hidden.division: None,
        upper: kept,
    }


def test_a_failed_merge_delete_leaves_no_setting_behind(team: Team) -> None:
    """The DELETE fails (here a server rule of the test refuses it): a caller that goes on in
    the same transaction (after a savepoint) must not find crm.merge_keep still set, ready to
    relink rows on its next company deletion."""
    kept, other, _hidden = _two_companies(team)
    with team.owner.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE FUNCTION public.test_refuse_delete() RETURNS trigger LANGUAGE plpgsql "
                "AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER test_refuse_delete BEFORE DELETE ON public.company FOR EACH ROW "
                f"WHEN (OLD.id = {int(other)}) EXECUTE FUNCTION public.test_refuse_delete()"
            )
        )
    with team.db("bob").uow() as uow:
        with pytest.raises(DBAPIError, match="refused by the test"), uow.session.begin_nested():
            merge_companies(uow, kept, [other])
        setting = uow.session.execute(
            text("SELECT coalesce(current_setting('crm.merge_keep', true), '')")
        ).scalar_one()
        assert setting == ""
    assert row_exists(team, "company", other)
