"""Every main view in French at 1400x860 on the 2,000-contact demo (fr15, session 3).

    desktop-crm demo --contacts 2000 --db /tmp/demo.sqlite
    DISPLAY=:84 python docs/fr15/make_screenshots.py /tmp/demo.sqlite
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(db_path: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.ui import i18n
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.features import install_all
    from desktop_crm.ui.main_window import MainWindow

    app = QApplication([])
    app.setStyle("Fusion")
    i18n.install(app, "fr")
    opened = open_database(resolve_database(db_path))
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(Operations(opened.db, app), settings))
    install_all(window)
    window.resize(1400, 860)
    window.show()
    out = ROOT / "docs" / "fr15"
    keys = [k for k in sys.argv[2:] if k in window.views] or list(window.views)
    steps = []
    for key in keys:
        steps.append(lambda key=key: window.show_view(key))
        steps.append(lambda key=key: window.grab().save(str(out / f"view-{key}.png")))
    steps.append(app.quit)
    for i, step in enumerate(steps):
        QTimer.singleShot(1500 + 1500 * i, step)
    app.exec()
    opened.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
