"""A contact merge keeps a colleague's private rows of the merged-away contact, linked

On a team database (PostgreSQL with row-level security, ``desktop-crm team setup``) a contact
merge moves the rows its user sees to the kept contact, then deletes the merged one. The rows
the policies hide from that user were left to the foreign keys: a colleague's private notes,
history entries and activities of the contact (and those filed under a colleague's private
company) deleted (ON DELETE CASCADE); the opportunities and sales of the contact filed under
such a company, the opportunities of a colleague's private contact that the merged one had
recommended, and a colleague's private contacts it had recommended, unlinked (ON DELETE SET
NULL) - silently.

A BEFORE DELETE trigger on ``contact`` now relinks them, with the rights of the tables' owner
(``crm_contact_merge_keep_hidden()``, SECURITY DEFINER), when the transaction says which
contact the deleted one is merged into: ``set_config('crm.merge_keep_contact', '<kept id>',
true)``, set by the merge just before its DELETE. Its own setting, not migration 0016's
``crm.merge_keep``: that one holds a company id, and a company id read as a contact's (a
setting left behind, a hand-written session) would hand a colleague's rows to an unrelated
contact. As 0016's, it runs only for a contact the session is allowed to DELETE (the policy
and grants decide, and the deletion log records it); without the setting a deletion does what
it always did, and does not even call the function (the trigger's WHEN clause: an erasure or
an import undo of many contacts pays nothing). It refuses (the DELETE fails) a kept contact
that is the deleted one, or that the session may not see, or change (the relinked columns
included) - one message for "missing" and "not yours", so nothing is learnt; and a private
kept contact when the deleted one is shared (the colleagues' rows would follow it out of their
own sight). It takes no text from the caller (the setting must be a bare id) and returns
nothing.

It relinks EVERY row still pointing at the deleted contact in the seven columns of
``RELINKED``, not only those hidden at that moment: the merge has moved (and journaled, for
its undo) the rows its user saw a moment before, but under READ COMMITTED a colleague may
make her private company, contact or note shared in between; such a row, neither moved by
the merge nor hidden at the DELETE, was then deleted (ON DELETE CASCADE) or unlinked (SET
NULL). So, with the setting, a hand-written DELETE moves the rows its session sees too (not
journaled: no undo) - no more than a merge the same user may run. A hand-written DELETE of
several contacts at once, one of which recommended another, may fail (the trigger would
change a row the same statement deletes); nothing is lost, and the merge never does it (it
has already relinked them to the kept contact).

A contact is never recommended by itself directly: the kept contact's own link to the deleted
one is left to ON DELETE SET NULL (as the merge does), as is the deleted contact's link to
itself; an opportunity that ends up recommended by its own contact (both relinked to the kept
one, or one of them already the kept one) loses its referrer instead. Only direct
self-referral: longer referral loops remain possible, as with the merge's own moves (nothing
walks referral chains).

"Private" for a contact is its own flag (its record manager alone sees it, administrators
included): the contact policy does not look at its company. A row hangs hidden off a visible
contact when it is a colleague's private one, or is filed under a colleague's private company
(``company_id``), or (an opportunity it recommended) belongs to a colleague's private contact.
The other tables pointing at a contact (group and campaign members, attendees, consents, the
consent ledger, user-field values, series runs) are visible whenever the contact is, which
its DELETE requires: the merge moves them itself (some need their twins settled, which a
trigger cannot judge). ``tests/integration/test_team_contact_merge_hidden_rows.py`` checks
that every foreign key to ``contact`` is one or the other, and those tables' policies.

Undo merge does not move the rows the server relinked back (they were never in its journal).
SQLite has one user and no row-level security: nothing changes there.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

FUNCTION = "public.crm_contact_merge_keep_hidden()"
TRIGGER = "crm_merge_keep"
SETTING = "crm.merge_keep_contact"
# Deletions without the setting do not even call the function.
CALLED_WHEN = f"coalesce(current_setting('{SETTING}', true), '') <> ''"

# (table, column pointing at the contact) -> (what the UPDATE sets, which rows it leaves):
# every row still pointing at the deleted contact follows the kept one.
RELINKED: dict[tuple[str, str], tuple[str, str]] = {
    # Never the kept contact itself, nor the deleted one (its link to itself goes with it).
    ("contact", "referred_by_id"): (
        "referred_by_id = keep",
        "AND t.id <> keep AND t.id <> OLD.id",
    ),
    ("note", "contact_id"): ("contact_id = keep", ""),
    ("history", "contact_id"): ("contact_id = keep", ""),
    ("activity", "contact_id"): ("contact_id = keep", ""),
    # An opportunity never ends up recommended by its own contact: the referrer goes.
    ("opportunity", "contact_id"): (
        "contact_id = keep, referrer_contact_id = CASE WHEN t.referrer_contact_id IN "
        "(keep, OLD.id) THEN NULL ELSE t.referrer_contact_id END",
        "",
    ),
    ("opportunity", "referrer_contact_id"): (
        "referrer_contact_id = CASE WHEN t.contact_id = keep THEN NULL ELSE keep END",
        "",
    ),
    ("sale", "contact_id"): ("contact_id = keep", ""),
}
# The contact table's policy, for the session's own access to the kept contact.
SEEN = "(NOT c.private OR c.record_manager_id = me)"

MOVES = "\n".join(
    f"""
    UPDATE public.{table} AS t SET {values}
     WHERE t.{column} = OLD.id {skip};"""
    for (table, column), (values, skip) in RELINKED.items()
)
# The session must be allowed to make the same changes to the rows it sees.
RIGHTS = "\n".join(
    f"       OR NOT has_column_privilege(session_user, 'public.{table}', '{column}', 'UPDATE')"
    for table, column in RELINKED
)

TRIGGER_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}
RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    setting text := nullif(current_setting('{SETTING}', true), '');
    keep integer;
    me integer;
    v_private boolean;
BEGIN
    IF setting IS NULL THEN
        RETURN OLD;  -- a plain deletion (the WHEN clause spares it the call already)
    END IF;
    IF to_regprocedure('public.crm_user_id()') IS NULL THEN
        RETURN OLD;  -- not a team database: no policy hid any row from the caller
    END IF;
    me := public.crm_user_id();
    IF me IS NULL THEN
        RETURN OLD;  -- the owner's account: no policy applies to it either
    END IF;
    IF setting !~ '^[0-9]{{1,9}}$' THEN
        RAISE EXCEPTION '{SETTING} must be the id of the kept contact'
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    keep := setting::integer;
    IF keep = OLD.id THEN
        RAISE EXCEPTION 'contact % cannot be merged into itself', OLD.id
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT c.private INTO v_private FROM public.contact c WHERE c.id = keep AND {SEEN};
    IF NOT FOUND
       OR NOT has_any_column_privilege(session_user, 'public.contact', 'UPDATE')
{RIGHTS}
    THEN
        RAISE EXCEPTION 'contact % is not the session''s to merge into', keep
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The session's own private contact would take a shared one's rows out of everybody
    -- else's sight: refused always, hidden rows or not, so the refusal says nothing about
    -- them. A private deleted contact is the session's own (it sees it): its rows may follow.
    IF coalesce(v_private, false) AND NOT coalesce(OLD.private, false) THEN
        RAISE EXCEPTION 'a private contact cannot take in a shared one''s rows'
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    {MOVES}
    RETURN OLD;
END $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(sa.text(TRIGGER_FUNCTION))
    # It runs with the rights of the tables' owner, not of whoever ran the migration.
    owner = bind.execute(
        sa.text(
            "SELECT quote_ident(r.rolname) FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_roles r ON r.oid = c.relowner "
            "WHERE c.oid = 'public.contact'::regclass"
        )
    ).scalar_one()
    op.execute(sa.text(f"ALTER FUNCTION {FUNCTION} OWNER TO {owner}"))
    # A trigger function cannot be called on its own; nobody needs EXECUTE on it.
    op.execute(sa.text(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC"))
    op.execute(sa.text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON public.contact"))
    op.execute(
        sa.text(
            f"CREATE TRIGGER {TRIGGER} BEFORE DELETE ON public.contact "
            f"FOR EACH ROW WHEN ({CALLED_WHEN}) EXECUTE FUNCTION {FUNCTION}"
        )
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON public.contact"))
        op.execute(sa.text(f"DROP FUNCTION IF EXISTS {FUNCTION}"))
