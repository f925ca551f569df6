"""The team's business time zone, stored in ``app_setting`` (real SQLite): Paris by default,
refused when unknown, an unknown stored value read as Paris with a log line; the command
line installs it on the business clock when it opens the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.cli import main
from desktop_crm.domain.clock import (
    TEAM_TIMEZONE,
    SystemClock,
    team_timezone,
    use_team_timezone,
    utc_to_wall,
)
from desktop_crm.domain.errors import DomainError
from desktop_crm.services.team_zone import (
    SETTING_KEY,
    load_team_timezone,
    set_team_timezone,
    stored_team_timezone,
)
from desktop_crm.storage.models import AppSetting
from desktop_crm.storage.uow import Database


@pytest.fixture(autouse=True)
def paris_again() -> Iterator[None]:
    use_team_timezone(TEAM_TIMEZONE)
    yield
    use_team_timezone(TEAM_TIMEZONE)


def _store_raw(db: Database, value: str) -> None:
    with db.uow() as uow:
        uow.session.merge(AppSetting(key=SETTING_KEY, value=value))
        uow.commit()


def test_paris_until_set_then_the_stored_zone(sqlite_db: Database) -> None:
    assert sqlite_db.run(stored_team_timezone).value == "Europe/Paris"
    assert sqlite_db.run(set_team_timezone, " Indian/Reunion ").value == "Indian/Reunion"
    assert sqlite_db.run(stored_team_timezone).value == "Indian/Reunion"
    assert sqlite_db.run(load_team_timezone).value == "Indian/Reunion"
    assert team_timezone() == "Indian/Reunion"
    # The business clock reads La Réunion's wall time (UTC+4) from then on.
    now_utc = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert abs(SystemClock().now() - utc_to_wall(now_utc)) < dt.timedelta(minutes=1)
    assert abs(SystemClock().now() - (now_utc + dt.timedelta(hours=4))) < dt.timedelta(minutes=1)


def test_an_unknown_zone_is_refused_and_nothing_is_written(sqlite_db: Database) -> None:
    sqlite_db.run(set_team_timezone, "America/Guadeloupe")
    with pytest.raises(DomainError) as caught:
        sqlite_db.run(set_team_timezone, "Mars/Olympus_Mons")
    assert "Mars/Olympus_Mons is not a time zone" in caught.value.message
    assert sqlite_db.run(stored_team_timezone).value == "America/Guadeloupe"


def test_an_unknown_stored_zone_falls_back_to_paris_with_a_log_line(
    sqlite_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    use_team_timezone("Pacific/Noumea")
    _store_raw(sqlite_db, "Europe/Parris")  # written by hand, or by a newer version
    with caplog.at_level("WARNING"):
        assert sqlite_db.run(load_team_timezone).value == "Europe/Paris"
    assert team_timezone() == "Europe/Paris"
    assert "Unknown team time zone 'Europe/Parris'" in caplog.text


def test_the_command_line_uses_the_stored_zone(sqlite_db: Database, tmp_path: Path) -> None:
    sqlite_db.run(set_team_timezone, "America/Montreal")
    path = tmp_path / "crm.sqlite"  # the file of the sqlite_db fixture
    assert path.exists()
    assert main(["tasks", "--db", str(path), "--json"]) == 0
    assert team_timezone() == "America/Montreal"
