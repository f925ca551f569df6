"""The review list: one row per group of likely duplicates, with the user's decision."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_crm.services.duplicates.scan import DuplicateGroup
from desktop_crm.ui.duplicates.texts import reason_label

Index = QModelIndex | QPersistentModelIndex


class Decision(Enum):
    """What the user decided for a group."""

    PENDING = "pending"
    ACCEPTED = "accepted"  # merge with the default choices when the wizard goes on
    REJECTED = "rejected"  # not a duplicate (remembered)
    MERGED = "merged"


class GroupTableModel(QAbstractTableModel):
    """Groups sorted by score; columns: score, records (one line each), reasons, decision."""

    COLUMNS = ("score", "records", "reasons", "decision")

    def __init__(self, groups: list[DuplicateGroup] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[DuplicateGroup] = list(groups or [])
        self._decisions: list[Decision] = [Decision.PENDING] * len(self._groups)
        self._merge_ids: dict[int, int] = {}

    def set_groups(self, groups: list[DuplicateGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._decisions = [Decision.PENDING] * len(self._groups)
        self._merge_ids = {}
        self.endResetModel()

    def group(self, row: int) -> DuplicateGroup:
        return self._groups[row]

    def decision(self, row: int) -> Decision:
        return self._decisions[row]

    def set_decision(self, row: int, decision: Decision, merge_id: int | None = None) -> None:
        self._decisions[row] = decision
        if merge_id is not None:
            self._merge_ids[row] = merge_id
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def record_lines(self, row: int) -> list[str]:
        """The group's records, one line each: "name (company) (#id)", the one to keep said."""
        group = self._groups[row]
        labels: dict[int, str] = {}
        for pair in group.pairs:
            labels.setdefault(pair.a, pair.a_label)
            labels.setdefault(pair.b, pair.b_label)
        keep = self.tr("#%1, to keep")
        return [
            f"{labels[i]} ({keep.replace('%1', str(i)) if i == group.keep else f'#{i}'})"
            for i in group.ids
        ]

    def rows_with(self, decision: Decision) -> list[int]:
        return [i for i, d in enumerate(self._decisions) if d is decision]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Score"), self.tr("Records"), self.tr("Why"), self.tr("Decision"))[section]

    def _decision_text(self, row: int) -> str:
        decision = self._decisions[row]
        if decision is Decision.MERGED:
            return self.tr("Merged (merge %1)").replace("%1", str(self._merge_ids.get(row, "")))
        return {
            Decision.PENDING: self.tr("To review"),
            Decision.ACCEPTED: self.tr("Merge"),
            Decision.REJECTED: self.tr("Not a duplicate"),
        }[decision]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self._groups[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "score":
                return group.score
            if column == "records":
                return "\n".join(self.record_lines(index.row()))
            if column == "reasons":
                return "; ".join(reason_label(r) for r in group.pairs[0].parts)
            return self._decision_text(index.row())
        if role == Qt.ItemDataRole.ToolTipRole and column == "reasons":
            return "\n".join(reason_label(r) for r in group.pairs[0].parts)
        if role == Qt.ItemDataRole.ToolTipRole and column == "records":
            return "\n".join(self.record_lines(index.row()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "decision":
            decision = self._decisions[index.row()]
            if decision is Decision.REJECTED:
                return QBrush(QColor("#a33"))
            if decision in (Decision.ACCEPTED, Decision.MERGED):
                return QBrush(QColor("#2a7a2a"))
        if role == Qt.ItemDataRole.UserRole:
            return group.score if column == "score" else self.data(index)
        return None
