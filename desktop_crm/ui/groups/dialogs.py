"""Small dialogs around groups: pick a group in the tree, save a lookup as a group."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.groups.groups import GroupNode, group_tree, save_lookup_as_group
from desktop_crm.services.groups.view_data import TreeEntry, tree_with_counts
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.groups.tree_model import GroupTreeModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupDialogs", text)


class GroupPicker(QDialog):
    """Choose one group in the tree (the card's "Add to a group…")."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Add to a group"))
        self.model = GroupTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("groupPickerTree")
        self.tree.setModel(self.model)
        self.tree.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Choose the group:"), self))
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(420, 480)
        context.ops.read(tree_with_counts, on_done=self._on_tree_read)

    def _on_tree_read(self, entries: list[TreeEntry]) -> None:
        self.model.set_entries(entries)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)

    def chosen(self) -> int | None:
        return self.model.group_id(self.tree.currentIndex())

    @classmethod
    def ask(cls, context: AppContext, parent: QWidget | None = None) -> int | None:
        dialog = cls(context, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class SaveLookupAnswer:
    """What "Save this lookup as a group…" asked: the name, the parent, dynamic or not."""

    name: str
    parent_id: int | None
    dynamic: bool


class SaveLookupDialog(QDialog):
    """Name, parent and kind (dynamic query or static snapshot) of a group made from a lookup."""

    def __init__(self, context: AppContext, lookup: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Save this lookup as a group"))
        self.name_edit = QLineEdit(lookup, self)
        self.name_edit.setObjectName("groupName")
        self.parent_combo = QComboBox(self)
        self.parent_combo.addItem(_tr("(top level)"), 0)
        self.dynamic_radio = QRadioButton(
            _tr("Dynamic: whoever the lookup finds when the group is used"), self
        )
        self.static_radio = QRadioButton(_tr("Static: the contacts found now"), self)
        kinds = QButtonGroup(self)
        kinds.addButton(self.dynamic_radio)
        kinds.addButton(self.static_radio)
        if lookup.strip():
            self.dynamic_radio.setChecked(True)
        else:
            self.dynamic_radio.setEnabled(False)
            self.static_radio.setChecked(True)
        form = QFormLayout()
        form.addRow(_tr("Lookup:"), QLabel(lookup or _tr("(every contact)"), self))
        form.addRow(_tr("Group name:"), self.name_edit)
        form.addRow(_tr("Inside:"), self.parent_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        nest(layout, form)
        layout.addWidget(self.dynamic_radio)
        layout.addWidget(self.static_radio)
        layout.addWidget(buttons)
        context.ops.read(group_tree, on_done=self._on_tree_read)

    def _on_tree_read(self, nodes: list[GroupNode]) -> None:
        for node in nodes:
            self.parent_combo.addItem("    " * node.depth + node.name, node.id)

    def _on_accept(self) -> None:
        if self.name_edit.text().strip():
            self.accept()

    def answer(self) -> SaveLookupAnswer:
        parent = int(self.parent_combo.currentData() or 0)
        return SaveLookupAnswer(
            self.name_edit.text().strip(), parent or None, self.dynamic_radio.isChecked()
        )

    @classmethod
    def ask(
        cls, context: AppContext, lookup: str, parent: QWidget | None = None
    ) -> SaveLookupAnswer | None:
        dialog = cls(context, lookup, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def save_lookup(context: AppContext, lookup: str, parent: QWidget | None = None) -> None:
    """Ask, then save the lookup as a group (the groups view hears of it by the change notice)."""
    answer = SaveLookupDialog.ask(context, lookup, parent)
    if answer is None:
        return
    context.ops.run(
        save_lookup_as_group,
        answer.name,
        lookup,
        dynamic=answer.dynamic,
        parent_id=answer.parent_id,
        initiator=parent,
    )
