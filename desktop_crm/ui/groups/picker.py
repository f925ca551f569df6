"""A compact group chooser for every place a run picks its target (print, e-mail merge,
series, export, duplicates, task list): "Group: [(all contacts) ▾]".

The groups come from ``group_choices`` (off the GUI thread) as an indented list, subgroups
under their parent (their path once chosen), each with its member count now and its full
path as the tool tip. The first entry means "no group" (its text says what is targeted
then). The list reloads when a change notice touches the groups or their members, keeping
the chosen group.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_crm.domain.changes import Changes
from desktop_crm.services.groups.targets import GroupChoice, group_choices
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.ui.common.context import AppContext

GROUP_KINDS = ("contact_group", "group_member", "group_company")
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 1
SHORT_ROLE = Qt.ItemDataRole.UserRole + 2
_INDENT_PX = 18
_PAD_PX = 4


class _TreeDelegate(QStyledItemDelegate):
    """In the open list, a subgroup shows its own name indented under its parent; the
    closed combo shows the chosen group's full path."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        depth = int(index.data(DEPTH_ROLE) or 0)
        if depth:
            option.text = str(index.data(SHORT_ROLE))  # type: ignore[attr-defined]
        option.rect.adjust(_PAD_PX + depth * _INDENT_PX, 0, 0, 0)  # type: ignore[attr-defined]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + _PAD_PX, size.height() + 8)


def selection_text(selection: Selection) -> str:
    """What a run targets when no group is chosen, for the picker's first entry."""
    if selection.contact_ids is not None:
        return QCoreApplication.translate(
            "GroupPicker", "The %n selected contact(s)", "", len(selection.contact_ids)
        )
    if selection.lookup:
        return QCoreApplication.translate("GroupPicker", 'The current lookup "%1"').replace(
            "%1", selection.lookup
        )
    return QCoreApplication.translate("GroupPicker", "All contacts")


class GroupPicker(QWidget):
    """ "Group:" and a combo of the groups (first entry: no group).

    Signals: ``group_changed(int | None)`` when the user (or ``set_group``) picks another
    group; ``loaded()`` each time the list of groups arrived from the database thread.
    """

    group_changed = Signal(object)
    loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        none_text: str | None = None,
        label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.choices: list[GroupChoice] = []
        self._wanted: int | None = None
        self._none_text = none_text or self.tr("(all contacts / current lookup)")
        self.label = QLabel(label if label is not None else self.tr("&Group:"), self)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        self.combo.setItemDelegate(_TreeDelegate(self.combo))
        self.combo.addItem(self._none_text, None)
        self.label.setBuddy(self.combo)
        self.label.setVisible(bool(self.label.text()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self._on_combo_index_changed)
        context.ops.changed.connect(self._on_ops_changed)
        self.reload()

    # -- state ----------------------------------------------------------------------------
    def group_id(self) -> int | None:
        """The chosen group's id, or None for the first entry."""
        value = self.combo.currentData()
        return int(value) if value is not None else None

    def group(self) -> GroupChoice | None:
        wanted = self.group_id()
        return next((c for c in self.choices if c.id == wanted), None)

    def group_path(self) -> str:
        chosen = self.group()
        return chosen.path if chosen is not None else ""

    def set_group(self, group_id: int | None) -> None:
        """Choose a group (also before the list arrived: it is chosen when it does)."""
        self._wanted = group_id
        index = self.combo.findData(group_id) if group_id is not None else 0
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def set_none_text(self, text: str) -> None:
        self._none_text = text
        self.combo.setItemText(0, text)

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        self.context.ops.read(
            group_choices, on_done=self._on_loaded, key=f"group-picker-{id(self)}"
        )

    def _on_loaded(self, choices: list[GroupChoice]) -> None:
        if not isValid(self):
            return
        before = self.group_id()
        wanted = self._wanted if self._wanted is not None else before
        self.choices = list(choices)
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self._none_text, None)
        for choice in self.choices:
            self.combo.addItem(f"{choice.path} ({choice.members})", choice.id)
            row = self.combo.count() - 1
            self.combo.setItemData(row, choice.depth, DEPTH_ROLE)
            self.combo.setItemData(row, f"{choice.name} ({choice.members})", SHORT_ROLE)
            tip = self.tr("%1 — %n member(s) now", "", choice.members).replace("%1", choice.path)
            if choice.dynamic:
                tip += "\n" + self.tr("Dynamic: members are whoever matches its query today.")
            self.combo.setItemData(self.combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        index = self.combo.findData(wanted) if wanted is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        if index >= 0:
            self._wanted = None
        if self.group_id() != before:
            self.group_changed.emit(self.group_id())
        self.loaded.emit()

    def _on_ops_changed(self, changes: Changes, _initiator: object) -> None:
        if isValid(self) and changes.touches(*GROUP_KINDS):
            self.reload()

    def _on_combo_index_changed(self, _index: int) -> None:
        self._wanted = None
        self.group_changed.emit(self.group_id())


class GroupChoiceDialog(QDialog):
    """A small "which contacts?" question before a run without a dialog of its own (export):
    the current selection (first entry) or a group."""

    def __init__(
        self,
        context: AppContext,
        title: str,
        none_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picker = GroupPicker(context, self, none_text=none_text, label=self.tr("&Contacts:"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        context: AppContext,
        title: str,
        none_text: str,
        parent: QWidget | None = None,
    ) -> tuple[bool, int | None]:
        """(accepted, the chosen group's id or None for the current selection)."""
        dialog = cls(context, title, none_text, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return accepted, dialog.picker.group_id() if accepted else None
        finally:
            dialog.deleteLater()
