"""A contact merge on a team PostgreSQL database keeps a colleague's private rows of the
merged-away contact linked (to the kept contact), still hidden from the one who merges; the
server trigger doing it (migration 0017) moves nothing outside a real merge's DELETE."""

from __future__ import annotations

import datetime as dt
import importlib.util
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop_crm.domain.errors import DomainError
from desktop_crm.services.contacts.records import create_contact, delete_contact, get_contact
from desktop_crm.services.duplicates.merge import merge_contacts, unmerge
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

SETTING = "crm.merge_keep_contact"


@dataclass(frozen=True)
class Hidden:
    """Ann's rows on a contact that Bob cannot see: label -> (table, id, column)."""

    private_note: int
    note_of_private_company: int
    history: int
    activity: int
    opportunity: int
    sale: int
    referred_contact: int
    referred_opportunity: int

    def rows(self) -> dict[str, tuple[str, int, str]]:
        return {
            "private_note": ("note", self.private_note, "contact_id"),
            "note_of_private_company": ("note", self.note_of_private_company, "contact_id"),
            "history": ("history", self.history, "contact_id"),
            "activity": ("activity", self.activity, "contact_id"),
            "opportunity": ("opportunity", self.opportunity, "contact_id"),
            "sale": ("sale", self.sale, "contact_id"),
            "referred_contact": ("contact", self.referred_contact, "referred_by_id"),
            "referred_opportunity": (
                "opportunity",
                self.referred_opportunity,
                "referrer_contact_id",
            ),
        }


def _hidden_rows(uow: UnitOfWork, contact_id: int, ann: int) -> Hidden:
    """As the owner: Ann's private rows of ``contact_id``, rows of it filed under Ann's
    private company, and Ann's private contact it recommended (with its opportunity)."""
    session = uow.session
    now = dt.datetime(2026, 3, 2, 9, 30)
    company = Company(name="Ann's client", name_key="ann's client", private=True)
    referred = Contact(last_name="Petit", referred_by_id=contact_id, private=True)
    session.add_all([company, referred])
    session.flush()
    rows = [
        Note(contact_id=contact_id, user_id=ann, private=True, text="Ann's secret"),
        Note(contact_id=contact_id, company_id=company.id, user_id=ann, text="At her client"),
        History(contact_id=contact_id, user_id=ann, private=True, type="call", occurred_at=now),
        Activity(
            contact_id=contact_id,
            scheduled_for_id=ann,
            private=True,
            type="meeting",
            start_at=now,
        ),
        Opportunity(name="Ann's deal", contact_id=contact_id, company_id=company.id),
        Sale(contact_id=contact_id, company_id=company.id, sold_on=now.date(), amount=Decimal(9)),
        Opportunity(name="Petit's deal", contact_id=referred.id, referrer_contact_id=contact_id),
    ]
    session.add_all(rows)
    session.flush()
    note, company_note, history, activity, opportunity, sale, referred_deal = (
        int(r.id) for r in rows
    )
    # The application stamps the session's person on new records: make them Ann's.
    for table, column, row_id in (
        ("company", "record_manager_id", company.id),
        ("contact", "record_manager_id", referred.id),
        ("note", "user_id", note),
        ("note", "user_id", company_note),
        ("history", "user_id", history),
        ("activity", "scheduled_for_id", activity),
    ):
        session.execute(
            text(f"UPDATE {table} SET {column} = :a WHERE id = :i"), {"a": ann, "i": row_id}
        )
    return Hidden(
        note, company_note, history, activity, opportunity, sale, referred.id, referred_deal
    )


def _links(team: Team, hidden: Hidden) -> dict[str, int | None]:
    """Where each hidden row points now, read by the owner (None: gone or unlinked)."""
    out: dict[str, int | None] = {}
    with team.owner.engine.connect() as conn:
        for label, (table, row_id, column) in hidden.rows().items():
            row = conn.execute(
                text(f"SELECT {column} FROM {table} WHERE id = :i"), {"i": row_id}
            ).first()
            out[label] = None if row is None else row[0]
    return out


def _contact(team: Team, who: str, name: str, *, private: bool = False) -> int:
    db = team.db(who)
    contact = int(db.run(create_contact, {"last_name": name}).value.id)
    if private:
        db.run(set_private, "contact", contact, True)
    return contact


def _with_hidden_rows(team: Team, contact: int) -> Hidden:
    return team.owner.run(_hidden_rows, contact, user_id(team, "ann")).value


