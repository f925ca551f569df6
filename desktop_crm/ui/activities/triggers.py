"""The daily check that starts automatic series (opportunity won, contract end), off-thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_crm.services.activities.batch import check_triggers
from desktop_crm.services.activities.series import TriggerReport
from desktop_crm.ui.activities.feedback import while_alive
from desktop_crm.ui.common.context import AppContext

# On start, then every few hours while the application runs.
CHECK_EVERY_MS = 3 * 60 * 60 * 1000


class TriggerScheduler(QObject):
    """Runs the series triggers through the runner on ``start()`` and every three hours.

    Signals: ``checked(report)`` after every run, with the runs created per series.
    """

    checked = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_now)
        self._running = False

    def start(self) -> None:
        self.run_now()
        self.timer.start()

    def run_now(self) -> None:
        if self._running:
            return
        self._running = True
        # A long operation (progress only if it lasts): the check may plan many activities.
        handle = self.context.ops.run_long(
            check_triggers,
            title=self.tr("Starting due activity series"),
            on_done=while_alive(self, self._on_done),
            on_error=while_alive(self, self._on_error),
        )
        handle.cancelled.connect(self._on_cancelled)

    def _on_done(self, report: TriggerReport) -> None:
        self._running = False
        self.checked.emit(report)

    def _on_cancelled(self) -> None:
        self._running = False  # the user stopped it: everything was rolled back

    def _on_error(self, _exc: BaseException) -> None:
        # A failed check (database busy) is retried at the next tick; nothing was written.
        self._running = False
