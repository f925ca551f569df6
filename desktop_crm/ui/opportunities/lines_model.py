"""The editable product lines of an opportunity: product, quantity, unit price, discount →
amount (exact Decimal, rounded to cents half up by ``line_amount``)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_crm.domain.opportunities import ZERO, ProductLine, ProductView, line_amount
from desktop_crm.ui.common.editable_lines import EditableLinesModel, Index
from desktop_crm.ui.opportunities.texts import NBSP, money_text, number_text, parse_decimal

COL_PRODUCT, COL_QUANTITY, COL_PRICE, COL_DISCOUNT, COL_AMOUNT = range(5)
_HEADERS = ("Product", "Quantity", "Unit price", "Discount", "Amount")  # "10 %" says %
PRODUCT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LinesModel(EditableLinesModel[ProductLine]):
    """Product lines being edited; every edit recomputes the line's amount.

    Signals: ``amount_changed()`` when a line or the number of lines changed.
    """

    amount_changed = Signal()
    column_count = len(_HEADERS)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.products: dict[int, ProductView] = {}
        self.currency = "EUR"

    def _lines_changed(self) -> None:
        self.amount_changed.emit()

    def set_products(self, products: Sequence[ProductView]) -> None:
        self.products = {p.id: p for p in products}

    def add_line(self, product_id: int | None = None) -> int:
        product = self.products.get(product_id) if product_id is not None else None
        line = ProductLine.of(
            product.id if product else None,
            product.name if product else "",
            1,
            product.unit_price if product else ZERO,
        )
        return self._append_line(line)

    # -- Qt model interface -------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_PRODUCT:
                return line.name
            if col == COL_QUANTITY:
                return number_text(line.quantity, 2).rstrip("0").rstrip(",.") or "0"
            if col == COL_PRICE:
                return (
                    number_text(line.unit_price)
                    if role == Qt.ItemDataRole.EditRole
                    else money_text(line.unit_price, self.currency)
                )
            if col == COL_DISCOUNT:  # "10 %" shown, "10" to edit
                value = number_text(line.discount_pct, 2).rstrip("0").rstrip(",.") or "0"
                return value if role == Qt.ItemDataRole.EditRole else f"{value}{NBSP}%"
            if col == COL_AMOUNT:
                return money_text(line.amount, self.currency)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_PRODUCT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PRODUCT_ID_ROLE:
            return line.product_id
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, PRODUCT_ID_ROLE):
            return False
        row, col = index.row(), index.column()
        line = self._lines[row]
        product_id, name = line.product_id, line.name
        quantity, price, discount = line.quantity, line.unit_price, line.discount_pct
        if col == COL_PRODUCT:
            if role == PRODUCT_ID_ROLE or isinstance(value, int):
                product = self.products.get(int(value)) if value is not None else None  # type: ignore[call-overload]
                if product is None:
                    return False
                product_id, name, price = product.id, product.name, product.unit_price
            else:
                text = str(value or "").strip()
                match = next((p for p in self.products.values() if p.name == text), None)
                if match is not None:
                    product_id, name, price = match.id, match.name, match.unit_price
                else:
                    product_id, name = None, text
        else:
            number = value if isinstance(value, Decimal) else parse_decimal(str(value))
            if number is None or number < 0:
                return False
            if col == COL_QUANTITY:
                quantity = number
            elif col == COL_PRICE:
                price = number
            elif col == COL_DISCOUNT:
                if number > 100:
                    return False
                discount = number
            else:
                return False
        self._replace_line(
            row,
            ProductLine(
                product_id, name, quantity, price, discount, line_amount(quantity, price, discount)
            ),
        )
        return True

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_HEADERS)
        ):
            return QCoreApplication.translate("OpportunityLines", _HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != COL_AMOUNT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class ProductDelegate(QStyledItemDelegate):
    """The product cell's editor: the price list in an editable combo (free text allowed)."""

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        for product in self._model.products.values():
            label = f"{product.name} ({money_text(product.unit_price, self._model.currency)})"
            combo.addItem(label, product.id)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(PRODUCT_ID_ROLE))
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = editor.currentIndex()
        product_id = editor.itemData(current) if current >= 0 else None
        if product_id is not None and editor.currentText() == editor.itemText(current):
            self._model.setData(index, int(product_id), PRODUCT_ID_ROLE)
        else:
            self._model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
