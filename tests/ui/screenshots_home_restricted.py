"""Screenshots (not a test): the home page in French at 1400x860, as a Restricted login (the
count of open opportunities per stage, no amount) and as an administrator, on a team
PostgreSQL database filled with the demo (a private server started for the run).

Run: QT_QPA_PLATFORM=offscreen python tests/ui/screenshots_home_restricted.py docs
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.setup import open_database
from desktop_crm.services.users.accounts import add_user
from desktop_crm.services.users.team_setup import set_up_team
from desktop_crm.ui import i18n
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.operations import Operations
from tests.pgserver import PostgresServer, find_pg_bin
from tests.ui.screenshots_restricted_amounts import _settle


def _shot(app: QApplication, url: str, who: str, out: Path, folder: Path) -> None:
    from desktop_crm.ui.features import install_all
    from desktop_crm.ui.main_window import MainWindow

    db = open_database(url, create=False).db
    context = AppContext(
        Operations(db), QSettings(str(folder / f"{who}.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(context)
    install_all(window)
    window.resize(1400, 860)
    window.show()
    window.show_view("home")
    _settle(app, context)
    window.grab().save(str(out / f"tidy-home-{who}-fr.png"))
    window.close()
    db.dispose()


def main(out: Path) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    app = QApplication(sys.argv)
    i18n.install(app, "fr")
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp())
    bin_dir = find_pg_bin()
    assert bin_dir is not None, "PostgreSQL (initdb, pg_ctl) is needed"
    server = PostgresServer(bin_dir)
    server.start()
    try:
        url = server.create_database("equipe")
        owner = open_database(url).db
        owner.run(generate_demo, 400, seed=1)
        owner.run(set_up_team)
        owner.run(add_user, "rex", "restricted", name="Rex Restreint")
        owner.run(add_user, "ada", "administrator", name="Ada Admin")
        owner.dispose()
        for who in ("rex", "ada"):
            _shot(app, url.replace("postgres@", f"{who}@", 1), who, out, folder)
    finally:
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
