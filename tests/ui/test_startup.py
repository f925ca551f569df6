"""Application start-up: which database opens (``--db``, environment, last one, first start
with each choice), a refused database, and a real start to a shown window (offscreen)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_crm import app as app_module
from desktop_crm.domain.errors import StorageError
from desktop_crm.storage import location
from desktop_crm.storage.location import ENV_DB, resolve_database
from desktop_crm.ui.common.database_dialogs import (
    FirstStartChoice,
    FirstStartDialog,
    PostgresDialog,
)
from desktop_crm.ui.common.gui_gc import remove_gui_collector

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def default_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The embedded default database lives in the test's folder, and no override is set."""
    path = tmp_path / "data" / "contacts.sqlite"
    monkeypatch.setattr(location, "default_database_path", lambda: path)
    monkeypatch.delenv(ENV_DB, raising=False)
    return path


def _first_start(monkeypatch: pytest.MonkeyPatch, choice: FirstStartChoice | None) -> list[str]:
    asked: list[str] = []

    def ask(cls: type, path: str, parent: Any = None) -> FirstStartChoice | None:
        asked.append(path)
        return choice

    monkeypatch.setattr(FirstStartDialog, "ask", classmethod(ask))
    return asked


def test_db_argument_wins(qapp, settings: QSettings, default_db: Path, tmp_path: Path) -> None:
    settings.setValue("database/last_url", resolve_database(str(tmp_path / "last.sqlite")))
    chosen = app_module._choose_database(str(tmp_path / "given.sqlite"), settings)
    assert chosen == (resolve_database(str(tmp_path / "given.sqlite")), None)


def test_environment_comes_next(
    qapp, settings: QSettings, default_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DB, str(tmp_path / "env.sqlite"))
    assert app_module._choose_database(None, settings) == (
        resolve_database(str(tmp_path / "env.sqlite")),
        None,
    )


