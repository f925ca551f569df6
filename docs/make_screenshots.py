"""Regenerate the screenshots in docs/ (French interface, demo data).

    desktop-crm demo --contacts 2000 --db /tmp/demo.sqlite
    DISPLAY=:93 python docs/make_screenshots.py /tmp/demo.sqlite   # or QT_QPA_PLATFORM=offscreen
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(db_path: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.ui import i18n
    from desktop_crm.ui.calls.call_dialog import CallDialog
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.main_window import MainWindow

    app = QApplication([])
    app.setStyle("Fusion")
    i18n.install(app, "fr")
    opened = open_database(resolve_database(db_path))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(Operations(opened.db, app), settings))
    window.resize(1600, 1000)
    window.show()
    workspace = window.view("contacts")
    out = ROOT / "docs"

    def step1() -> None:
        workspace.splitter.setSizes([900, 700])
        workspace.list.lookup_edit.setText("le")

    def step2() -> None:
        window.grab().save(str(out / "contact-list.png"))
        workspace.splitter.setSizes([420, 1180])
        workspace.list.select_row(3)
        card = workspace.card
        card.form.editors["email2"].setText("contact@yahho.fr")

    def step3() -> None:
        window.grab().save(str(out / "contact-card.png"))
        card = workspace.card
        dialog = CallDialog(card.contact.id, card.title.text().rstrip(" *"),
                            ["Premier contact", "Relance", "Devis"], "06 12 34 56 78", window)
        dialog.regarding.setCurrentText("Devis")
        dialog.details.setPlainText("Intéressée par la maintenance, rappeler mardi.")
        dialog.follow_up.setChecked(True)
        dialog.show()
        QTimer.singleShot(400, lambda: (dialog.grab().save(str(out / "call-dialog.png")),
                                        dialog.close()))

    def step4() -> None:
        companies = window.show_view("companies")
        companies.table.selectRow(2)

    def step5() -> None:
        window.grab().save(str(out / "companies.png"))
        app.quit()

    for delay, fn in ((800, step1), (1800, step2), (2800, step3), (3800, step4), (4800, step5)):
        QTimer.singleShot(delay, fn)
    app.exec()
    opened.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
