"""Mapping page: which column fills which field, constant values, a group; save/load."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from desktop_crm.domain.constants import DEFAULT_PICKLISTS
from desktop_crm.domain.custom_fields import CustomFieldSpec
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.files import writing_file
from desktop_crm.interchange.table import Sheet, header_labels
from desktop_crm.services.fields import custom_fields
from desktop_crm.services.importing.custom import map_custom_headers, target
from desktop_crm.services.importing.model import ImportMapping
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.importing.fields import FieldDelegate, field_labels
from desktop_crm.ui.importing.models import MappingModel

if TYPE_CHECKING:
    from desktop_crm.ui.importing.wizard import ImportWizard


class MappingPage(QWizardPage):
    """Columns mapped from their headers (French, English, Outlook, Google), editable."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Columns and fields"))
        self.setSubTitle(
            self.tr(
                "Columns were matched from their names. Click a field to "
                "change it; a column can also fill a second field, a note "
                "or a history entry."
            )
        )
        self.labels = field_labels()
        self.table = QTableView()
        self.table.setItemDelegateForColumn(2, FieldDelegate(self.labels, self.table))
        self.table.setItemDelegateForColumn(3, FieldDelegate(self.labels, self.table))
        self.table.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QComboBox()
        self.status.setEditable(True)
        self.status.addItems(["", *DEFAULT_PICKLISTS["status"][1]])
        self.referred_by = QComboBox()
        self.referred_by.setEditable(True)
        self.referred_by.addItems(["", *DEFAULT_PICKLISTS["referred_by"][1]])
        self.group = QLineEdit()
        self.group.setPlaceholderText(self.tr("e.g. Salon Lyon 2026"))
        form = QFormLayout()
        form.addRow(self.tr("Status for every row:"), self.status)
        form.addRow(self.tr("Referred by for every row:"), self.referred_by)
        form.addRow(self.tr("Add the contacts to the group:"), self.group)
        save = QPushButton(self.tr("Save mapping…"))
        save.clicked.connect(self._on_save_clicked)
        load = QPushButton(self.tr("Load mapping…"))
        load.clicked.connect(self._on_load_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(load)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        nest(layout, form)
        nest(layout, buttons)
        self.model: MappingModel | None = None
        # The contacts' user fields, read once; a header naming one maps to it.
        self._custom: tuple[CustomFieldSpec, ...] = ()
        self._custom_mapped: set[int] = set()  # ids of the mappings already matched
        wizard.context.ops.read(custom_fields, "contact", on_done=self._on_custom_fields)

    def _on_custom_fields(self, specs: tuple[CustomFieldSpec, ...]) -> None:
        self._custom = specs
        for spec in specs:
            self.labels[target(spec.name)] = self.tr("{0} (custom field)").format(spec.label)
        if self.model is not None:
            self._show(self.model.mapping)

    def initializePage(self) -> None:
        self._show(self._wizard.mapping)

    def _headers(self, mapping: ImportMapping) -> tuple[list[str], Sheet]:
        source = self._wizard.source
        assert source is not None
        sheet = source.sheet(mapping.sheet)
        return header_labels(sheet.rows, mapping.header_row), sheet

    def _show(self, mapping: ImportMapping | None) -> None:
        assert mapping is not None
        headers, sheet = self._headers(mapping)
        if self._custom and id(mapping) not in self._custom_mapped:
            # Once per mapping made from the headers: the user's own choices then stay.
            self._custom_mapped.add(id(mapping))
            map_custom_headers(self._custom, headers, mapping)
        source = self._wizard.source
        vcard = source is not None and source.kind == "vcard"
        self.model = MappingModel(
            headers, sheet, mapping, self.labels, self.table, self._custom, vcard=vcard
        )
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 260)
        header.resizeSection(2, 260)  # (room for "(recopié dans « Autres informations »)")
        self.status.setCurrentText(mapping.constants.get("status", ""))
        self.referred_by.setCurrentText(mapping.constants.get("referred_by", ""))
        self.group.setText(mapping.group or "")

    def _collect(self) -> ImportMapping:
        assert self.model is not None
        mapping = self.model.mapping
        for name, widget in (("status", self.status), ("referred_by", self.referred_by)):
            text = widget.currentText().strip()
            if text:
                mapping.constants[name] = text
            else:
                mapping.constants.pop(name, None)
        mapping.group = self.group.text().strip() or None
        return mapping

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save mapping"),
            str(Path.home() / "mapping.json"),
            self.tr("Mappings (*.json)"),
        )
        if path:
            mapping = self._collect()
            try:
                with writing_file(path):  # (a folder, a read-only place: a sentence)
                    Path(path).write_text(
                        mapping.to_json(self._headers(mapping)[0]), encoding="utf-8"
                    )
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Import"), exc.message)

    def _on_load_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load mapping"), str(Path.home()), self.tr("Mappings (*.json)")
        )
        if not path:
            return
        current = self._collect()
        try:
            loaded = ImportMapping.load(path, self._headers(current)[0])
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Import"), exc.message)
            return
        loaded.header_row, loaded.sheet = current.header_row, current.sheet
        self._wizard.mapping = loaded
        self._custom_mapped.add(id(loaded))  # a saved mapping is used as it was saved
        self._show(loaded)

    def validatePage(self) -> bool:
        mapping = self._collect()
        if not mapping.columns:
            QMessageBox.warning(
                self, self.tr("Import"), self.tr("No column is mapped to a contact field.")
            )
            return False
        self._wizard.mapping = mapping
        return True
