"""Progress reporting and cancellation for long work, without any GUI dependency."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop_crm.domain.errors import DomainError


class Cancelled(DomainError):
    """The user cancelled a long task; whatever it was writing has been rolled back."""

    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("Cancelled: nothing was changed.")


class TaskControl:
    """Handed to long-running services: report progress, and stop when asked to.

    The GUI's task runner subclasses nothing: it reads ``snapshot()`` from a timer and sets
    ``cancel()``; the command line passes a control that prints or does nothing.
    """

    def __init__(self, on_progress: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self._lock = threading.Lock()
        self._state: tuple[int, int, str] = (0, 0, "")

    def report(self, done: int, total: int, message: str = "") -> None:
        with self._lock:
            self._state = (done, total, message)
        if self._on_progress is not None:
            self._on_progress(done, total, message)

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self._state

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop (call between chunks of work)."""
        if self._cancel.is_set():
            raise Cancelled()
