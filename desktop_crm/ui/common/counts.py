"""Record counts as shown in the status bar and on the card ("3 of ≈ 1 000 000")."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count_text(count: int) -> str:
    """A count for display; a negative count is provisional (the contact list shows the
    first page of a large file before counting it): "≈" and the estimate, grouped."""
    if count < 0:
        locale = QLocale()
        locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # C omits groups
        return "≈ " + locale.toString(-count)
    return str(count)
