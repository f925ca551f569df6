"""Fixtures shared by the GUI tests, and the guard that no SQL runs on the GUI thread.

The guard records every statement executed while a ``desktop_crm.ui`` frame is on the stack
of the main (GUI) thread: a widget that reaches the database itself fails its test. Test
code preparing data on the main thread is not a widget and is not flagged.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import event
from sqlalchemy.engine import Engine

from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.empty_note import EmptyNote
from desktop_crm.ui.common.operations import Operations

_UI_PREFIX = "desktop_crm" + ("\\" if sys.platform == "win32" else "/") + "ui"


def _ui_frame() -> str | None:
    frame = sys._getframe(2)
    while frame is not None:
        filename = frame.f_code.co_filename
        if _UI_PREFIX in filename:
            return f"{filename}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back  # type: ignore[assignment]
    return None


class GuiThreadSqlGuard:
    """Collects statements run on the GUI thread from UI code."""

    def __init__(self) -> None:
        self.offences: list[tuple[str, str]] = []
        self.statements_off_gui = 0
        self.main = threading.main_thread()

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if threading.current_thread() is not self.main:
            self.statements_off_gui += 1
            return
        where = _ui_frame()
        if where is not None:
            self.offences.append((where, statement.split("\n")[0][:120]))


@pytest.fixture(autouse=True)
def no_collection_off_the_gui_thread() -> Iterator[None]:
    """As in the window (``ui.common.gui_gc``): no cycle collection during a test, where the
    database thread would run it (a Qt object destroyed there crashes: seen once as a
    segmentation fault), and the test's cycles collected here, on the GUI thread, after it.
    Set up before the SQL guard, so it is torn down after it (a collected connection may
    roll back)."""
    enabled = gc.isenabled()
    gc.disable()
    yield
    # Nothing was collected during the test, so its objects are all in the youngest
    # generation: collecting that one finds its cycles. The older ones as Python would
    # (a full pass at every test costs minutes over the suite).
    gc.collect(0)
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[1] > thresholds[1]:
        gc.collect(2 if counts[2] > thresholds[2] else 1)
    if enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def gui_thread_sql_guard() -> Iterator[GuiThreadSqlGuard]:
    guard = GuiThreadSqlGuard()
    event.listen(Engine, "before_cursor_execute", guard)
    try:
        yield guard
    finally:
        event.remove(Engine, "before_cursor_execute", guard)
    if guard.offences:
        lines = "\n".join(f"  {where}: {sql}" for where, sql in guard.offences[:10])
        pytest.fail(f"SQL ran on the GUI thread from UI code ({len(guard.offences)}):\n{lines}")


# A modal dialog still open this long was opened when nobody was there to answer it (for
# example by a read that finished after its test ended): without this watchdog the whole
# suite would wait for ever. It closes the dialog and fails the test that left it.
MODAL_LIMIT_S = 60.0


@pytest.fixture(autouse=True)
def no_forgotten_modal(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    left: list[str] = []
    seen: dict[int, float] = {}

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            seen.clear()
            return
        first = seen.setdefault(id(widget), time.monotonic())
        if time.monotonic() - first > MODAL_LIMIT_S:
            left.append(f"{type(widget).__name__} {widget.windowTitle()!r}")
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1000)
    yield
    timer.stop()
    if left:
        pytest.fail(f"A modal dialog was left open with nobody to answer it: {', '.join(left)}")


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language for one test, French then English (the twin tests of a
    sentence); English again afterwards."""
    from desktop_crm.ui import i18n

    i18n.install(qapp, request.param)
    try:
        yield request.param
    finally:
        i18n.install(qapp, "en")


@pytest.fixture
def context(sqlite_db: Database, tmp_path: Path) -> Iterator[AppContext]:
    """The window's context on the test's SQLite database; its operations end after the
    test (a test module may define its own)."""
    context = make_context(sqlite_db, tmp_path)
    yield context
    context.ops.wait()


def make_context(db: Database, tmp_path: Path) -> AppContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(Operations(db), settings)


def opening_after_first_page(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Database, AppContext, object]:
    """``db`` opened again the way the app starts (deferred, its first reads answered by the
    first-read connection), the list's first page read: (that database, its context, the
    page). The opening's time bounds are out of the way: only the test lets it go on."""
    from desktop_crm.services.contacts import list_data
    from desktop_crm.services.first_start import deferred_database, prepare_first_read
    from desktop_crm.storage import database as storage_database
    from desktop_crm.ui.common import operations

    monkeypatch.setattr(operations, "OPENING_WAIT_MS", 600_000)
    monkeypatch.setattr(storage_database, "OPENING_WAIT_S", 600.0)
    db.dispose()
    deferred = deferred_database(db.url)
    assert deferred is not None and prepare_first_read(deferred)
    context = make_context(deferred, tmp_path)
    pages: list[object] = []
    context.ops.read(list_data.start_lookup, "", "last_name", False, 1, 50, on_done=pages.append)
    qtbot.waitUntil(lambda: bool(pages), timeout=10000)
    return deferred, context, pages[0]


def settle(qtbot, context: AppContext, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every queued operation ended and its callbacks ran."""
    qtbot.waitUntil(lambda: not context.ops.is_busy(), timeout=timeout)


def empty_note(view: object) -> EmptyNote:
    """The sentence an empty table shows (``ui.common.empty_note``); fails when it has none."""
    note = view.findChild(EmptyNote)  # type: ignore[attr-defined]
    assert note is not None, "no sentence for the empty table"
    return note  # type: ignore[no-any-return]
