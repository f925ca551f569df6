"""The main window shell: navigation between views, menus, toolbar, status bar, databases.

Views are registered with ``add_view(key, title, factory)`` and created the first time they
are shown; menu entries for features built elsewhere (import, duplicates, printing…) are
registered with ``add_action(menu, key, title, callback)``. Until a feature is wired, its
entry says so instead of doing nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_crm import APP_DISPLAY_NAME, __version__
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.counts import count_text
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.databases import DatabaseActions
from desktop_crm.ui.menus import build_actions, build_menus

if TYPE_CHECKING:
    from desktop_crm.ui.contacts.workspace import ContactWorkspace

ViewFactory = Callable[[AppContext], ViewWidget]


@dataclass
class ViewEntry:
    """A registered view: its title, how to build it, and the widget once built."""

    key: str
    title: str
    factory: ViewFactory
    widget: ViewWidget | None = None


class PlaceholderView(ViewWidget):
    """Shown for views that a later version fills (Groups, Opportunities, Reports…)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setText(
            QCoreApplication.translate(
                "MainWindow", "<h2>{0}</h2><p>This view is coming in a later version.</p>"
            ).format(title)
        )
        QVBoxLayout(self).addWidget(self.label)

    def text(self) -> str:
        return self.label.text()


def _contacts_view(context: AppContext) -> ViewWidget:
    from desktop_crm.ui.contacts.workspace import ContactWorkspace

    return ContactWorkspace(context)


def _companies_view(context: AppContext) -> ViewWidget:
    from desktop_crm.ui.companies.view import CompanyWorkspace

    return CompanyWorkspace(context)


def _placeholder(title: str) -> ViewFactory:
    return lambda _context: PlaceholderView(title)


