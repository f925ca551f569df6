"""Regenerate docs/targeting-*.png: the Targeting view on demo data, one per method
(French interface, main window at 1400×860).

desktop-crm demo --contacts 800 --db /tmp/demo.sqlite
QT_QPA_PLATFORM=offscreen python docs/make_targeting_screenshots.py /tmp/demo.sqlite [YEAR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(db_path: str, year: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_crm.domain.analytics import METHODS
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.ui import i18n
    from desktop_crm.ui.analytics.view import TargetingView
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.features import install_analytics
    from desktop_crm.ui.main_window import MainWindow

    app = QApplication([])
    app.setStyle("Fusion")
    i18n.install(app, "fr")
    opened = open_database(resolve_database(db_path))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(Operations(opened.db, app), settings)
    window = MainWindow(context)
    install_analytics(window)
    window.resize(1400, 860)
    window.show()

    def settle() -> None:
        for _ in range(6):
            context.ops.wait()
            for _ in range(30):
                app.processEvents()

    view = window.show_view("targeting")
    assert isinstance(view, TargetingView)
    view.year.setValue(year)
    settle()
    for method in METHODS:
        view.set_method(method)
        settle()
        if method == "quadrants":
            view.show_class("Vaches à lait")
        window.grab().save(str(ROOT / "docs" / f"targeting-{method}.png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2025)
