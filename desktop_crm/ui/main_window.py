"""The main window shell: navigation between views, menus, toolbar, status bar, databases.

Views are registered with ``add_view(key, title, factory)`` and created the first time they
are shown; menu entries for features built elsewhere (import, duplicates, printing…) are
registered with ``add_action(menu, key, title, callback)``. Until a feature is wired, its
entry says so instead of doing nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_crm import APP_DISPLAY_NAME, __version__
from desktop_crm.domain.errors import DomainError
from desktop_crm.ui.common.context import AppContext

ViewFactory = Callable[[AppContext], QWidget]


@dataclass
class ViewEntry:
    """A registered view: its title, how to build it, and the widget once built."""

    key: str
    title: str
    factory: ViewFactory
    widget: QWidget | None = None


class PlaceholderView(QLabel):
    """Shown for views that a later version fills (Groups, Opportunities, Calendar…)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setText(
            QCoreApplication.translate(
                "MainWindow", "<h2>{0}</h2><p>This view is coming in a later version.</p>"
            ).format(title)
        )


def _contacts_view(context: AppContext) -> QWidget:
    from desktop_crm.ui.contacts.workspace import ContactWorkspace

    return ContactWorkspace(context.db, context.settings, context=context)


def _companies_view(context: AppContext) -> QWidget:
    from desktop_crm.ui.companies.view import CompanyWorkspace

    return CompanyWorkspace(context.db, context.settings)


def _placeholder(title: str) -> ViewFactory:
    return lambda _context: PlaceholderView(title)


