"""Regenerate docs/groups-view.png and docs/query-builder.png (French interface, demo data).

desktop-crm demo --contacts 2000 --db /tmp/demo.sqlite
QT_QPA_PLATFORM=offscreen python docs/make_groups_screenshots.py /tmp/demo.sqlite
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERY = (
    '(city = "Lyon" or city = "Villeurbanne" or postcode starts with "69") '
    "and last_reach older than 3 months and email is not empty"
)


def main(db_path: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.ui import i18n
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.features import install_groups
    from desktop_crm.ui.groups.query_builder import QueryBuilder
    from desktop_crm.ui.groups.view import GroupsView
    from desktop_crm.ui.main_window import MainWindow

    app = QApplication([])
    app.setStyle("Fusion")
    i18n.install(app, "fr")
    opened = open_database(resolve_database(db_path))
    with opened.db.uow() as uow:  # a note, as a user would write it
        from desktop_crm.services.groups.groups import find_group, update_group

        node = find_group(uow, "Clients du Rhône")
        update_group(
            uow,
            node.id,
            node.version,
            description="Clients du Rhône : invitations aux portes ouvertes de l'agence de Lyon.",
        )
        uow.commit()
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(Operations(opened.db, app), settings)
    window = MainWindow(context)
    install_groups(window)
    window.resize(1400, 860)
    window.show()
    out = ROOT / "docs"
    state: dict[str, object] = {}

    def step0() -> None:
        state["view"] = window.show_view("groups")

    def step1() -> None:
        view = state["view"]
        assert isinstance(view, GroupsView)
        model = view.tree_model
        target = next(n for n in model.nodes() if n.name == "Clients du Rhône")
        view.tree.setCurrentIndex(model.index_of(target.id))

    def step2() -> None:
        view = state["view"]
        assert isinstance(view, GroupsView)
        view.members.selectRow(2)
        window.grab().save(str(out / "groups-view.png"))
        dialog = QueryBuilder(context, QUERY, window)
        dialog.resize(1400, 860)
        dialog.show()
        state["dialog"] = dialog

    def step3() -> None:
        dialog = state["dialog"]
        assert isinstance(dialog, QueryBuilder)
        dialog.grab().save(str(out / "query-builder.png"))
        dialog.close()
        app.quit()

    for delay, fn in ((600, step0), (1600, step1), (3000, step2), (5000, step3)):
        QTimer.singleShot(delay, fn)
    app.exec()
    opened.db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
