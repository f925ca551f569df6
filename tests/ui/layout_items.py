"""Helpers of the layout-item wrapper tests (see tests/ui/common/test_layouts.py)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLayout, QLayoutItem


def qt_made_item_wrappers() -> set[int]:
    """The ids of live wrappers of layout items that Qt created (not layouts)."""
    return {
        id(w)
        for w in shiboken6.getAllValidWrappers()
        if isinstance(w, QLayoutItem)
        and not isinstance(w, QLayout)
        and not shiboken6.createdByPython(w)
    }


def delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
