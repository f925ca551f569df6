"""PostgreSQL enforcement of the team rules: login roles, grants, row-level security.

``setup_team`` (``desktop-crm team setup``) is run once, and again after each upgrade, by the
account that owns the tables (the maintenance account: the database owner or ``postgres``);
it is idempotent. What it installs:

* four group roles ``crm_administrator``, ``crm_manager``, ``crm_standard`` and
  ``crm_restricted``; each person has a login role (login = ``app_user.login``) member of one;
* ``crm_user_id()`` / ``crm_user_role()``: the app user of ``session_user`` (which a client
  cannot change, unlike ``current_user``);
* row-level security: a contact, company, note, history entry or activity that is private is
  visible to its record manager only, administrators included (ACT!'s rule: administrators
  see every PUBLIC record); rows hanging off a contact or company (notes, history, group
  members, opportunities, consents...) are visible only with it;
* ``activity_busy``: a security-barrier view of every activity's time columns (no subject,
  no contacts), so a colleague's private meeting still shows as busy;
* column privileges: the fields ``domain/roles.py`` hides from Restricted are not readable
  by ``crm_restricted``; Restricted cannot DELETE records (nor other roles what they may not);
* triggers naming the real session user: the author of notes and history entries, the one
  who scheduled an activity and, when left empty, the record manager of a new record;
* (migrations 0016 and 0017, not team setup) a company or contact deleted by a merge hands
  the rows the merging person cannot see to the kept one (``MERGE_KEEP_SETTINGS``) instead of
  losing them;
* the deletion log: a trigger writes who deleted a contact, company, group or opportunity
  (the session's person), when, and its name at the time (an erasure sets
  ``crm.audit_label`` so that the person's name is not kept); nobody but the owner may
  change or remove those rows (administrators may clean a label: erasure).

The owner account is not subject to the policies (it runs migrations and backups): keep it
off the team's machines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.roles import (
    FIELD_SECURITY,
    PRIVATE_TABLES,
    Access,
    Role,
    hidden_fields,
    read_only_fields,
)
from desktop_crm.domain.wording import TEAM, say

TEAM_SETTING = "team.mode"
TEAM_MODE = "postgresql-rls"
GROUP_PREFIX = "crm_"

# Tables that hold records a role without DELETE may not remove.
RECORD_TABLES = (
    "contact",
    "company",
    "contact_group",
    "opportunity",
    "opportunity_line",
    "note",
    "history",
    "activity",
    "sale",
)
# Definitions only administrators change (Permission.EDIT_FIELDS): others read them.
ADMIN_ONLY_TABLES = ("custom_field", "sales_process", "sales_stage")
AUDIT_TABLE = "deletion_log"
# Deleted records logged by trigger: table -> (label expression, private expression).
AUDITED_DELETIONS: dict[str, tuple[str, str]] = {
    "contact": (
        "coalesce(nullif(trim(coalesce(OLD.first_name, '') || ' ' || "
        "coalesce(OLD.last_name, '')), ''), OLD.company_name)",
        "OLD.private",
    ),
    "company": ("OLD.name", "OLD.private"),
    "contact_group": ("OLD.name", "false"),
    "opportunity": ("OLD.name", "false"),
    # Rows that hang off a record: logged when deleted on their own, not when they
    # go with their contact/company (a cascade: the parent's line says it) nor during an
    # erasure (its fixed line says it, and their text may hold the person's name).
    "note": ("left(OLD.text, 80)", "OLD.private"),
    "activity": ("coalesce(nullif(OLD.regarding, ''), OLD.type)", "OLD.private"),
}
# A child row whose parent is gone went with it (a cascade: RI actions fire these triggers
# at the end of the parent's DELETE, so the parent row is already missing).
CHILD_DELETIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "note": (
        ("contact_id", "contact"),
        ("company_id", "company"),
        ("opportunity_id", "opportunity"),
    ),
    "activity": (("contact_id", "contact"),),
}
# Set (transaction-local) by an erasure: the label written instead of the person's name.
AUDIT_LABEL_SETTING = "crm.audit_label"
# Gives a company's name to its linked contacts the caller cannot see (migration 0015;
# SECURITY DEFINER, returns nothing).
FOLLOW_COMPANY = "public.crm_contacts_follow_company(integer)"
# Set (transaction-local) by a company merge just before deleting the merged companies: the
# kept company's id. The BEFORE DELETE trigger of migration 0016 (SECURITY DEFINER) then
# relinks the deleted company's rows the session cannot see to it, instead of the foreign keys
# unlinking them or (notes) deleting them.
MERGE_KEEP_SETTING = "crm.merge_keep"
# The same for a contact merge (migration 0017's trigger on contact): its own setting, as a
# company id must never be read as a contact's.
MERGE_KEEP_CONTACT_SETTING = "crm.merge_keep_contact"
MERGE_KEEP_SETTINGS = {"company": MERGE_KEEP_SETTING, "contact": MERGE_KEEP_CONTACT_SETTING}
# The search_path of every SECURITY DEFINER function: pg_catalog first and nothing a team
# member could create objects in (an operator "=(varchar, text)" in public would otherwise
# run with the owner's rights); their bodies name public's objects in full.
SAFE_PATH = "SET search_path = pg_catalog, pg_temp"
_LOGIN_RE = re.compile(r"^[a-z_][a-z0-9_.@-]{0,62}$")


def group_role(role: Role | str) -> str:
    return GROUP_PREFIX + Role(role).value


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def check_login(login: str) -> str:
    """A login usable as a PostgreSQL role name (lower case: psql folds unquoted names)."""
    value = (login or "").strip()
    if not _LOGIN_RE.match(value):
        raise DomainError(
            say(
                TEAM,
                "'{login}' cannot be a database login: use lower-case letters, digits, "
                "'_', '.', '-' or '@', starting with a letter (at most 63 characters).",
            ).format(login=login),
            code="invalid",
        )
    if value.startswith(GROUP_PREFIX) or value in {"postgres", "public"}:
        raise DomainError(
            say(
                TEAM, "'{value}' is reserved for the database itself: choose another login."
            ).format(value=value),
            code="invalid",
        )
    return value


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def require_postgresql(conn: Connection) -> None:
    if not is_postgresql(conn):
        raise DomainError(
            say(
                TEAM,
                "Sharing a database with a team needs PostgreSQL: a SQLite file has one "
                "user, its owner. Move the data with 'desktop-crm db copy' to a "
                "PostgreSQL database first.",
            ),
            code="invalid",
        )


def team_enabled(conn: Connection) -> bool:
    """Whether ``team setup`` ran here (its functions exist: readable without any grant)."""
    if not is_postgresql(conn):
        return False
    found = conn.execute(text("SELECT to_regprocedure('public.crm_user_id()')")).scalar()
    return found is not None


def session_login(conn: Connection) -> str:
    return str(conn.execute(text("SELECT session_user")).scalar())


def bypasses_policies(conn: Connection) -> bool:
    """Whether the session is the maintenance account (superuser or owner of the tables)."""
    row = conn.execute(
        text(
            "SELECT r.rolsuper OR r.rolbypassrls OR pg_has_role(session_user, c.relowner, "
            "'MEMBER') FROM pg_roles r, pg_class c WHERE r.rolname = session_user "
            "AND c.oid = 'public.contact'::regclass"
        )
    ).scalar()
    return bool(row)


def _tables(conn: Connection) -> list[str]:
    return [
        str(name)
        for name in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
        ).scalars()
    ]


def _columns(conn: Connection, table: str) -> list[str]:
    return [
        str(name)
        for name in conn.execute(
            text(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                "'public' AND table_name = :t ORDER BY ordinal_position"
            ),
            {"t": table},
        ).scalars()
    ]


def _references(conn: Connection) -> dict[str, list[tuple[str, str]]]:
    """table -> [(column, 'contact' | 'company')] for every foreign key to them."""
    rows = conn.execute(
        text(
            """
            SELECT cl.relname, att.attname, ref.relname
              FROM pg_constraint con
              JOIN pg_class cl ON cl.oid = con.conrelid
              JOIN pg_class ref ON ref.oid = con.confrelid
              JOIN pg_namespace ns ON ns.oid = cl.relnamespace
              JOIN pg_attribute att ON att.attrelid = con.conrelid
                                   AND att.attnum = con.conkey[1]
             WHERE con.contype = 'f' AND ns.nspname = 'public'
               AND ref.relname IN ('contact', 'company')
             ORDER BY 1, 2
            """
        )
    ).all()
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, target in rows:
        if table in ("contact", "company") or column not in ("contact_id", "company_id"):
            # A division of a private company stays its own record; an opportunity whose
            # referrer is someone's private contact stays visible (the referrer does not).
            continue
        out.setdefault(str(table), []).append((str(column), str(target)))
    # Not foreign keys (the log outlives the contact) but they hold its values.
    out.setdefault("import_change", []).append(("contact_id", "contact"))
    return out


ME = "(SELECT public.crm_user_id())"


def _visibility(table: str, refs: list[tuple[str, str]]) -> str:
    """The USING expression of ``table``'s policy."""
    parts: list[str] = []
    owner = PRIVATE_TABLES.get(table)
    if owner is not None:
        parts.append(f"(NOT {table}.private OR {table}.{owner} = {ME})")
    for column, target in refs:
        # "not one of the few private records of others": one hashed set per query, not a
        # look-up per row (history holds millions of rows; private contacts are few).
        parts.append(
            f"({table}.{column} IS NULL OR {table}.{column} NOT IN "
            f"(SELECT public.crm_hidden_{target}_ids()))"
        )
    if table == AUDIT_TABLE:
        parts.append(f"(NOT {table}.private OR {table}.user_id = {ME})")
    if table == "merge_record":
        parts.append(
            f"({table}.user_id = {ME} OR (SELECT public.crm_user_role()) = 'administrator')"
        )
    return " AND ".join(parts) if parts else "true"


