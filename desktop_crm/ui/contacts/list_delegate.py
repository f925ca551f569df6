"""The contact list's cell delegate: one call into Python per painted cell, not seven.

Qt's default delegate fills a cell's style option by asking the model seven roles (font,
alignment, colours, check state, icon, text, background), each a call from C++ into Python
(~1 µs with the index wrapped). The list's model answers only the text, so this delegate
fills the option from ``ContactListModel.display`` in one call and paints exactly as the
default one (``tests/ui/contacts/test_contact_list_delegate.py`` compares the pixels). At
1M contacts that is ~1 ms of a ~17 ms page-down frame (``benchmarks/bench_contact_list.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_crm.ui.contacts.list_model import ContactListModel

_Feature = QStyleOptionViewItem.ViewItemFeature
# Precomputed: enum arithmetic in a paint costs microseconds per cell.
_TEXT = _Feature.HasDisplay
_TEXT_ALTERNATE = _Feature.HasDisplay | _Feature.Alternate


class ListCellDelegate(QStyledItemDelegate):
    """Fills a cell's option from the model's ``display`` value, as the default delegate.

    ``alternate``: the view paints alternating row colours. The view marks every other
    row (``Alternate``) before calling the delegate; the option's features are set here
    from the row's parity instead of read back (reading them builds an enum per cell).
    """

    def __init__(self, model: ContactListModel, *, alternate: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self._odd = _TEXT_ALTERNATE if alternate else _TEXT

    def initStyleOption(  # type: ignore[override]
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.row()
        option.index = index  # type: ignore[assignment]
        # As Qt's delegate: no style animation object inside an item view (QTBUG-30146).
        option.styleObject = None  # type: ignore[assignment]
        value = self._model.display(row, index.column()) if row >= 0 else None
        if value is None:
            return
        option.features = self._odd if row & 1 else _TEXT
        option.text = value if value.__class__ is str else self.displayText(value, option.locale)
