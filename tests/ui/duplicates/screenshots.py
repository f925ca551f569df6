"""Make the documentation screenshots of the duplicate wizard (not a test).

Run: DISPLAY=:96 QT_QPA_PLATFORM=xcb python tests/ui/duplicates/screenshots.py docs/
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_crm.services.demo.duplicates import add_demo_duplicates
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.duplicates.merge import merge_preview
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from desktop_crm.ui.duplicates import DuplicateWizard, MergeDialog


def main(out: Path) -> None:
    app = QApplication(sys.argv)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    folder = Path(tempfile.mkdtemp())
    root = Path(__file__).resolve().parents[3]
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lrelease"),
            str(root / "resources/translations/desktop_crm_fr.ts"),
            "-qm",
            str(folder / "desktop_crm_fr.qm"),
        ],
        check=True,
        capture_output=True,
    )
    translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (("qtbase_fr", qt_folder), ("desktop_crm_fr", str(folder))):
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            translators.append(translator)
    db = open_database(resolve_database(str(folder / "demo.sqlite"))).db
    db.run(generate_demo, 500, seed=6)
    db.run(add_demo_duplicates, rate=0.04, seed=6)
    context = AppContext(
        Operations(db), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    wizard = DuplicateWizard(context)
    wizard.show()
    wizard.next()
    while not wizard.scan_page.isComplete():
        app.processEvents()
    wizard.next()
    review = wizard.review_page
    review.table.selectRow(1)
    for _ in range(20):
        app.processEvents()
    wizard.grab().save(str(out / "duplicates-review.png"))
    group = review.model.group(review.current_row() or 0)
    preview = db.read(merge_preview, "contact", list(group.ids))
    dialog = MergeDialog(preview)
    dialog.show()
    for _ in range(20):
        app.processEvents()
    dialog.grab().save(str(out / "duplicates-merge-dialog.png"))
    context.ops.wait()
    print("saved to", out)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