@dataclass(frozen=True)
class SetupReport:
    """What ``team setup`` did: tables under row-level security, users lacking a login."""

    secured_tables: list[str]
    hidden_columns: list[str]
    users_without_login: list[str]


def setup_team(conn: Connection) -> SetupReport:
    """Install (or refresh) roles, grants, policies and triggers; idempotent."""
    require_postgresql(conn)
    if not bypasses_policies(conn):
        raise DomainError(
            say(
                TEAM,
                "Run 'team setup' with the account that owns the database's tables (the "
                "one that created or upgraded it), not with a team member's login.",
            ),
            code="forbidden",
        )
    for role in Role:
        name = group_role(role)
        exists = conn.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": name}
        ).scalar()
        if not exists:
            conn.execute(text(f"CREATE ROLE {name} NOLOGIN"))
    _close_public_schema(conn)
    _functions(conn)
    tables = _tables(conn)
    _grants(conn, tables)
    refs = _references(conn)
    secured = sorted({*PRIVATE_TABLES, *refs, "merge_record", AUDIT_TABLE} & set(tables))
    for table in secured:
        _policy(conn, table, _visibility(table, refs.get(table, [])))
    _app_user_policies(conn)
    _busy_view(conn)
    _triggers(conn)
    if AUDIT_TABLE in tables:
        _deletion_triggers(conn)
    conn.execute(
        text(
            "INSERT INTO app_setting (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": TEAM_SETTING, "v": TEAM_MODE},
    )
    missing = [
        str(login)
        for login in conn.execute(
            text(
                "SELECT login FROM app_user u WHERE active AND NOT EXISTS "
                "(SELECT 1 FROM pg_roles r WHERE r.rolname = u.login AND r.rolcanlogin) "
                "ORDER BY id"
            )
        ).scalars()
    ]
    hidden = sorted(
        f"{table}.{column}"
        for (table, column), rules in FIELD_SECURITY.items()
        if Access.HIDDEN in rules.values() and table in tables
    )
    return SetupReport(secured, hidden, missing)


