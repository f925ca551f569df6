"""Puts the home dashboard first in the navigation and answers its clicks with the
existing views (task list, opportunities, reports, campaigns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.view import ViewWidget
    from desktop_crm.ui.main_window import MainWindow


def navigate(window: MainWindow, where: str, value: object) -> None:
    """Open the list behind a tile of the dashboard."""
    if where == "tasks":
        from desktop_crm.services.activities.agenda import Due
        from desktop_crm.ui.activities.task_list import TaskListView

        view = window.show_view("tasks")
        if isinstance(view, TaskListView):
            due = Due.OVERDUE if value == "overdue" else Due.TODAY
            view.due_combo.setCurrentIndex(view.due_combo.findData(str(due)))
    elif where == "opportunities":
        from desktop_crm.domain.opportunities import OpportunityFilter
        from desktop_crm.ui.opportunities.view import OpportunitiesView

        view = window.show_view("opportunities")
        if isinstance(view, OpportunitiesView):
            if isinstance(value, int):
                view.open_list(OpportunityFilter(stage_ids=(value,)))
            else:
                view.tabs.setCurrentWidget(view.pipeline_tab)
    elif where == "report":
        from desktop_crm.domain.reports import ReportParams
        from desktop_crm.ui.reports.menu import build_and_preview
        from desktop_crm.ui.reports.scope import ui_language

        build_and_preview(window.context, str(value), ReportParams(language=ui_language()), window)
    elif where == "campaigns":
        if "campaigns" not in window.views:  # no campaigns view: its report is in Reports
            window.show_view("reports")
            return
        view = window.show_view("campaigns")
        try:
            from desktop_crm.ui.campaigns.view import (  # type: ignore[import-not-found,unused-ignore]
                CampaignsView,
            )
        except ImportError:
            return
        if isinstance(value, int) and isinstance(view, CampaignsView):
            view.select_campaign(value)


def install_home(window: MainWindow) -> None:
    """Register the home view first in the navigation; show it if the preference says so."""
    from desktop_crm.ui.home.preference import show_at_start

    def factory(context: AppContext) -> ViewWidget:
        from desktop_crm.ui.home.view import HomeView

        view = HomeView(context)
        view.navigate_requested.connect(lambda where, value: navigate(window, where, value))
        return view

    window.add_view("home", QCoreApplication.translate("MainWindow", "Home"), factory, first=True)
    if show_at_start(window.context.settings):
        window.start_key = "home"
        window.show_view("home")
