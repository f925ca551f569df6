"""Under a record's fields: its record manager and the "Private" box (team rules)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from desktop_crm.domain.changes import Changes
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.lazy_services import lazy_service

if TYPE_CHECKING:  # imported on the database thread when run (ui/common/lazy_services.py)
    from desktop_crm.services.users.records import RecordPrivacy, record_privacy, set_private
else:
    _service = lazy_service("desktop_crm.services.users.records")
    record_privacy = _service.record_privacy
    set_private = _service.set_private


class RecordPrivacyBox(QWidget):
    """ "Record manager: Ann Archer   [ ] Private (only the record manager sees it)"."""

    def __init__(self, context: AppContext, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordPrivacy")
        self.ops = context.ops
        self.table = table
        self.record_id: int | None = None
        self._key = f"record-privacy-{id(self)}"
        self.manager = QLabel(self)
        self.manager.setObjectName("recordManager")
        self.private = QCheckBox(self.tr("Private (only the record manager sees it)"), self)
        self.private.setObjectName("recordPrivate")
        self.private.clicked.connect(self._on_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.manager)
        layout.addSpacing(16)
        layout.addWidget(self.private)
        layout.addStretch(1)
        self.hide()
        self.ops.changed.connect(self._on_changed)

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        if record_id is None:
            self.hide()
            return
        self.ops.read(
            record_privacy,
            self.table,
            record_id,
            key=self._key,
            on_done=lambda view: self._show(record_id, view),
            on_error=lambda _exc: self.hide(),
        )

    def _show(self, record_id: int, view: RecordPrivacy | None) -> None:
        if record_id != self.record_id:
            return  # another record meanwhile
        if view is None:
            self.hide()
            return
        if view.manager_name:
            self.manager.setText(self.tr("Record manager: %1").replace("%1", view.manager_name))
        else:  # nobody manages it (created before the team, or its manager was removed)
            self.manager.setText(self.tr("No record manager"))
        self.private.setChecked(view.private)
        self.private.setEnabled(view.may_change)
        self.private.setToolTip(
            ""
            if view.may_change
            else self.tr("Only the record manager can make this record private or public.")
        )
        self._lock_fields(view)
        self.show()

    def _lock_fields(self, view: RecordPrivacy) -> None:
        """Grey out the fields the user's role may not change (field-level security)."""
        editors: dict[str, QWidget] = getattr(self.parentWidget(), "editors", {})
        for name in view.read_only:
            editor = editors.get(name)
            if editor is None:
                continue
            editor.setEnabled(False)
            editor.setToolTip(
                self.tr("Hidden for your role.")
                if name in view.hidden
                else self.tr("Your role may not change this field.")
            )

    def _on_clicked(self, checked: bool) -> None:
        if self.record_id is None:
            return
        record_id = self.record_id
        self.ops.run(
            set_private,
            self.table,
            record_id,
            checked,
            on_done=lambda _value: self.show_record(record_id),
            on_error=lambda exc: self._failed(record_id, exc),
        )

    def _failed(self, record_id: int, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop_crm.ui.common.operations import error_message

        self.show_record(record_id)  # the box shows what is stored again
        QMessageBox.warning(self, self.tr("Private record"), error_message(exc))

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.record_id is not None and self.isVisible() and changes.touches(self.table):
            self.show_record(self.record_id)
