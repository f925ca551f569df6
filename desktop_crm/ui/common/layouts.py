"""Nesting layouts without leaving stale Python wrappers behind.

PySide6 (seen on 6.11) answers ``outer.addLayout(inner)`` by making a Python wrapper for
every item already in ``inner`` (its widget items and stretches) and keeping each one alive
as a child of ``outer``'s wrapper. Qt deletes those items on its own later: a widget that is
removed, a sub-layout that is rebuilt. The wrapper then stays registered at the freed
address, and the next Qt object allocated there comes back to Python as that stale wrapper:
the test suite once got a combo box's line edit back as a ``QSpacerItem``. ``nest`` adds the
layout and releases those wrappers at once (the items themselves are untouched), so nothing
stale is left to be found.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLayout


def nest(outer: QBoxLayout | QGridLayout, inner: QLayout, *where: int) -> None:
    """``outer.addLayout(inner, *where)``: a stretch for a box layout, or row, column
    (and spans) for a grid; then forget the item wrappers PySide made on the way."""
    outer.addLayout(inner, *where)  # type: ignore[call-overload]
    release_item_wrappers(inner)


def release_item_wrappers(layout: QLayout) -> None:
    """Drop the Python wrappers of the items under ``layout`` that Qt created (layouts made
    in Python keep theirs: their C++ side tells PySide when it is deleted)."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        sub = item.layout()
        if sub is not None:
            release_item_wrappers(sub)
        elif not shiboken6.createdByPython(item):
            shiboken6.invalidate(item)


def empty(layout: QLayout) -> None:
    """Take every item out of ``layout``; the widgets in it are deleted (later, by Qt)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
