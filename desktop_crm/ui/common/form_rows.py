"""A form row whose field is a layout (a date and a time side by side…) with a working
mnemonic.

``QFormLayout.addRow("&Date:", layout)`` gives the label no buddy (Qt sets one only when the
field is a widget), and a label without a buddy shows its "&" as typed: the schedule dialog
read "&Date :" and "&Répéter :" in French.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QWidget


def add_row(form: QFormLayout, text: str, field: QLayout, buddy: QWidget) -> QLabel:
    """``form.addRow(text, field)``, the label's shortcut (Alt+letter) going to ``buddy``."""
    label = QLabel(text, form.parentWidget())
    label.setBuddy(buddy)
    form.addRow(label, field)
    return label
