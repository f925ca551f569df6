"""The Consent tab with its ledger history, in French (issue 16).

desktop-crm demo --contacts 200 --db /tmp/demo16.sqlite
DISPLAY=:84 python docs/issue16/make_consent_screenshot.py /tmp/demo16.sqlite
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(db_path: str) -> None:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_crm.services.privacy.consent import record_entry
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.ui import i18n
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.main_window import MainWindow

    app = QApplication([])
    app.setStyle("Fusion")
    i18n.install(app, "fr")
    opened = open_database(resolve_database(db_path))
    db = opened.db
    contact_id = 3
    entries = [
        (
            "email",
            "opt_in",
            "Salon Batimat 2026 (stand B12)",
            "consent",
            "Bulletin signé",
            2026,
            3,
            14,
        ),
        ("phone", "soft_opt_in", "Client : commande n° 2026-118", "contract", None, 2026, 4, 2),
        (
            "post",
            "opt_in",
            "Formulaire web « Catalogue »",
            "consent",
            "Capture du formulaire",
            2026,
            5,
            6,
        ),
        (
            "email",
            "opt_out",
            "Appel téléphonique",
            "legitimate_interest",
            "Demande orale, note d'appel",
            2026,
            10,
            8,
        ),
        ("sms", "opt_out", "Réponse STOP au SMS", None, "Journal de l'opérateur", 2026, 11, 20),
    ]
    for channel, status, source, basis, proof, y, m, d in entries:
        db.run(
            record_entry,
            contact_id,
            channel,
            status,
            source=source,
            basis=basis,
            proof=proof,
            given_at=dt.datetime(y, m, d, 10),
        )
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(Operations(db, app), settings))
    window.resize(1400, 860)
    window.show()
    workspace = window.view("contacts")
    out = ROOT / "docs" / "issue16"

    def step1() -> None:
        workspace.splitter.setSizes([380, 1020])
        workspace.open_contact(contact_id)

    def step2() -> None:
        card = workspace.card
        card.tabs.setCurrentWidget(card.consent_tab)
        card.splitter.setSizes([250, 560])

    def step3() -> None:
        window.grab().save(str(out / "consent-tab.png"))
        dialog = _dialog()
        QTimer.singleShot(
            500,
            lambda: (
                dialog.grab().save(str(out / "consent-dialog.png")),
                dialog.close(),
                app.quit(),
            ),
        )

    def _dialog():  # type: ignore[no-untyped-def]
        from desktop_crm.ui.privacy.consent_dialog import ConsentDialog

        dialog = ConsentDialog(window.context, [contact_id], window, channel="email")
        dialog.source.setText("Salon Batimat 2026")
        dialog.proof.setText("/scans/bulletin-2026-118.pdf")
        dialog.show()
        return dialog

    for delay, fn in ((800, step1), (2000, step2), (3200, step3)):
        QTimer.singleShot(delay, fn)
    app.exec()
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1])
