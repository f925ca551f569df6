"""Readable names of the fields an import column can fill, and a combo-box delegate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_crm.domain.fields import field
from desktop_crm.interchange.headers import TARGET_LABELS
from desktop_crm.services.importing.checks import IMPORTABLE_FIELDS


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportFields", text)


def _label(name: str) -> str:
    try:
        return _t(field(name).full_label)
    except KeyError:
        return name


def field_labels() -> dict[str, str]:
    """Field name -> translated label, in the order users expect them in the list."""
    labels = {name: _label(name) for name in IMPORTABLE_FIELDS}
    labels.update({name: _t(english) for name, english in TARGET_LABELS.items()})
    return labels


class FieldDelegate(QStyledItemDelegate):
    """Edits a mapping cell with a combo box of fields ("do not import" first)."""

    def __init__(self, labels: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(_t("(do not import)"), "")
        for name, label in sorted(self.labels.items(), key=lambda kv: kv[1].casefold()):
            combo.addItem(label, name)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(position, 0))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