def _two_contacts(team: Team) -> tuple[int, int, Hidden]:
    kept = _contact(team, "ann", "Dupont")
    other = _contact(team, "ann", "DUPONT")
    return kept, other, _with_hidden_rows(team, other)


@pytest.mark.parametrize("who", ["bob", "ada"])
def test_a_merge_keeps_a_colleagues_hidden_rows_linked_and_hidden(team: Team, who: str) -> None:
    kept, other, hidden = _two_contacts(team)
    assert seen_by(team, who, hidden.rows()) == set()
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())

    db = team.db(who)
    merged = db.run(merge_contacts, kept, [other])

    # Nothing lost, nothing unlinked: every row now hangs off the kept contact...
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)
    # ...Ann still sees them all, and the merging user sees none of them, nor hears of them.
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())
    assert seen_by(team, who, hidden.rows()) == set()
    assert merged.value.moved == {"history": 1}  # "Contact created": the one it saw
    assert hidden.referred_contact not in merged.changes.ids("contact", "updated")
    assert not row_exists(team, "contact", other)


def test_an_undo_brings_back_what_the_user_saw_and_leaves_hidden_rows_with_the_kept_contact(
    team: Team,
) -> None:
    kept, other, hidden = _two_contacts(team)
    bob = team.db("bob")
    with team.raw("bob").begin() as conn:
        seen_note = conn.execute(
            text(
                "INSERT INTO note (contact_id, text, private, version, created_at, edited_at, "
                "noted_at) VALUES (:c, 'Bob', false, 1, now(), now(), now()) RETURNING id"
            ),
            {"c": other},
        ).scalar_one()

    merged = bob.run(merge_contacts, kept, [other])
    assert merged.value.moved == {"note": 1, "history": 1}
    bob.run(unmerge, merged.value.merge_id, force=True)

    assert bob.read(get_contact, other).last_name == "DUPONT"
    with team.owner.engine.connect() as conn:
        back = conn.execute(text("SELECT contact_id FROM note WHERE id = :i"), {"i": seen_note})
        assert back.scalar_one() == other
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())


def _delete_with_setting(
    team: Team, who: str, contact: int, value: str, setting: str = SETTING
) -> None:
    with team.raw(who).begin() as conn:
        conn.execute(text("SELECT set_config(:s, :v, true)"), {"s": setting, "v": value})
        conn.execute(text("DELETE FROM contact WHERE id = :i"), {"i": contact})


def _lost_as_ever(team: Team, hidden: Hidden) -> None:
    """What the foreign keys did before migration 0017."""
    links = _links(team, hidden)
    for label in ("private_note", "note_of_private_company", "history", "activity"):
        assert links.pop(label) is None  # ON DELETE CASCADE
        table, row_id, _column = hidden.rows()[label]
        assert not row_exists(team, table, row_id)
    assert links == dict.fromkeys(links, None)  # ON DELETE SET NULL
    assert row_exists(team, "contact", hidden.referred_contact)


def test_only_a_deletion_naming_the_kept_contact_relinks_the_hidden_rows(team: Team) -> None:
    """Without the contact setting (a plain deletion; the company merge's setting is no
    contact's) the foreign keys do what they always did; with it, the hidden rows follow."""
    kept = _contact(team, "ann", "Dupont")
    plain, company_setting, merged = (_contact(team, "ann", "Martin") for _ in range(3))
    rows = {c: _with_hidden_rows(team, c) for c in (plain, company_setting, merged)}

    team.db("bob").run(delete_contact, plain)
    _delete_with_setting(team, "bob", company_setting, str(kept), "crm.merge_keep")
    _delete_with_setting(team, "bob", merged, str(kept))

    _lost_as_ever(team, rows[plain])
    _lost_as_ever(team, rows[company_setting])
    assert _links(team, rows[merged]) == dict.fromkeys(rows[merged].rows(), kept)
    assert not any(row_exists(team, "contact", c) for c in (plain, company_setting, merged))


