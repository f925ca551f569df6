"""Fixtures shared by the integration tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.integration.team_helpers import Team, team_database
from tests.pgserver import PostgresServer


@pytest.fixture
def team(pg_server: PostgresServer, pg_url: str) -> Iterator[Team]:
    """A team database on the suite's PostgreSQL server (``team_helpers.team_database``)."""
    with team_database(pg_server, pg_url) as t:
        yield t
