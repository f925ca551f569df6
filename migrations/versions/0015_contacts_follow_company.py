"""A company's name reaches every linked contact, a colleague's private one included

On a team database (PostgreSQL with row-level security, ``desktop-crm team setup``) the
person who renames or merges a company cannot see, hence cannot UPDATE, a colleague's private
contact linked to it: that contact kept the old company name, and a merge, deleting the
merged-away company, unlinked it (the foreign key's ON DELETE SET NULL passes over the
policies). Two functions of the tables' owner (SECURITY DEFINER) write those hidden contacts
and return nothing, so the caller learns nothing of them:

* ``crm_contacts_follow_company(company)`` gives the company's own name and lookup key (cut
  to the contact's columns) to its linked contacts the caller cannot see;
* ``crm_contacts_move_company(merged, kept)`` links the hidden contacts of the merged
  companies to the kept one, with its name, before the merge deletes them.

Nothing comes from the caller but ids: the names are read from the company row. Both refuse
a company the session may not see, or may not rename / delete. They touch only the rows the
contact policy hides from the caller (the ones it sees are the caller's own UPDATE's, with
their journal and change notices). Their search_path is ``pg_catalog, pg_temp`` and every
name is schema-qualified, so that no object a team member creates in ``public`` (an
operator ``=(varchar, text)``...) can run with the owner's rights; for the same reason
``crm_user_id()`` and ``crm_user_role()`` of a team database are recreated so. SQLite has
one user and no row-level security: nothing changes there.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

FOLLOW = "public.crm_contacts_follow_company(integer)"
MOVE = "public.crm_contacts_move_company(integer[], integer)"
GROUPS = ("crm_administrator", "crm_manager", "crm_standard", "crm_restricted")

# The contact table's policy (storage/team.py, ``_visibility``) shows a row when
# ``NOT contact.private OR contact.record_manager_id = (SELECT crm_user_id())``; the
# functions write only the rows it does not show (NULL counts as hidden, as in a policy).
HIDDEN = "NOT coalesce(NOT t.private OR t.record_manager_id = me, false)"
# The company table's policy, for the caller's own access to a company.
SEEN = "(NOT c.private OR c.record_manager_id = me)"
# The contact's company name and key, cut to their columns' widths (varchar(n): n + 4;
# no cut for an unbounded column).
CUT = """
    SELECT left(c.name, w.name_width), left(c.name_key, w.key_width)
      INTO v_name, v_key
      FROM public.company c,
           (SELECT coalesce(max(CASE WHEN a.attname = 'company_name' AND a.atttypmod > 4
                                     THEN a.atttypmod - 4 END), 2147483647) AS name_width,
                   coalesce(max(CASE WHEN a.attname = 'company_key' AND a.atttypmod > 4
                                     THEN a.atttypmod - 4 END), 2147483647) AS key_width
              FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = 'public.contact'::pg_catalog.regclass
               AND a.attname IN ('company_name', 'company_key') AND NOT a.attisdropped) w
"""

FOLLOW_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.crm_contacts_follow_company(p_company integer)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me integer;
    v_name text;
    v_key text;
BEGIN
    IF to_regprocedure('public.crm_user_id()') IS NULL THEN
        RETURN;  -- not a team database: no policy hid any contact from the caller
    END IF;
    me := public.crm_user_id();
    IF me IS NULL THEN
        RETURN;  -- the owner's account: no policy applies to it either
    END IF;
    {CUT}
     WHERE c.id = p_company AND {SEEN};
    IF NOT FOUND
       OR NOT has_column_privilege(session_user, 'public.company', 'name', 'UPDATE')
       OR NOT has_column_privilege(session_user, 'public.contact', 'company_name', 'UPDATE')
    THEN
        RAISE EXCEPTION 'company % is not the session''s to rename', p_company
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_name IS NULL OR v_name = '' THEN
        RETURN;
    END IF;
    UPDATE public.contact AS t
       SET company_name = v_name, company_key = v_key, version = t.version + 1,
           edited_at = now() AT TIME ZONE 'utc'
     WHERE t.company_id = p_company
       AND {HIDDEN}
       AND (t.company_name IS DISTINCT FROM v_name OR t.company_key IS DISTINCT FROM v_key);
END $$
"""

MOVE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION public.crm_contacts_move_company(p_merged integer[], p_kept integer)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me integer;
    v_name text;
    v_key text;
BEGIN
    IF to_regprocedure('public.crm_user_id()') IS NULL THEN
        RETURN;
    END IF;
    me := public.crm_user_id();
    IF me IS NULL THEN
        RETURN;
    END IF;
    -- Every merged company is one the session sees and may delete (the merge deletes it).
    IF p_kept = ANY (p_merged)
       OR EXISTS (SELECT 1 FROM unnest(p_merged) AS m(id)
                   WHERE NOT EXISTS (SELECT 1 FROM public.company c
                                      WHERE c.id = m.id AND {SEEN}))
       OR NOT has_table_privilege(session_user, 'public.company', 'DELETE')
    THEN
        RAISE EXCEPTION 'companies % are not the session''s to merge', p_merged
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    {CUT}
     WHERE c.id = p_kept AND {SEEN};
    IF NOT FOUND
       OR NOT has_column_privilege(session_user, 'public.contact', 'company_id', 'UPDATE')
       OR NOT has_column_privilege(session_user, 'public.contact', 'company_name', 'UPDATE')
    THEN
        RAISE EXCEPTION 'company % is not the session''s to merge into', p_kept
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE public.contact AS t
       SET company_id = p_kept, company_name = v_name, company_key = coalesce(v_key, ''),
           version = t.version + 1, edited_at = now() AT TIME ZONE 'utc'
     WHERE t.company_id = ANY (p_merged)
       AND {HIDDEN};
END $$
"""

# team setup's functions (storage/team.py ``_functions``), when it ran already: the same
# bodies with the safe search_path (a later ``team setup`` writes the same again).
USER_FUNCTIONS = {
    "crm_user_id": ("id", "integer"),
    "crm_user_role": ("role", "text"),
}


def _user_function(name: str, column: str, kind: str) -> str:
    return f"""
    CREATE OR REPLACE FUNCTION public.{name}() RETURNS {kind}
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        SELECT u.{column}::{kind} FROM public.app_user u
         WHERE u.login = session_user::text AND u.active
    $$
    """


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name, (column, kind) in USER_FUNCTIONS.items():
        if bind.execute(sa.text(f"SELECT to_regprocedure('public.{name}()')")).scalar():
            op.execute(sa.text(_user_function(name, column, kind)))
    op.execute(sa.text(FOLLOW_FUNCTION))
    op.execute(sa.text(MOVE_FUNCTION))
    # They run with the rights of the tables' owner, not of whoever ran the migration (a
    # superuser, often).
    owner = bind.execute(
        sa.text(
            "SELECT quote_ident(r.rolname) FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_roles r ON r.oid = c.relowner "
            "WHERE c.oid = 'public.contact'::regclass"
        )
    ).scalar_one()
    # A team database upgraded after ``team setup``: its groups may call them at once (a
    # later ``team setup`` grants them too).
    existing = bind.execute(
        sa.text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUPS)},
    ).scalars()
    groups = list(existing)
    for signature in (FOLLOW, MOVE):
        op.execute(sa.text(f"ALTER FUNCTION {signature} OWNER TO {owner}"))
        op.execute(sa.text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
        for group in groups:
            op.execute(sa.text(f"GRANT EXECUTE ON FUNCTION {signature} TO {group}"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for signature in (FOLLOW, MOVE):
            op.execute(sa.text(f"DROP FUNCTION IF EXISTS {signature}"))
