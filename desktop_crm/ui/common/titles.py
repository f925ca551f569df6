"""A record's name as a card's heading: shortened with "…" when the card is narrower than the
name, the whole name in its tooltip.

A company named "Société Coopérative d'Intérêt Collectif des Établissements Lumière-Saint-
Exupéry et Associés" made the Companies view's heading 900 px wide: the list beside it shrank
to 70 px and the navigation bar narrowed (a plain QLabel asks for its whole text's width).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidingTitle(QLabel):
    """A one-line heading that takes the width its layout gives; ``text()`` is the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What the label shows (the name shortened with "…" when it is too long)."""
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")
