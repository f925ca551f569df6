"""Run a query off the GUI thread where only the latest request matters (search-as-you-type).

Each call supersedes the previous one: results of an older request are dropped when they
arrive, so fast typing never shows a stale list. No progress dialog: lookups take
milliseconds; long work goes through the application's task runner instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    partial = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self, generation: int, fn: Callable[..., Any], relay: _Relay, staged: bool
    ) -> None:
        super().__init__()
        self.generation = generation
        self.fn = fn
        self.relay = relay
        self.staged = staged

    def run(self) -> None:
        try:
            if self.staged:
                result = self.fn(lambda value: self.relay.partial.emit(self.generation, value))
            else:
                result = self.fn()
        except Exception as exc:  # reported on the GUI thread
            self.relay.failed.emit(self.generation, exc)
        else:
            self.relay.finished.emit(self.generation, result)


class LatestRunner(QObject):
    """Runs callables on a private one-thread pool; delivers only the newest result.

    Signals: ``busy_changed(bool)``.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0
        self._callbacks: tuple[Callable[[Any], None], Callable[[Exception], None] | None] | None = (
            None
        )
        self._on_partial: Callable[[Any], None] | None = None
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._relay.partial.connect(self._on_partial_result)

    def submit(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
        on_partial: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``fn()`` (or ``fn(partial)`` when ``on_partial`` is given: the job may hand
        over a first result early, such as the first page of a long list)."""
        self._generation += 1
        self._callbacks = (on_done, on_error)
        self._on_partial = on_partial
        # Queued requests that have not started yet are pointless now.
        self._pool.clear()
        self._pool.start(_Job(self._generation, fn, self._relay, on_partial is not None))
        self.busy_changed.emit(True)

    def _on_partial_result(self, generation: int, value: object) -> None:
        if generation == self._generation and self._on_partial is not None:
            self._on_partial(value)

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_finished(self, generation: int, result: object) -> None:
        if generation != self._generation or self._callbacks is None:
            return
        self.busy_changed.emit(False)
        self._callbacks[0](result)

    def _on_failed(self, generation: int, exc: object) -> None:
        if generation != self._generation or self._callbacks is None:
            return
        self.busy_changed.emit(False)
        log.warning("background query failed: %s", exc)
        if self._callbacks[1] is not None:
            self._callbacks[1](exc)  # type: ignore[arg-type]
