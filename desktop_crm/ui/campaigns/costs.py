"""The editable cost lines of a campaign: label, kind, quantity × unit cost → amount (or a
fixed amount when no unit cost is given)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_crm.domain.campaigns import COST_KINDS, ZERO, CostLine, cost_line_amount
from desktop_crm.ui.common.editable_lines import EditableLinesModel, Index
from desktop_crm.ui.opportunities.texts import money_text, number_text, parse_decimal

COL_LABEL, COL_KIND, COL_QUANTITY, COL_UNIT, COL_AMOUNT = range(5)


def _t(text: str) -> str:
    return QCoreApplication.translate("CampaignCosts", text)


def cost_kind_label(kind: str) -> str:
    return {
        "printing": _t("Printing"),
        "postage": _t("Postage"),
        "stand": _t("Stand"),
        "file_purchase": _t("File purchase"),
        "other": _t("Other"),
    }.get(kind, kind)


class CostLinesModel(EditableLinesModel[CostLine]):
    """Cost lines being edited. Signals: ``total_changed()`` after any change."""

    total_changed = Signal()
    column_count = 5

    def _lines_changed(self) -> None:
        self.total_changed.emit()

    def add_line(self, kind: str = "other") -> int:
        return self._append_line(CostLine(cost_kind_label(kind), kind, Decimal(1), ZERO, ZERO))

    # -- Qt model --------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (_t("Cost"), _t("Kind"), _t("Quantity"), _t("Unit cost"), _t("Amount"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole:
            return {
                COL_LABEL: line.label,
                COL_KIND: line.kind,
                COL_QUANTITY: number_text(line.quantity, 3).rstrip("0").rstrip(",."),
                COL_UNIT: number_text(line.unit_cost, 4).rstrip("0").rstrip(",."),
                COL_AMOUNT: number_text(line.amount),
            }.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_LABEL: line.label,
                COL_KIND: cost_kind_label(line.kind),
                COL_QUANTITY: number_text(line.quantity, 3).rstrip("0").rstrip(",."),
                COL_UNIT: money_text(line.unit_cost) if line.unit_cost else "",
                COL_AMOUNT: money_text(line.amount),
            }.get(column)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self._lines[index.row()]
        column = index.column()
        label, kind, quantity, unit, amount = (
            line.label,
            line.kind,
            line.quantity,
            line.unit_cost,
            line.amount,
        )
        if column == COL_LABEL:
            label = str(value).strip()
        elif column == COL_KIND:
            if str(value) not in COST_KINDS:
                return False
            kind = str(value)
        else:
            number = parse_decimal(str(value))
            if number is None or number < 0 or not number.is_finite():
                return False
            if column == COL_QUANTITY:
                quantity = number
            elif column == COL_UNIT:
                unit = number
            else:  # a fixed amount: no unit cost any more
                amount, unit, quantity = number, ZERO, Decimal(1)
        if column in (COL_QUANTITY, COL_UNIT) and unit > 0:
            amount = cost_line_amount(quantity, unit)
        self._replace_line(index.row(), CostLine(label, kind, quantity, unit, amount))
        return True


class KindDelegate(QStyledItemDelegate):
    """The kind cell's editor: the cost kinds in a combo."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind in COST_KINDS:
            combo.addItem(cost_kind_label(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        index.model().setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)  # type: ignore[union-attr]
