"""Table models of the printing dialogs: contacts left out, address lines too long."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_crm.services.mailing.recipients import Excluded

_Index = QModelIndex | QPersistentModelIndex
_REASONS = {
    "do_not_mail": "Do not mail",
    "npai": "Returned mail (NPAI)",
    "opted_out": "Opted out",
    "no_address": "No postal address",
    "do_not_email": "Do not e-mail",
    "email_invalid": "E-mail bounced",
    "no_email": "No e-mail address",
    "no_consent": "No opt-in (private person)",
    "soft_opt_in_expired": "Customer opt-in lapsed (no contact within the retention period)",
    "suppressed": "On the suppression list",
    "email_malformed": "E-mail address not valid",
    "erased": "Erased or anonymised (RGPD)",
    "no_phone": "No phone number",
    "no_mobile": "No mobile number",
    "do_not_call": "Do not call",
}


def notify(parent: QWidget, text: str, *, warning: bool = False) -> QMessageBox:
    """A window-modal message that does not block the caller (results of background work)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, parent.windowTitle(), text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def reason_label(code: str) -> str:
    """The translated label of an exclusion reason."""
    return QCoreApplication.translate("Exclusion", _REASONS.get(code, code))


class ExcludedModel(QAbstractTableModel):
    """Contacts left out of a mailing: name and reason (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Excluded] = []

    def set_rows(self, rows: Sequence[Excluded]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        return row.name if index.column() == 0 else reason_label(row.reason)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Contact"), self.tr("Left out because"))[section]

    def contact_id(self, row: int) -> int:
        return self._rows[row].contact_id