def _functions(conn: Connection) -> None:
    for name, column, kind in (("crm_user_id", "id", "integer"), ("crm_user_role", "role", "text")):
        conn.execute(
            text(
                f"""
                CREATE OR REPLACE FUNCTION public.{name}() RETURNS {kind}
                LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
                    SELECT u.{column}::{kind} FROM public.app_user u
                     WHERE u.login = session_user::text AND u.active
                $$
                """
            )
        )
    for target in ("contact", "company"):
        # The private records the session may not see (the owner's view: no policy applies).
        conn.execute(
            text(
                f"""
                CREATE OR REPLACE FUNCTION public.crm_hidden_{target}_ids()
                RETURNS SETOF integer ROWS 100
                LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH} AS $$
                    SELECT t.id FROM public.{target} t
                     WHERE t.private
                       AND t.record_manager_id IS DISTINCT FROM (SELECT public.crm_user_id())
                $$
                """
            )
        )
        conn.execute(
            text(f"CREATE INDEX IF NOT EXISTS crm_{target}_private ON {target} (id) WHERE private")
        )
    for name in (
        "crm_user_id",
        "crm_user_role",
        "crm_hidden_contact_ids",
        "crm_hidden_company_ids",
    ):
        conn.execute(text(f"REVOKE ALL ON FUNCTION public.{name}() FROM PUBLIC"))
        for role in Role:
            conn.execute(text(f"GRANT EXECUTE ON FUNCTION public.{name}() TO {group_role(role)}"))
    # Made by migration 0015 (it must be the tables' owner's): the groups may call it.
    if conn.execute(text(f"SELECT to_regprocedure('{FOLLOW_COMPANY}')")).scalar() is not None:
        conn.execute(text(f"REVOKE ALL ON FUNCTION {FOLLOW_COMPANY} FROM PUBLIC"))
        for role in Role:
            conn.execute(text(f"GRANT EXECUTE ON FUNCTION {FOLLOW_COMPANY} TO {group_role(role)}"))


