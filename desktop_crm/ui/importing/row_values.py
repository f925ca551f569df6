"""What the import will write for one checked row, as the contact card shows it.

The checks page lists a few columns per row (name, company, e-mail, phone); the tooltip over
a row gives every value the import will store, in the card's form: a date 01/12/2026, a
postcode Excel kept as 6000 with its zero back (06000), a phone typed 612345678 as
06 12 34 56 78, a city with its CEDEX, a user field's number 12,5. The file's own text is on
the sheet page; this is what the contact will hold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.contacts import PHONE_FIELDS
from desktop_crm.domain.phones import format_phone
from desktop_crm.interchange.headers import HISTORY_TARGET, NOTE_TARGET
from desktop_crm.services.importing.model import PlannedRow
from desktop_crm.ui.importing.fields import field_labels

NOTE_CHARS = 80  # a note's first characters (the whole note is on the card once imported)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def stored_text(name: str, value: Any) -> str:
    """One stored value as the card shows it ("" for a yes/no left unticked)."""
    if isinstance(value, bool):
        return _tr("yes") if value else ""
    if isinstance(value, dt.datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    text = str(value)
    if name in PHONE_FIELDS and text.startswith("+"):
        return format_phone(text)
    return text


def stored_lines(row: PlannedRow, custom_labels: Mapping[str, str] = {}) -> list[str]:
    """ "Label : value" for each value of ``row`` the import writes, in the fields' order;
    then its user fields (``custom_labels``: name -> label) and the start of its note."""
    labels = field_labels()
    values = row.values
    lines: list[str] = []

    def add(label: str, text: str) -> None:
        if text:
            lines.append(
                QCoreApplication.translate("ImportReport", "%1: %2")
                .replace("%1", label)
                .replace("%2", text)
            )

    for name, label in labels.items():
        if name not in values or name == "cedex":
            continue
        text = stored_text(name, values[name])
        if name == "city" and values.get("cedex"):
            text = f"{text} {values['cedex']}"
        add(label, text)
    for name, value in row.custom.items():
        add(custom_labels.get(name, name), stored_text(name, value))
    for target in (NOTE_TARGET, HISTORY_TARGET):
        text = " ".join((row.extras.get(target) or "").split())
        if text:
            cut = text[:NOTE_CHARS] + ("…" if len(text) > NOTE_CHARS else "")
            add(labels[target].removeprefix("→ ").strip(), cut)
    return lines


def row_tooltip(row: PlannedRow, custom_labels: Mapping[str, str] = {}) -> str:
    """The tooltip over a checked row: what the import will write for it."""
    lines = stored_lines(row, custom_labels)
    if not lines:
        return ""
    title = _tr("Line %1 will be written as:").replace("%1", str(row.line))
    return "\n".join([title, *lines])
