"""Wires the feature folders (activities, import, duplicates, printing) into the main window.

The main window is a shell with a view registry and prepared menu entries; this module is
the one place that knows which feature fills which slot. Imports stay inside the factories
so start-up only pays for what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from desktop_crm.services.mailing.recipients import Selection
    from desktop_crm.ui.activities.alarms_window import AlarmsWindow
    from desktop_crm.ui.activities.triggers import TriggerScheduler
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.view import ViewWidget
    from desktop_crm.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("Features", text)


class FeatureHub(QObject):
    """What the features start beside the window: the alarms window and the series scheduler."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.alarms_window: AlarmsWindow | None = None
        self.trigger_scheduler: TriggerScheduler | None = None

    def show_alarms(self) -> None:
        if self.alarms_window is not None:
            self.alarms_window.show()
            self.alarms_window.raise_()


def selected_contact_ids(window: MainWindow) -> list[int]:
    """The contacts selected in the list, or the one open in the card."""
    workspace = window.built_contacts()
    return workspace.selected_contact_ids() if workspace is not None else []


def install_activities(window: MainWindow, hub: FeatureHub) -> None:
    def task_list(context: AppContext) -> ViewWidget:
        from desktop_crm.ui.activities.task_list import TaskListView

        return TaskListView(context)

    def calendar(context: AppContext) -> ViewWidget:
        from desktop_crm.ui.activities.calendar_view import CalendarView

        return CalendarView(context)

    window.add_view("tasks", _t("Task list"), task_list)
    window.add_view("calendar", _t("Calendar"), calendar)

    def schedule() -> None:
        from desktop_crm.ui.activities.schedule_dialog import schedule_for_contacts

        ids = selected_contact_ids(window)
        schedule_for_contacts(window.context, ids, parent=window)

    def series() -> None:
        from desktop_crm.ui.activities.series_dialogs import (
            SeriesManagerDialog,
            apply_series_to_contacts,
        )

        ids = selected_contact_ids(window)
        if ids:
            apply_series_to_contacts(window.context, ids, parent=window)
        else:
            SeriesManagerDialog(window.context, window).exec()

    def manage_series() -> None:
        from desktop_crm.ui.activities.series_dialogs import SeriesManagerDialog

        SeriesManagerDialog(window.context, window).exec()

    window.add_action("contacts", "schedule", _t("&Schedule an activity…"), schedule, "Ctrl+T")
    window.add_action("contacts", "series", _t("Apply an activity &series…"), series)
    window.add_action("tools", "manage_series", _t("Activity series &templates…"), manage_series)
    window.add_action("contacts", "alarms", _t("&Alarms…"), hub.show_alarms)
    # Alarms and series checks start once the database is fully open (after the first rows).
    window.context.ops.after_opening(lambda: _start_background(window, hub))


def _start_background(window: MainWindow, hub: FeatureHub) -> None:
    """Alarms (with a tray icon when the desktop has one) and the automatic series check."""
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from desktop_crm.ui.activities.alarms_window import AlarmsWindow
    from desktop_crm.ui.activities.triggers import TriggerScheduler

    tray = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = QSystemTrayIcon(QApplication.windowIcon(), window)
        tray.setToolTip("Desktop CRM")
        tray.show()
        tray.messageClicked.connect(hub.show_alarms)
    alarms = AlarmsWindow(window.context, window, tray=tray)
    alarms.contact_open_requested.connect(window.open_contact)

    def on_notified(text: str) -> None:
        window.statusBar().showMessage(_t("Alarm: %s") % text.replace("\n", " "), 15_000)
        if tray is None:  # no tray to point at the alarms: show them, as ACT! does
            alarms.show()

    alarms.notified.connect(on_notified)
    hub.alarms_window = alarms
    alarms.start()
    scheduler = TriggerScheduler(window.context, window)
    scheduler.contact_open_requested.connect(window.open_contact)
    hub.trigger_scheduler = scheduler
    scheduler.start()