class MainWindow(QMainWindow):
    """Top-level window: a navigation bar on the left, the current view on the right."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        context.ops.error_parent = self
        self.databases = DatabaseActions(self)
        self.setObjectName("mainWindow")
        self.views: dict[str, ViewEntry] = {}
        self.start_key = "contacts"  # the view shown first (the home page, when installed)
        self.extra_actions: dict[str, QAction] = {}
        self.actions_by_key: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.view_menu = QMenu(self)
        self.columns_menu = QMenu(self)
        self._view_separator = QAction(self)
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
        self.busy_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.lookup_label)
        self.statusBar().addPermanentWidget(self.db_label)
        context.ops.busy_changed.connect(self._on_ops_busy_changed)
        build_actions(self)
        build_menus(self)
        tr = QCoreApplication.translate
        for key, title, factory in (
            ("contacts", tr("MainWindow", "Contacts"), _contacts_view),
            ("companies", tr("MainWindow", "Companies"), _companies_view),
            ("groups", tr("MainWindow", "Groups"), None),
            ("opportunities", tr("MainWindow", "Opportunities"), None),
            ("tasks", tr("MainWindow", "Task list"), None),
            ("calendar", tr("MainWindow", "Calendar"), None),
            ("reports", tr("MainWindow", "Reports"), None),
        ):
            self.add_view(key, title, factory or _placeholder(title))
        self.update_title()
        self.resize(1400, 860)
        self.restore_layout()
        self.show_view("contacts")

    # -- registry ---------------------------------------------------------------------------

    def add_view(self, key: str, title: str, factory: ViewFactory, first: bool = False) -> None:
        """Register (or replace) a view; it is built the first time it is shown.

        ``first`` puts a new view at the top of the navigation (the home page)."""
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
        if first:
            self.views = {key: ViewEntry(key, title, factory), **self.views}
            self.nav.blockSignals(True)  # the current row moves down one: same view
            self.nav.insertItem(0, title)
            self.nav.blockSignals(False)
            self.nav.item(0).setData(Qt.ItemDataRole.UserRole, key)
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

    def view(self, key: str) -> ViewWidget:
        """The widget of a view, built now if needed."""
        entry = self.views[key]
        if entry.widget is None:
            widget = entry.widget = entry.factory(self.context)
            self.stack.addWidget(widget)
            widget.status_changed.connect(
                lambda text, count, w=widget: self._on_view_status_changed(w, text, count)
            )
            widget.message.connect(self._on_view_message)
            widget.contact_open_requested.connect(self.open_contact)
            widget.start()
        return entry.widget

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_view(self) -> ViewWidget | None:
        key = self.current_key()
        return self.views[key].widget if key else None

    def show_view(self, key: str) -> ViewWidget:
        widget = self.view(key)
        row = list(self.views).index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        self.stack.setCurrentWidget(widget)
        self._update_actions()
        self._show_status(widget.status())
        return widget

    def contacts(self) -> ContactWorkspace:
        """The Contacts view, shown (it holds the list and the card)."""
        from desktop_crm.ui.contacts.workspace import ContactWorkspace

        workspace = self.show_view("contacts")
        assert isinstance(workspace, ContactWorkspace)
        return workspace

    def built_contacts(self) -> ContactWorkspace | None:
        """The Contacts view if it was built, without showing it."""
        from desktop_crm.ui.contacts.workspace import ContactWorkspace

        widget = self.views["contacts"].widget
        return widget if isinstance(widget, ContactWorkspace) else None

    def open_contact(self, contact_id: int) -> None:
        """The one path to a contact's card, from any view or dialog."""
        self.contacts().open_contact(contact_id)

    # -- actions and menus ---------------------------------------------------------------------

    def _prepared(self, menu: QMenu, key: str, text: str, feature: str) -> None:
        """A menu entry whose feature is plugged in later with ``add_action``."""
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
        self.view("contacts")
        workspace = self.built_contacts()
        if workspace is None:
            return
        for action in workspace.column_actions():
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

    def new_record(self) -> None:
        view = self.current_view()
        if view is None or not view.new_record():
            self.contacts().new_record()

    def save_record(self) -> None:
        view = self.current_view()
        if view is not None:
            view.save()

    def find_record(self) -> None:
        view = self.current_view()
        if view is None or not view.focus_lookup():
            self.contacts().focus_lookup()

    def refresh(self) -> None:
        view = self.current_view()
        if view is not None:
            view.refresh()

    def delete_record(self) -> None:
        self.contacts().delete_current()

    def log_call(self) -> None:
        self.contacts().log_call()

    def add_note(self) -> None:
        self.contacts().add_note()

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
        from desktop_crm.ui.common.preferences import edit_preferences

        def saved() -> None:
            self.refresh()  # the calendar's hours and the team's time zone apply at once
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Preferences saved. A new language applies at the next start."
                ),
                5000,
            )

        edit_preferences(self.context, self, saved)

    # -- databases -----------------------------------------------------------------------------

    def rebuild_views(self) -> None:
        """Drop every built view (after switching database) and show the first one again."""
        for entry in self.views.values():
            if entry.widget is not None:
                self.stack.removeWidget(entry.widget)
                entry.widget.deleteLater()
                entry.widget = None
        self.update_title()
        self.show_view(self.start_key)

    # -- status, layout, closing ---------------------------------------------------------------

    def update_title(self) -> None:
        name = self.context.db.name
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {name}")
        self.db_label.setText(
            QCoreApplication.translate("MainWindow", "Database: {0}").format(name)
        )

    def _on_view_status_changed(self, view: ViewWidget, text: str, count: int) -> None:
        if view is self.current_view():  # a hidden view's count is not the one on screen
            self._show_status((text, count))

    def _show_status(self, status: tuple[str, int] | None) -> None:
        if status is None:
            self.lookup_label.clear()
            return
        text, count = status
        lookup = text or QCoreApplication.translate("MainWindow", "all records")
        self.lookup_label.setText(
            QCoreApplication.translate("MainWindow", "Lookup: {0} — {1} record(s)").format(
                lookup, count_text(count)
            )
        )

    def _on_ops_busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(
            QCoreApplication.translate("MainWindow", "Working…") if busy else ""
        )

    def _on_view_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.views):
            self.show_view(list(self.views)[row])

    def can_close_views(self) -> bool:
        return all(e.widget is None or e.widget.can_close() for e in self.views.values())

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        for entry in self.views.values():
            if entry.widget is not None:
                entry.widget.save_layout()
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
        if self.context.ops.is_writing():
            # Quitting now would stop a write (an import, a merge) half-way: never lose it.
            QMessageBox.warning(
                self,
                APP_DISPLAY_NAME,
                QCoreApplication.translate(
                    "MainWindow", "An operation is still running: wait for it or cancel it."
                ),
            )
            event.ignore()
            return
        if not self.can_close_views():
            event.ignore()
            return
        self.save_layout()
        event.accept()