def test_a_kept_contact_the_session_may_not_use_is_refused_and_changes_nothing(
    team: Team,
) -> None:
    kept, other, hidden = _two_contacts(team)
    anns_private = _contact(team, "ann", "Ann's own", private=True)
    assert team.db("bob").read(get_contact, other).last_name == "DUPONT"

    refusals = {
        str(other): "cannot be merged into itself",
        str(anns_private): "not the session's to merge into",  # exists, hidden from Bob
        "999999": "not the session's to merge into",  # the same words: nothing is learnt
        f"{kept}; DROP TABLE note": "must be the id of the kept contact",
        "-1": "must be the id of the kept contact",
    }
    for value, message in refusals.items():
        with pytest.raises(DBAPIError, match=message):
            _delete_with_setting(team, "bob", other, value)
        assert _links(team, hidden) == dict.fromkeys(hidden.rows(), other), value
        assert row_exists(team, "contact", other)
    with team.owner.engine.connect() as conn:
        private_links = conn.execute(
            text("SELECT count(*) FROM note WHERE contact_id = :c"), {"c": anns_private}
        ).scalar_one()
    assert private_links == 0


def test_a_plain_delete_with_the_setting_relinks_the_rows_the_session_sees_too(
    team: Team,
) -> None:
    """With the setting, every row still pointing at the deleted contact follows the kept
    one, Bob's own note and the rows he sees included (no more than a merge he may run)."""
    kept, other, hidden = _two_contacts(team)
    with team.raw("bob").begin() as conn:
        bobs_note = conn.execute(
            text(
                "INSERT INTO note (contact_id, text, private, version, created_at, edited_at, "
                "noted_at) VALUES (:c, 'Bob', true, 1, now(), now(), now()) RETURNING id"
            ),
            {"c": other},
        ).scalar_one()
    seen = team.owner.run(_seen_rows, other, user_id(team, "ann")).value
    assert seen_by(team, "bob", seen.rows()) == set(seen.rows())
    _delete_with_setting(team, "bob", other, str(kept))
    assert not row_exists(team, "contact", other)
    with team.owner.engine.connect() as conn:
        note = conn.execute(text("SELECT contact_id FROM note WHERE id = :i"), {"i": bobs_note})
        assert note.scalar_one() == kept
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)
    assert _links(team, seen) == dict.fromkeys(seen.rows(), kept)


def _seen_rows(uow: UnitOfWork, contact_id: int, ann: int) -> Hidden:
    """As the owner: Ann's rows of ``contact_id`` of every kind the trigger relinks, but
    shared ones (and a shared company's), which Bob sees."""
    session = uow.session
    now = dt.datetime(2026, 3, 2, 9, 30)
    company = Company(name="Shared client", name_key="shared client", record_manager_id=ann)
    referred = Contact(last_name="Grand", referred_by_id=contact_id, record_manager_id=ann)
    session.add_all([company, referred])
    session.flush()
    rows = [
        Note(contact_id=contact_id, user_id=ann, text="Ann's shared note"),
        Note(contact_id=contact_id, company_id=company.id, user_id=ann, text="At the client"),
        History(contact_id=contact_id, user_id=ann, type="call", occurred_at=now),
        Activity(contact_id=contact_id, scheduled_for_id=ann, type="meeting", start_at=now),
        Opportunity(name="Shared deal", contact_id=contact_id, company_id=company.id),
        Sale(contact_id=contact_id, company_id=company.id, sold_on=now.date(), amount=Decimal(9)),
        Opportunity(name="Grand's deal", contact_id=referred.id, referrer_contact_id=contact_id),
    ]
    session.add_all(rows)
    session.flush()
    return Hidden(*(int(r.id) for r in rows[:6]), referred.id, int(rows[6].id))


def test_a_restricted_login_cannot_delete_a_contact_with_or_without_the_setting(
    team: Team,
) -> None:
    kept, other, hidden = _two_contacts(team)
    with pytest.raises(DBAPIError, match="permission denied"):
        _delete_with_setting(team, "rex", other, str(kept))
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), other)
    # The grants refused it, not the setting: Bob may.
    _delete_with_setting(team, "bob", other, str(kept))
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)


def test_a_merge_into_the_users_private_contact_is_refused_and_changes_nothing(
    team: Team,
) -> None:
    """Ann's hidden rows of a shared contact would disappear from her own sight into Bob's
    private contact."""
    _kept, other, hidden = _two_contacts(team)
    own = _contact(team, "bob", "Dupont", private=True)
    with pytest.raises(DomainError, match="a private contact cannot take in a shared one's") as e:
        team.db("bob").run(merge_contacts, own, [other])
    assert e.value.code == "merge_private_keep"
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), other)
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())
    assert row_exists(team, "contact", other)


