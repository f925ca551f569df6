"""The operation runner: one database thread, one commit per operation, change notices."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.contacts.records import create_contact, get_contact, update_contact
from desktop_crm.storage.uow import Database, UnitOfWork
from tests.ui.conftest import make_context, opening_after_first_page, settle


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


def test_a_deleted_dialog_parent_still_announces_the_write_and_ends_busy(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    context = make_context(sqlite_db, tmp_path)
    gate = threading.Event()
    announced: list[Changes] = []
    busy: list[bool] = []
    context.ops.changed.connect(lambda c, _i: announced.append(c))
    context.ops.busy_changed.connect(busy.append)
    parent = QWidget()
    parent.show()

    def slow(uow: UnitOfWork, _control: TaskControl) -> int:
        gate.wait(5)
        return create_contact(uow, {"last_name": "Lent"}).id

    context.ops.run_long(slow, title="Working…", parent=parent)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)), timeout=5000)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _is_valid(parent), timeout=5000)
    gate.set()
    settle(qtbot, context)
    assert not context.ops.is_busy()
    assert busy == [True, False]
    assert announced and announced[0].ids("contact", "created")


def _is_valid(obj: object) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))


def test_a_detached_run_that_fails_announces_what_it_may_have_committed(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    context = make_context(sqlite_db, tmp_path)
    announced: list[Changes] = []
    errors: list[BaseException] = []
    context.ops.changed.connect(lambda c, _i: announced.append(c))

    def sending(db: Database, _control: TaskControl) -> int:
        db.run(create_contact, {"last_name": "Envoyé"})  # a step committed
        raise ValueError("merge field broken")

    context.ops.run_detached(
        sending,
        title="Sending…",
        on_error=errors.append,
        changes_of=lambda _n: Changes(bulk=frozenset({"history"})),
    )
    settle(qtbot, context)
    qtbot.waitUntil(lambda: bool(announced), timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert announced[0].touches("contact") and announced[0].touches("history")


def test_switching_database_keeps_earlier_operations_on_theirs_and_disposes_it_after(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    context = make_context(sqlite_db, tmp_path)
    other = open_database(resolve_database(str(tmp_path / "other.sqlite"))).db
    _ = other.user_id
    gate = threading.Event()
    disposed: list[str] = []
    original = sqlite_db.dispose

    def dispose() -> None:
        disposed.append(threading.current_thread().name)
        original()

    sqlite_db.dispose = dispose  # type: ignore[method-assign]
    created: list[int] = []

    def slow_write(uow: UnitOfWork) -> int:
        gate.wait(5)
        return create_contact(uow, {"last_name": "Avant"}).id

    def detached(db: Database, _control: TaskControl) -> str:
        gate.wait(5)
        return db.name

    names: list[str] = []
    context.ops.run(slow_write, on_done=created.append)
    context.ops.run_detached(detached, title="Sending…", on_done=names.append)
    context.ops.set_database(other)
    context.ops.retire(sqlite_db)
    qtbot.wait(200)
    assert disposed == []  # still in use by the operations submitted before the switch
    gate.set()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: bool(disposed), timeout=5000)
    settle(qtbot, context)
    assert names == [sqlite_db.name]
    with sqlite_db.uow(write=False) as uow:  # written where it was submitted
        assert get_contact(uow, created[0]).last_name == "Avant"
    with other.uow(write=False) as uow:
        from sqlalchemy import text

        assert uow.session.execute(text("select count(*) from contact")).scalar() == 0
    other.dispose()


def test_an_urgent_read_runs_before_the_operations_still_queued(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    """The card's first contact at start-up is read ahead of the reads queued before it."""
    context = make_context(sqlite_db, tmp_path)
    gate = threading.Event()
    order: list[str] = []

    def blocker(_uow: UnitOfWork) -> None:
        gate.wait(5)  # the database thread is busy: what follows waits in the queue

    def note(_uow: UnitOfWork, what: str) -> str:
        return what

    context.ops.read(blocker)
    for what in ("queued 1", "queued 2"):
        context.ops.read(note, what, on_done=order.append)
    context.ops.read(note, "urgent", on_done=order.append, urgent=True)
    gate.set()
    settle(qtbot, context)
    assert order == ["urgent", "queued 1", "queued 2"]


def test_an_urgent_first_read_is_answered_while_the_opening_waits(
    qtbot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At start-up the database thread waits in the rest of the opening until the first
    screen is shown: the card's first contact is answered by the first-read connection on
    the side thread meanwhile, not queued behind that wait."""
    from desktop_crm.services.contacts.card_read import contact_for_card

    anne = sqlite_db.run(create_contact, {"last_name": "Durand", "first_name": "Anne"}).value
    db, context, _page = opening_after_first_page(qtbot, sqlite_db, tmp_path, monkeypatch)
    assert db.awaits_showing()
    names: list[str] = []
    context.ops.read(_thread_name, on_done=names.append)  # waits for the opening
    shown: list[object] = []
    context.ops.read(contact_for_card, anne.id, on_done=shown.append, urgent=True)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown[0] == sqlite_db.read(get_contact, anne.id)
    assert not names and db.first_reader is not None  # the opening still waits
    context.ops.release_opening()
    settle(qtbot, context)
    assert names and db.first_reader is None
    db.dispose()


def test_a_held_opening_goes_on_once_let_go(
    qtbot, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workspace holds a deferred opening until the card has drawn its first contact:
    the list's release waits for it; nothing is held on a database already open."""
    from desktop_crm.services.first_start import deferred_database, prepare_first_read
    from desktop_crm.ui.common import operations

    monkeypatch.setattr(operations, "OPENING_WAIT_MS", 600_000)  # no limit in the way
    open_context = make_context(sqlite_db, tmp_path / "open")
    open_context.ops.hold_opening()  # nothing to hold: the release goes through
    open_context.ops.release_opening()
    assert sqlite_db.opening_gate.is_set()
    sqlite_db.run(create_contact, {"last_name": "Durand"})
    sqlite_db.dispose()
    db = deferred_database(sqlite_db.url)
    assert db is not None and prepare_first_read(db)
    context = make_context(db, tmp_path / "deferred")
    let_go = context.ops.hold_opening()
    context.ops.release_opening()  # the list's rows painted
    assert not db.opening_gate.is_set()  # held: the card has not drawn its contact yet
    let_go()
    assert db.opening_gate.is_set()
    let_go()  # twice: nothing more
    settle(qtbot, context)
    db.dispose()


def test_an_urgent_read_does_not_go_ahead_of_a_write_queued_before_it(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    """A contact read "urgently" while a change to it waits in the queue shows the change:
    the read keeps its place behind the write."""
    anne = sqlite_db.run(create_contact, {"last_name": "Durand", "first_name": "Anne"}).value
    context = make_context(sqlite_db, tmp_path)
    gate = threading.Event()
    order: list[str] = []

    def blocker(_uow: UnitOfWork) -> None:
        gate.wait(5)  # the database thread is busy: what follows waits in the queue

    def rename(uow: UnitOfWork) -> None:
        update_contact(uow, anne.id, anne.version, {"last_name": "Martin"})
        order.append("write")

    def read_name(uow: UnitOfWork) -> str:
        order.append("read")
        return get_contact(uow, anne.id).last_name

    names: list[str] = []
    context.ops.read(blocker)
    context.ops.run(rename)
    context.ops.read(read_name, on_done=names.append, urgent=True)
    gate.set()
    settle(qtbot, context)
    assert order == ["write", "read"]
    assert names == ["Martin"]
