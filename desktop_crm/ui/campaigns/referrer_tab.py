"""The contact card's "Referrals" tab: who recommended this contact (a contact chosen by
name), and the contacts this one recommended."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.ui.campaigns.empty_notes import add_referrals_tab_note
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.lazy_services import lazy_service
from desktop_crm.ui.common.operations import error_message
from desktop_crm.ui.opportunities.contact_field import ContactField

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.campaigns.referrals import (
        ContactReferrals,
        contact_referrals,
        set_referrer,
    )
else:
    _service = lazy_service("desktop_crm.services.campaigns.referrals")
    contact_referrals = _service.contact_referrals
    set_referrer = _service.set_referrer


class ReferralsTab(QWidget):
    """Signals: ``contact_open_requested(contact_id)`` on a double-clicked referee."""

    contact_open_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = context.ops
        self.contact_id: int | None = None
        self._key = f"referrals-tab-{id(self)}"
        self.referrer = ContactField(context, self)
        self.save_button = QPushButton(self.tr("&Record"), self)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.referrer, 1)
        row.addWidget(self.save_button)
        form = QFormLayout()
        form.addRow(self.tr("Recommended by:"), row)
        self.referred = QListWidget(self)
        self.referred.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c62828")
        layout = QVBoxLayout(self)
        nest(layout, form)
        layout.addWidget(QLabel(self.tr("Contacts this one recommended:"), self))
        layout.addWidget(self.referred, 1)
        layout.addWidget(self.problem)
        add_referrals_tab_note(self)
        self.setEnabled(False)

    def set_owner(self, kind: str, record_id: int | None) -> None:
        self.contact_id = record_id if kind == "contact" else None
        self.reload()

    def reload(self) -> None:
        self.problem.clear()
        if self.contact_id is None:
            self.setEnabled(False)
            self.referrer.set_contact(None, "")
            self.referred.clear()
            return
        self.ops.read(contact_referrals, self.contact_id, on_done=self._show, key=self._key)

    def _show(self, data: ContactReferrals) -> None:
        if data.contact_id != self.contact_id:
            return
        self.setEnabled(True)
        self.referrer.set_contact(data.referrer_id, data.referrer_name or "")
        self.referred.clear()
        for contact_id, name in data.referred:
            item = QListWidgetItem(name, self.referred)
            item.setData(256, contact_id)

    def save(self) -> None:
        if self.contact_id is None:
            return
        self.ops.run(
            set_referrer,
            self.contact_id,
            self.referrer.contact_id(),
            on_done=self._show,
            on_error=lambda exc: self.problem.setText(error_message(exc)),
        )

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        contact_id = item.data(256)
        if isinstance(contact_id, int):
            self.contact_open_requested.emit(contact_id)
