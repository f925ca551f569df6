"""The Reports menu and the Reports view, both built from the report registry.

Choosing a report asks its parameters, builds it on the database thread (progress and
Cancel after half a second) and opens the preview. A report registered later (campaigns,
referrals…) appears in the menu and the view without touching this module.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_crm.domain.progress import Cancelled
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.layouts import nest
from desktop_crm.ui.common.view import ViewWidget
from desktop_crm.ui.reports.scope import CurrentScope, ui_language

if TYPE_CHECKING:  # the registry, dialogs and builders load when the menu first opens
    from desktop_crm.domain.reports import ReportParams
    from desktop_crm.services.reports.output import BuiltReport
    from desktop_crm.ui.main_window import MainWindow
    from desktop_crm.ui.reports.preview import ReportPreviewDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def current_scope(window: MainWindow) -> CurrentScope:
    """The contact list's selection and lookup, the group open in Groups, the open card."""
    from desktop_crm.ui.groups.view import GroupsView

    workspace = window.built_contacts()
    groups = window.views["groups"].widget if "groups" in window.views else None
    # The group chosen in the Groups view, when that is the view on screen.
    in_groups = isinstance(groups, GroupsView) and window.current_key() == "groups"
    group_id = groups.selected_group_id() if in_groups else None  # type: ignore[union-attr]
    if workspace is None:
        return CurrentScope(group_id=group_id)
    return CurrentScope(
        selected_ids=tuple(workspace.selected_contact_ids()),
        lookup=workspace.shown_lookup().strip(),
        group_id=group_id,
        contact_id=workspace.current_contact_id(),
    )


def _scratch_pdf() -> str:
    handle, path = tempfile.mkstemp(prefix="desktop-crm-report-", suffix=".pdf")
    os.close(handle)
    return path


def build_and_preview(
    context: AppContext,
    name: str,
    params: ReportParams,
    parent: QWidget | None = None,
    on_shown: Callable[[ReportPreviewDialog], object] | None = None,
) -> None:
    """Build report ``name`` in the background, then open its preview (non-modal)."""
    from desktop_crm.services.reports.output import build_preview
    from desktop_crm.services.reports.registry import get, title
    from desktop_crm.ui.reports.preview import ReportPreviewDialog

    spec, _builder = get(name)
    path = _scratch_pdf()

    def done(built: BuiltReport) -> None:
        dialog = ReportPreviewDialog(context, built, params.language, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        if on_shown is not None:
            on_shown(dialog)

    def failed(exc: BaseException) -> None:
        with contextlib.suppress(OSError):
            os.unlink(path)
        from desktop_crm.ui.common.operations import error_message

        if not isinstance(exc, Cancelled):  # a cancel needs no message
            QMessageBox.warning(parent, title(spec, params.language), error_message(exc))

    context.ops.run_long(
        build_preview,
        spec.name,
        params,
        path,
        title=_t("Building the report “%1”…").replace("%1", title(spec, params.language)),
        parent=parent,
        on_done=done,
        on_error=failed,
        write=False,
    )


def run_report(window: MainWindow, name: str) -> None:
    """Ask the parameters of report ``name`` and, unless cancelled, build and preview it."""
    from desktop_crm.services.reports.registry import get
    from desktop_crm.ui.reports.dialog import ReportParamsDialog

    spec, _builder = get(name)
    params = ReportParamsDialog.ask(window.context, spec, current_scope(window), window)
    if params is not None:
        build_and_preview(window.context, spec.name, params, window)


class ReportsView(ViewWidget):
    """Every report of the registry with its description; Enter or "Preview…" runs it."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.list = QListWidget(self)
        self.list.setObjectName("reportList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.run_button = QPushButton(self.tr("&Preview…"), self)
        heading = QLabel(
            self.tr(
                "<h2>Reports</h2><p>PDF and Excel reports on the current "
                "lookup, a group or every contact.</p>"
            ),
            self,
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        nest(layout, row)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.run_button.clicked.connect(self._on_run_clicked)
        self.fill()

    def fill(self) -> None:
        from desktop_crm.services.reports.registry import description, list_reports, title

        self.list.clear()
        language = ui_language()
        for spec in list_reports():
            item = QListWidgetItem(f"{title(spec, language)}\n{description(spec, language)}")
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def showEvent(self, event: object) -> None:  # reports registered since are listed
        from desktop_crm.services.reports.registry import list_reports

        if self.list.count() != len(list_reports()):
            self.fill()
        super().showEvent(event)  # type: ignore[arg-type]

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        run_report(self.window_, str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_run_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._on_list_item_activated(item)


def fill_reports_menu(window: MainWindow) -> None:
    """(Re)build the report entries at the top of the Reports menu from the registry."""
    from desktop_crm.services.reports.registry import description, list_reports, title

    menu = window.menus["reports"]
    for action in menu.actions():
        if action.property("reportEntry"):
            menu.removeAction(action)
            action.deleteLater()
    first = menu.actions()[0] if menu.actions() else None
    language = ui_language()
    entries: list[QAction] = []
    for spec in list_reports():
        action = QAction(title(spec, language) + "…", menu)
        action.setObjectName(f"report_{spec.name}")
        action.setProperty("reportEntry", True)
        action.setStatusTip(description(spec, language))
        action.triggered.connect(lambda _c=False, n=spec.name: run_report(window, n))
        entries.append(action)
    separator = QAction(menu)
    separator.setSeparator(True)
    separator.setProperty("reportEntry", True)
    if first is not None:
        entries.append(separator)
    if first is None:
        menu.addActions(entries)
    else:
        menu.insertActions(first, entries)


def install_reports(window: MainWindow) -> None:
    """The Reports menu's entries and the Reports view."""
    menu = window.menus["reports"]

    # Built each time it opens (not at start-up: the registry imports every report's
    # builder): reports registered since, and entries other features added below (kept
    # after a separator), are always in place.
    menu.aboutToShow.connect(lambda: fill_reports_menu(window))
    window.add_view("reports", _t("Reports"), lambda _context: ReportsView(window))

    def contact_detail() -> None:
        scope = current_scope(window)
        if scope.contact_id is None:  # no card open: ask which contact
            run_report(window, "contact-detail")
            return
        from desktop_crm.domain.reports import ReportParams

        params = ReportParams(language=ui_language(), contact_id=scope.contact_id)
        build_and_preview(window.context, "contact-detail", params, window)

    window.add_action(
        "contacts", "contact_report", _t("Contact &detail with history…"), contact_detail
    )
