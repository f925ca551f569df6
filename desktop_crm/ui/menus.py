"""The main window's actions, menus and toolbar, built from tables (the window stays a shell)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from desktop_crm.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    key: str,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"action_{key}")
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _c=False: slot())
    window.actions_by_key[key] = action
    return action


def build_actions(window: MainWindow) -> None:
    """The window's own actions, kept in ``window.actions_by_key``."""
    window.actions_by_key.clear()
    key = QKeySequence.StandardKey
    tr = QCoreApplication.translate
    coming = tr("MainWindow", "Printing")
    for name, text, slot, shortcut in (
        ("new", tr("MainWindow", "&New record"), window.new_record, key.New),
        ("save", tr("MainWindow", "&Save"), window.save_record, key.Save),
        ("find", tr("MainWindow", "&Look up…"), window.find_record, key.Find),
        ("print", tr("MainWindow", "&Print…"), lambda: window._coming(coming), key.Print),
        ("refresh", tr("MainWindow", "&Refresh"), window.refresh, key.Refresh),
        ("quit", tr("MainWindow", "&Quit"), window.close, "Ctrl+Q"),
        ("delete", tr("MainWindow", "&Delete contact…"), window.delete_record, None),
        ("log_call", tr("MainWindow", "Log a &call…"), window.log_call, "Ctrl+L"),
        ("new_note", tr("MainWindow", "Add a &note…"), window.add_note, None),
        ("db_new", tr("MainWindow", "&New database…"), window.databases.new_database, None),
        (
            "db_open",
            tr("MainWindow", "&Open database…"),
            window.databases.open_database_file,
            key.Open,
        ),
        (
            "db_connect",
            tr("MainWindow", "&Connect to a shared PostgreSQL database…"),
            window.databases.connect_postgres,
            None,
        ),
        ("db_backup", tr("MainWindow", "&Back up…"), window.databases.backup, None),
        (
            "db_restore",
            tr("MainWindow", "&Restore from a backup…"),
            window.databases.restore,
            None,
        ),
        ("preferences", tr("MainWindow", "&Preferences…"), window.preferences, "Ctrl+,"),
        ("about", tr("MainWindow", "&About"), window.about, None),
    ):
        _action(window, name, text, slot, shortcut)
    window.actions_by_key["quit"].setMenuRole(QAction.MenuRole.QuitRole)


def build_menus(window: MainWindow) -> None:
    """Menus, prepared entries for features plugged in later, and the toolbar."""
    a = window.actions_by_key
    tr = QCoreApplication.translate
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("MainWindow", "&File"))
    file_menu.addActions([a["db_new"], a["db_open"], a["db_connect"]])
    file_menu.addSeparator()
    file_menu.addActions([a["db_backup"], a["db_restore"]])
    file_menu.addSeparator()
    window._prepared(file_menu, "import", tr("MainWindow", "&Import…"), tr("MainWindow", "Import"))
    window._prepared(file_menu, "export", tr("MainWindow", "&Export…"), tr("MainWindow", "Export"))
    file_menu.addSeparator()
    file_menu.addAction(a["print"])
    window.extra_actions["print"] = a["print"]
    file_menu.addSeparator()
    file_menu.addActions([a["preferences"], a["quit"]])
    edit_menu = bar.addMenu(tr("MainWindow", "&Edit"))
    edit_menu.addActions([a["new"], a["save"], a["delete"]])
    edit_menu.addSeparator()
    edit_menu.addAction(a["find"])
    window.view_menu = bar.addMenu(tr("MainWindow", "&View"))
    window._view_separator = window.view_menu.addSeparator()
    window.view_menu.addAction(a["refresh"])
    window.columns_menu = window.view_menu.addMenu(tr("MainWindow", "Contact list &columns"))
    window.columns_menu.aboutToShow.connect(window._fill_columns_menu)
    contacts_menu = bar.addMenu(tr("MainWindow", "&Contacts"))
    contacts_menu.addActions([a["log_call"], a["new_note"]])
    contacts_menu.addSeparator()
    tools_menu = bar.addMenu(tr("MainWindow", "&Tools"))
    for menu, name, text, feature in (
        (contacts_menu, "schedule", "&Schedule an activity…", "Activities"),
        (contacts_menu, "duplicates", "Find &duplicates…", "Duplicates"),
        (tools_menu, "letters", "&Letters and e-mails…", "Letters"),
        (tools_menu, "labels", "&Labels and envelopes…", "Labels"),
        (tools_menu, "series", "Activity &series…", "Activity series"),
    ):
        window._prepared(menu, name, tr("MainWindow", text), tr("MainWindow", feature))
    reports_menu = bar.addMenu(tr("MainWindow", "&Reports"))
    help_menu = bar.addMenu(tr("MainWindow", "&Help"))
    help_menu.addAction(a["about"])
    window.menus = {
        "file": file_menu,
        "edit": edit_menu,
        "view": window.view_menu,
        "contacts": contacts_menu,
        "tools": tools_menu,
        "reports": reports_menu,
        "help": help_menu,
    }
    toolbar = QToolBar(tr("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions([a[k] for k in ("new", "save", "find", "log_call", "print", "refresh")])
    window.addToolBar(toolbar)
