"""A real application context (SQLite database, task runner, settings file) for the views."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.tasks import TaskRunner


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    runner = TaskRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield AppContext(db=sqlite_db, runner=runner, settings=settings)
    runner.wait()
    runner.deleteLater()