def test_the_server_refuses_a_private_kept_contact_with_or_without_hidden_rows(
    team: Team,
) -> None:
    _kept, other, hidden = _two_contacts(team)
    own = _contact(team, "bob", "Bob's own", private=True)
    bare = _contact(team, "bob", "Martin")
    for contact in (other, bare):  # the same refusal: it says nothing of hidden rows
        with pytest.raises(DBAPIError, match="a private contact cannot take in a shared one's"):
            _delete_with_setting(team, "bob", contact, str(own))
        assert row_exists(team, "contact", contact)
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), other)
    assert seen_by(team, "ann", hidden.rows()) == set(hidden.rows())
    # Bob's own private contact may take in his other private one, hidden rows and all.
    mine = _contact(team, "bob", "Bob's other", private=True)
    rows = _with_hidden_rows(team, mine)
    _delete_with_setting(team, "bob", mine, str(own))
    assert not row_exists(team, "contact", mine)
    assert _links(team, rows) == dict.fromkeys(rows.rows(), own)


def test_a_merge_of_several_contacts_keeps_the_hidden_rows_of_each(team: Team) -> None:
    kept, first, hidden_first = _two_contacts(team)
    second = _contact(team, "ann", "Dupond")
    hidden_second = _with_hidden_rows(team, second)
    team.db("bob").run(merge_contacts, kept, [first, second])
    for hidden in (hidden_first, hidden_second):
        assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)
        assert seen_by(team, "bob", hidden.rows()) == set()


def test_the_kept_contact_never_ends_up_recommended_by_itself(team: Team) -> None:
    """The merged contact had recommended the kept one (Bob sees it: the merge unlinks it,
    as before) and Ann's private contact (hidden: the server relinks it to the kept one)."""
    kept, other, hidden = _two_contacts(team)
    with team.owner.engine.begin() as conn:
        conn.execute(
            text("UPDATE contact SET referred_by_id = :o WHERE id = :k"), {"o": other, "k": kept}
        )
    team.db("bob").run(merge_contacts, kept, [other])
    with team.owner.engine.connect() as conn:
        referrers = dict(
            conn.execute(
                text("SELECT id, referred_by_id FROM contact WHERE id = ANY(:ids)"),
                {"ids": [kept, hidden.referred_contact]},
            ).all()
        )
    assert referrers == {kept: None, hidden.referred_contact: kept}


def test_rows_shared_between_the_merges_moves_and_its_delete_are_relinked(team: Team) -> None:
    """Ann makes her rows shared after the merge moved what Bob saw and before its DELETE
    (READ COMMITTED: a test rule of the server does it at that very moment): seen by Bob at
    the DELETE but never moved, they were deleted or unlinked. They follow the kept contact."""
    kept, other, hidden = _two_contacts(team)
    with team.owner.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE FUNCTION public.test_share() RETURNS trigger LANGUAGE plpgsql "
                "SECURITY DEFINER AS $$ BEGIN "
                "UPDATE public.company SET private = false WHERE private; "
                "UPDATE public.contact SET private = false WHERE private AND id <> OLD.id; "
                "UPDATE public.note SET private = false WHERE private; "
                "UPDATE public.history SET private = false WHERE private; "
                "UPDATE public.activity SET private = false WHERE private; "
                "RETURN OLD; END $$"
            )
        )
        # Triggers fire in name order: this one before crm_merge_keep.
        conn.execute(
            text(
                "CREATE TRIGGER crm_a_test_share BEFORE DELETE ON public.contact FOR EACH ROW "
                f"WHEN (OLD.id = {int(other)}) EXECUTE FUNCTION public.test_share()"
            )
        )
    merged = team.db("bob").run(merge_contacts, kept, [other])
    assert merged.value.moved == {"history": 1}  # what Bob saw before Ann shared hers
    assert seen_by(team, "bob", hidden.rows()) == set(hidden.rows())  # shared now
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)


def _opportunity(uow: UnitOfWork, contact: int, referrer: int, company: int | None) -> int:
    opp = Opportunity(
        name="Deal", contact_id=contact, referrer_contact_id=referrer, company_id=company
    )
    uow.session.add(opp)
    uow.session.flush()
    return int(opp.id)


def _referral(team: Team, opportunity: int) -> tuple[int | None, int | None]:
    with team.owner.engine.connect() as conn:
        row = conn.execute(
            text("SELECT contact_id, referrer_contact_id FROM opportunity WHERE id = :i"),
            {"i": opportunity},
        ).one()
    return row[0], row[1]


