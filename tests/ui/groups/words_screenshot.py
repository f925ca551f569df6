"""The screenshot of a dynamic group's query told in French (not a test).

The main window in French at 1400x860 on the Groups view, a dynamic group selected: the
details say its query in French words, the tooltip keeps the saved definition. Run on a
virtual X screen:

    Xvfb :82 -screen 0 1400x860x24 &
    DISPLAY=:82 QT_QPA_PLATFORM=xcb python tests/ui/groups/words_screenshot.py \
        docs/dyn9-group-words-fr.png
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_crm.services.analytics.figures import Period
from desktop_crm.services.analytics.groups import save_analysis_group
from desktop_crm.services.analytics.run import AnalysisSpec
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.groups.groups import create_group
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.features import install_all
from desktop_crm.ui.groups.view import GroupsView
from desktop_crm.ui.main_window import MainWindow

QUERY = (
    'last_reach older than 6 months and city in ("Lyon", "Villeurbanne") and '
    'has no history "letter sent" since 2026-09-01'
)


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
    group = db.run(create_group, "Lyonnais à relancer", query_text=QUERY).value
    spec = AnalysisSpec(
        "abc", Period.year(2025), contact_kinds=("meeting_held",), a_pct=Decimal(70)
    )
    analysis = db.run(save_analysis_group, "Clients A 2025 (rendez-vous)", spec, "A").value
    context = AppContext(
        Operations(db, app), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(context)
    install_all(window)
    window.setGeometry(0, 0, 1400, 860)
    window.show()
    window.show_view("groups")
    _wait(app, context)
    view = window.findChild(GroupsView)
    assert view is not None
    view.tree.setCurrentIndex(view.tree_model.index_of(group.id))
    _wait(app, context)
    print("query shown:", view.query_label.text())
    subprocess.run(["import", "-window", "root", str(out)], check=True)
    view.tree.setCurrentIndex(view.tree_model.index_of(analysis.id))
    _wait(app, context)
    print("query shown:", view.query_label.text())
    second = out.with_name(out.stem + "-analysis.png")
    subprocess.run(["import", "-window", "root", str(second)], check=True)
    context.ops.wait(-1)
    print("saved", out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/dyn9-group-words-fr.png"))
