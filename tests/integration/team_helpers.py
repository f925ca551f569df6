"""A team database on the suite's PostgreSQL server: an owner, two Standard logins (Ann and
Bob), an administrator (Ada) and a Restricted login (Rex), each with its own connection."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, text

from desktop_crm.services.setup import open_database
from desktop_crm.services.users.accounts import add_user
from desktop_crm.services.users.team_setup import set_up_team
from desktop_crm.storage.uow import Database
from tests.pgserver import PostgresServer

PEOPLE = {
    "ann": ("standard", "Ann Archer"),
    "bob": ("standard", "Bob Baker"),
    "ada": ("administrator", "Ada Admin"),
    "rex": ("restricted", "Rex Rest"),
}

# The search path every SECURITY DEFINER function of the team database pins.
SAFE_PATH = "search_path=pg_catalog, pg_temp"


@dataclass
class Team:
    url: str
    owner: Database
    logins: dict[str, str]
    dbs: dict[str, Database] = field(default_factory=dict)
    engines: dict[str, Engine] = field(default_factory=dict)

    def url_for(self, who: str) -> str:
        return self.url.replace("postgres@", f"{self.logins[who]}@", 1)

    def db(self, who: str) -> Database:
        if who not in self.dbs:
            self.dbs[who] = open_database(self.url_for(who), create=False).db
        return self.dbs[who]

    def raw(self, who: str) -> Engine:
        """A plain SQLAlchemy engine logged in as ``who`` (raw SQL, no application code)."""
        if who not in self.engines:
            self.engines[who] = create_engine(self.url_for(who))
        return self.engines[who]

    def close(self) -> None:
        for db in self.dbs.values():
            db.dispose()
        for engine in self.engines.values():
            engine.dispose()
        self.owner.dispose()


@contextlib.contextmanager
def team_database(server: PostgresServer, url: str) -> Iterator[Team]:
    suffix = uuid.uuid4().hex[:6]
    logins = {who: f"{who}_{suffix}" for who in PEOPLE}
    owner = open_database(url).db
    owner.run(set_up_team)
    for who, (role, name) in PEOPLE.items():
        owner.run(add_user, logins[who], role, name=name)
    team = Team(url, owner, logins)
    try:
        yield team
    finally:
        team.close()
        dbname = url.rsplit("/", 1)[-1]
        with (
            contextlib.suppress(psycopg.Error),
            psycopg.connect(
                f"host=127.0.0.1 port={server.port} user=postgres dbname={dbname}",
                autocommit=True,
            ) as conn,
        ):
            for login in logins.values():
                conn.execute(f'DROP OWNED BY "{login}"')  # type: ignore[arg-type]
                conn.execute(f'DROP ROLE "{login}"')  # type: ignore[arg-type]


def user_id(team: Team, who: str) -> int:
    """The app user id of a team member's login, read by the owner."""
    with team.owner.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT id FROM app_user WHERE login = :l"), {"l": team.logins[who]}
            ).scalar_one()
        )


def row_exists(team: Team, table: str, row_id: int) -> bool:
    """Whether a row is still there, read by the owner (who sees every row)."""
    with team.owner.engine.connect() as conn:
        found = conn.execute(text(f"SELECT 1 FROM {table} WHERE id = :i"), {"i": row_id})
        return found.first() is not None


def seen_by(team: Team, who: str, rows: Mapping[str, tuple[Any, ...]]) -> set[str]:
    """The labels of ``rows`` (label -> (table, id, ...)) that ``who``'s own login sees."""
    seen = set()
    with team.raw(who).connect() as conn:
        for label, (table, row_id, *_rest) in rows.items():
            if conn.execute(text(f"SELECT 1 FROM {table} WHERE id = :i"), {"i": row_id}).first():
                seen.add(label)
    return seen
