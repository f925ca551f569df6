"""The card's "Custom fields" section: one editor per user-defined field, built from the
definitions the card reads (``services.fields.cards.card_fields``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_crm.domain.custom_fields import (
    VALUE_TEXT_LENGTH,
    CustomFieldSpec,
    CustomKind,
    format_value,
)
from desktop_crm.ui.common.fields import DateEdit, set_problem

_NUMBER = QRegularExpression(r"^-?[\d  ]*([.,]\d*)?$")


class CustomFieldsBox(QGroupBox):
    """Editors for a record's user fields; hidden when the record has none.

    Signals: ``edited()`` when the user changes a value.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Custom fields"))
        self.setObjectName("customFields")
        self.specs: tuple[CustomFieldSpec, ...] = ()
        self.editors: dict[str, QWidget] = {}
        self._stored: dict[str, Any] = {}
        self._loading = False
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.setVisible(False)

    # -- building -------------------------------------------------------------------------

    def load(self, specs: tuple[CustomFieldSpec, ...], values: Mapping[str, Any]) -> None:
        """Show these definitions with these stored values (rebuilds editors if needed)."""
        if specs != self.specs:
            self._rebuild(specs)
        self._loading = True
        try:
            self._stored = {}
            for spec in specs:
                value = values.get(spec.name)
                self._show_value(spec, value)
                self._stored[spec.name] = self._typed(spec)
        finally:
            self._loading = False

    def _rebuild(self, specs: tuple[CustomFieldSpec, ...]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.editors = {}
        self.specs = specs
        for spec in specs:
            editor = self._make_editor(spec)
            editor.setObjectName(f"custom_{spec.name}")
            self.editors[spec.name] = editor
            if isinstance(editor, QCheckBox):
                self._form.addRow(editor)
            else:
                self._form.addRow(QLabel(spec.label, self), editor)
        self.setVisible(bool(specs))

    def _make_editor(self, spec: CustomFieldSpec) -> QWidget:
        editor: QWidget
        if spec.kind is CustomKind.DATE:
            editor = DateEdit(self)
            editor.textChanged.connect(self._on_changed)
        elif spec.kind is CustomKind.CHOICE:
            editor = QComboBox(self)
            editor.addItem("")
            editor.addItems(list(spec.choices))
            editor.currentIndexChanged.connect(self._on_changed)
        elif spec.kind is CustomKind.YESNO:
            editor = QCheckBox(spec.label, self)
            editor.toggled.connect(self._on_changed)
        else:
            editor = QLineEdit(self)
            editor.setMaxLength(VALUE_TEXT_LENGTH)
            if spec.kind is CustomKind.NUMBER:
                editor.setValidator(QRegularExpressionValidator(_NUMBER, editor))
            editor.textChanged.connect(self._on_changed)
        return editor

    # -- values ---------------------------------------------------------------------------

    def _show_value(self, spec: CustomFieldSpec, value: Any) -> None:
        editor = self.editors[spec.name]
        set_problem(editor, None)
        if isinstance(editor, DateEdit):
            editor.set_date(value if isinstance(value, dt.date) else None)
        elif isinstance(editor, QComboBox):
            index = editor.findText(str(value)) if value else 0
            if index < 0:  # a choice removed since: keep showing the stored value
                editor.addItem(str(value))
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QLineEdit):
            if isinstance(value, Decimal):
                french = QLocale().language() == QLocale.Language.French
                editor.setText(format_value(spec, value, french=french))
            else:
                editor.setText("" if value is None else str(value))

    def _typed(self, spec: CustomFieldSpec) -> Any:
        """The editor's value in the form the service parses (text, date or bool)."""
        editor = self.editors[spec.name]
        if isinstance(editor, DateEdit):
            value = editor.date()
            return value if value is not None else ""
        if isinstance(editor, QComboBox):
            return editor.currentText()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def changes(self) -> dict[str, Any]:
        """The fields whose editor differs from the stored value (empty text clears)."""
        found = {}
        for spec in self.specs:
            value = self._typed(spec)
            if value != self._stored.get(spec.name):
                found[spec.name] = value
        return found

    def show_problems(self, problems: Mapping[str, str]) -> bool:
        """Mark the editors of the named fields; True if one of them is here."""
        shown = False
        for name, text in problems.items():
            editor = self.editors.get(name)
            if editor is not None:
                set_problem(editor, text)
                shown = True
        return shown

    def label_of(self, name: str) -> str | None:
        return next((spec.label for spec in self.specs if spec.name == name), None)

    def _on_changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()
