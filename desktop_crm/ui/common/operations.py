"""The operation runner: every database read and write of the GUI, on one database thread.

A view asks for an *operation*, a service call with plain arguments::

    context.ops.run(get_contact, contact_id, on_done=self._show)

The runner calls ``get_contact(uow, contact_id)`` on the database thread inside a unit of
work, commits once (for writes), and hands the plain result back on the GUI thread. What the
operation changed (kinds and ids, see ``domain/changes.py``) is announced with one
``changed(changes, initiator)`` signal; each view refreshes only what it shows and what was
touched. Widgets never open a unit of work and never run SQL on the GUI thread.

Long operations (``run_long``) receive a ``TaskControl`` for progress and cancel; a progress
dialog appears only when they last longer than half a second. Operations submitted with the
same ``key`` supersede each other (search-as-you-type): a queued one that was overtaken is
skipped, and only the newest result is delivered.
"""

from __future__ import annotations

import importlib
import logging
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from desktop_crm.domain.changes import NO_CHANGES, Changes
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.progress import Cancelled, TaskControl

if TYPE_CHECKING:
    from desktop_crm.services.setup import Database, UnitOfWork

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

PROGRESS_DELAY_MS = 500
OPENING_WAIT_MS = 1500

Callback = Callable[[Any], object]
ErrorCallback = Callable[[BaseException], object]


def _t(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def _alive(*parties: object) -> bool:
    """False once a widget that asked for an operation (or owns its callback) was deleted.

    An answer can arrive after its dialog closed; calling into a deleted Qt object would
    raise RuntimeError on the GUI thread.
    """
    for party in parties:
        targets = [getattr(party, "__self__", party)]
        # A lambda (``on_done=lambda v: self.label.setText(v)``) holds its widgets in closure
        # cells: look one level in, where the owner of the callback is.
        for cell in getattr(party, "__closure__", None) or ():
            try:
                targets.append(cell.cell_contents)
            except ValueError:  # an empty cell
                continue
        if any(isinstance(t, QObject) and not isValid(t) for t in targets):
            return False
    return True


def error_message(exc: BaseException) -> str:
    """A sentence for the user: the domain error's own message, or what we know of the fault."""
    if isinstance(exc, DomainError):
        return exc.message
    if isinstance(exc, MemoryError):
        return _t(
            "The computer ran out of memory: nothing was saved. Close other programs "
            "and try again with a smaller selection."
        )
    if isinstance(exc, OSError):
        return _t(
            "The system refused the operation ({0}): nothing was saved. Check the disk "
            "and the file's permissions, then try again."
        ).format(exc.strerror or exc)
    return _t(
        "The operation stopped on an internal fault ({0}: {1}); nothing was saved. "
        "Please report it with the log file."
    ).format(type(exc).__name__, exc)


def imported_when_run(module: str, name: str) -> Callable[..., Any]:
    """The service function ``module.name``, imported when the operation runs (on the
    database thread): the GUI thread does not load a service (and SQLAlchemy with it) that
    the first screen does not need."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__qualname__ = call.__name__ = name
    return call


class _Relay(QObject):
    """Carries a job's outcome from the database thread to the GUI thread."""

    finished = Signal(object, object)  # value, Changes
    failed = Signal(object, str)  # exception, traceback text
    skipped = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], tuple[Any, Changes]], should_run: Callable[[], bool]):
        super().__init__()
        self.work = work
        self.should_run = should_run
        self.db: Any = None  # the database it was submitted for (None: no unit of work)
        self.relay = _Relay()
        self.setAutoDelete(False)

    def run(self) -> None:
        if not self.should_run():
            self.relay.skipped.emit()
            return
        try:
            value, changes = self.work()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.relay.failed.emit(exc, traceback.format_exc())
        else:
            self.relay.finished.emit(value, changes)