def _close_public_schema(conn: Connection) -> None:
    """Team members may not create objects in schema public (PostgreSQL's default before
    version 15): an object of theirs there is one less way into the owner's functions.

    The owner of the tables keeps the right (the app's migrations create tables as it).
    Where the setup account may not change the schema's rights (it does not own it), the
    REVOKE changes nothing, with a warning: the functions' fixed search_path still holds.
    """
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    owner = conn.execute(
        text(
            "SELECT r.rolname FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_roles r ON r.oid = c.relowner "
            "WHERE c.oid = 'public.contact'::regclass"
        )
    ).scalar_one()
    if not conn.execute(
        text("SELECT has_schema_privilege(:r, 'public', 'CREATE')"), {"r": owner}
    ).scalar():
        conn.execute(text(f"GRANT CREATE ON SCHEMA public TO {quote_ident(str(owner))}"))


def _grants(conn: Connection, tables: list[str]) -> None:
    groups = [group_role(r) for r in Role]
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {', '.join(groups)}"))
    conn.execute(
        text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {', '.join(groups)}")
    )
    for table in tables:
        q = quote_ident(table)
        conn.execute(text(f"REVOKE ALL ON {q} FROM {', '.join(groups)}"))
        if table == "alembic_version":
            conn.execute(text(f"GRANT SELECT ON {q} TO {', '.join(groups)}"))
            continue
        if table == "app_user":
            continue  # _app_user_policies
        if table == AUDIT_TABLE:
            # Written by the deletion triggers only; an erasure may clean a label.
            conn.execute(text(f"GRANT SELECT ON {q} TO {', '.join(groups)}"))
            conn.execute(text(f"GRANT UPDATE (label) ON {q} TO {group_role(Role.ADMINISTRATOR)}"))
            continue
        for role in Role:
            _grant_table(conn, table, role)


