"""Cycle collection happens on the GUI thread only (``ui.common.gui_gc``)."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_crm.domain.bulk_work import gc_paused
from desktop_crm.ui.common.gui_gc import (
    GuiCollector,
    install_gui_collector,
    remove_gui_collector,
)


@pytest.fixture
def collector(qapp: QApplication) -> Iterator[GuiCollector]:
    installed = install_gui_collector(qapp)
    yield installed
    remove_gui_collector(qapp)


class _Holder(QObject):
    """A Qt object in a reference cycle with itself."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_collection_moves_to_the_gui_thread(collector: GuiCollector, qapp: QApplication) -> None:
    assert not gc.isenabled()  # nothing collects on whichever thread allocates
    assert install_gui_collector(qapp) is collector  # (once per application)
    collected_on: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        kept: list[list[list[object]]] = []
        worker = threading.Thread(
            target=lambda: kept.append([[object()] for _ in range(50_000)]), name="database"
        )
        worker.start()
        worker.join()
        assert collected_on == []  # the allocating thread did not collect
        assert collector.collect() is not None  # the counts passed the threshold
    finally:
        gc.callbacks.remove(note)
    assert collected_on and set(collected_on) == {threading.main_thread().name}


def test_the_timer_collects_a_qt_object_in_a_cycle(qtbot: QtBot, collector: GuiCollector) -> None:
    holder = _Holder()
    gone = weakref.ref(holder)
    del holder
    alive = [[object()] for _ in range(2_000)]  # (new objects past the first threshold)
    assert gone() is not None  # no automatic collection
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    assert len(alive) == 2_000


def test_bulk_work_that_pauses_collection_is_left_alone(collector: GuiCollector) -> None:
    alive = [[object()] for _ in range(2_000)]  # (new objects past the first threshold)
    with gc_paused():
        assert collector.collect() is None
    assert collector.collect() is not None
    assert len(alive) == 2_000


def test_removing_it_turns_automatic_collection_back_on(qapp: QApplication) -> None:
    install_gui_collector(qapp)
    remove_gui_collector(qapp)
    assert gc.isenabled()
    assert not [c for c in qapp.findChildren(GuiCollector) if c.parent() is qapp]
