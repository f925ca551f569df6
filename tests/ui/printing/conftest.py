"""An application context on a seeded SQLite database for the printing dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.tasks import TaskRunner
from tests.integration.mailing_fixtures import seed


@pytest.fixture
def ids(sqlite_db: Database) -> dict[str, int]:
    return seed(sqlite_db, {"dupont_jean": {"email": "opt_in"}})


@pytest.fixture
def ctx(qapp: object, sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield AppContext(sqlite_db, runner, settings)
    runner.wait()
