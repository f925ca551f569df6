"""A company merge keeps a colleague's private rows of the merged-away company, linked

On a team database (PostgreSQL with row-level security, ``desktop-crm team setup``) a merge
moves the rows its user sees to the kept company, then deletes the merged one. The rows the
policies hide from that user (a colleague's private contacts, notes, history entries and
activities; opportunities and sales of a colleague's private contact; a colleague's private
divisions) were left to the foreign keys: unlinked (ON DELETE SET NULL) or, for notes,
deleted (ON DELETE CASCADE) - silently.

A BEFORE DELETE trigger on ``company`` now relinks them, with the rights of the tables' owner
(``crm_merge_keep_hidden()``, SECURITY DEFINER), when the transaction says which company the
deleted one is merged into: ``set_config('crm.merge_keep', '<kept id>', true)``, set by the
merge just before its DELETE. It is no stand-alone "move" function (one was rejected: anyone
could call it without a merge): it runs only for a company the session is allowed to DELETE
(the company policy and grants decide, as for any deletion, which the deletion log records);
without the setting a deletion does what it always did. It refuses (the DELETE fails) a kept
company that is the deleted one, or that the session may not see or change (one message for
"missing" and "not yours", so nothing is learnt). It touches only the rows the policies hide
from the session: the ones it sees are the merge's own UPDATEs, journaled for its undo; a
plain DELETE leaves those to the foreign keys as before. It takes no text from the caller
(the setting must be a bare id) and returns nothing. It refuses a private kept company
when the deleted one is shared (the colleagues' rows would disappear from their own sight
into it), and leaves a hidden division that is an ancestor of the kept company unlinked
rather than make a loop of the company hierarchy. Moved hidden contacts take the kept
company's name and lookup key (cut to the contact's columns, as ``crm_contacts_follow_company``
does) with a new version.

The hidden-row conditions mirror the policies of ``storage/team.py`` (``_visibility``):
``tests/integration/test_team_merge_hidden_rows.py`` compares them. Rows that hang off the
company alone (group membership, user-field values) are visible whenever the company is,
which its DELETE requires: the merge moves them itself.

Undo merge does not move the relinked hidden rows back (they were never in its journal).
SQLite has one user and no row-level security: nothing changes there.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

FUNCTION = "public.crm_merge_keep_hidden()"
TRIGGER = "crm_merge_keep"
SETTING = "crm.merge_keep"

# What the policies hide from the session (``me``), for a row linked to the deleted company
# (which the session sees: it is deleting it, so the company terms of the policies hold).
# A private record of someone else (NULL counts as hidden, as in a policy):
OTHERS_PRIVATE = "NOT coalesce(NOT t.private OR t.{owner} = me, false)"
# A row of a contact that is someone else's private one (``crm_hidden_contact_ids()``):
OF_HIDDEN_CONTACT = (
    "t.contact_id IN (SELECT h.id FROM public.contact h "
    "WHERE h.private AND h.record_manager_id IS DISTINCT FROM me)"
)
# table -> (column pointing at the company, hidden condition)
HIDDEN: dict[str, tuple[str, str]] = {
    # A division never becomes its own parent, nor the parent of one of its ancestors (that
    # would make a loop): those stay behind and the foreign key unlinks them. UNION (not
    # UNION ALL) stops the walk on a loop made before.
    "company": (
        "parent_id",
        "t.id NOT IN (WITH RECURSIVE up(id) AS (SELECT keep UNION "
        "SELECT a.parent_id FROM public.company a JOIN up ON a.id = up.id "
        "WHERE a.parent_id IS NOT NULL) SELECT up.id FROM up) "
        f"AND {OTHERS_PRIVATE.format(owner='record_manager_id')}",
    ),
    "note": ("company_id", f"({OTHERS_PRIVATE.format(owner='user_id')} OR {OF_HIDDEN_CONTACT})"),
    "history": (
        "company_id",
        f"({OTHERS_PRIVATE.format(owner='user_id')} OR {OF_HIDDEN_CONTACT})",
    ),
    "activity": (
        "company_id",
        f"({OTHERS_PRIVATE.format(owner='scheduled_for_id')} OR {OF_HIDDEN_CONTACT})",
    ),
    "opportunity": ("company_id", OF_HIDDEN_CONTACT),
    "sale": ("company_id", OF_HIDDEN_CONTACT),
}
CONTACT_HIDDEN = OTHERS_PRIVATE.format(owner="record_manager_id")
LOOP_HIDDEN = OTHERS_PRIVATE.format(owner="record_manager_id")
# The company table's policy, for the session's own access to the kept company.
SEEN = "(NOT c.private OR c.record_manager_id = me)"

MOVES = "\n".join(
    f"""
    UPDATE public.{table} AS t SET {column} = keep
     WHERE t.{column} = OLD.id AND {hidden};"""
    for table, (column, hidden) in HIDDEN.items()
)

TRIGGER_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}
RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    setting text := nullif(current_setting('{SETTING}', true), '');
    keep integer;
    me integer;
    v_name text;
    v_key text;
    v_private boolean;
    v_loop integer[];
BEGIN
    IF setting IS NULL THEN
        RETURN OLD;  -- a plain deletion: the foreign keys do what they always did
    END IF;
    IF to_regprocedure('public.crm_user_id()') IS NULL THEN
        RETURN OLD;  -- not a team database: no policy hid any row from the caller
    END IF;
    me := public.crm_user_id();
    IF me IS NULL THEN
        RETURN OLD;  -- the owner's account: no policy applies to it either
    END IF;
    IF setting !~ '^[0-9]{{1,9}}$' THEN
        RAISE EXCEPTION '{SETTING} must be the id of the kept company'
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    keep := setting::integer;
    IF keep = OLD.id THEN
        RAISE EXCEPTION 'company % cannot be merged into itself', OLD.id
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT left(c.name, w.name_width), left(c.name_key, w.key_width), c.private
      INTO v_name, v_key, v_private
      FROM public.company c,
           (SELECT coalesce(max(CASE WHEN a.attname = 'company_name' AND a.atttypmod > 4
                                     THEN a.atttypmod - 4 END), 2147483647) AS name_width,
                   coalesce(max(CASE WHEN a.attname = 'company_key' AND a.atttypmod > 4
                                     THEN a.atttypmod - 4 END), 2147483647) AS key_width
              FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = 'public.contact'::pg_catalog.regclass
               AND a.attname IN ('company_name', 'company_key') AND NOT a.attisdropped) w
     WHERE c.id = keep AND {SEEN};
    IF NOT FOUND
       OR NOT has_any_column_privilege(session_user, 'public.company', 'UPDATE')
       OR NOT has_column_privilege(session_user, 'public.contact', 'company_id', 'UPDATE')
       OR NOT has_column_privilege(session_user, 'public.contact', 'company_name', 'UPDATE')
    THEN
        RAISE EXCEPTION 'company % is not the session''s to merge into', keep
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The session's own private company would take a shared one's rows out of everybody
    -- else's sight (and give its name to their private contacts): refused always, hidden
    -- rows or not, so the refusal says nothing about them. A private deleted company is the
    -- session's own (it sees it): its rows may follow.
    IF coalesce(v_private, false) AND NOT coalesce(OLD.private, false) THEN
        RAISE EXCEPTION 'a private company cannot take in a shared one''s rows'
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE public.contact AS t
       SET company_id = keep,
           company_name = CASE WHEN coalesce(v_name, '') = '' THEN t.company_name
                               ELSE v_name END,
           company_key = CASE WHEN coalesce(v_name, '') = '' THEN t.company_key
                              ELSE coalesce(v_key, '') END,
           version = t.version + 1, edited_at = now() AT TIME ZONE 'utc'
     WHERE t.company_id = OLD.id AND {CONTACT_HIDDEN};
    {MOVES}
    -- The merge made the divisions the session sees divisions of the kept company, except its
    -- ancestors that the session sees; one above a division it cannot see closes a loop
    -- (kept -> hidden -> ... -> moved division -> kept): the hidden links of the loop go.
    WITH RECURSIVE up(id, path, looped) AS (
        SELECT keep, ARRAY[keep], false
        UNION ALL
        SELECT a.parent_id, up.path || a.parent_id, a.parent_id = ANY(up.path)
          FROM public.company a JOIN up ON a.id = up.id
         WHERE a.parent_id IS NOT NULL AND NOT up.looped)
    SELECT up.path INTO v_loop FROM up WHERE up.looped AND up.id = keep LIMIT 1;
    IF v_loop IS NOT NULL THEN
        UPDATE public.company AS t SET parent_id = NULL
         WHERE t.id = ANY(v_loop) AND t.id <> keep AND {LOOP_HIDDEN};
    END IF;
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
            "WHERE c.oid = 'public.company'::regclass"
        )
    ).scalar_one()
    op.execute(sa.text(f"ALTER FUNCTION {FUNCTION} OWNER TO {owner}"))
    # A trigger function cannot be called on its own; nobody needs EXECUTE on it.
    op.execute(sa.text(f"REVOKE ALL ON FUNCTION {FUNCTION} FROM PUBLIC"))
    op.execute(sa.text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON public.company"))
    op.execute(
        sa.text(
            f"CREATE TRIGGER {TRIGGER} BEFORE DELETE ON public.company "
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}"
        )
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(f"DROP TRIGGER IF EXISTS {TRIGGER} ON public.company"))
        op.execute(sa.text(f"DROP FUNCTION IF EXISTS {FUNCTION}"))
