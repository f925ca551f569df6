"""Screenshot: the contact card of an iPhone contact imported with custom e-mail labels, its
Notes tab, in French, 1400x860."""
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.i18n import accent_safe_style

db_path, contact_id, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
app = QApplication([])
app.setStyle(accent_safe_style("Fusion"))
i18n.install(app, "fr")
opened = open_database(resolve_database(db_path))
settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
context = AppContext(Operations(opened.db, app), settings)
window = MainWindow(context)
window.resize(1400, 860)
window.show()
def go():
    window.open_contact(contact_id)
    def tab():
        ws = window.contacts()
        ws.card.tabs.setCurrentWidget(ws.card.notes_tab)
        QTimer.singleShot(1500, lambda: (window.grab().save(out), app.quit()))
    QTimer.singleShot(1500, tab)
QTimer.singleShot(800, go)
app.exec()
