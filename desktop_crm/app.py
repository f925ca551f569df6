"""GUI entry point: wires the database, the task runner and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop_crm import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, __version__

if TYPE_CHECKING:  # Qt and the UI load lazily, after the command line is parsed
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_crm.domain.progress import TaskControl
    from desktop_crm.services.demo.generate import DemoSummary
    from desktop_crm.services.setup import OpenResult
    from desktop_crm.storage.uow import UnitOfWork
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.main_window import MainWindow


def _choose_database(db: str | None, settings: QSettings) -> tuple[str, str | None] | None:
    """The URL to open and, on a first start, what to put in it ("demo" / None).

    Order: ``--db``, ``$DESKTOP_CRM_DB``, the database used last time, the embedded default
    (offering an empty or a demo database when it does not exist yet).
    """
    from desktop_crm.storage.location import (
        ENV_DB,
        default_database_path,
        resolve_database,
        sqlite_path,
    )

    if db or os.environ.get(ENV_DB):
        return resolve_database(db), None
    last = settings.value("database/last_url")
    if last:
        path = sqlite_path(str(last))
        if path is None or path.exists():
            return str(last), None
    default = default_database_path()
    if default.exists():
        return resolve_database(str(default)), None
    from PySide6.QtWidgets import QFileDialog

    from desktop_crm.ui.common.database_dialogs import FirstStartDialog, PostgresDialog

    choice = FirstStartDialog.ask(str(default))
    if choice is None:
        return None
    if choice.kind == "open":
        path_text, _ = QFileDialog.getOpenFileName(
            None, APP_DISPLAY_NAME, str(default.parent), "Desktop CRM (*.sqlite)"
        )
        return (resolve_database(path_text), None) if path_text else None
    if choice.kind == "postgres":
        url = PostgresDialog.ask()
        return (url, None) if url else None
    return resolve_database(str(default)), ("demo" if choice.kind == "demo" else None)


def undecodable_database(db: str | None) -> str | None:
    """The sentence for a database name holding bytes that are not text in the system's
    encoding (Python hands them over as lone surrogates: no file or screen takes them)."""
    if not db or not any("\ud800" <= ch <= "\udfff" for ch in db):
        return None
    from PySide6.QtCore import QCoreApplication

    shown = db.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return QCoreApplication.translate(
        "App",
        "The database name '%1' holds bytes that are not text in this system's encoding "
        "(UTF-8): nothing was opened. Rename the file with ordinary letters, or type its "
        "name again.",
    ).replace("%1", shown)


def main(db: str | None = None) -> int:
    """Open the window on ``db`` (path or URL; default: the user's embedded database)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_crm.domain.errors import DomainError
    from desktop_crm.services.first_start import deferred_database, prepare_first_read
    from desktop_crm.ui import i18n
    from desktop_crm.ui.common.context import AppContext, app_settings
    from desktop_crm.ui.common.gui_gc import install_gui_collector
    from desktop_crm.ui.common.operations import Operations

    # instance() is typed QCoreApplication; the only one ever created here is a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setStyle(i18n.accent_safe_style("Fusion"))
    install_gui_collector(app)  # (no collection on the database thread: see gui_gc)
    _set_icon(app)
    settings = app_settings()
    i18n.install(app, i18n.chosen_language(settings))
    refusal = undecodable_database(db)
    if refusal is not None:  # said in a box: a file manager or a shortcut has no terminal
        QMessageBox.critical(None, APP_DISPLAY_NAME, refusal)
        return 2
    chosen = _choose_database(db, settings)
    if chosen is None:
        return 0
    url, fill = chosen
    # An up-to-date embedded file shows its first page before SQLAlchemy loads: its first
    # read is prepared on the database thread while the window's modules load.
    deferred = deferred_database(url) if fill is None else None
    ops = Operations(deferred, app) if deferred is not None else None
    if ops is not None:
        # A failure means "not sure": the ordinary opening below says what is wrong.
        ops.call(prepare_first_read, deferred, on_error=lambda _exc: None)
    from desktop_crm.ui.features import install_all
    from desktop_crm.ui.main_window import MainWindow

    opened: OpenResult | None = None
    if ops is not None:
        ops.wait(-1)
    if deferred is None or deferred.first_reader is None:
        from desktop_crm.services.setup import open_database

        if deferred is not None:
            deferred.dispose()
        try:
            # A missing file is created (first start); an empty or foreign one is refused.
            opened = open_database(url, adopt_empty=False)
        except DomainError as exc:
            QMessageBox.critical(None, APP_DISPLAY_NAME, exc.message)
            return 1
        if ops is None:
            ops = Operations(opened.db, app)
        else:
            ops.set_database(opened.db)
    assert ops is not None  # made with the deferred database or the opened one
    context = AppContext(ops, settings)
    window = MainWindow(context)
    _load_team_timezone(context, window)
    install_all(window)
    window.show()
    if fill == "demo" and opened is not None and opened.created:
        _fill_demo(window, context)
    if not os.environ.get("DESKTOP_CRM_EXIT_AFTER_SHOW") and not context.db.read_only:
        from desktop_crm.ui.users.features import ask_identity_if_needed

        ask_identity_if_needed(window)  # "Who are you?" instead of the OS login
    if os.environ.get("DESKTOP_CRM_EXIT_AFTER_SHOW"):  # start-up benchmark and smoke tests
        app.processEvents()  # the first paint
        print("window shown", flush=True)

        def quit_when_idle() -> None:
            # Quitting while a write runs would ask the user to wait (a modal box nobody
            # answers here): quit once the writes (the demo being filled) have ended.
            if context.ops.is_writing():
                QTimer.singleShot(50, quit_when_idle)
            else:
                app.quit()

        QTimer.singleShot(0, quit_when_idle)
    code = app.exec()
    context.db.opening_gate.set()  # nothing left to show: a deferred opening goes on now
    # The window refuses to close while a write runs; whatever is still queued (a write
    # submitted while quitting) ends before the engine goes: no time limit, no lost write.
    context.ops.wait(-1)
    context.db.dispose()
    return int(code)


def _load_team_timezone(context: AppContext, window: MainWindow) -> None:
    """Install the team's business time zone (a database setting) on the business clock; a
    zone other than Paris refreshes the first page, whose "today" was Paris's."""
    from desktop_crm.domain.clock import TEAM_TIMEZONE
    from desktop_crm.ui.common.operations import imported_when_run

    def loaded(zone: str) -> None:
        if zone != TEAM_TIMEZONE:
            window.refresh()

    context.ops.read(
        imported_when_run("desktop_crm.services.team_zone", "load_team_timezone"),
        on_done=loaded,
        on_error=lambda _exc: None,  # the opening itself says what is wrong with the database
    )


def _set_icon(app: QApplication) -> None:
    """The window, taskbar and alarm tray icon (the tray takes the application's icon)."""
    from PySide6.QtGui import QIcon

    here = Path(__file__).resolve().parent
    # Installed wheel: desktop_crm/icons (setup.py); source tree and bundle: resources/icons.
    for folder in (here / "icons", here.parent / "resources" / "icons"):
        icon = QIcon()
        for png in sorted(folder.glob("desktop-crm-*.png")):
            icon.addFile(str(png))
        if not icon.isNull():
            app.setWindowIcon(icon)
            break
    # Wayland/X11 docks find the icon through the desktop entry of the same name.
    app.setDesktopFileName("desktop-crm")
    if sys.platform == "win32":
        # Otherwise the taskbar groups the window under python.exe and shows its icon.
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("DesktopCRM.DesktopCRM")


def _fill_demo(window: MainWindow, context: AppContext) -> None:
    """Write the demo contacts in the background, then show them."""
    from PySide6.QtCore import QCoreApplication

    from desktop_crm.services.demo.generate import generate_demo
    from desktop_crm.ui.common.database_dialogs import DEMO_CONTACTS

    def work(uow: UnitOfWork, control: TaskControl, count: int) -> DemoSummary:
        from desktop_crm.services.demo.duplicates import add_demo_duplicates

        summary = generate_demo(
            uow,
            count,
            progress=lambda done, total: control.report(done, total),
        )
        add_demo_duplicates(uow, rate=0.02)  # work for the duplicates
        return summary

    context.ops.run_long(
        work,
        DEMO_CONTACTS,
        title=QCoreApplication.translate("App", "Creating the demo database…"),
        parent=window,
        cancellable=False,
        on_done=lambda _summary: window.refresh(),
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
