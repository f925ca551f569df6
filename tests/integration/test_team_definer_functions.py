"""The owner's functions on a team database (SECURITY DEFINER) run nothing a team member
planted in schema public, belong to the tables' owner, and team setup closes that schema."""

from __future__ import annotations

import uuid

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop_crm.services.contacts.companies import create_company, get_company, update_company
from desktop_crm.services.contacts.records import create_contact, get_contact
from desktop_crm.services.duplicates.merge import merge_companies
from desktop_crm.services.users.records import set_private
from desktop_crm.services.users.team_setup import set_up_team
from desktop_crm.storage import migrate
from tests.integration.team_helpers import SAFE_PATH, Team
from tests.pgserver import PostgresServer


def _owner_sql(team: Team, sql: str) -> None:
    with team.owner.engine.begin() as conn:
        conn.execute(text(sql))


def test_an_operator_a_member_plants_in_public_never_runs_as_the_owner(team: Team) -> None:
    """Before PostgreSQL 15 every login may create objects in public: Bob plants
    ``public.=(varchar, text)``, which logs who runs it. The owner's functions compare
    varchar with text (``crm_user_id()``, the company-name functions): they must not pick
    it up."""
    bob_login = team.logins["bob"]
    _owner_sql(team, f'GRANT CREATE ON SCHEMA public TO "{bob_login}"')
    with team.raw("bob").begin() as conn:
        conn.execute(text("CREATE TABLE public.planted_log (who text)"))
        conn.execute(text("GRANT INSERT ON public.planted_log TO PUBLIC"))
        conn.execute(
            text(
                """
                CREATE FUNCTION public.planted_eq(a varchar, b text) RETURNS boolean
                LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO public.planted_log VALUES (current_user::text);
                    RETURN a::text OPERATOR(pg_catalog.=) b;
                END $$
                """
            )
        )
        conn.execute(
            text(
                "CREATE OPERATOR public.= (LEFTARG = varchar, RIGHTARG = text, "
                "FUNCTION = public.planted_eq)"
            )
        )
        # The operator is live: Bob's own comparison runs it, as Bob.
        conn.execute(text("SELECT CAST('x' AS varchar) = CAST('x' AS text)"))

    ann, bob = team.db("ann"), team.db("bob")
    company = ann.run(create_company, {"name": "SARL Dupont"}).value
    other = ann.run(create_company, {"name": "Dupont Industrie"}).value
    secrets = []
    for company_id, name in ((company.id, "SARL Dupont"), (other.id, "Dupont Industrie")):
        secret = ann.run(
            create_contact,
            {"last_name": "Petit", "company_id": company_id, "company_name": name},
        ).value
        ann.run(set_private, "contact", secret.id, True)
        secrets.append(secret.id)
    version = bob.read(get_company, company.id).version
    bob.run(update_company, company.id, version, {"name": "Dupont SA"})
    bob.run(merge_companies, company.id, [other.id], {"name": other.id})
    assert ann.read(get_contact, secrets[0]).company_name == "Dupont Industrie"

    with team.owner.engine.connect() as conn:
        runners = set(conn.execute(text("SELECT who FROM public.planted_log")).scalars())
    assert bob_login in runners
    assert runners <= set(team.logins.values()), runners  # never postgres, the owner


def test_every_owner_function_has_the_safe_search_path(team: Team) -> None:
    with team.owner.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT proname, proconfig FROM pg_proc "
                "WHERE pronamespace = 'public'::regnamespace AND prosecdef ORDER BY proname"
            )
        ).all()
    names = {row.proname for row in rows}
    assert {"crm_user_id", "crm_user_role", "crm_contacts_follow_company"} <= names
    assert "crm_contacts_move_company" not in names
    assert [row.proname for row in rows if row.proconfig != [SAFE_PATH]] == []


def test_team_setup_takes_back_the_right_to_create_in_public(team: Team) -> None:
    """A database where every login may create in public (the default before PostgreSQL
    15): team setup takes the right back; the tables' owner keeps it."""
    _owner_sql(team, "GRANT CREATE ON SCHEMA public TO PUBLIC")
    with team.raw("bob").connect() as conn:
        assert conn.execute(text("SELECT has_schema_privilege('public', 'CREATE')")).scalar()
    team.owner.run(set_up_team)
    with team.raw("bob").begin() as conn, pytest.raises(DBAPIError, match="permission denied"):
        conn.execute(text("CREATE TABLE public.planted (id integer)"))
    with team.owner.engine.connect() as conn:
        assert conn.execute(
            text(
                "SELECT has_schema_privilege(pg_get_userbyid(relowner), 'public', 'CREATE') "
                "FROM pg_class WHERE oid = 'public.contact'::regclass"
            )
        ).scalar()


