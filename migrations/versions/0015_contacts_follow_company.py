"""A renamed company's name reaches every linked contact, a colleague's private one included

On a team database (PostgreSQL with row-level security, ``desktop-crm team setup``) the
person who renames a company cannot see, hence cannot UPDATE, a colleague's private contact
linked to it: that contact kept the old company name. ``crm_contacts_follow_company`` runs
as the owner of the tables (SECURITY DEFINER, fixed search_path) and gives the company's
current name to every linked contact; it returns nothing, so the caller learns nothing of
the contacts it cannot see. It refuses a company the session may not see or rename, and a
name that is not the company's own. SQLite has one user and no row-level security: nothing
changes there.

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

SIGNATURE = "crm_contacts_follow_company(integer, text, text)"
GROUPS = ("crm_administrator", "crm_manager", "crm_standard", "crm_restricted")

FUNCTION = """
CREATE OR REPLACE FUNCTION crm_contacts_follow_company(p_company integer, p_name text, p_key text)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me integer;
    current_name text;
    width integer;
BEGIN
    IF to_regprocedure('public.crm_user_id()') IS NULL THEN
        RETURN;  -- not a team database: no policy hid any contact from the caller
    END IF;
    me := crm_user_id();
    IF me IS NULL THEN
        RETURN;  -- the owner's account: no policy applies to it either
    END IF;
    SELECT c.name INTO current_name FROM company c
     WHERE c.id = p_company AND (NOT c.private OR c.record_manager_id = me);
    IF NOT FOUND
       OR NOT has_column_privilege(session_user, 'public.company', 'name', 'UPDATE') THEN
        RAISE EXCEPTION 'company % is not the session''s to rename', p_company
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT a.atttypmod - 4 INTO width FROM pg_attribute a
     WHERE a.attrelid = 'public.contact'::regclass AND a.attname = 'company_name';
    IF p_name IS DISTINCT FROM left(current_name, width) THEN
        RAISE EXCEPTION 'linked contacts take the company''s own name'
              USING ERRCODE = 'check_violation';
    END IF;
    UPDATE contact
       SET company_name = p_name, company_key = p_key, version = version + 1,
           edited_at = now() AT TIME ZONE 'utc'
     WHERE company_id = p_company
       AND (company_name IS DISTINCT FROM p_name OR company_key IS DISTINCT FROM p_key);
END $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute(sa.text(FUNCTION))
    op.execute(sa.text(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC"))
    # A team database upgraded after ``team setup``: its groups may call it at once (a later
    # ``team setup`` grants it too).
    existing = bind.execute(
        sa.text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUPS)},
    ).scalars()
    for group in existing:
        op.execute(sa.text(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {group}"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(f"DROP FUNCTION IF EXISTS {SIGNATURE}"))