def test_the_last_database_reopens_if_it_still_exists(
    qapp, settings: QSettings, default_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _first_start(monkeypatch, None)
    last = tmp_path / "last.sqlite"
    last.write_bytes(b"")
    settings.setValue("database/last_url", resolve_database(str(last)))
    assert app_module._choose_database(None, settings) == (resolve_database(str(last)), None)
    # A shared PostgreSQL database is never checked on disk.
    settings.setValue("database/last_url", "postgresql+psycopg://ana@db/crm")
    assert app_module._choose_database(None, settings) == ("postgresql+psycopg://ana@db/crm", None)
    assert asked == []


def test_a_vanished_last_database_falls_back_to_the_default(
    qapp, settings: QSettings, default_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _first_start(monkeypatch, None)
    settings.setValue("database/last_url", resolve_database(str(tmp_path / "gone.sqlite")))
    default_db.parent.mkdir(parents=True)
    default_db.write_bytes(b"")
    assert app_module._choose_database(None, settings) == (resolve_database(str(default_db)), None)
    assert asked == []


@pytest.mark.parametrize(
    ("kind", "fill"), [("empty", None), ("demo", "demo")], ids=["empty", "demo"]
)
def test_first_start_creates_the_default_database(
    qapp,
    settings: QSettings,
    default_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    fill: str | None,
) -> None:
    asked = _first_start(monkeypatch, FirstStartChoice(kind))
    assert app_module._choose_database(None, settings) == (resolve_database(str(default_db)), fill)
    assert asked == [str(default_db)]  # the dialog says where the file will be


def test_first_start_cancelled_opens_nothing(
    qapp, settings: QSettings, default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first_start(monkeypatch, None)
    assert app_module._choose_database(None, settings) is None


@pytest.mark.parametrize("picked", ["other.sqlite", ""], ids=["picked", "cancelled"])
def test_first_start_open_an_existing_file(
    qapp,
    settings: QSettings,
    default_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    picked: str,
) -> None:
    _first_start(monkeypatch, FirstStartChoice("open"))
    path = str(tmp_path / picked) if picked else ""
    seen: list[tuple[Any, ...]] = []

    def get_open_file_name(*args: Any) -> tuple[str, str]:
        seen.append(args)
        return path, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    chosen = app_module._choose_database(None, settings)
    assert chosen == ((resolve_database(path), None) if picked else None)
    assert seen and seen[0][2] == str(default_db.parent)  # starts in the data folder


@pytest.mark.parametrize("url", ["postgresql+psycopg://ana@db/crm", None])
def test_first_start_shared_postgresql(
    qapp,
    settings: QSettings,
    default_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    url: str | None,
) -> None:
    _first_start(monkeypatch, FirstStartChoice("postgres"))
    monkeypatch.setattr(PostgresDialog, "ask", classmethod(lambda cls, parent=None: url))
    assert app_module._choose_database(None, settings) == ((url, None) if url else None)
    assert not default_db.exists()


@pytest.fixture
def app_state(qapp: QApplication) -> Iterator[QApplication]:
    """main() names the application and sets its style: put them back for the other tests."""
    saved = (
        qapp.organizationName(),
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.applicationVersion(),
        qapp.style().name(),
    )
    yield qapp
    remove_gui_collector(qapp)  # (main() moves collection to the GUI thread)
    qapp.setOrganizationName(saved[0])
    qapp.setApplicationName(saved[1])
    qapp.setApplicationDisplayName(saved[2])
    qapp.setApplicationVersion(saved[3])
    qapp.setStyle(saved[4])


@pytest.fixture
def quiet_main(
    app_state: QApplication, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """main() with the test's settings file, no translators, message boxes recorded."""
    from desktop_crm.ui import i18n
    from desktop_crm.ui.common import context

    monkeypatch.setattr(context, "app_settings", lambda: settings)
    monkeypatch.setattr(i18n, "install", lambda app, language: language)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    return shown


def test_main_cancelled_first_start_exits_quietly(
    quiet_main: list[str], default_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first_start(monkeypatch, None)
    assert app_module.main() == 0
    assert quiet_main == [] and not default_db.exists()


def test_main_refused_database_says_why_and_exits_1(
    quiet_main: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.services import setup

    message = "This file is not a Desktop CRM database; choose another file."

    def refuse(url: str, **_kw: Any) -> None:
        raise StorageError(message, code="not_a_database")

    monkeypatch.setattr(setup, "open_database", refuse)
    assert app_module.main(str(tmp_path / "odd.sqlite")) == 1
    assert quiet_main == [message]


def _start(tmp_path: Path, *args: str, code: str = "") -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESKTOP_CRM_EXIT_AFTER_SHOW": "1",
        "DESKTOP_CRM_NO_KEYRING": "1",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    env.pop(ENV_DB, None)
    code = code or "import sys\nfrom desktop_crm.app import main\nsys.exit(main(*sys.argv[1:]))\n"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_real_start_shows_the_window_on_a_new_database(tmp_path: Path) -> None:
    target = tmp_path / "new" / "crm.sqlite"
    result = _start(tmp_path, str(target))
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert "Traceback" not in result.stderr
    assert target.exists()
    # A second start opens the same database again (migrated, nothing to create).
    again = _start(tmp_path, str(target))
    assert again.returncode == 0, again.stderr
    assert "window shown" in again.stdout


@pytest.mark.slow
def test_real_first_start_with_a_small_demo(tmp_path: Path) -> None:
    """The whole of main() in its own process: no database yet, "demo" chosen, window shown,
    demo contacts written in the background before the application quits."""
    code = (
        "import sys\n"
        "from desktop_crm.ui.common import database_dialogs as d\n"
        "from desktop_crm.services.demo import duplicates\n"
        "d.DEMO_CONTACTS = 20\n"
        "duplicates.add_demo_duplicates = lambda uow, rate: None\n"
        "demo = d.FirstStartChoice('demo')\n"
        "d.FirstStartDialog.ask = classmethod(lambda c, p, parent=None: demo)\n"
        "from desktop_crm.app import main\n"
        "sys.exit(main())\n"
    )
    result = _start(tmp_path, code=code)
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout and "Traceback" not in result.stderr
    (created,) = (tmp_path / "home" / "data").rglob("contacts.sqlite")
    with sqlite3.connect(created) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 20
        # The demo names the person (no "Who are you?" asked, no OS login on its letters).
        names = {row[0] for row in conn.execute("SELECT display_name FROM app_user")}
        assert {"Sophie Marchand", "Lucas Bernard", "Claire Dubois"} <= names


# Modules the first screen (the contact list and its card) does not need: each costs tens to
# hundreds of milliseconds to import, so they load when their feature is first used.
HEAVY_MODULES = ("pyqtgraph", "reportlab", "openpyxl", "numpy", "rapidfuzz", "email_validator")

# The app started as the desktop-crm command starts it, with a paint probe on the contact
# table (or on the home page when it shows first): at its first paint, the heavy modules then
# imported are printed and the process ends.
_PROBE = """
import os, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.first_screen(watched):
            app.removeEventFilter(self)
            QCoreApplication.sendEvent(watched, event)
            loaded = [m for m in HEAVY if m in sys.modules]
            print("first screen painted; heavy modules loaded:", ",".join(loaded), flush=True)
            os._exit(0)
        return False

    def first_screen(self, watched):
        if SHOW_HOME:  # the home page's first paint
            return watched.objectName() == "homeView"
        table = watched.parent()  # the contact table painting rows read from the database
        if isinstance(table, QTableView) and table.objectName() == "contactTable":
            return bool(table.model().rowCount() and table.model().cached_pages())
        return False

app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
from PySide6.QtCore import QSettings
prefs = QSettings(
    QSettings.Format.IniFormat, QSettings.Scope.UserScope, "desktop-crm", "desktop-crm"
)
prefs.setValue("home/show_at_start", SHOW_HOME)
prefs.sync()
from desktop_crm.app import main
sys.exit(main(sys.argv[1]))
"""


@pytest.mark.slow
@pytest.mark.parametrize("show_home", [False, True], ids=["list-first", "home-first"])
def test_first_painted_rows_import_no_heavy_module(
    sqlite_db: Any, sqlite_url: str, tmp_path: Path, show_home: bool
) -> None:
    """Charts, PDF, Excel, fuzzy matching and e-mail checks load on first use: none of them
    is imported when the contact table first paints its rows (home page off or on)."""
    from desktop_crm.services.contacts.records import create_contact

    sqlite_db.run(create_contact, {"last_name": "Martin", "first_name": "Anne"})
    sqlite_db.dispose()
    # The list's first page is read through sqlite3 before SQLAlchemy and the ORM models
    # load (storage/first_read.py); the home page's figures need them at once.
    heavy = HEAVY_MODULES if show_home else (*HEAVY_MODULES, "sqlalchemy", "alembic")
    code = _PROBE.replace("HEAVY", repr(heavy)).replace("SHOW_HOME", repr(show_home))
    path = location.sqlite_path(sqlite_url)
    assert path is not None
    env_code = (
        "import os\nos.environ.pop('DESKTOP_CRM_EXIT_AFTER_SHOW', None)\n"  # the probe ends the run
    ) + code
    result = _start(tmp_path, str(path), code=env_code)
    assert "first screen painted" in result.stdout, result.stderr
    loaded = result.stdout.split("heavy modules loaded:", 1)[1].strip()
    assert loaded == "", f"imported before the first painted rows: {loaded}"


# The same start, watched until the contact card paints its title with a contact in it.
_CARD_PROBE = """
import os, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint or watched.objectName() != "cardTitle":
            return False
        if getattr(watched.parent(), "contact", None) is None:
            return False
        app.removeEventFilter(self)
        QCoreApplication.sendEvent(watched, event)
        print("card painted:", watched.text(), "| sqlalchemy:", "sqlalchemy" in sys.modules)
        sys.stdout.flush()
        os._exit(0)

app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
# The opening lets go by itself after 1.5 s (10 s on the database side): on a slow machine
# that bound must not decide whether the card comes before SQLAlchemy.
from desktop_crm.storage import database as _database
from desktop_crm.ui.common import operations as _operations
_operations.OPENING_WAIT_MS = 600_000
_database.OPENING_WAIT_S = 600.0
from PySide6.QtCore import QSettings
prefs = QSettings(
    QSettings.Format.IniFormat, QSettings.Scope.UserScope, "desktop-crm", "desktop-crm"
)
prefs.setValue("home/show_at_start", False)
prefs.sync()
os.environ.pop("DESKTOP_CRM_EXIT_AFTER_SHOW", None)  # the probe ends the run
from desktop_crm.app import main
sys.exit(main(sys.argv[1]))
"""


@pytest.mark.slow
def test_the_card_paints_the_first_contact_before_sqlalchemy_loads(
    sqlite_db: Any, sqlite_url: str, tmp_path: Path
) -> None:
    """At start-up the card comes right after the list's rows: its modules import no
    SQLAlchemy (their services load on the database thread when run) and its first contact
    is read through the first-read connection, before the rest of the opening."""
    from desktop_crm.services.contacts.records import create_contact

    sqlite_db.run(create_contact, {"last_name": "Martin", "first_name": "Anne"})
    sqlite_db.dispose()
    path = location.sqlite_path(sqlite_url)
    assert path is not None
    result = _start(tmp_path, str(path), code=_CARD_PROBE)
    assert "card painted:" in result.stdout, result.stderr
    assert "Anne Martin | sqlalchemy: False" in result.stdout, result.stdout


def test_an_undecodable_database_name_is_said_in_a_box(
    language: str, quiet_main: list[str], default_db: Path, tmp_path: Path
) -> None:  # (the language first: quiet_main then stops main() from changing it)
    """A file name with bytes that are not UTF-8 (an old disk's "crm-\\xff.sqlite" opened from a
    file manager) was refused on standard error only, where nobody looks when the window is
    started from a shortcut: the window says it in a box, and opens nothing."""
    name = str(tmp_path / "crm-\udcff.sqlite")
    assert app_module.main(name) == 2
    assert len(quiet_main) == 1
    shown = str(tmp_path / "crm-\ufffd.sqlite")
    assert (f"« {shown} »" if language == "fr" else f"'{shown}'") in quiet_main[0]
    assert (
        "contient des octets qui ne sont pas du texte dans l'encodage du système (UTF-8)"
        if language == "fr"
        else "holds bytes that are not text in this system's encoding (UTF-8)"
    ) in quiet_main[0]
    assert "\ufffd" in quiet_main[0] and "\udcff" not in quiet_main[0]
    assert list(tmp_path.glob("crm-*")) == [] and not default_db.exists()


def test_the_command_line_opening_the_window_says_it_in_a_box_too(
    quiet_main: list[str],
    default_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop_crm import cli

    name = str(tmp_path / "crm-\udcff.sqlite")
    assert cli.main(["--db", name]) == 2
    assert len(quiet_main) == 1 and "crm-\ufffd.sqlite" in quiet_main[0]
    assert "crm-\ufffd.sqlite" in capsys.readouterr().err  # and on the terminal, as before
    assert list(tmp_path.glob("crm-*")) == [] and not default_db.exists()
    # A subcommand keeps its one sentence on standard error: no window, no box.
    assert cli.main(["whoami", "--db", name]) == 2
    assert len(quiet_main) == 1