class OpHandle(QObject):
    """One submitted operation. Signals: ``done(value)``, ``failed(exception)``, ``cancelled()``."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, control: TaskControl, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.control = control
        self.running = True
        self.writes = False  # a write, a database command or a detached run (not a read)
        self.opening = False  # the end of the database's opening (``after_opening``)

    def cancel(self) -> None:
        self.control.cancel()


class Operations(QObject):
    """Runs service calls on the one database thread and announces what they changed.

    Signals: ``changed(Changes, initiator)`` after every write that changed something;
    ``busy_changed(bool)`` when work starts or the queue empties; ``error_shown(str)`` when
    the runner told the user about a failure itself.
    """

    changed = Signal(object, object)
    busy_changed = Signal(bool)
    error_shown = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # always the same thread
        # Network-bound runs that last minutes (an e-mail merge) and commit in steps of their
        # own: they go here so the database thread stays free for the views.
        self._side_pool = QThreadPool(self)
        self._side_pool.setMaxThreadCount(1)
        self._handles: set[OpHandle] = set()
        self._jobs: set[_Job] = set()
        self._retired: list[Database] = []
        self._latest: dict[str, int] = {}
        self._generation = 0
        self._lock = threading.Lock()
        self.error_parent: QWidget | None = None
        self._opening_holds = 0
        self._opening_wanted = False

    # -- the database -------------------------------------------------------------------------

    @property
    def db(self) -> Database:
        """The open database (for its name, backend and user; never for a unit of work)."""
        return self._db

    def set_database(self, db: Database) -> None:
        """Point later operations at another database (the caller disposes the old one)."""
        self._db = db

    # -- submitting ---------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[Concatenate[UnitOfWork, P], R],
        *args: Any,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        initiator: object = None,
        write: bool = True,
        key: str | None = None,
        **kwargs: Any,
    ) -> OpHandle:
        """Run ``fn(uow, *args, **kwargs)``; a write is committed once and announced."""
        db = self._db

        def work() -> tuple[Any, Changes]:
            if write:
                result = db.run(fn, *args, **kwargs)
                return result.value, result.changes
            return db.read(fn, *args, **kwargs), NO_CHANGES

        return self._submit(
            work, TaskControl(), on_done, on_error, initiator, key, None, None, db, write
        )

    def read(
        self,
        fn: Callable[Concatenate[UnitOfWork, P], R],
        *args: Any,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        key: str | None = None,
        urgent: bool = False,
        **kwargs: Any,
    ) -> OpHandle:
        """Run a read-only service call (rolled back, nothing announced); ``urgent``: before
        the operations still queued (the card's first contact at start-up).

        An urgent first read (``storage.database.first_read``) while a deferred opening waits
        for the first screen is answered by the first-read connection on the side thread: the
        database thread may be waiting for that opening. Unanswered there, it is read again
        the ordinary way.

        A read never goes ahead of a write submitted before it (it would show what that write
        is about to change): with a write still pending it takes its place in the queue.
        """
        if not urgent or any(h.writes and not h.opening for h in self._handles):
            return self.run(
                fn, *args, on_done=on_done, on_error=on_error, write=False, key=key, **kwargs
            )
        db = self._db
        if db.first_reader is not None:

            def first() -> tuple[Any, Changes]:
                return db.answer_first(fn, *args, **kwargs), NO_CHANGES

            def answered(found: tuple[bool, Any]) -> None:
                if not _alive(on_done):  # its widget was deleted meanwhile
                    return
                if found[0]:
                    if on_done is not None:
                        on_done(found[1])
                    return
                self._urgent(db, fn, args, kwargs, on_done, on_error, key)

            return self._submit(
                first,
                TaskControl(),
                answered,
                on_error,
                None,
                key,
                None,
                self._side_pool,
                db,  # (a database switched away from meanwhile is disposed after it)
                False,
            )
        return self._urgent(db, fn, args, kwargs, on_done, on_error, key)

    def _urgent(
        self,
        db: Database,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        on_done: Callback | None,
        on_error: ErrorCallback | None,
        key: str | None,
    ) -> OpHandle:
        def work() -> tuple[Any, Changes]:
            return db.read(fn, *args, **kwargs), NO_CHANGES

        return self._submit(
            work, TaskControl(), on_done, on_error, None, key, None, None, db, False, 1
        )

    def run_long(
        self,
        fn: Callable[..., Any],
        *args: Any,
        title: str,
        parent: QWidget | None = None,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        initiator: object = None,
        write: bool = True,
        cancellable: bool = True,
        **kwargs: Any,
    ) -> OpHandle:
        """Run ``fn(uow, control, *args, **kwargs)`` with a progress dialog after 0.5 s.

        ``control.report(done, total, message)`` moves the bar; Cancel makes
        ``control.check()`` raise ``Cancelled`` and the unit of work is rolled back.
        """
        db = self._db
        control = TaskControl()

        def work() -> tuple[Any, Changes]:
            if write:
                result = db.run(fn, control, *args, **kwargs)
                return result.value, result.changes
            return db.read(fn, control, *args, **kwargs), NO_CHANGES

        progress = (title, parent, cancellable)
        return self._submit(
            work, control, on_done, on_error, initiator, None, progress, None, db, write
        )

    def call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        title: str | None = None,
        parent: QWidget | None = None,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        cancellable: bool = False,
        with_control: bool = False,
        changes: Changes = NO_CHANGES,
        initiator: object = None,
        **kwargs: Any,
    ) -> OpHandle:
        """Run ``fn(*args)`` on the database thread without a unit of work.

        For work that manages the database itself (open, migrate, back up, restore) or that
        must not overlap database work. ``with_control`` passes a ``TaskControl`` first;
        ``changes`` is announced when it succeeds.
        """
        control = TaskControl()

        def work() -> tuple[Any, Changes]:
            value = fn(control, *args, **kwargs) if with_control else fn(*args, **kwargs)
            return value, changes

        progress = (title, parent, cancellable) if title else None
        return self._submit(work, control, on_done, on_error, initiator, None, progress)

    def after_opening(self, fn: Callable[[], object]) -> None:
        """Call ``fn`` on the GUI thread once the database has finished opening: at start-up
        the first page may be read before the rest of the opening (SQLAlchemy) loads, on the
        database thread; background features start after it, not before the first rows."""
        handle = self.call(
            self._db.finish_open, on_done=lambda _value: fn(), on_error=lambda _exc: None
        )
        # Finishing the opening changes none of the contacts: an urgent read (the card's first
        # contact) may go ahead of it, and must, while the opening waits for that card.
        handle.opening = True

    def run_detached(
        self,
        fn: Callable[..., Any],
        *args: Any,
        title: str,
        parent: QWidget | None = None,
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
        initiator: object = None,
        cancellable: bool = True,
        changes_of: Callable[[Any], Changes] | None = None,
        **kwargs: Any,
    ) -> OpHandle:
        """Run ``fn(db, control, *args)`` on a second worker, beside the database thread.

        Only for long, mostly network-bound work that opens its own short units of work and
        commits in steps (each message sent must stay recorded): the views keep loading
        while it runs. ``changes_of(result)`` says what it changed, announced at the end.
        """
        db = self._db
        control = TaskControl()

        def work() -> tuple[Any, Changes]:
            try:
                value = fn(db, control, *args, **kwargs)
            except BaseException:
                # Steps committed before a cancel or a failure are real (the run commits in
                # steps): say so, without knowing which.
                if changes_of is not None:
                    self.changed.emit(Changes(bulk=frozenset({"contact", "history"})), initiator)
                raise
            return value, (changes_of(value) if changes_of is not None else NO_CHANGES)

        progress = (title, parent, cancellable)
        return self._submit(
            work, control, on_done, on_error, initiator, None, progress, self._side_pool, db
        )

    def announce(self, changes: Changes, initiator: object = None) -> None:
        """Tell every view about changes made outside the runner (a background import)."""
        if changes:
            self.changed.emit(changes, initiator)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every queued operation ended (tests, closing the window)."""
        side = self._side_pool.waitForDone(msecs)
        return bool(self._pool.waitForDone(msecs) and side)

    def is_busy(self) -> bool:
        return bool(self._handles)

    def is_writing(self) -> bool:
        """True while a write, a database command or a detached run has not ended (reads
        do not count): closing the window then would lose it."""
        return any(h.writes for h in self._handles)

    def retire(self, db: Database) -> None:
        """Dispose ``db`` (the database just switched away from) once every operation
        submitted for it has ended; until then they keep running on it."""
        self._retired.append(db)
        self._dispose_retired()

    def _dispose_retired(self) -> None:
        for db in list(self._retired):
            if db is self._db or any(job.db is db for job in self._jobs):
                continue
            self._retired.remove(db)
            # Queued behind everything already submitted on the database thread.
            self.call(db.dispose)

    # -- machinery ----------------------------------------------------------------------------

    def release_opening(self) -> None:
        """The first screen painted what the first read gave: a deferred opening goes on,
        and a local database file is read into the OS cache (storage/cache_warm.py); after
        the holds (``hold_opening``) are let go."""
        if self._opening_holds:
            self._opening_wanted = True
            return
        self._db.opening_gate.set()
        self._db.warm_file_cache()

    def opening_waits(self) -> bool:
        """Whether the database still waits to finish its opening (its first reads are
        answered by the first-read connection meanwhile: ``read(..., urgent=True)``)."""
        return self._db.first_reader is not None

    def hold_opening(self) -> Callable[[], None]:
        """Keep a deferred opening waiting (the card shows its first contact, read by the
        first-read connection) until the returned function is called, ``OPENING_WAIT_MS``
        at most; nothing to hold (a no-op) when the database is not waiting to open."""
        if not self.opening_waits():
            return lambda: None
        self._opening_holds += 1
        held = [True]

        def let_go() -> None:
            if not held:
                return  # let go already
            held.clear()
            self._opening_holds -= 1
            if not self._opening_holds and self._opening_wanted:
                self._opening_wanted = False
                self.release_opening()

        QTimer.singleShot(OPENING_WAIT_MS, self, let_go)
        return let_go

    @staticmethod
    def _release_opening(db: Database | None) -> None:
        """A database that answered its first read at start-up waits for its view to paint
        it (``ui/common/first_paint.py``), or this long after its delivery at most."""
        if db is not None and db.awaits_showing():
            QTimer.singleShot(OPENING_WAIT_MS, db.opening_gate.set)

    def _submit(
        self,
        work: Callable[[], tuple[Any, Changes]],
        control: TaskControl,
        on_done: Callback | None,
        on_error: ErrorCallback | None,
        initiator: object,
        key: str | None,
        progress: tuple[str | None, QWidget | None, bool] | None,
        pool: QThreadPool | None = None,
        db: Database | None = None,
        writes: bool = True,
        priority: int = 0,
    ) -> OpHandle:
        self._generation += 1
        generation = self._generation
        if key is not None:
            with self._lock:
                self._latest[key] = generation

        def current() -> bool:
            if key is None:
                return True
            with self._lock:
                return self._latest.get(key) == generation

        job = _Job(work, current)
        job.db = db
        handle = OpHandle(control, self)
        handle.writes = writes
        was_idle = not self._handles
        self._handles.add(handle)
        self._jobs.add(job)
        dialog_holder: list[QProgressDialog] = []
        timer: QTimer | None = None

        if progress is not None:
            title, parent, cancellable = progress
            timer = QTimer(handle)
            timer.setInterval(100)

            def show_dialog() -> None:
                if not handle.running or (parent is not None and not isValid(parent)):
                    return
                dialog = QProgressDialog(
                    title or "", _t("Cancel") if cancellable else "", 0, 0, parent
                )
                dialog.setWindowTitle(title or "")
                dialog.setWindowModality(Qt.WindowModality.WindowModal)
                dialog.setMinimumDuration(0)
                dialog.setAutoClose(False)
                dialog.setAutoReset(False)
                if cancellable:
                    dialog.canceled.connect(handle.cancel)
                else:
                    dialog.setCancelButton(None)
                dialog.show()
                dialog_holder.append(dialog)

            def refresh() -> None:
                if not dialog_holder:
                    return
                dialog = dialog_holder[0]
                if not isValid(dialog):  # its parent window was closed meanwhile
                    return
                done, total, message = control.snapshot()
                if total > 0:
                    dialog.setMaximum(total)
                    dialog.setValue(min(done, total))
                if message:
                    dialog.setLabelText(message)

            QTimer.singleShot(PROGRESS_DELAY_MS, handle, show_dialog)
            timer.timeout.connect(refresh)
            timer.start()

        def finish() -> None:
            # The bookkeeping always runs: a dialog whose parent was deleted must not leave
            # the runner "busy" forever nor swallow the change notice.
            try:
                handle.running = False
                if timer is not None and isValid(timer):
                    timer.stop()
                for dialog in dialog_holder:
                    if isValid(dialog):
                        dialog.reset()
                        dialog.hide()
                        dialog.deleteLater()
                dialog_holder.clear()
            except RuntimeError:  # pragma: no cover - a Qt object gone between check and use
                log.warning("progress dialog already gone", exc_info=True)
            finally:
                self._release_opening(db)
                self._handles.discard(handle)
                self._jobs.discard(job)
                if isValid(handle):
                    handle.deleteLater()
                if not self._handles:
                    self.busy_changed.emit(False)
                self._dispose_retired()

        def on_finished(value: object, changes: Changes) -> None:
            try:
                finish()
            finally:
                # What was committed is announced whatever happened to the dialog.
                if changes:
                    self.changed.emit(changes, initiator)
            if not current() or not _alive(initiator, on_done):
                return
            handle.done.emit(value)
            if on_done is not None:
                on_done(value)

        def on_failed(exc: BaseException, trace: str) -> None:
            finish()
            if isinstance(exc, Cancelled):
                handle.cancelled.emit()
                return
            if not current():
                return
            if not isinstance(exc, DomainError):
                log.error("operation failed:\n%s", trace)
            handle.failed.emit(exc)
            if on_error is not None:
                if _alive(initiator, on_error):
                    on_error(exc)
            else:
                self.show_error(exc)

        job.relay.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        job.relay.failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
        job.relay.skipped.connect(finish, Qt.ConnectionType.QueuedConnection)
        if was_idle:
            self.busy_changed.emit(True)
        (pool or self._pool).start(job, priority)
        return handle

    def show_error(self, exc: BaseException, parent: QWidget | None = None) -> None:
        """Tell the user what went wrong and what to do (the default for failed operations)."""
        message = error_message(exc)
        self.error_shown.emit(message)
        owner = parent or self.error_parent
        if owner is not None and isValid(owner):
            QMessageBox.warning(owner, QCoreApplication.applicationName() or "Desktop CRM", message)
