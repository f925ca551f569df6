"""The cyclic garbage collector runs on the GUI thread only (Anki's remedy, same reason).

Python collects reference cycles on whichever thread happens to allocate when a threshold
is passed; in this program that is mostly the database thread, which builds thousands of
rows. A Qt object caught in a cycle (a closed dialog, a model whose lambda holds it) is
then destroyed on that thread, and Qt crashes: a segmentation fault inside "Garbage-
collecting" on the database thread was seen in a test run. So automatic collection is
switched off while the window runs, and a timer on the GUI thread collects the
generations whose counts passed their thresholds, as Python would. Bulk work that pauses
the collector (``domain.bulk_work.gc_paused``: an import) is not disturbed by the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop_crm.domain.bulk_work import gc_is_paused

INTERVAL_MS = 200  # (Python's own pace under heavy allocation is a few collections a second)


class GuiCollector(QObject):
    """Collects on the GUI thread; made by ``install_gui_collector``."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)

    def collect(self) -> int | None:
        """The generation collected now (as Python would have), or ``None``."""
        if gc_is_paused():
            return None
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return None
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        gc.collect(generation)
        return generation


def install_gui_collector(app: QCoreApplication) -> GuiCollector:
    """Switch automatic collection off and collect from ``app``'s thread (once per app)."""
    found = app.findChild(GuiCollector)
    if isinstance(found, GuiCollector):
        return found
    gc.disable()
    return GuiCollector(app)


def remove_gui_collector(app: QCoreApplication) -> None:
    """Undo ``install_gui_collector``: automatic collection on again (tests running main())."""
    for collector in app.findChildren(GuiCollector):
        collector.timer.stop()
        collector.setParent(None)
        collector.deleteLater()
    gc.enable()
