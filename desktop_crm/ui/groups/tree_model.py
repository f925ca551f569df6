"""The tree of groups and subgroups, with member counts; a drop target for contacts and groups.

The model does not write: a drop emits ``contacts_dropped`` or ``group_dropped`` and the
view runs the operation (the tree reloads from the change notice that follows).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from desktop_crm.services.groups.groups import GroupNode
from desktop_crm.services.groups.view_data import TreeEntry
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.groups.mime import (
    CONTACT_IDS_MIME,
    GROUP_ID_MIME,
    contact_ids_of,
    group_id_mime,
    group_id_of,
)

AnyIndex = QModelIndex | QPersistentModelIndex


class GroupTreeModel(QAbstractItemModel):
    """Groups as a tree (column 0: name, column 1: members).

    Signals: ``contacts_dropped(group_id, contact_ids)``, ``group_dropped(group_id,
    new_parent_id)`` (0 for the top level), ``drop_refused(text)``.
    """

    contacts_dropped = Signal(int, list)
    group_dropped = Signal(int, int)
    drop_refused = Signal(str)

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: object = None, *, counts: bool = True) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._entries: dict[int, TreeEntry] = {}
        self._children: dict[int, list[int]] = {0: []}
        self._parent: dict[int, int] = {}
        self._counts = counts

    # -- data ------------------------------------------------------------------------------

    def set_entries(self, entries: Sequence[TreeEntry]) -> None:
        self.beginResetModel()
        self._entries = {e.node.id: e for e in entries}
        self._children = {0: []}
        self._parent = {}
        for entry in entries:  # parents come before their subgroups
            parent = entry.node.parent_id or 0
            if parent not in self._children:
                parent = 0
            self._parent[entry.node.id] = parent
            self._children[parent].append(entry.node.id)
            self._children.setdefault(entry.node.id, [])
        self.endResetModel()

    def node(self, group_id: int) -> GroupNode | None:
        entry = self._entries.get(group_id)
        return entry.node if entry else None

    def members(self, group_id: int) -> int:
        entry = self._entries.get(group_id)
        return (entry.members or 0) if entry else 0

    def nodes(self) -> list[GroupNode]:
        return [e.node for e in self._entries.values()]

    def group_id(self, index: AnyIndex) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    def index_of(self, group_id: int, column: int = 0) -> QModelIndex:
        if group_id not in self._parent:
            return QModelIndex()
        siblings = self._children[self._parent[group_id]]
        return self.createIndex(siblings.index(group_id), column, group_id)

    def is_descendant(self, group_id: int, ancestor_id: int) -> bool:
        """True when ``group_id`` is ``ancestor_id`` or lies under it."""
        current = group_id
        while current:
            if current == ancestor_id:
                return True
            current = self._parent.get(current, 0)
        return False

    # -- Qt model interface ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        parent_id = int(parent.internalId()) if parent.isValid() else 0
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children.get(parent_id, [])
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent_id = self._parent.get(int(child.internalId()), 0)
        if not parent_id:
            return QModelIndex()
        return self.index_of(parent_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(int(parent.internalId()), []))
        return len(self._children[0])

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2 if self._counts else 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries.get(int(index.internalId()))
        if entry is None:
            return None
        node = entry.node
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return node.name
            return "?" if entry.members is None else count_text(entry.members)
        if role == self.ID_ROLE:
            return node.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            icon = (
                QStyle.StandardPixmap.SP_FileDialogContentsView
                if node.is_dynamic
                else QStyle.StandardPixmap.SP_DirIcon
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.FontRole and node.is_dynamic and index.column() == 0:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and entry.problem is not None:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.problem is not None:
                broken = QCoreApplication.translate(
                    "GroupTree", "This group's query cannot run: {0}"
                ).format(entry.problem)
                return f"{node.path}\n{broken}"
            kind = (
                QCoreApplication.translate("GroupTree", "Dynamic group: {0}").format(
                    entry.words or node.query_text
                )
                if node.is_dynamic
                else QCoreApplication.translate("GroupTree", "Static group")
            )
            return f"{node.path}\n{kind}"
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("GroupTree", "Group")
        if section == 1:
            return QCoreApplication.translate("GroupTree", "Members")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- drag and drop ---------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [CONTACT_IDS_MIME, GROUP_ID_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = [self.group_id(i) for i in indexes if i.isValid()]
        return group_id_mime(next((i for i in ids if i is not None), 0))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if data.hasFormat(CONTACT_IDS_MIME):
            return parent.isValid()
        return data.hasFormat(GROUP_ID_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        target = self.group_id(parent) if parent.isValid() else None
        if data.hasFormat(CONTACT_IDS_MIME):
            ids = contact_ids_of(data)
            if target is None or not ids:
                return False
            self.contacts_dropped.emit(target, ids)
            return False  # nothing to remove at the source: the contacts stay in the list
        moved = group_id_of(data)
        if moved is None or moved not in self._entries:
            return False
        if target is not None and self.is_descendant(target, moved):
            self.drop_refused.emit(
                QCoreApplication.translate(
                    "GroupTree", "A group cannot become a subgroup of itself or of its subgroups."
                )
            )
            return False
        if (target or 0) == self._parent.get(moved, 0):
            return False
        self.group_dropped.emit(moved, target or 0)
        return False  # the reload after the move redraws the tree