def test_no_opportunity_ends_up_recommended_by_its_own_contact(team: Team) -> None:
    """Hidden opportunities (filed under Ann's private company) and visible ones, of the
    kept contact recommended by the merged one or the other way round: each loses its
    referrer rather than being recommended by its own contact. Undo puts the visible ones
    back; the hidden ones stay with the kept contact, as every row the server relinks."""
    kept, other, hidden = _two_contacts(team)
    with team.owner.engine.connect() as conn:
        anns_company = conn.execute(
            text("SELECT company_id FROM sale WHERE id = :i"), {"i": hidden.sale}
        ).scalar_one()
    pairs = {"kept, by the merged": (kept, other), "merged, by the kept": (other, kept)}
    unseen = {
        label: team.owner.run(_opportunity, c, r, anns_company).value
        for label, (c, r) in pairs.items()
    }
    unseen["merged, by itself"] = team.owner.run(_opportunity, other, other, anns_company).value
    seen = {
        label: team.owner.run(_opportunity, c, r, None).value for label, (c, r) in pairs.items()
    }
    bob = team.db("bob")
    assert bob.read(lambda uow: uow.session.get(Opportunity, seen["kept, by the merged"]))
    assert not bob.read(lambda uow: uow.session.get(Opportunity, unseen["merged, by itself"]))

    merged = bob.run(merge_contacts, kept, [other])
    for opportunity in (*unseen.values(), *seen.values()):
        assert _referral(team, opportunity) == (kept, None)
    bob.run(unmerge, merged.value.merge_id, force=True)
    assert {label: _referral(team, o) for label, o in seen.items()} == pairs
    assert all(_referral(team, o) == (kept, None) for o in unseen.values())


def test_a_deleted_contact_that_recommended_itself_goes_with_the_setting(team: Team) -> None:
    kept, other, hidden = _two_contacts(team)
    with team.owner.engine.begin() as conn:
        conn.execute(text("UPDATE contact SET referred_by_id = id WHERE id = :o"), {"o": other})
    _delete_with_setting(team, "bob", other, str(kept))
    assert not row_exists(team, "contact", other)
    assert _links(team, hidden) == dict.fromkeys(hidden.rows(), kept)


def test_a_failed_merge_delete_leaves_no_setting_behind(team: Team) -> None:
    """The DELETE fails (here a server rule of the test refuses it): a caller that goes on in
    the same transaction (after a savepoint) must not find the setting still set, ready to
    relink rows on its next contact deletion."""
    kept, other, _hidden = _two_contacts(team)
    with team.owner.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE FUNCTION public.test_refuse_delete() RETURNS trigger LANGUAGE plpgsql "
                "AS $$ BEGIN RAISE EXCEPTION 'refused by the test (%)', "
                f"current_setting('{SETTING}', true); END $$"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER test_refuse_delete BEFORE DELETE ON public.contact FOR EACH ROW "
                f"WHEN (OLD.id = {int(other)}) EXECUTE FUNCTION public.test_refuse_delete()"
            )
        )
    with team.db("bob").uow() as uow:
        # The DELETE ran with the setting (the test's rule says it)...
        refused = rf"refused by the test \({kept}\)"
        with pytest.raises(DBAPIError, match=refused), uow.session.begin_nested():
            merge_contacts(uow, kept, [other])
        setting = uow.session.execute(
            text(f"SELECT coalesce(current_setting('{SETTING}', true), '')")
        ).scalar_one()
        assert setting == ""  # ...which did not outlive it
    assert row_exists(team, "contact", other)


