"""Work that waits for a view's first painted rows (start-up: paint first, then the rest).

At start-up the contact list's first page can arrive before the window is even exposed: a
queued call made on its arrival would run before the paint. The card (~60 ms to build) and
the rest of a deferred database opening (SQLAlchemy: the GIL held for a third of a second,
``storage/first_read.py``) wait for the rows' first paint instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QWidget


class FirstRowsPainted(QObject):
    """Calls back (queued, after that paint) once ``view`` painted with ``shown()`` true, or
    when its rows arrive while it is not on screen (nothing to paint first)."""

    def __init__(self, view: QAbstractItemView, shown: Callable[[], bool]) -> None:
        super().__init__(view)
        self._view = view
        self._shown = shown
        self._waiting: list[Callable[[], object]] = []
        self.painted = False
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)

    def call_after(self, fn: Callable[[], object], *, first: bool = False) -> None:
        """``fn`` after the first paint (``first``: before the callbacks already waiting)."""
        if self.painted:
            QTimer.singleShot(0, fn)
        else:
            self._waiting.insert(0 if first else len(self._waiting), fn)

    def rows_arrived(self) -> None:
        """The rows are in the model: a view not on screen (nothing to paint) calls back now."""
        if not self.painted and not self._view.isVisible():
            self._release()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint and self._shown():
            self._release()  # the callbacks are queued: they run once this paint has ended
        return False

    def _release(self) -> None:
        self.painted = True
        self._viewport.removeEventFilter(self)
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            QTimer.singleShot(0, fn)


class PaintedWith(QObject):
    """Calls ``fn`` once (queued, after that paint) when ``widget`` painted with ``shown()``
    true: the card's first contact drawn, then the rest of the opening goes on."""

    def __init__(self, widget: QWidget, shown: Callable[[], bool], fn: Callable[[], object]):
        super().__init__(widget)
        self._widget = widget
        self._shown = shown
        self._fn: Callable[[], object] | None = fn
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._fn is not None and event.type() == QEvent.Type.Paint and self._shown():
            fn, self._fn = self._fn, None
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, fn)
        return False
