"""File menu commands about databases: new, open, connect, back up, restore, switch.

Opening (which may migrate), backing up and restoring run on the database thread through
the operation runner; the window keeps its views until the new database is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_crm import APP_DISPLAY_NAME

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class DatabaseActions(QObject):
    """The window's database commands; each ends with a message saying what happened."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def _ops(self) -> Any:
        return self.window.context.ops

    def switch_database(
        self,
        url: str,
        on_done: Callable[[], None] | None = None,
        *,
        create: bool = False,
    ) -> None:
        """Open another database (migrating it) on the database thread, then rebuild the views.

        Only ``create`` (File › New database, a server database) may build the tables in an
        empty file or database; a file that is not ours is refused unchanged.
        """
        from desktop_crm.domain.clock import use_team_timezone
        from desktop_crm.services.databases import safe_url
        from desktop_crm.services.setup import open_database
        from desktop_crm.services.team_zone import load_team_timezone

        if not self.window.can_close_views():
            return

        def opened(result: Any) -> None:
            old = self._ops.db
            self._ops.set_database(result.db)
            # The new database's zone, queued before the rebuilt views' reads; Paris until
            # it is read (and if it cannot be), never the previous database's.
            use_team_timezone(None)
            self._ops.read(load_team_timezone)
            self.window.context.settings.setValue("database/last_url", safe_url(url))
            self.window.rebuild_views()
            self._ops.retire(old)  # disposed once the operations submitted for it end
            if on_done is not None:
                on_done()

        self._ops.call(
            open_database,
            url,
            create=create,
            title=_t("Opening the database…"),
            parent=self.window,
            on_done=opened,
            on_error=lambda exc: self._critical(exc),
        )

    def new_database(self) -> None:
        from desktop_crm.services.databases import resolve_database

        path, _ = QFileDialog.getSaveFileName(
            self.window,
            _t("New database"),
            str(Path.home() / "contacts.sqlite"),
            _t("Desktop CRM database (*.sqlite)"),
        )
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(
                self.window,
                APP_DISPLAY_NAME,
                _t("{0} already exists: use File › Open.").format(path),
            )
            return
        self.switch_database(resolve_database(path), create=True)

    def open_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            _t("Open a database"),
            str(Path.home()),
            _t("Desktop CRM database (*.sqlite)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Open an existing database file, after checking (read-only) that it is one of ours."""
        from desktop_crm.services.databases import identify_database_file, resolve_database

        url = resolve_database(path)

        def identified(identity: Any) -> None:
            refusal = refusal_text(Path(path), identity)
            if refusal is not None:
                QMessageBox.warning(self.window, APP_DISPLAY_NAME, refusal)
                return
            self.switch_database(url)

        self._ops.call(
            identify_database_file,
            url,
            on_done=identified,
            on_error=lambda exc: self._critical(exc),
        )

    def connect_postgres(self) -> None:
        from desktop_crm.ui.common.database_dialogs import PostgresDialog

        url = PostgresDialog.ask(self.window)
        if url:
            # An empty server database is the administrator's way to make one for the team.
            self.switch_database(url, create=True)

    def backup(self) -> None:
        from desktop_crm.services.databases import suggested_backup_path
        from desktop_crm.services.maintenance import backup_database

        db = self._ops.db
        suggested = suggested_backup_path(db.url)
        if suggested is None:
            QMessageBox.information(
                self.window,
                APP_DISPLAY_NAME,
                _t("A shared PostgreSQL database is backed up on the server (pg_dump)."),
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, _t("Back up the database"), str(suggested), _t("Backup (*.sqlite)")
        )
        if not path:
            return
        self._ops.call(
            backup_database,
            db,
            Path(path),
            title=_t("Backing up…"),
            parent=self.window,
            on_done=lambda p: self.window.statusBar().showMessage(
                _t("Backup written: {0}").format(p), 8000
            ),
            on_error=lambda exc: self._critical(exc),
        )

    def restore(self) -> None:
        from desktop_crm.services.databases import database_file
        from desktop_crm.services.maintenance import restore_database

        db = self._ops.db
        current = database_file(db.url)
        if current is None:
            QMessageBox.information(
                self.window,
                APP_DISPLAY_NAME,
                _t("A shared PostgreSQL database is restored on the server."),
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, _t("Restore from a backup"), str(current.parent), _t("Backup (*.sqlite)")
        )
        if not path or not self.window.can_close_views():
            return
        answer = QMessageBox.question(
            self.window,
            APP_DISPLAY_NAME,
            _t(
                "Replace the content of {0} with the backup {1}? The current content is kept "
                "in a copy beside it."
            ).format(db.name, Path(path).name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def restored(result: Any) -> None:
            self.switch_database(
                db.url,
                on_done=lambda: self.window.statusBar().showMessage(
                    _t("Restored. Previous content kept in {0}").format(result.previous_copy),
                    10000,
                ),
            )

        self._ops.call(
            restore_database,
            db,
            Path(path),
            title=_t("Restoring…"),
            parent=self.window,
            on_done=restored,
            on_error=lambda exc: self._critical(exc),
        )

    def _critical(self, exc: BaseException) -> None:
        from desktop_crm.ui.common.operations import error_message

        QMessageBox.critical(self.window, APP_DISPLAY_NAME, error_message(exc))


def refusal_text(path: Path, identity: Any) -> str | None:
    """Why a file chosen with File › Open is not opened (translated), or None to open it."""
    if identity is None:
        return None
    kind = identity.kind
    nothing = _t("Desktop CRM did not change it.")
    if kind == "foreign":
        tables = ", ".join(identity.tables[:6]) + ("…" if len(identity.tables) > 6 else "")
        return (
            _t("{0} is a SQLite database of another program (tables: {1}).").format(
                path.name, tables
            )
            + " "
            + nothing
            + " "
            + _t("Choose a Desktop CRM database, or create one with File › New database.")
        )
    if kind == "not_database":
        looks = identity.looks_like or ""
        what = {
            "it looks like a text file": _t("it looks like a text file"),
            "it looks like a PDF document": _t("it looks like a PDF document"),
        }.get(looks, looks or _t("its first bytes are not those of a database"))
        return (
            _t("{0} is not a database ({1}).").format(path.name, what)
            + " "
            + nothing
            + " "
            + _t("Choose a Desktop CRM database file (.sqlite).")
        )
    if kind == "empty":
        return (
            _t("{0} is empty: it holds no database.").format(path.name)
            + " "
            + nothing
            + " "
            + _t("To start a new database, use File › New database.")
        )
    if kind == "damaged":
        return _t(
            "{0} is damaged ({1}): nothing was read or changed. Restore a backup, or save "
            "what can still be read with 'desktop-crm db recover'."
        ).format(path.name, identity.problem or "")
    if kind == "folder":
        return _t("{0} is a folder, not a database file.").format(path.name)
    if kind == "missing":
        return _t("{0} does not exist.").format(path.name)
    return None