def current_selection(window: MainWindow) -> Selection:
    """What a print or e-mail run targets: the selected rows if several, else the lookup."""
    from desktop_crm.services.mailing.recipients import Selection

    workspace = window.built_contacts()
    if workspace is None:
        return Selection()
    selected = workspace.selected_contact_ids()
    if len(selected) > 1:
        return Selection(contact_ids=tuple(selected))
    # The lookup the list shows, not text still waiting for the debounce.
    text = workspace.shown_lookup().strip()
    return Selection(lookup=text) if text else Selection()


def install_printing(window: MainWindow) -> None:
    def print_run(kind: str) -> Callable[[], None]:
        def run() -> None:
            from desktop_crm.ui.printing.print_dialog import PrintDialog

            PrintDialog.ask(window.context, current_selection(window), kind, parent=window)

        return run

    def email_merge() -> None:
        from desktop_crm.ui.printing.email_dialog import EmailMergeDialog

        EmailMergeDialog.ask(window.context, current_selection(window), parent=window)

    def templates(kind: str) -> Callable[[], None]:
        def run() -> None:
            from desktop_crm.ui.printing.template_editor import TemplateEditor

            TemplateEditor.edit(window.context, kind, parent=window)

        return run

    def sender() -> None:
        from desktop_crm.ui.printing.sender_dialog import SenderDialog

        SenderDialog.edit(window.context, window)

    window.add_action("file", "print", _t("&Print labels…"), print_run("labels"), "Ctrl+P")
    window.add_action("tools", "sender", _t("&Company details for mailings…"), sender)
    window.add_action("tools", "labels", _t("&Labels…"), print_run("labels"))
    window.add_action("tools", "envelopes", _t("&Envelopes…"), print_run("envelopes"))
    window.add_action("tools", "letters", _t("Le&tters…"), print_run("letters"))
    window.add_action("tools", "email_merge", _t("&E-mail merge…"), email_merge)
    window.add_action("tools", "letter_templates", _t("Letter &templates…"), templates("letter"))
    window.add_action("tools", "email_templates", _t("E-&mail templates…"), templates("email"))


def install_duplicates(window: MainWindow) -> None:
    def run() -> None:
        from desktop_crm.ui.duplicates.wizard import DuplicateWizard

        wizard = DuplicateWizard(window.context, window)
        wizard.record_open_requested.connect(
            lambda kind, record_id: window.open_contact(record_id) if kind == "contact" else None
        )
        try:
            wizard.exec()
        finally:
            wizard.deleteLater()

    window.add_action("contacts", "duplicates", _t("Find &duplicates…"), run)


