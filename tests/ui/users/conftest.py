"""A real application context (SQLite database, operation runner, settings file) for the views."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import make_context


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path, qapp: object) -> Iterator[AppContext]:
    context = make_context(sqlite_db, tmp_path)
    yield context
    context.ops.wait()
    context.ops.deleteLater()
