"""The screenshot of a refusal in the French window (not a test).

The main window in French at 1400x860 on the Groups view, the query editor open on a query
with a misspelt field: the parser's sentence, said through ``domain.wording.say``, reads
French under the editor. Run on a virtual X screen:

    Xvfb :82 -screen 0 1400x860x24 &
    DISPLAY=:82 QT_QPA_PLATFORM=xcb python tests/ui/groups/refusal_screenshot.py \
        docs/i18n21-refusal-fr.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.groups.groups import create_group
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.features import install_all
from desktop_crm.ui.groups.query_builder import QueryBuilder
from desktop_crm.ui.main_window import MainWindow


def _wait(app: QApplication, context: AppContext, rounds: int = 40) -> None:
    for _ in range(rounds):
        context.ops.wait(100)
        app.processEvents()


def main(out: Path) -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle(i18n.accent_safe_style("Fusion"))
    i18n.install(app, "fr")
    folder = Path(tempfile.mkdtemp())
    db = open_database(resolve_database(str(folder / "demo.sqlite"))).db
    db.run(generate_demo, 300, seed=6)
    db.run(create_group, "Clients lyonnais", query_text='city = "Lyon"')
    context = AppContext(
        Operations(db, app), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(context)
    install_all(window)
    window.setGeometry(0, 0, 1400, 860)
    window.show()
    window.show_view("groups")
    _wait(app, context)
    dialog = QueryBuilder(context, 'city = "Lyon" and citx = "Paris"', window)
    dialog.show()
    dialog.move(window.geometry().center() - dialog.rect().center())
    _wait(app, context, 60)
    print("error shown:", dialog.error_label.text())
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    dialog.close()
    context.ops.wait(-1)
    print("saved", out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/i18n21-refusal-fr.png"))
