"""The merge dialog: records side by side, the record to keep and the winning value per field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.contacts import PHONE_FIELDS
from desktop_crm.domain.phones import format_phone
from desktop_crm.services.duplicates.merge import MergePreview
from desktop_crm.services.duplicates.review_data import preview_keeping_default
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.duplicates.texts import record_field_label, related_counts_text

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class MergeChoice:
    """What the user chose in the merge dialog."""

    kind: str
    keep_id: int
    other_ids: tuple[int, ...]
    winners: dict[str, int]
    versions: dict[int, int] | None = None  # as seen in the dialog: a colleague's edit is caught


def show_value(field: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if field in PHONE_FIELDS or field in ("phone", "fax"):
        return format_phone(str(value)) or str(value)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


class FieldChoiceModel(QAbstractTableModel):
    """Rows are fields, columns the records; the checked cell of a row is its winning value."""

    def __init__(self, preview: MergePreview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.winners: dict[str, int] = dict(preview.winners)
        self._fields = list(preview.fields)

    def field(self, row: int) -> str:
        return self._fields[row]

    def differs(self, row: int) -> bool:
        field = self._fields[row]
        values = {self.text(field, i) for i in self.preview.ids}
        return len(values) > 1

    def text(self, field: str, rid: int) -> str:
        value = self.preview.values[rid][field]
        if field in self.preview.names and value is not None:
            return self.preview.names[field].get(int(value), f"#{value}")
        return show_value(field, value)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.ids)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return record_field_label(self._fields[section])
        rid = self.preview.ids[section]
        return f"{self.preview.labels[rid]} (#{rid})"

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self._fields[index.row()]
        rid = self.preview.ids[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(field, rid)
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked if self.winners.get(field) == rid else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.FontRole and self.winners.get(field) == rid:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        field = self._fields[index.row()]
        self.winners[field] = self.preview.ids[index.column()]
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        return True


class DifferingFieldsProxy(QSortFilterProxyModel):
    """Hides the fields whose values are the same everywhere (optional)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_differing = True

    def set_only_differing(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self.only_differing = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_differing = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        if not self.only_differing or not isinstance(model, FieldChoiceModel):
            return True
        return model.differs(row)


class MergeDialog(QDialog):
    """Side-by-side merge of two or more records; ``ask()`` returns a ``MergeChoice``."""

    def __init__(self, preview: MergePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Merge records"))
        self.model = FieldChoiceModel(preview, self)
        self.proxy = DifferingFieldsProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the record to keep and, for each field, the value that wins (click a "
                "cell). Everything attached to the other records moves to the kept one; values "
                "not kept go into a note. The merge can be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        keep_box = QWidget(self)
        grid = QGridLayout(keep_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keep_group = QButtonGroup(self)
        for column, rid in enumerate(preview.ids):
            radio = QRadioButton(
                self.tr("Keep %1").replace("%1", f"{preview.labels[rid]} (#{rid})"), keep_box
            )
            radio.setChecked(column == 0)
            self.keep_group.addButton(radio, rid)
            grid.addWidget(radio, 0, column)
            counts = preview.related[rid]
            text = related_counts_text(dict(sorted(counts.items())))
            edited = preview.edited_at.get(rid)
            when = self.tr("edited %1").replace("%1", edited.strftime("%d/%m/%Y")) if edited else ""
            info = QLabel(
                " · ".join(p for p in (when, text or self.tr("nothing attached")) if p), keep_box
            )
            info.setWordWrap(True)
            grid.addWidget(info, 1, column)
        layout.addWidget(keep_box)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._on_table_clicked)
        layout.addWidget(self.table, 1)

        self.show_all = QCheckBox(self.tr("Show identical fields too"), self)
        self.show_all.toggled.connect(self._on_show_all_toggled)
        layout.addWidget(self.show_all)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(260 + 260 * len(preview.ids), 560)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        self.model.setData(source, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    def _on_show_all_toggled(self, on: bool) -> None:
        self.proxy.set_only_differing(not on)

    def choice(self) -> MergeChoice:
        keep = self.keep_group.checkedId()
        others = tuple(i for i in self.preview.ids if i != keep)
        return MergeChoice(
            self.preview.kind, keep, others, dict(self.model.winners), dict(self.preview.versions)
        )

    @classmethod
    def choose(cls, preview: MergePreview, parent: QWidget | None = None) -> MergeChoice | None:
        """Show the dialog for a loaded preview; the choice, or None when cancelled."""
        dialog = cls(preview, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def ask(
        cls,
        context: AppContext,
        kind: str,
        ids: list[int],
        on_chosen: Callable[[MergeChoice], None],
        parent: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Load the records ``ids`` (the one kept by default first), then show the dialog;
        ``on_chosen(choice)`` runs unless the user cancels."""

        def show(preview: MergePreview) -> None:
            choice = cls.choose(preview, parent)
            if choice is not None:
                on_chosen(choice)

        context.ops.read(preview_keeping_default, kind, ids, on_done=show, on_error=on_error)
