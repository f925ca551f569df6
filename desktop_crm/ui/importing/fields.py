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

from desktop_crm.interchange.headers import HISTORY_TARGET, NOTE_TARGET
from desktop_crm.services.importing.checks import IMPORTABLE_FIELDS


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportFields", text)


def field_labels() -> dict[str, str]:
    """Field name -> translated label, in the order users expect them in the list."""
    names = {
        "civility": _t("Civility"),
        "first_name": _t("First name"),
        "last_name": _t("Last name"),
        "salutation": _t("Salutation"),
        "job_title": _t("Job title"),
        "department": _t("Department"),
        "company_name": _t("Company"),
        "phone_business": _t("Phone"),
        "phone_ext": _t("Extension"),
        "phone_mobile": _t("Mobile"),
        "phone_home": _t("Home phone"),
        "phone_fax": _t("Fax"),
        "email": _t("E-mail"),
        "email2": _t("E-mail 2"),
        "website": _t("Web site"),
        "address1": _t("Address 1"),
        "address2": _t("Address 2"),
        "address3": _t("Address 3"),
        "postcode": _t("Postcode"),
        "city": _t("City"),
        "cedex": _t("Cedex"),
        "country": _t("Country"),
        "home_address1": _t("Home address"),
        "home_address2": _t("Home address 2"),
        "home_postcode": _t("Home postcode"),
        "home_city": _t("Home city"),
        "home_country": _t("Home country"),
        "status": _t("Status"),
        "industry": _t("Industry"),
        "company_size": _t("Company size"),
        "referred_by": _t("Referred by"),
        "potential": _t("Potential"),
        "id_status": _t("ID/Status"),
        "last_results": _t("Last results"),
        "equipment": _t("Equipment"),
        "do_not_mail": _t("Do not mail"),
        "do_not_call": _t("Do not call"),
        "do_not_email": _t("Do not e-mail"),
        "npai": _t("Returned mail (NPAI)"),
        "email_invalid": _t("E-mail invalid"),
        "to_review": _t("To review"),
        "contract_end": _t("Contract end"),
        "birthday": _t("Birthday"),
        NOTE_TARGET: _t("→ Note"),
        HISTORY_TARGET: _t("→ History entry"),
    }
    return {
        name: names.get(name, name) for name in (*IMPORTABLE_FIELDS, NOTE_TARGET, HISTORY_TARGET)
    }


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