def _migration() -> ModuleType:
    path = Path(migrate.migrations_dir()) / "versions" / "0017_contact_merge_keeps_hidden_rows.py"
    spec = importlib.util.spec_from_file_location("migration_0017", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


HIDDEN_CONTACT = "( SELECT crm_hidden_contact_ids() AS crm_hidden_contact_ids)"


def _of(column: str, ids: str) -> str:
    return f"(({column} IS NULL) OR (NOT ({column} IN {ids})))"


# Tables pointing at a contact whose rows are visible whenever the contact is: the merge
# moves them itself.
WITH_THE_CONTACT = {
    "activity_contact",
    "campaign_member",
    "consent",
    "consent_entry",
    "contact_field_value",
    "group_member",
    "series_run",
}


def test_every_foreign_key_to_contact_is_relinked_by_the_server_or_always_visible(
    team: Team,
) -> None:
    """crm_contact_merge_keep_hidden() relinks every row of the seven columns of migration
    0017's ``RELINKED``; the other tables pointing at a contact have their rows visible
    whenever the contact is (their policies say so), so the merge moves them all itself. A
    new foreign key to contact, or a policy hiding more, must be handled by one or the
    other."""
    relinked = set(_migration().RELINKED)
    assert relinked == {
        ("contact", "referred_by_id"),
        ("note", "contact_id"),
        ("history", "contact_id"),
        ("activity", "contact_id"),
        ("opportunity", "contact_id"),
        ("opportunity", "referrer_contact_id"),
        ("sale", "contact_id"),
    }
    with team.owner.engine.connect() as conn:
        policies = dict(
            conn.execute(
                text(
                    "SELECT polrelid::regclass::text, pg_get_expr(polqual, polrelid) "
                    "FROM pg_policy WHERE polname = 'crm_visible' "
                    "AND polrelid::regclass::text = ANY(:tables)"
                ),
                {"tables": list(WITH_THE_CONTACT)},
            ).all()
        )
        # Every foreign key to contact.id, whatever it does when the contact goes.
        keys = set(
            conn.execute(
                text(
                    "SELECT conrelid::regclass::text, a.attname FROM pg_constraint c "
                    "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                    "WHERE c.contype = 'f' AND c.confrelid = 'public.contact'::regclass"
                )
            ).all()
        )
        source = conn.execute(
            text(
                "SELECT pg_get_functiondef('public.crm_contact_merge_keep_hidden()'::regprocedure)"
            )
        ).scalar_one()
    assert policies == dict.fromkeys(WITH_THE_CONTACT, _of("contact_id", HIDDEN_CONTACT))
    assert keys == relinked | {(t, "contact_id") for t in WITH_THE_CONTACT}
    # The server's function is the migration's: one UPDATE per relinked column, unfiltered.
    for table, column in relinked:
        assert f"UPDATE public.{table} AS t SET {column} = " in source, (table, column)
        assert f"WHERE t.{column} = OLD.id" in source, (table, column)
    assert "IS DISTINCT FROM me" not in source  # no hidden-row condition left


def test_migration_0017_up_and_down_on_postgresql(pg_server: PostgresServer) -> None:
    suffix = uuid.uuid4().hex[:6]
    name, owner = f"m17_{suffix}", f"crm_tables_{suffix}"
    url = pg_server.create_database(name)
    engine = create_engine(url)
    config = migrate.alembic_config(url)
    query = text(
        "SELECT p.proname, pg_get_userbyid(p.proowner), p.prosecdef, p.proconfig, "
        "has_function_privilege('public', p.oid, 'EXECUTE'), pg_get_triggerdef(t.oid) "
        "FROM pg_trigger t "
        "JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = 'public.contact'::regclass AND t.tgname = 'crm_merge_keep'"
    )
    try:
        command.upgrade(config, "0016")
        with engine.begin() as conn:
            conn.execute(text(f'CREATE ROLE "{owner}" NOLOGIN'))
            for table in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars():
                conn.execute(text(f'ALTER TABLE public."{table}" OWNER TO "{owner}"'))
        command.upgrade(config, "0017")
        with engine.connect() as conn:
            (*function, definition) = conn.execute(query).one()
            assert function == ["crm_contact_merge_keep_hidden", owner, True, [SAFE_PATH], False]
            # Deletions without the setting do not even call the function.
            assert (
                "FOR EACH ROW WHEN ((COALESCE(current_setting('crm.merge_keep_contact'::text, "
                "true), ''::text) <> ''::text)) EXECUTE FUNCTION"
            ) in definition
        command.downgrade(config, "0016")
        with engine.connect() as conn:
            assert conn.execute(query).all() == []
            assert (
                conn.execute(
                    text("SELECT to_regprocedure('public.crm_contact_merge_keep_hidden()')")
                ).scalar()
                is None
            )
            # The company merge's trigger (0016) stays.
            assert (
                conn.execute(
                    text(
                        "SELECT count(*) FROM pg_trigger WHERE tgname = 'crm_merge_keep' "
                        "AND tgrelid = 'public.company'::regclass"
                    )
                ).scalar()
                == 1
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


def test_migration_0017_changes_nothing_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'crm.sqlite'}"
    config = migrate.alembic_config(url)
    command.upgrade(config, "0016")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            before = conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all()
        command.upgrade(config, "0017")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all() == before
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0017"
        command.downgrade(config, "0016")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT type, name, sql FROM sqlite_master")).all() == before
    finally:
        engine.dispose()