def export_to_file(
    window: MainWindow, path: str, selection: Selection, group_id: int | None = None
) -> None:
    """Export ``selection`` (or, when ``group_id`` is given, the group's members now) to
    ``path`` in the background; the status bar says how many."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_crm.services.exporting import export_contacts
    from desktop_crm.ui.common.counts import grouped
    from desktop_crm.ui.common.operations import error_message

    lookup = selection.lookup if group_id is None else None
    contact_ids = (
        list(selection.contact_ids) if selection.contact_ids and group_id is None else None
    )

    def work(uow: Any, _control: Any) -> Any:
        return export_contacts(uow, path, lookup=lookup, contact_ids=contact_ids, group_id=group_id)

    window.context.ops.run_long(
        work,
        title=_t("Exporting contacts…"),
        parent=window,
        write=False,
        on_done=lambda result: window.statusBar().showMessage(
            grouped(
                QCoreApplication.translate(
                    "Features", "%n contact(s) exported to %1", "", result.count
                ),
                result.count,
            ).replace("%1", result.path),
            10_000,
        ),
        on_error=lambda exc: QMessageBox.warning(window, _t("Export contacts"), error_message(exc)),
    )


def install_importing(window: MainWindow) -> None:
    def run_import() -> None:
        from desktop_crm.ui.importing.wizard import ImportWizard

        ImportWizard.ask(window.context, window)  # the list hears of the new contacts itself

    def run_export() -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop_crm.ui.groups.picker import GroupChoiceDialog, selection_text

        selection = current_selection(window)
        # Which contacts: the list's selection or lookup as before, or a group's members.
        accepted, group_id = GroupChoiceDialog.ask(
            window.context, _t("Export contacts"), selection_text(selection), window
        )
        if not accepted:
            return
        path, _chosen = QFileDialog.getSaveFileName(
            window,
            _t("Export contacts"),
            "contacts.xlsx",
            _t("Excel workbook (*.xlsx);;CSV for Excel (*.csv);;vCard (*.vcf)"),
        )
        if path:
            export_to_file(window, path, selection, group_id)

    window.add_action("file", "import", _t("&Import…"), run_import)
    window.add_action("file", "export", _t("&Export…"), run_export)


def install_groups(window: MainWindow) -> None:
    """The Groups view (in place of its placeholder) and "Save this lookup as a group…"."""

    def groups(context: AppContext) -> ViewWidget:
        from desktop_crm.ui.groups.view import GroupsView

        return GroupsView(context, selected_contacts=lambda: selected_contact_ids(window))

    def save_lookup() -> None:
        from desktop_crm.ui.groups.dialogs import save_lookup

        workspace = window.built_contacts()
        lookup = workspace.shown_lookup().strip() if workspace is not None else ""
        save_lookup(window.context, lookup, window)

    window.add_view("groups", _t("Groups"), groups)
    window.add_action(
        "contacts", "save_lookup_group", _t("Save this lookup as a &group…"), save_lookup
    )


def install_fields(window: MainWindow) -> None:
    def run() -> None:
        from desktop_crm.ui.fields.dialog import FieldsDialog

        FieldsDialog(window.context, window).exec()

    window.add_action("tools", "fields", _t("&Fields…"), run)


def install_opportunities(window: MainWindow) -> None:
    """The Opportunities view (list, pipeline, forecast) and its two editors in Tools."""

    def opportunities(context: AppContext) -> ViewWidget:
        from desktop_crm.ui.opportunities.view import OpportunitiesView

        return OpportunitiesView(context)

    def sales_processes() -> None:
        from desktop_crm.ui.opportunities.editors import SalesProcessEditor

        SalesProcessEditor.show_editor(window.context, window)

    def price_list() -> None:
        from desktop_crm.ui.opportunities.editors import PriceListEditor

        PriceListEditor.show_editor(window.context, window)

    window.add_view("opportunities", _t("Opportunities"), opportunities)
    window.add_action("tools", "sales_processes", _t("Sales &processes…"), sales_processes)
    window.add_action("tools", "price_list", _t("P&rice list…"), price_list)


def install_analytics(window: MainWindow) -> None:
    """The Targeting view (ABC, quartiles, quadrants, P−R, elasticity, maturity, RFM)."""

    def targeting(context: AppContext) -> ViewWidget:
        from desktop_crm.ui.analytics.view import TargetingView

        return TargetingView(context)

    window.add_view("targeting", _t("Targeting"), targeting)
    window.add_action(
        "reports", "targeting", _t("&Targeting (ABC, quadrants, RFM…)"), lambda: _show(window)
    )


def _show(window: MainWindow) -> None:
    window.show_view("targeting")


def install_all(window: MainWindow) -> FeatureHub:
    """Connect every feature to the window's views and menus."""
    hub = FeatureHub(window)
    install_activities(window, hub)
    install_printing(window)
    install_duplicates(window)
    install_importing(window)
    install_groups(window)
    install_fields(window)
    install_opportunities(window)
    install_analytics(window)
    from desktop_crm.ui.phoning.entry import install_phoning

    install_phoning(window)
    from desktop_crm.ui.privacy.menu import install_privacy

    install_privacy(window)
    from desktop_crm.ui.privacy.consent_menu import install_consent

    install_consent(window)
    from desktop_crm.ui.campaigns.install import install_campaigns

    install_campaigns(window)
    from desktop_crm.ui.users.features import install_users

    install_users(window)
    from desktop_crm.ui.home.install import install_home
    from desktop_crm.ui.reports.menu import install_reports

    install_reports(window)
    install_home(window)
    return hub