class MainWindow(QMainWindow):
    """Top-level window: a navigation bar on the left, the current view on the right."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.views: dict[str, ViewEntry] = {}
        self.extra_actions: dict[str, QAction] = {}
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(190)
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1250])
        self.setCentralWidget(self.splitter)
        self.db_label = QLabel(self)
        self.lookup_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.lookup_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_actions()
        self._build_menus()
        for key, title, factory in (
            ("contacts", QCoreApplication.translate("MainWindow", "Contacts"), _contacts_view),
            ("companies", QCoreApplication.translate("MainWindow", "Companies"), _companies_view),
            (
                "groups",
                QCoreApplication.translate("MainWindow", "Groups"),
                _placeholder(QCoreApplication.translate("MainWindow", "Groups")),
            ),
            (
                "opportunities",
                QCoreApplication.translate("MainWindow", "Opportunities"),
                _placeholder(QCoreApplication.translate("MainWindow", "Opportunities")),
            ),
            (
                "tasks",
                QCoreApplication.translate("MainWindow", "Task list"),
                _placeholder(QCoreApplication.translate("MainWindow", "Task list")),
            ),
            (
                "calendar",
                QCoreApplication.translate("MainWindow", "Calendar"),
                _placeholder(QCoreApplication.translate("MainWindow", "Calendar")),
            ),
            (
                "reports",
                QCoreApplication.translate("MainWindow", "Reports"),
                _placeholder(QCoreApplication.translate("MainWindow", "Reports")),
            ),
        ):
            self.add_view(key, title, factory)
        self._update_title()
        self.resize(1400, 860)
        self.restore_layout()
        self.show_view("contacts")

    # -- registry ---------------------------------------------------------------------------

    def add_view(self, key: str, title: str, factory: ViewFactory) -> None:
        """Register (or replace) a view; it is built the first time it is shown."""
        existing = self.views.get(key)
        if existing is not None:
            if existing.widget is not None:
                self.stack.removeWidget(existing.widget)
                existing.widget.deleteLater()
            existing.title, existing.factory, existing.widget = title, factory, None
            item = self.nav.item(list(self.views).index(key))
            item.setText(title)
            if self.current_key() == key:
                self.show_view(key)
            return
        self.views[key] = ViewEntry(key, title, factory)
        item = QListWidgetItem(title, self.nav)
        item.setData(Qt.ItemDataRole.UserRole, key)
        index = len(self.views)
        if index <= 9:
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _c=False, k=key: self.show_view(k))
            self.view_menu.insertAction(self._view_separator, action)

    def add_action(
        self,
        menu: str,
        key: str,
        title: str,
        callback: Callable[[], None],
        shortcut: str | None = None,
    ) -> QAction:
        """Add a menu entry ("file", "contacts", "tools", "reports") for another feature.

        If ``key`` names a prepared entry (``import``, ``duplicates``, ``print``, ``labels``,
        ``letters``, ``preferences``), that entry is connected instead of adding a new one.
        """
        action = self.extra_actions.get(key)
        if action is None:
            action = QAction(title, self)
            self.menus[menu].addAction(action)
            self.extra_actions[key] = action
        else:
            action.triggered.disconnect()
            action.setText(title)
        action.triggered.connect(lambda _c=False: callback())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def view(self, key: str) -> QWidget:
        """The widget of a view, built now if needed."""
        entry = self.views[key]
        if entry.widget is None:
            entry.widget = entry.factory(self.context)
            self.stack.addWidget(entry.widget)
            for signal, slot in (
                ("status_changed", self._on_view_status_changed),
                ("message", self._on_view_message),
                ("contact_opened", self.open_contact),
            ):
                if hasattr(entry.widget, signal):
                    getattr(entry.widget, signal).connect(slot)
            if hasattr(entry.widget, "start"):
                entry.widget.start()
        return entry.widget

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_view(self) -> QWidget | None:
        key = self.current_key()
        return self.views[key].widget if key else None

    def show_view(self, key: str) -> QWidget:
        widget = self.view(key)
        row = list(self.views).index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.stack.setCurrentWidget(widget)
        self._update_actions()
        return widget

    def open_contact(self, contact_id: int) -> None:
        workspace = self.show_view("contacts")
        if not workspace.list.select_id(contact_id):  # type: ignore[attr-defined]
            workspace.list.lookup_edit.clear()  # type: ignore[attr-defined]
            workspace.list.run_lookup(select_id=contact_id)  # type: ignore[attr-defined]

    # -- actions and menus ---------------------------------------------------------------------

    def _action(
        self,
        key: str,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False: slot())
        self.actions_by_key[key] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_key: dict[str, QAction] = {}
        key = QKeySequence.StandardKey
        self._action(
            "new", QCoreApplication.translate("MainWindow", "&New record"), self.new_record, key.New
        )
        self._action(
            "save", QCoreApplication.translate("MainWindow", "&Save"), self.save_record, key.Save
        )
        self._action(
            "find", QCoreApplication.translate("MainWindow", "&Look up…"), self.find, key.Find
        )
        self._action(
            "print",
            QCoreApplication.translate("MainWindow", "&Print…"),
            lambda: self._coming(QCoreApplication.translate("MainWindow", "Printing")),
            key.Print,
        )
        self._action(
            "refresh",
            QCoreApplication.translate("MainWindow", "&Refresh"),
            self.refresh,
            key.Refresh,
        )
        self._action(
            "quit", QCoreApplication.translate("MainWindow", "&Quit"), self.close, "Ctrl+Q"
        )
        self._action(
            "delete",
            QCoreApplication.translate("MainWindow", "&Delete contact…"),
            self.delete_record,
        )
        self._action(
            "log_call",
            QCoreApplication.translate("MainWindow", "Log a &call…"),
            self.log_call,
            "Ctrl+L",
        )
        self._action(
            "new_note", QCoreApplication.translate("MainWindow", "Add a &note…"), self.add_note
        )
        self._action(
            "db_new", QCoreApplication.translate("MainWindow", "&New database…"), self.new_database
        )
        self._action(
            "db_open",
            QCoreApplication.translate("MainWindow", "&Open database…"),
            self.open_database_file,
            key.Open,
        )
        self._action(
            "db_connect",
            QCoreApplication.translate("MainWindow", "&Connect to a shared PostgreSQL database…"),
            self.connect_postgres,
        )
        self._action(
            "db_backup", QCoreApplication.translate("MainWindow", "&Back up…"), self.backup
        )
        self._action(
            "db_restore",
            QCoreApplication.translate("MainWindow", "&Restore from a backup…"),
            self.restore,
        )
        self._action(
            "preferences",
            QCoreApplication.translate("MainWindow", "&Preferences…"),
            self.preferences,
            "Ctrl+,",
        )
        self._action("about", QCoreApplication.translate("MainWindow", "&About"), self.about)
        self.actions_by_key["quit"].setMenuRole(QAction.MenuRole.QuitRole)

    def _build_menus(self) -> None:
        a = self.actions_by_key
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {}
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        for k in ("db_new", "db_open", "db_connect"):
            file_menu.addAction(a[k])
        file_menu.addSeparator()
        file_menu.addAction(a["db_backup"])
        file_menu.addAction(a["db_restore"])
        file_menu.addSeparator()
        self._prepared(
            file_menu,
            "import",
            QCoreApplication.translate("MainWindow", "&Import…"),
            QCoreApplication.translate("MainWindow", "Import"),
        )
        self._prepared(
            file_menu,
            "export",
            QCoreApplication.translate("MainWindow", "&Export…"),
            QCoreApplication.translate("MainWindow", "Export"),
        )
        file_menu.addSeparator()
        file_menu.addAction(a["print"])
        self.extra_actions["print"] = a["print"]
        file_menu.addSeparator()
        file_menu.addAction(a["preferences"])
        file_menu.addAction(a["quit"])
        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        for k in ("new", "save", "delete"):
            edit_menu.addAction(a[k])
        edit_menu.addSeparator()
        edit_menu.addAction(a["find"])
        self.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self._view_separator = self.view_menu.addSeparator()
        self.view_menu.addAction(a["refresh"])
        self.columns_menu = self.view_menu.addMenu(
            QCoreApplication.translate("MainWindow", "Contact list &columns")
        )
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        contacts_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Contacts"))
        contacts_menu.addAction(a["log_call"])
        contacts_menu.addAction(a["new_note"])
        contacts_menu.addSeparator()
        self._prepared(
            contacts_menu,
            "schedule",
            QCoreApplication.translate("MainWindow", "&Schedule an activity…"),
            QCoreApplication.translate("MainWindow", "Activities"),
        )
        self._prepared(
            contacts_menu,
            "duplicates",
            QCoreApplication.translate("MainWindow", "Find &duplicates…"),
            QCoreApplication.translate("MainWindow", "Duplicates"),
        )
        tools_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
        self._prepared(
            tools_menu,
            "letters",
            QCoreApplication.translate("MainWindow", "&Letters and e-mails…"),
            QCoreApplication.translate("MainWindow", "Letters"),
        )
        self._prepared(
            tools_menu,
            "labels",
            QCoreApplication.translate("MainWindow", "&Labels and envelopes…"),
            QCoreApplication.translate("MainWindow", "Labels"),
        )
        self._prepared(
            tools_menu,
            "series",
            QCoreApplication.translate("MainWindow", "Activity &series…"),
            QCoreApplication.translate("MainWindow", "Activity series"),
        )
        reports_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Reports"))
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(a["about"])
        self.menus = {
            "file": file_menu,
            "edit": edit_menu,
            "view": self.view_menu,
            "contacts": contacts_menu,
            "tools": tools_menu,
            "reports": reports_menu,
            "help": help_menu,
        }
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for k in ("new", "save", "find", "log_call", "print", "refresh"):
            toolbar.addAction(a[k])
        self.addToolBar(toolbar)

    def _prepared(self, menu: QMenu, key: str, text: str, feature: str) -> None:
        action = QAction(text, self)
        action.setObjectName(f"action_{key}")
        action.triggered.connect(lambda _c=False: self._coming(feature))
        menu.addAction(action)
        self.extra_actions[key] = action

    def _coming(self, feature: str) -> None:
        QMessageBox.information(
            self,
            APP_DISPLAY_NAME,
            QCoreApplication.translate("MainWindow", "{0} is coming in a later version.").format(
                feature
            ),
        )

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        workspace = self.view("contacts")
        for action in workspace.list.column_actions():  # type: ignore[attr-defined]
            action.setParent(self.columns_menu)
            self.columns_menu.addAction(action)

    def _update_actions(self) -> None:
        key = self.current_key()
        contacts = key == "contacts"
        for k in ("log_call", "new_note", "delete"):
            self.actions_by_key[k].setEnabled(contacts)
        editable = key in {"contacts", "companies"}
        for k in ("new", "save"):
            self.actions_by_key[k].setEnabled(editable)

    # -- commands ------------------------------------------------------------------------------

    def _call(self, method: str, *args: object) -> object:
        widget = self.current_view()
        fn = getattr(widget, method, None)
        return fn(*args) if fn is not None else None

    def new_record(self) -> None:
        key = self.current_key()
        if key == "companies":
            self._call("new_company")
        else:
            self.show_view("contacts").new_contact()  # type: ignore[attr-defined]

    def save_record(self) -> None:
        self._call("save")

    def find(self) -> None:
        if self.current_key() not in {"contacts", "companies"}:
            self.show_view("contacts")
        self._call("focus_lookup")

    def refresh(self) -> None:
        self._call("refresh")

    def delete_record(self) -> None:
        self.show_view("contacts").card.delete()  # type: ignore[attr-defined]

    def log_call(self) -> None:
        self.show_view("contacts").card.log_call()  # type: ignore[attr-defined]

    def add_note(self) -> None:
        card = self.show_view("contacts").card  # type: ignore[attr-defined]
        card.tabs.setCurrentWidget(card.notes_tab)
        card.notes_tab.add_note()

    def about(self) -> None:
        QMessageBox.about(
            self,
            APP_DISPLAY_NAME,
            QCoreApplication.translate(
                "MainWindow",
                "<b>{0}</b> {1}<p>An open-source contact manager for small sales teams.</p>"
                "<p>Database: {2}</p>",
            ).format(APP_DISPLAY_NAME, __version__, self.context.db.name),
        )

    def preferences(self) -> None:
        from desktop_crm.ui.common.preferences import PreferencesDialog

        if PreferencesDialog.edit(self.context.settings, self):
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Preferences saved. A new language applies at the next start."
                ),
                5000,
            )

    # -- databases --------------------------------------------------------------------------------

    def switch_database(self, url: str) -> bool:
        """Open another database (migrating it) and rebuild the views on it."""
        from desktop_crm.services.setup import open_database

        if not self.can_close_views():
            return False
        try:
            opened = open_database(url)
        except DomainError as exc:
            QMessageBox.critical(self, APP_DISPLAY_NAME, exc.message)
            return False
        old = self.context.db
        self.context.db = opened.db
        self.context.settings.setValue("database/last_url", _safe_url(url))
        for entry in self.views.values():
            if entry.widget is not None:
                self.stack.removeWidget(entry.widget)
                entry.widget.deleteLater()
                entry.widget = None
        old.dispose()
        self._update_title()
        self.show_view("contacts")
        return True

    def new_database(self) -> None:
        from desktop_crm.storage.location import resolve_database

        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "New database"),
            str(Path.home() / "contacts.sqlite"),
            QCoreApplication.translate("MainWindow", "Desktop CRM database (*.sqlite)"),
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self,
                    APP_DISPLAY_NAME,
                    QCoreApplication.translate(
                        "MainWindow", "{0} already exists: use File › Open."
                    ).format(path),
                )
                return
            self.switch_database(resolve_database(path))

    def open_database_file(self) -> None:
        from desktop_crm.storage.location import resolve_database

        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open a database"),
            str(Path.home()),
            QCoreApplication.translate("MainWindow", "Desktop CRM database (*.sqlite)"),
        )
        if path:
            self.switch_database(resolve_database(path))

    def connect_postgres(self) -> None:
        from desktop_crm.ui.common.database_dialogs import PostgresDialog

        url = PostgresDialog.ask(self)
        if url:
            self.switch_database(url)

    def backup(self) -> None:
        from desktop_crm.services.maintenance import backup_database
        from desktop_crm.storage.migrate import dated_backup_path

        db = self.context.db
        if db.backend != "sqlite":
            QMessageBox.information(
                self,
                APP_DISPLAY_NAME,
                QCoreApplication.translate(
                    "MainWindow",
                    "A shared PostgreSQL database is backed up on the server (pg_dump).",
                ),
            )
            return
        suggested = dated_backup_path(Path(str(db.path)), "backup")
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Back up the database"),
            str(suggested),
            QCoreApplication.translate("MainWindow", "Backup (*.sqlite)"),
        )
        if not path:
            return
        self.context.runner.run(
            lambda _control: backup_database(db, Path(path)),
            title=QCoreApplication.translate("MainWindow", "Backing up…"),
            parent_widget=self,
            cancellable=False,
            on_done=lambda p: self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Backup written: {0}").format(p), 8000
            ),
            on_error=lambda exc: QMessageBox.critical(self, APP_DISPLAY_NAME, str(exc)),
        )

    def restore(self) -> None:
        from desktop_crm.services.maintenance import restore_database

        db = self.context.db
        if db.backend != "sqlite":
            QMessageBox.information(
                self,
                APP_DISPLAY_NAME,
                QCoreApplication.translate(
                    "MainWindow", "A shared PostgreSQL database is restored on the server."
                ),
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Restore from a backup"),
            str(Path(str(db.path)).parent),
            QCoreApplication.translate("MainWindow", "Backup (*.sqlite)"),
        )
        if not path or not self.can_close_views():
            return
        answer = QMessageBox.question(
            self,
            APP_DISPLAY_NAME,
            QCoreApplication.translate(
                "MainWindow",
                "Replace the content of {0} with the backup {1}? The current content is kept "
                "in a copy beside it.",
            ).format(db.name, Path(path).name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = restore_database(db, Path(path))
        except DomainError as exc:
            QMessageBox.critical(self, APP_DISPLAY_NAME, exc.message)
            return
        self.switch_database(db.url)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Restored. Previous content kept in {0}"
            ).format(result.previous_copy),
            10000,
        )

    # -- status, layout, closing ---------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.context.db.name
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {name}")
        self.db_label.setText(
            QCoreApplication.translate("MainWindow", "Database: {0}").format(name)
        )

    def _on_view_status_changed(self, text: str, count: int) -> None:
        lookup = text or QCoreApplication.translate("MainWindow", "all records")
        self.lookup_label.setText(
            QCoreApplication.translate("MainWindow", "Lookup: {0} — {1} record(s)").format(
                lookup, count
            )
        )

    def _on_view_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.views):
            self.show_view(list(self.views)[row])

    def can_close_views(self) -> bool:
        for entry in self.views.values():
            check = getattr(entry.widget, "can_close", None)
            if check is not None and not check():
                return False
        return True

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        for entry in self.views.values():
            save = getattr(entry.widget, "save_layout", None)
            if save is not None:
                save()
        settings.sync()

    def restore_layout(self) -> None:
        settings = self.context.settings
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.can_close_views():
            event.ignore()
            return
        self.save_layout()
        event.accept()


def _safe_url(url: str) -> str:
    """A URL without its password, for the settings file."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True).replace("***", "")
