"""The main window shell (a minimal version; the contact workspace fills it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_crm import APP_DISPLAY_NAME
from desktop_crm.ui.common.context import AppContext


class MainWindow(QMainWindow):
    """Top-level window showing the open database's name in its title."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {context.db.name}")
        self.setCentralWidget(QLabel(self.tr("No view yet"), self))
        self.resize(1200, 800)
