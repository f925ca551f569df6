"""Fixtures of the duplicates window's tests: an app context on a real SQLite file, and a
check that a test left no Qt warning (for the modules that ask for it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from pytestqt.qtbot import QtBot

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import make_context, settle


@pytest.fixture
def no_qt_warnings(qtlog: object) -> Iterator[None]:
    yield
    records = getattr(qtlog, "records", [])
    # The offscreen platform itself says this about every top-level window.
    bad = [
        r.message
        for r in records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg)
        and "propagateSizeHints" not in r.message
    ]
    assert bad == []


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path, qtbot: QtBot) -> Iterator[AppContext]:
    context = make_context(sqlite_db, tmp_path)
    yield context
    settle(qtbot, context)
