"""Render the import wizard's mapping and checks pages in French into docs/ (PNG).

Run: QT_QPA_PLATFORM=offscreen python docs/make_import_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_crm.services.contacts.records import create_contact  # noqa: E402
from desktop_crm.services.setup import open_database  # noqa: E402
from desktop_crm.storage.location import resolve_database  # noqa: E402
from desktop_crm.ui import i18n  # noqa: E402
from desktop_crm.ui.common.context import AppContext  # noqa: E402
from desktop_crm.ui.common.operations import Operations  # noqa: E402
from desktop_crm.ui.importing.wizard import ImportWizard  # noqa: E402
from tests.unit.interchange import corpus  # noqa: E402


def main() -> None:
    app = QApplication([])
    app.setStyle("Fusion")
    i18n.install(app, "fr")
    folder = Path(tempfile.mkdtemp())
    db = open_database(resolve_database(str(folder / "crm.sqlite"))).db
    db.run(
        create_contact, {"last_name": "Bernard", "first_name": "Marc", "email": "marc@bernard.fr"}
    )
    context = AppContext(
        Operations(db), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    wizard = ImportWizard(context)
    wizard.resize(1150, 760)
    wizard.show()
    wizard.file_page.path_edit.setText(str(corpus.trade_show_xlsx(folder / "salon.xlsx")))
    wizard.next()
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(ROOT / "docs" / "import-mapping.png"))
    wizard.next()
    app.processEvents()
    wizard.grab().save(str(ROOT / "docs" / "import-checks.png"))
    context.runner.wait()
    wizard.close()
    db.dispose()


if __name__ == "__main__":
    main()