def test_migration_0015_gives_its_functions_to_the_tables_owner(pg_server: PostgresServer) -> None:
    """Run by a superuser on tables owned by another role: the functions are that role's
    (they run with no more rights than the tables' owner). A team database's crm_user_id()
    made by an older team setup gets the safe search_path too."""
    suffix = uuid.uuid4().hex[:6]
    name, owner = f"own_{suffix}", f"crm_tables_{suffix}"
    url = pg_server.create_database(name)
    engine = create_engine(url)
    try:
        config = migrate.alembic_config(url)
        command.upgrade(config, "0014")
        with engine.begin() as conn:
            conn.execute(text(f'CREATE ROLE "{owner}" NOLOGIN'))
            for table in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars():
                conn.execute(text(f'ALTER TABLE public."{table}" OWNER TO "{owner}"'))
            conn.execute(  # as team setup made it before
                text(
                    "CREATE FUNCTION crm_user_id() RETURNS integer LANGUAGE sql STABLE "
                    "SECURITY DEFINER SET search_path = public, pg_temp AS "
                    "$$ SELECT id FROM app_user WHERE login = session_user::text AND active $$"
                )
            )
        command.upgrade(config, "head")
        with engine.connect() as conn:
            owners = dict(
                conn.execute(
                    text(
                        "SELECT proname, pg_get_userbyid(proowner) FROM pg_proc "
                        "WHERE proname LIKE 'crm_contacts_%'"
                    )
                ).all()
            )
            config_of_user_id = conn.execute(
                text("SELECT proconfig FROM pg_proc WHERE proname = 'crm_user_id'")
            ).scalar()
        assert owners == {"crm_contacts_follow_company": owner}
        assert config_of_user_id == [SAFE_PATH]
    finally:
        engine.dispose()
        pg_server.drop_database(name)
        with create_engine(pg_server.url("postgres")).connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{owner}"'))
            conn.commit()


def test_migration_0015_run_by_the_tables_owner_leaves_postgres_functions_to_team_setup(
    pg_server: PostgresServer,
) -> None:
    """team setup run by postgres made crm_user_id()/crm_user_role(); the migration then runs
    as the tables' owner, not a superuser: it may not replace them, so it leaves them (the
    next team setup does) and still makes its own function, the owner's."""
    suffix = uuid.uuid4().hex[:6]
    name, owner = f"own_{suffix}", f"crm_tables_{suffix}"
    url = pg_server.create_database(name)
    engine = create_engine(url)
    owner_url = url.replace("postgres@", f"{owner}@", 1)
    try:
        command.upgrade(migrate.alembic_config(url), "0014")
        with engine.begin() as conn:
            conn.execute(text(f'CREATE ROLE "{owner}" LOGIN NOSUPERUSER'))
            conn.execute(text(f'GRANT CREATE ON SCHEMA public TO "{owner}"'))
            for table in conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            ).scalars():
                conn.execute(text(f'ALTER TABLE public."{table}" OWNER TO "{owner}"'))
            for function, column, kind in (
                ("crm_user_id", "id", "integer"),
                ("crm_user_role", "role", "text"),
            ):
                conn.execute(  # as an older team setup, run by postgres, made them
                    text(
                        f"CREATE FUNCTION public.{function}() RETURNS {kind} LANGUAGE sql "
                        "STABLE SECURITY DEFINER SET search_path = public, pg_temp AS "
                        f"$$ SELECT {column}::{kind} FROM app_user "
                        "WHERE login = session_user::text AND active $$"
                    )
                )
        command.upgrade(migrate.alembic_config(owner_url), "head")
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT proname, pg_get_userbyid(proowner) AS who, proconfig FROM pg_proc "
                    "WHERE proname IN ('crm_user_id', 'crm_user_role', "
                    "'crm_contacts_follow_company') ORDER BY proname"
                )
            ).all()
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == migrate.head_revision()
        assert [(r.proname, r.who, r.proconfig) for r in rows] == [
            ("crm_contacts_follow_company", owner, [SAFE_PATH]),
            ("crm_user_id", "postgres", ["search_path=public, pg_temp"]),
            ("crm_user_role", "postgres", ["search_path=public, pg_temp"]),
        ]
    finally:
        engine.dispose()
        pg_server.drop_database(name)
        with create_engine(pg_server.url("postgres")).connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{owner}"'))
            conn.commit()