def _grant_table(conn: Connection, table: str, role: Role) -> None:
    """One group's rights on one table: hidden columns unreadable, read-only ones unwritable,
    no DELETE of records for a role that may not delete, definitions read-only but for
    administrators."""
    q, group = quote_ident(table), group_role(role)
    columns = _columns(conn, table)
    hidden = hidden_fields(role, table)
    locked = read_only_fields(role, table)
    verbs = ["SELECT"] if not hidden else []
    if hidden:
        cols = ", ".join(quote_ident(c) for c in columns if c not in hidden)
        conn.execute(text(f"GRANT SELECT ({cols}) ON {q} TO {group}"))
    if table in ADMIN_ONLY_TABLES and role is not Role.ADMINISTRATOR:
        pass
    else:
        verbs.append("INSERT")
        if locked:
            cols = ", ".join(quote_ident(c) for c in columns if c not in locked)
            conn.execute(text(f"GRANT UPDATE ({cols}) ON {q} TO {group}"))
        else:
            verbs.append("UPDATE")
        if role is not Role.RESTRICTED or table not in RECORD_TABLES:
            verbs.append("DELETE")
    if verbs:
        conn.execute(text(f"GRANT {', '.join(verbs)} ON {q} TO {group}"))


def _policy(conn: Connection, table: str, using: str) -> None:
    q = quote_ident(table)
    conn.execute(text(f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY"))
    conn.execute(text(f"DROP POLICY IF EXISTS crm_visible ON {q}"))
    conn.execute(text(f"CREATE POLICY crm_visible ON {q} FOR ALL USING ({using})"))


def _app_user_policies(conn: Connection) -> None:
    """Everybody sees the team; people edit their own details, administrators everything."""
    admin = group_role(Role.ADMINISTRATOR)
    others = [group_role(r) for r in Role if r is not Role.ADMINISTRATOR]
    conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON app_user TO {admin}"))
    own = [
        c
        for c in _columns(conn, "app_user")
        if c not in {"id", "login", "role", "active", "created_at"}
    ]
    cols = ", ".join(quote_ident(c) for c in own)
    conn.execute(text(f"GRANT SELECT ON app_user TO {', '.join(others)}"))
    conn.execute(text(f"GRANT UPDATE ({cols}) ON app_user TO {', '.join(others)}"))
    conn.execute(text("ALTER TABLE app_user ENABLE ROW LEVEL SECURITY"))
    for name in ("crm_read", "crm_write", "crm_admin"):
        conn.execute(text(f"DROP POLICY IF EXISTS {name} ON app_user"))
    conn.execute(text("CREATE POLICY crm_read ON app_user FOR SELECT USING (true)"))
    conn.execute(
        text(
            "CREATE POLICY crm_write ON app_user FOR UPDATE "
            "USING (login = session_user::text) WITH CHECK (login = session_user::text)"
        )
    )
    conn.execute(
        text(
            f"CREATE POLICY crm_admin ON app_user FOR ALL TO {admin} "
            "USING ((SELECT public.crm_user_role()) = 'administrator')"
        )
    )


def _busy_view(conn: Connection) -> None:
    conn.execute(
        text(
            """
            CREATE OR REPLACE VIEW activity_busy WITH (security_barrier) AS
            SELECT id, scheduled_for_id, type, start_at, duration_min, timeless, cleared,
                   private, priority, recurrence, recurrence_interval, recurrence_until
              FROM activity
            """
        )
    )
    conn.execute(text("REVOKE ALL ON activity_busy FROM PUBLIC"))
    conn.execute(text(f"GRANT SELECT ON activity_busy TO {', '.join(group_role(r) for r in Role)}"))


# The record manager of a new record is its creator; administrators and managers may name
# someone else (they hand out leads).
_MANAGER = (
    "IF NEW.record_manager_id IS NULL "
    "OR public.crm_user_role() NOT IN ('administrator', 'manager') "
    "THEN NEW.record_manager_id := me; END IF;"
)
_TRIGGERS: dict[str, str] = {
    # table -> the body's assignments (NEW.* from the session's app user)
    "history": "NEW.user_id := me;",
    "note": "NEW.user_id := me;",
    "activity": "NEW.scheduled_by_id := me; "
    "NEW.scheduled_for_id := coalesce(NEW.scheduled_for_id, me);",
    "contact": _MANAGER,
    "company": _MANAGER,
    "contact_group": _MANAGER,
    "opportunity": _MANAGER,
}


def _triggers(conn: Connection) -> None:
    """On INSERT, who did it comes from the session, not from the client."""
    for table, body in _TRIGGERS.items():
        function = f"public.crm_stamp_{table}"
        conn.execute(
            text(
                f"""
                CREATE OR REPLACE FUNCTION {function}() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
                DECLARE me integer := public.crm_user_id();
                BEGIN
                    IF me IS NOT NULL THEN {body} END IF;
                    RETURN NEW;
                END $$
                """
            )
        )
        conn.execute(text(f"DROP TRIGGER IF EXISTS crm_stamp ON {table}"))
        conn.execute(
            text(
                f"CREATE TRIGGER crm_stamp BEFORE INSERT ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {function}()"
            )
        )


def _deletion_triggers(conn: Connection) -> None:
    """After a DELETE, a deletion_log row naming the session's person (not the client's)."""
    for table, (label, private) in AUDITED_DELETIONS.items():
        function = f"public.crm_log_delete_{table}"
        skip = ""
        if table in CHILD_DELETIONS:  # not with its parent, not during an erasure
            gone = " OR ".join(
                f"(OLD.{column} IS NOT NULL AND NOT EXISTS "
                f"(SELECT 1 FROM public.{parent} p WHERE p.id = OLD.{column}))"
                for column, parent in CHILD_DELETIONS[table]
            )
            skip = f"IF fixed IS NOT NULL OR {gone} THEN RETURN OLD; END IF;"
        conn.execute(
            text(
                f"""
                CREATE OR REPLACE FUNCTION {function}() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $$
                DECLARE fixed text := nullif(current_setting('{AUDIT_LABEL_SETTING}', true), '');
                BEGIN
                    {skip}
                    INSERT INTO public.{AUDIT_TABLE}
                        (deleted_at, table_name, record_id, label, private, user_id)
                    VALUES (now() AT TIME ZONE 'utc', TG_TABLE_NAME, OLD.id,
                            left(coalesce(fixed, {label}), 200),
                            fixed IS NULL AND coalesce({private}, false), public.crm_user_id());
                    RETURN OLD;
                END $$
                """
            )
        )
        conn.execute(text(f"DROP TRIGGER IF EXISTS crm_log_delete ON {table}"))
        conn.execute(
            text(
                f"CREATE TRIGGER crm_log_delete AFTER DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {function}()"
            )
        )


def hidden_contacts_follow_company(conn: Connection, company_id: int) -> None:
    """Give the company's own name to its linked contacts the session cannot see (a
    colleague's private ones), through the owner's function: nothing about them comes back,
    and nothing but the id goes in (the function reads the name from the company)."""
    conn.execute(text("SELECT public.crm_contacts_follow_company(:c)"), {"c": company_id})


def set_merge_keep(conn: Connection, keep_id: int | None, kind: str = "company") -> None:
    """Say (``keep_id``) or stop saying (None) which company (``kind``: or contact) the
    companies (contacts) this transaction deletes are merged into: the server then keeps their
    rows hidden from the session linked to it (the trigger of migration 0016, for contacts
    0017, checks that the session sees it and may change it)."""
    conn.execute(
        text("SELECT set_config(:name, :value, true)"),
        {"name": MERGE_KEEP_SETTINGS[kind], "value": "" if keep_id is None else str(int(keep_id))},
    )


# -- logins ------------------------------------------------------------------------------------


def login_exists(conn: Connection, login: str) -> bool:
    return bool(
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).scalar()
    )


def ensure_login(conn: Connection, login: str, role: Role, password: str | None) -> bool:
    """Create or update ``login``'s PostgreSQL role, member of the group of ``role`` only.

    Returns whether the role was created. The password is hashed (SCRAM) by the client
    library, so the clear text never reaches the server or its logs.
    """
    created = not login_exists(conn, login)
    q = quote_ident(login)
    if created:
        conn.execute(text(f"CREATE ROLE {q} LOGIN"))
    else:
        conn.execute(text(f"ALTER ROLE {q} LOGIN"))
    if password:
        secret = _hashed_password(conn, login, password)
        statement = conn.execute(
            text("SELECT format('ALTER ROLE %I PASSWORD %L', CAST(:r AS text), CAST(:p AS text))"),
            {"r": login, "p": secret},
        ).scalar()
        # As is: no bind parameters (a hash may hold ':' and '%').
        conn.connection.driver_connection.execute(str(statement))  # type: ignore[union-attr]
    for other in Role:
        conn.execute(text(f"REVOKE {group_role(other)} FROM {q}"))
    if role is Role.ADMINISTRATOR:
        # Administrators add colleagues: they may create roles and hand out the groups.
        conn.execute(text(f"ALTER ROLE {q} CREATEROLE"))
        groups = ", ".join(group_role(r) for r in Role)
        conn.execute(text(f"GRANT {groups} TO {q} WITH ADMIN OPTION"))
    else:
        conn.execute(text(f"ALTER ROLE {q} NOCREATEROLE"))
        conn.execute(text(f"GRANT {group_role(role)} TO {q}"))
    return created


def _hashed_password(conn: Connection, login: str, password: str) -> str:
    """libpq's PQencryptPasswordConn (what psql's \\password does), else the clear text."""
    driver = conn.connection.driver_connection
    pgconn = getattr(driver, "pgconn", None)
    if pgconn is None:
        return password
    try:
        hashed = pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    except Exception:  # an old libpq: the server hashes it
        return password
    return bytes(hashed).decode()


def disable_login(conn: Connection, login: str) -> None:
    if login_exists(conn, login):
        conn.execute(text(f"ALTER ROLE {quote_ident(login)} NOLOGIN"))


@dataclass(frozen=True)
class SessionIdentity:
    """Who the PostgreSQL session is, for the application (team databases only)."""

    login: str
    user_id: int | None
    role: Role
    maintenance: bool  # the owner/superuser account: not a team member, sees everything


def session_identity(conn: Connection) -> SessionIdentity | None:
    """The session's app user on a team database; None on any other database."""
    if not team_enabled(conn):
        return None
    login = session_login(conn)
    maintenance = bypasses_policies(conn)
    member = conn.execute(
        text(
            "SELECT bool_or(pg_has_role(session_user, rolname, 'MEMBER')) FROM pg_roles "
            "WHERE rolname IN :groups"
        ).bindparams(bindparam("groups", expanding=True)),
        {"groups": [group_role(r) for r in Role]},
    ).scalar()
    row = (
        conn.execute(
            text("SELECT id, role, active FROM app_user WHERE login = :l"), {"l": login}
        ).first()
        if member or maintenance
        else None
    )
    if row is not None and row.active:
        try:
            role = Role.ADMINISTRATOR if maintenance else Role(row.role)
        except ValueError:
            role = Role.STANDARD
        return SessionIdentity(login, int(row.id), role, maintenance)
    if maintenance:
        return SessionIdentity(login, None, Role.ADMINISTRATOR, True)
    refusal = (
        say(
            TEAM,
            "Your database login '{login}' is disabled on this database. Ask an "
            "administrator to run 'desktop-crm users add {login} --role standard'.",
        )
        if row is not None
        else say(
            TEAM,
            "Your database login '{login}' is not a member of the team on this database. Ask "
            "an administrator to run 'desktop-crm users add {login} --role standard'.",
        )
    )
    raise DomainError(
        refusal.format(login=login),
        code="forbidden",
    )
