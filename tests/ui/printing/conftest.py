"""An application context on a seeded SQLite database for the printing dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from tests.integration.mailing_fixtures import seed
from tests.ui.conftest import make_context, settle


@pytest.fixture
def ids(sqlite_db: Database) -> dict[str, int]:
    return seed(sqlite_db, {"dupont_jean": {"email": "opt_in"}})


@pytest.fixture
def ctx(qtbot: QtBot, sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    context = make_context(sqlite_db, tmp_path)
    yield context
    # Let every queued operation end (and its callbacks run) before the widgets go.
    settle(qtbot, context)
