"""A company's name reaches every linked contact, a colleague's private one included

On a team database (PostgreSQL with row-level security, ``desktop-crm team setup``) the
person who renames or merges a company cannot see, hence cannot UPDATE, a colleague's private
contact linked to it: that contact kept the old company name. A function of the tables' owner
(SECURITY DEFINER), ``crm_contacts_follow_company(company)``, gives the company's own name and
lookup key (cut to the contact's columns) to its linked contacts the caller cannot see, and
returns nothing, so the caller learns nothing of them.

Nothing comes from the caller but the id: the name is read from the company row. It refuses
a company the session may not see or rename. It touches only the rows the contact policy
hides from the caller (the ones it sees are the caller's own UPDATE's, with their journal and
change notices). Its search_path is ``pg_catalog, pg_temp`` and every name is
schema-qualified, so that no object a team member creates in ``public`` (an operator
``=(varchar, text)``...) can run with the owner's rights; for the same reason
``crm_user_id()`` and ``crm_user_role()`` of a team database are recreated so, where the
account running the migration may (it has the rights of their owner; otherwise the next
``team setup``, re-run after each upgrade, does it). SQLite has one user and no row-level
security: nothing changes there.

Left as before: a merge deleting a company unlinks a colleague's private contacts of it (the
foreign key's ON DELETE SET NULL passes over the policies); they keep the company's name as
text but no longer its link.

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
GROUPS = ("crm_administrator", "crm_manager", "crm_standard", "crm_restricted")

# The contact table's policy (storage/team.py, ``_visibility``) shows a row when
# ``NOT contact.private OR contact.record_manager_id = (SELECT crm_user_id())``; the
# function writes only the rows it does not show (NULL counts as hidden, as in a policy).
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

# team setup's functions (storage/team.py ``_functions``), when it ran already: the same
# bodies with the safe search_path (a later ``team setup`` writes the same again).
USER_FUNCTIONS = {
    "crm_user_id": ("id", "integer"),
    "crm_user_role": ("role", "text"),
}
# Whether the account running the migration may replace the existing function: it has the
# rights of its owner (a superuser has every role's). NULL where the function does not exist.
MAY_REPLACE = (
    "SELECT pg_catalog.pg_has_role(current_user, p.proowner, 'USAGE') "
    "FROM pg_catalog.pg_proc p WHERE p.oid = to_regprocedure(:signature)"
)


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
        # team setup run by another account (postgres) owns them: the tables' owner may not
        # replace them; the next ``team setup`` (re-run after each upgrade) does.
        if bind.execute(sa.text(MAY_REPLACE), {"signature": f"public.{name}()"}).scalar():
            op.execute(sa.text(_user_function(name, column, kind)))
    op.execute(sa.text(FOLLOW_FUNCTION))
    # It runs with the rights of the tables' owner, not of whoever ran the migration (a
    # superuser, often).
    owner = bind.execute(
        sa.text(
            "SELECT quote_ident(r.rolname) FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_roles r ON r.oid = c.relowner "
            "WHERE c.oid = 'public.contact'::regclass"
        )
    ).scalar_one()
    op.execute(sa.text(f"ALTER FUNCTION {FOLLOW} OWNER TO {owner}"))
    op.execute(sa.text(f"REVOKE ALL ON FUNCTION {FOLLOW} FROM PUBLIC"))
    # A team database upgraded after ``team setup``: its groups may call it at once (a later
    # ``team setup`` grants it too).
    existing = bind.execute(
        sa.text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUPS)},
    ).scalars()
    for group in list(existing):
        op.execute(sa.text(f"GRANT EXECUTE ON FUNCTION {FOLLOW} TO {group}"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(f"DROP FUNCTION IF EXISTS {FOLLOW}"))
