"""Regenerate docs/opportunity-card.png (French interface, demo data) and, for review, the
opportunity list at two window sizes in /tmp.

desktop-crm demo --contacts 2000 --db /tmp/demo.sqlite
QT_QPA_PLATFORM=offscreen python docs/make_opportunity_screenshots.py /tmp/demo.sqlite
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(db_path: str, extra_dir: str = "/tmp") -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.domain.opportunities import OpportunityFilter
    from desktop_crm.services.opportunities.listing import list_opportunities
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.ui import i18n
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.features import install_opportunities
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.opportunities.card import OpportunityDialog
    from desktop_crm.ui.opportunities.view import OpportunitiesView

    app = QApplication([])
    app.setStyle("Fusion")
    i18n.install(app, "fr")
    opened = open_database(resolve_database(db_path))
    with opened.db.uow(write=False) as uow:
        rows = list_opportunities(uow, OpportunityFilter(), "-amount", 0, 400)
    # An open opportunity with several product lines and a stage past the first ones.
    chosen = next(
        (r for r in rows if r.stage_name and r.probability >= 40 and r.contact_name), rows[0]
    )
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    context = AppContext(Operations(opened.db, app), settings)
    window = MainWindow(context)
    install_opportunities(window)
    out = ROOT / "docs"
    extra = Path(extra_dir)
    state: dict[str, object] = {}

    def idle(then: object, wait: int = 700) -> None:
        QTimer.singleShot(wait, then)  # type: ignore[call-overload]

    def step_list(size: tuple[int, int], name: str, then: object) -> None:
        window.resize(*size)
        window.show()
        view = window.show_view("opportunities")
        assert isinstance(view, OpportunitiesView)
        state["view"] = view

        def shoot() -> None:
            view.list.table.selectRow(2)
            window.grab().save(str(extra / name))
            idle(then, 100)

        idle(shoot)

    def card() -> None:
        dialog = OpportunityDialog(context, chosen.id, parent=window)
        dialog.resize(1100, 720)
        dialog.show()
        state["dialog"] = dialog

        def shoot() -> None:
            dialog.grab().save(str(out / "opportunity-card.png"))
            dialog.tabs.setCurrentIndex(2)
            idle(shoot_history, 300)

        def shoot_history() -> None:
            dialog.grab().save(str(extra / "opportunity-card-history.png"))
            app.quit()

        idle(shoot, 900)

    idle(
        lambda: step_list(
            (1400, 860),
            "opportunity-list-1400.png",
            lambda: step_list((1600, 1000), "opportunity-list-1600.png", card),
        ),
        100,
    )
    app.exec()
    context.ops.wait()


if __name__ == "__main__":
    main(*sys.argv[1:])
