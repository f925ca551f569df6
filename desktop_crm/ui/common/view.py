"""The typed interface between the main window and the views it shows.

Every view of the navigation bar is a ``ViewWidget``: the window connects its signals and
calls its methods directly, never by probing attribute names. A view that does not support
an action keeps the default (which does nothing and says so with ``False``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class ViewWidget(QWidget):
    """A view shown in the main window's stack.

    Signals:
        ``status_changed(text, count)``: the view's lookup and how many records it shows
        (negative while provisional: about that many, the exact count follows; shown by
        ``ui/common/counts.count_text``).
        ``message(text)``: a short status-bar message.
        ``contact_open_requested(contact_id)``: the one path to open a contact's card.
    """

    status_changed = Signal(str, int)
    message = Signal(str)
    contact_open_requested = Signal(int)

    def start(self) -> None:
        """Called once after the view is built and added (load its first data here)."""

    def refresh(self) -> None:
        """Reload what the view shows (View › Refresh; rarely needed thanks to change notices)."""

    def can_close(self) -> bool:
        """Ask about unsaved edits; ``False`` keeps the view (and the window, or database) open."""
        return True

    def save_layout(self) -> None:
        """Store column widths, splitters and the like in the settings."""

    def focus_lookup(self) -> bool:
        """Put the cursor in the view's lookup field; ``False`` when the view has none."""
        return False

    def save(self) -> bool:
        """Save the record being edited; ``False`` when there is nothing to save here."""
        return False

    def new_record(self) -> bool:
        """Start a new record of the view's kind; ``False`` when the view makes none."""
        return False

    def status(self) -> tuple[str, int] | None:
        """The view's current lookup text and count, shown when it becomes current."""
        return None
