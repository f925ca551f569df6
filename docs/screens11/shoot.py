"""Screenshots for session 11 (screens): the opportunity list, forecast and pipeline in a
1400x860 main window, and the duplicate wizard's review page (its own 1100x680), in French.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD python docs/screens11/shoot.py DB TAG [WHICH]

WHICH: "all" (default), "opp" (the three tabs), "dups" (the review, every field compared),
"dups-fields" (three chosen fields: scores that differ). Writes /tmp/screens11/out/*-TAG.png.
"""
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer, Qt
from PySide6.QtWidgets import QApplication

from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.features import install_opportunities
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.opportunities.view import OpportunitiesView
from desktop_crm.ui.duplicates.wizard import DuplicateWizard

db_path, tag = sys.argv[1], sys.argv[2]
which = sys.argv[3] if len(sys.argv) > 3 else "all"
out = Path("/tmp/screens11/out")
out.mkdir(parents=True, exist_ok=True)
app = QApplication([])
from desktop_crm.ui.i18n import accent_safe_style
app.setStyle(accent_safe_style("Fusion"))
i18n.install(app, "fr")
opened = open_database(resolve_database(db_path))
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
context = AppContext(Operations(opened.db, app), settings)
window = MainWindow(context)
install_opportunities(window)
window.resize(1400, 860)
window.show()

def later(ms, f):
    QTimer.singleShot(ms, f)

def opp_list():
    view = window.show_view("opportunities")
    state["view"] = view
    later(1200, lambda: (window.grab().save(str(out / f"opp-list-{tag}.png")), later(100, forecast)))

def forecast():
    view = state["view"]
    view.tabs.setCurrentWidget(view.forecast_tab)
    later(1200, lambda: (window.grab().save(str(out / f"forecast-{tag}.png")), later(100, pipeline)))

def pipeline():
    view = state["view"]
    view.tabs.setCurrentWidget(view.pipeline_tab)
    later(1200, lambda: (window.grab().save(str(out / f"pipeline-{tag}.png")), later(100, dups if which in ("all", "dups") else app.quit)))

def dups():
    wiz = DuplicateWizard(context, window)
    state["wiz"] = wiz
    wiz.show()
    if "fields" in which:
        wiz.settings_page.fields_radio.setChecked(True)
    def go():
        wiz.next()
        def wait():
            if wiz.scan_page.result is None:
                later(200, wait); return
            wiz.next()
            def shoot():
                wiz.grab().save(str(out / f"dups-{tag}.png"))
                t = wiz.review_page.table
                t.sortByColumn(0, Qt.SortOrder.AscendingOrder)
                later(300, lambda: (wiz.grab().save(str(out / f"dups-asc-{tag}.png")), app.quit()))
            later(800, shoot)
        later(300, wait)
    later(500, go)

state = {}
later(300, dups if which.startswith("dups") else opp_list)
app.exec()
context.ops.wait()
