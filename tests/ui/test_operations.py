"""The operation runner: one database thread, one commit per operation, change notices."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.contacts.records import create_contact, get_contact
from desktop_crm.storage.uow import Database, UnitOfWork
from tests.ui.conftest import make_context, settle


def _thread_name(_uow: UnitOfWork) -> str:
    return threading.current_thread().name


def test_a_write_runs_off_the_gui_thread_commits_and_announces(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    context = make_context(sqlite_db, tmp_path)
    results: list[object] = []
    with qtbot.waitSignal(context.ops.changed, timeout=5000) as blocker:
        context.ops.run(
            create_contact,
            {"last_name": "Durand", "first_name": "Anne"},
            on_done=results.append,
            initiator="card",
        )
    changes, initiator = blocker.args
    assert isinstance(changes, Changes)
    assert initiator == "card"
    settle(qtbot, context)
    contact_id = results[0].id  # type: ignore[attr-defined]
    assert changes.ids("contact", "created") == {contact_id}
    assert changes.touches_contact(contact_id)
    assert changes.ids("history", "created")  # "Contact created" entry
    with sqlite_db.uow(write=False) as uow:  # committed by the runner
        assert get_contact(uow, contact_id).last_name == "Durand"


def test_reads_run_on_one_database_thread(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    context = make_context(sqlite_db, tmp_path)
    names: list[str] = []
    for _ in range(3):
        context.ops.read(_thread_name, on_done=names.append)
    settle(qtbot, context)
    assert len(names) == 3
    assert len(set(names)) == 1
    assert names[0] != threading.main_thread().name


def test_a_failed_write_reaches_on_error_and_announces_nothing(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    context = make_context(sqlite_db, tmp_path)
    errors: list[BaseException] = []
    announced: list[object] = []
    context.ops.changed.connect(lambda c, _i: announced.append(c))
    context.ops.run(create_contact, {"city": "Lyon"}, on_error=errors.append)
    settle(qtbot, context)
    assert isinstance(errors[0], ValidationError)
    assert announced == []


def test_unhandled_failures_become_a_sentence(qtbot, sqlite_db: Database, tmp_path: Path) -> None:
    context = make_context(sqlite_db, tmp_path)

    def broken(_uow: UnitOfWork) -> None:
        raise KeyError("x")

    with qtbot.waitSignal(context.ops.error_shown, timeout=5000) as blocker:
        context.ops.read(broken)
    assert "KeyError" in blocker.args[0]
    assert "nothing was saved" in blocker.args[0]


def test_a_newer_request_with_the_same_key_supersedes(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    context = make_context(sqlite_db, tmp_path)
    gate = threading.Event()
    delivered: list[int] = []

    def slow(_uow: UnitOfWork, value: int) -> int:
        gate.wait(5)
        return value

    for value in (1, 2, 3):
        context.ops.read(slow, value, on_done=delivered.append, key="lookup")
    gate.set()
    settle(qtbot, context)
    assert delivered == [3]


def test_cancelling_a_long_operation_rolls_it_back(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    context = make_context(sqlite_db, tmp_path)
    started = threading.Event()

    def long_work(uow: UnitOfWork, control: TaskControl) -> None:
        from desktop_crm.storage.models import Contact

        uow.session.add(Contact(last_name="Partiel"))
        uow.session.flush()
        started.set()
        while True:
            control.check()

    handle = context.ops.run_long(long_work, title="Working…")
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        assert started.wait(5)
        handle.cancel()
    settle(qtbot, context)
    with sqlite_db.uow(write=False) as uow:
        from sqlalchemy import text

        assert uow.session.execute(text("select count(*) from contact")).scalar() == 0


@pytest.mark.parametrize("use_note", [False, True])
def test_bulk_statements_are_announced_in_bulk_unless_the_service_says_which(
    qtbot, sqlite_db: Database, tmp_path: Path, use_note: bool
) -> None:
    from sqlalchemy import update

    from desktop_crm.storage.models import Contact

    with sqlite_db.uow() as uow:
        contact_id = create_contact(uow, {"last_name": "Masse"}).id
        uow.commit()

    def touch_all(uow: UnitOfWork) -> None:
        uow.session.execute(update(Contact).values(city="Lyon"))
        if use_note:
            uow.note_changes("contact", "updated", [contact_id])

    context = make_context(sqlite_db, tmp_path)
    with qtbot.waitSignal(context.ops.changed, timeout=5000) as blocker:
        context.ops.run(touch_all)
    changes = blocker.args[0]
    if use_note:
        assert changes.bulk == frozenset()
        assert changes.ids("contact", "updated") == {contact_id}
    else:
        assert "contact" in changes.bulk
        assert changes.touches_contact(12345)


def test_an_answer_for_a_closed_widget_is_dropped(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    context = make_context(sqlite_db, tmp_path)
    label = QLabel()
    gate = threading.Event()

    def slow(_uow: UnitOfWork) -> str:
        gate.wait(5)
        return "late"

    context.ops.read(slow, on_done=label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    gate.set()
    settle(qtbot, context)  # no RuntimeError from calling into the deleted label


def test_an_answer_for_a_lambda_of_a_closed_widget_is_dropped(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel
    from shiboken6 import isValid

    context = make_context(sqlite_db, tmp_path)
    label = QLabel()
    gate = threading.Event()

    def slow(_uow: UnitOfWork) -> str:
        gate.wait(5)
        return "late"

    context.ops.read(slow, on_done=lambda text: label.setText(text.upper()))
    label.deleteLater()
    qtbot.waitUntil(lambda: not isValid(label))
    gate.set()
    settle(qtbot, context)
