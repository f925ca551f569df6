"""Run long work off the GUI thread, with a progress dialog that appears only if it lasts."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.progress import Cancelled, TaskControl

PROGRESS_DELAY_MS = 600


class _Signals(QObject):
    """Signals of one task: ``finished(result)`` and ``failed(exception, traceback_text)``."""

    finished = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskControl], Any], control: TaskControl) -> None:
        super().__init__()
        self.fn = fn
        self.control = control
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self.control)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


class TaskHandle(QObject):
    """A running task; emits ``done(result)``, ``failed(exception)`` or ``cancelled()``."""

    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, job: _Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.control = job.control
        self.running = True

    def cancel(self) -> None:
        self.control.cancel()


class TaskRunner(QObject):
    """Starts jobs on a thread pool and calls back on the GUI thread.

    Signals: ``task_started(title)``, ``task_ended(title)`` for the status bar.
    """

    task_started = Signal(str)
    task_ended = Signal(str)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._handles: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[[TaskControl], Any],
        *,
        title: str = "",
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        parent_widget: QWidget | None = None,
        show_progress: bool = True,
        cancellable: bool = True,
    ) -> TaskHandle:
        """Run ``fn(control)`` in the background; a progress dialog shows after 600 ms."""
        job = _Job(fn, TaskControl())
        handle = TaskHandle(job, self)
        self._handles.add(handle)
        dialog: QProgressDialog | None = None
        timer = QTimer(handle)

        def show_dialog() -> None:
            nonlocal dialog
            if not handle.running or not show_progress:
                return
            dialog = QProgressDialog(
                title, self.tr("Cancel") if cancellable else "", 0, 0, parent_widget
            )
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if cancellable:
                dialog.canceled.connect(handle.cancel)
            else:
                dialog.setCancelButton(None)
            dialog.show()

        def refresh() -> None:
            if dialog is None:
                return
            done, total, message = job.control.snapshot()
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))
            if message:
                dialog.setLabelText(message)

        def finish() -> None:
            handle.running = False
            timer.stop()
            if dialog is not None:
                dialog.reset()
                dialog.hide()
                dialog.deleteLater()
            self._handles.discard(handle)
            self.task_ended.emit(title)

        def on_finished(result: Any) -> None:
            finish()
            handle.done.emit(result)
            if on_done is not None:
                on_done(result)

        def on_failed(exc: BaseException, trace: str) -> None:
            finish()
            if isinstance(exc, Cancelled):
                handle.cancelled.emit()
                return
            if not isinstance(exc, DomainError):
                exc.add_note(trace)
            handle.failed.emit(exc)
            if on_error is not None:
                on_error(exc)

        job.signals.finished.connect(on_finished, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
        QTimer.singleShot(PROGRESS_DELAY_MS, handle, show_dialog)
        timer.setInterval(100)
        timer.timeout.connect(refresh)
        timer.start()
        self.task_started.emit(title)
        self.pool.start(job)
        return handle

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every job ended (for tests and for closing the window)."""
        return bool(self.pool.waitForDone(msecs))
