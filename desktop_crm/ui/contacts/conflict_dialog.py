"""Save conflict with a colleague: both values per field; keep mine, take theirs or merge."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.errors import FieldConflict
from desktop_crm.domain.phones import format_phone
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.contacts.card_form import field_label


def _show(value: Any) -> str:
    if value is None or value == "":
        return "∅"
    text = str(value)
    return format_phone(text) if text.startswith("+") and text[1:].isdigit() else text


class ConflictDialog(QDialog):
    """One row per conflicting field: original, mine, theirs, and a merged value.

    ``resolve()`` returns {field: chosen value} or None when the user cancels (their edits
    stay in the card, unsaved).
    """

    MINE, THEIRS, MERGE = 0, 1, 2

    def __init__(
        self, label: str, conflicts: list[FieldConflict], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by a colleague"))
        self.conflicts = conflicts
        intro = QLabel(
            self.tr(
                "A colleague saved “{0}” while you were editing it. For each field below, choose "
                "the value to keep. Your other changes and theirs are kept."
            ).format(label),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        for col, title in enumerate(
            (
                self.tr("Field"),
                self.tr("Before"),
                self.tr("Mine"),
                self.tr("Theirs"),
                self.tr("Merged"),
            )
        ):
            heading = QLabel(f"<b>{title}</b>", self)
            grid.addWidget(heading, 0, col)
        self.groups: dict[str, QButtonGroup] = {}
        self.merged: dict[str, QLineEdit] = {}
        for row, c in enumerate(conflicts, start=1):
            grid.addWidget(QLabel(field_label(c.field), self), row, 0)
            grid.addWidget(QLabel(_show(c.original), self), row, 1)
            group = QButtonGroup(self)
            mine = QRadioButton(_show(c.mine), self)
            theirs = QRadioButton(_show(c.theirs), self)
            merge = QRadioButton(self)
            edit = QLineEdit(self)
            edit.setText("" if c.mine is None else _show(c.mine))
            edit.setEnabled(False)
            merge.toggled.connect(edit.setEnabled)
            for button, choice in ((mine, self.MINE), (theirs, self.THEIRS), (merge, self.MERGE)):
                group.addButton(button, choice)
            mine.setChecked(True)
            mine.setObjectName(f"mine_{c.field}")
            theirs.setObjectName(f"theirs_{c.field}")
            merge.setObjectName(f"merge_{c.field}")
            edit.setObjectName(f"merged_{c.field}")
            grid.addWidget(mine, row, 2)
            grid.addWidget(theirs, row, 3)
            cell = QGridLayout()
            cell.addWidget(merge, 0, 0)
            cell.addWidget(edit, 0, 1)
            nest(grid, cell, row, 4)
            self.groups[c.field] = group
            self.merged[c.field] = edit
        all_mine = QPushButton(self.tr("Keep all &mine"), self)
        all_theirs = QPushButton(self.tr("Take all &theirs"), self)
        all_mine.clicked.connect(lambda: self.choose_all(self.MINE))
        all_theirs.clicked.connect(lambda: self.choose_all(self.THEIRS))
        buttons = QDialogButtonBox(self)
        buttons.addButton(all_mine, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(all_theirs, QDialogButtonBox.ButtonRole.ActionRole)
        save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setObjectName("conflictSave")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        nest(layout, grid)
        layout.addWidget(buttons)

    def choose_all(self, choice: int) -> None:
        for group in self.groups.values():
            group.button(choice).setChecked(True)

    def choose(self, field: str, choice: int, merged: str | None = None) -> None:
        self.groups[field].button(choice).setChecked(True)
        if merged is not None:
            self.merged[field].setText(merged)

    def resolution(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for c in self.conflicts:
            choice = self.groups[c.field].checkedId()
            if choice == self.MINE:
                out[c.field] = c.mine
            elif choice == self.THEIRS:
                out[c.field] = c.theirs
            else:
                out[c.field] = self.merged[c.field].text().strip() or None
        return out

    @classmethod
    def resolve(
        cls, label: str, conflicts: list[FieldConflict], parent: QWidget | None = None
    ) -> dict[str, Any] | None:
        dialog = cls(label, conflicts, parent)
        return dialog.resolution() if dialog.exec() == QDialog.DialogCode.Accepted else None
