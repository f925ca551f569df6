"""A read-only rows model whose figure columns are right-aligned (amounts, percentages)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_crm.ui.common.simple_table import RowsModel


class FigureRowsModel(RowsModel):
    """``RowsModel`` with the ``right`` columns aligned right."""

    def __init__(self, headers: Sequence[str], right: Iterable[int], parent: object = None) -> None:
        super().__init__(headers, parent)
        self._right = frozenset(right)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column() in self._right
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)  # type: ignore[arg-type]
