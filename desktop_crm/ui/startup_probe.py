"""Start-up benchmark hook: say when the contact table first painted rows, then quit.

``DESKTOP_CRM_EXIT_AFTER_ROWS=1``: print ``rows painted`` once the contact table has painted
rows read from the database (not blank cells waiting for their page), then quit when idle.
The start-up benchmark times a process from spawn to that line (a paint event, not
``show()``). A database without contacts never prints it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView


class FirstRowsProbe(QObject):
    """Watches the paint events of a table's viewport; calls ``on_painted`` once, just after
    the first paint that drew loaded rows."""

    def __init__(self, table: QTableView, on_painted: Callable[[], None]) -> None:
        super().__init__(table)
        self._table = table
        self._on_painted = on_painted
        self._done = False
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            model = self._table.model()
            loaded = getattr(model, "cached_pages", lambda: 0)()
            if model.rowCount() and loaded:
                self._done = True
                # Paint now (inside the same paint pass, without this filter), then report:
                # the time includes drawing the rows, and nothing queued meanwhile.
                watched.removeEventFilter(self)
                QCoreApplication.sendEvent(watched, event)
                self._on_painted()
                return True
        return False


def exit_after_rows(window: object, quit_when_idle: Callable[[], None]) -> None:
    """Print ``rows painted`` after the contact list's first painted rows, then quit."""
    from desktop_crm.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    workspace = window.built_contacts()
    assert workspace is not None

    def painted() -> None:
        print("rows painted", flush=True)
        QTimer.singleShot(0, quit_when_idle)

    FirstRowsProbe(workspace.list.table, painted)
