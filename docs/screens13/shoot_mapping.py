"""The import window's columns page for a Google Contacts CSV, in French, at 1400x860.

Run under Xvfb: DISPLAY=:79 LANG=fr_FR.UTF-8 python docs/screens13/shoot_mapping.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_crm.services.setup import open_database  # noqa: E402
from desktop_crm.storage.location import resolve_database  # noqa: E402
from desktop_crm.ui import i18n  # noqa: E402
from desktop_crm.ui.common.context import AppContext  # noqa: E402
from desktop_crm.ui.common.operations import Operations  # noqa: E402
from desktop_crm.ui.importing.wizard import ImportWizard  # noqa: E402


def main() -> None:
    app = QApplication([])
    i18n.install(app, "fr")
    folder = Path(tempfile.mkdtemp())
    db = open_database(resolve_database(str(folder / "crm.sqlite")), create=True).db
    context = AppContext(
        Operations(db), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    wizard = ImportWizard(context)
    wizard.resize(1400, 860)
    wizard.show()
    sample = ROOT / "tests" / "data" / "interchange" / "google_region_labels.csv"
    wizard.file_page.path_edit.setText(str(sample))
    for _ in range(2):  # (the file is read in the background: wait for each page)
        page = wizard.currentId()
        wizard.next()
        deadline = time.monotonic() + 30
        while wizard.currentId() == page and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
            if wizard.currentId() == page:
                wizard.next()
    for _ in range(50):
        app.processEvents()
        time.sleep(0.02)
    wizard.grab().save(str(ROOT / "docs" / "screens13" / "import-google-columns-fr.png"))
    wizard.close()
    db.dispose()


if __name__ == "__main__":
    main()
