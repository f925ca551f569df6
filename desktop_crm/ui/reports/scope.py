"""What a report runs on (the window's current scope) and in which language.

Kept apart from the parameters dialog so that the Reports menu, built at start-up, does not
import the dialog (groups picker, report choices) before the first screen is painted.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """The report language: the interface's ("fr" in a French interface)."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


@dataclass(frozen=True)
class CurrentScope:
    """What the window shows now: the list's selection and lookup, the open group and card."""

    selected_ids: tuple[int, ...] = ()
    lookup: str = ""
    group_id: int | None = None
    contact_id: int | None = None
