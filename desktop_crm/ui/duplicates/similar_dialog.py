"""The warning shown when a contact being saved looks like existing ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.services.duplicates.scan import SimilarRecord
from desktop_crm.ui.duplicates.texts import reason_label


class SimilarRecordsDialog(QDialog):
    """Lists look-alike records with the reasons; ``ask()`` returns what the user chose:
    ``("save", None)``, ``("open", record_id)`` or None (back to editing)."""

    def __init__(self, matches: list[SimilarRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.matches = matches
        self.outcome: tuple[str, int | None] | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This contact looks like existing ones. Open one of them "
                "instead of creating a duplicate?"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = QStandardItemModel(self)
        for match in matches:
            # The reasons in the user's language when the parts are known.
            reasons = [reason_label(r) for r in match.parts] or list(match.reasons)
            item = QStandardItem(
                f"{match.label} (#{match.id}) — {match.score}\n    " + "\n    ".join(reasons)
            )
            item.setData(match.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.doubleClicked.connect(self._on_open_clicked)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open the existing contact"), self)
        self.save_button = QPushButton(self.tr("Save anyway"), self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _on_open_clicked(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.outcome = ("open", int(index.data(Qt.ItemDataRole.UserRole)))
            self.accept()

    def _on_save_clicked(self) -> None:
        self.outcome = ("save", None)
        self.accept()

    @classmethod
    def ask(
        cls, matches: list[SimilarRecord], parent: QWidget | None = None
    ) -> tuple[str, int | None] | None:
        if not matches:
            return ("save", None)
        dialog = cls(matches, parent)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()
