"""Tools › Fields…: list, add, edit, reorder and remove the user-defined fields."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.changes import Changes
from desktop_crm.domain.custom_fields import (
    KIND_LABELS,
    LABEL_LENGTH,
    NAME_LENGTH,
    CustomFieldSpec,
    CustomKind,
    name_problem,
    parse_choices,
)
from desktop_crm.domain.fields import Record
from desktop_crm.services import fields as field_service
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: CustomKind) -> str:
    return QCoreApplication.translate("FieldsDialog", KIND_LABELS[kind])


class FieldsModel(QAbstractTableModel):
    """The fields of one record kind, in card order: label, name, type, choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs: list[CustomFieldSpec] = []
        self.headers = [
            QCoreApplication.translate("FieldsDialog", "Label"),
            QCoreApplication.translate("FieldsDialog", "Name"),
            QCoreApplication.translate("FieldsDialog", "Type"),
            QCoreApplication.translate("FieldsDialog", "Choices"),
        ]

    def set_specs(self, specs: tuple[CustomFieldSpec, ...]) -> None:
        self.beginResetModel()
        self.specs = list(specs)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.specs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        spec = self.specs[index.row()]
        return (spec.label, spec.name, kind_label(spec.kind), ", ".join(spec.choices))[
            index.column()
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


@dataclass(frozen=True)
class FieldInput:
    """What the field editor returns."""

    name: str
    label: str
    kind: CustomKind
    choices: tuple[str, ...]


class FieldEditor(QDialog):
    """Asks for a new field (name, label, type, choices) or edits one (label, choices)."""

    def __init__(
        self, record: Record, spec: CustomFieldSpec | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Edit field") if spec else self.tr("New field"))
        self.name = QLineEdit(self)
        self.name.setObjectName("fieldName")
        self.name.setMaxLength(NAME_LENGTH)
        self.name.setPlaceholderText("contract_end")
        self.label = QLineEdit(self)
        self.label.setObjectName("fieldLabel")
        self.label.setMaxLength(LABEL_LENGTH)
        self.kind = QComboBox(self)
        self.kind.setObjectName("fieldKind")
        for kind in CustomKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.choices = QPlainTextEdit(self)
        self.choices.setObjectName("fieldChoices")
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c0392b")
        form = QFormLayout()
        form.addRow(self.tr("Name (for queries and letters):"), self.name)
        form.addRow(self.tr("Label:"), self.label)
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.tr("Choices:"), self.choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        nest(layout, form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if spec is not None:
            self.name.setText(spec.name)
            self.label.setText(spec.label)
            self.kind.setCurrentIndex(self.kind.findData(spec.kind.value))
            self.kind.setEnabled(False)  # values are stored by kind: a kind never changes
            self.choices.setPlainText("\n".join(spec.choices))
        self._original = spec
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()

    def _on_kind_changed(self, *_args: object) -> None:
        self.choices.setEnabled(self.kind.currentData() == CustomKind.CHOICE.value)

    def value(self) -> FieldInput:
        return FieldInput(
            self.name.text().strip(),
            self.label.text().strip(),
            CustomKind(self.kind.currentData()),
            parse_choices(self.choices.toPlainText()),
        )

    def _on_ok(self) -> None:
        value = self.value()
        problem = None
        if self._original is None or value.name != self._original.name:
            problem = name_problem(value.name, self.record)
        if problem is None and value.kind is CustomKind.CHOICE and not value.choices:
            problem = self.tr("A choice field needs at least one choice.")
        if problem is not None:
            self.problem.setText(problem)
            return
        self.accept()

    @classmethod
    def ask(
        cls, record: Record, spec: CustomFieldSpec | None = None, parent: QWidget | None = None
    ) -> FieldInput | None:
        dialog = cls(record, spec, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class FieldsDialog(QDialog):
    """The user fields of contacts or companies, with add, edit, move and remove."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ops = context.ops
        self.setWindowTitle(self.tr("User-defined fields"))
        self.resize(640, 380)
        # Swappable in tests.
        self.ask_field: Callable[[Record, CustomFieldSpec | None], FieldInput | None] = (
            lambda record, spec: FieldEditor.ask(record, spec, self)
        )
        self.confirm: Callable[[str], bool] = self._confirm
        self.record_combo = QComboBox(self)
        self.record_combo.addItem(self.tr("Contacts"), "contact")
        self.record_combo.addItem(self.tr("Companies"), "company")
        self.record_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = FieldsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_field())
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for key, text, slot in (
            ("add", self.tr("&Add…"), self.add_field),
            ("edit", self.tr("&Edit…"), self.edit_field),
            ("up", self.tr("Move &up"), lambda: self.move(-1)),
            ("down", self.tr("Move &down"), lambda: self.move(1)),
            ("remove", self.tr("&Remove…"), self.remove_field),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            side.addWidget(button)
            self.buttons[key] = button
        side.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fields of"), self))
        top.addWidget(self.record_combo)
        top.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        nest(middle, side)
        layout = QVBoxLayout(self)
        nest(layout, top)
        nest(layout, middle)
        layout.addWidget(close)
        self.ops.changed.connect(self._on_ops_changed)
        self.reload()

    @property
    def record(self) -> Record:
        return self.record_combo.currentData()  # type: ignore[no-any-return]

    def reload(self) -> None:
        self.ops.read(
            field_service.custom_fields,
            self.record,
            key=f"fields-dialog-{id(self)}",
            on_done=self._on_read,
        )

    def _on_read(self, specs: tuple[CustomFieldSpec, ...]) -> None:
        if specs and specs[0].record != self.record:
            return
        current = self.current()
        self.model.set_specs(specs)
        if current is not None:
            for row, spec in enumerate(specs):
                if spec.id == current.id:
                    self.table.selectRow(row)

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("custom_field"):
            self.reload()

    def current(self) -> CustomFieldSpec | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.specs[rows[0].row()] if rows else None

    def add_field(self) -> None:
        value = self.ask_field(self.record, None)
        if value is None:
            return
        self.ops.run(
            field_service.define_field,
            self.record,
            value.name,
            value.kind.value,
            value.label,
            value.choices,
            on_error=self._on_error,
        )

    def edit_field(self) -> None:
        spec = self.current()
        if spec is None:
            return
        value = self.ask_field(self.record, spec)
        if value is None:
            return
        self.ops.run(
            field_service.update_field,
            spec.id,
            label=value.label,
            name=value.name,
            choices=value.choices if spec.kind is CustomKind.CHOICE else None,
            expected_version=spec.version,
            on_error=self._on_error,
        )

    def move(self, step: int) -> None:
        spec = self.current()
        if spec is None:
            return
        ids = [s.id for s in self.model.specs]
        row = ids.index(spec.id)
        target = row + step
        if not 0 <= target < len(ids):
            return
        ids[row], ids[target] = ids[target], ids[row]
        self.ops.run(field_service.reorder_fields, self.record, ids)

    def remove_field(self) -> None:
        spec = self.current()
        if spec is None:
            return
        self.ops.read(
            field_service.count_values,
            spec.id,
            on_done=lambda count: self._confirm_remove(spec, count),
        )

    def _confirm_remove(self, spec: CustomFieldSpec, count: int) -> None:
        text = self.tr("Remove the field '{0}' and its {1} values? This cannot be undone.")
        if not self.confirm(text.format(spec.label, count)):
            return
        self.ops.run(field_service.remove_field, spec.id, on_error=self._on_error)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_error(self, exc: BaseException) -> None:
        self.ops.show_error(exc, self)
