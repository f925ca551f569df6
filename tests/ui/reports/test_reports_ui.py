"""The Reports menu and view (built from the registry), the parameters dialog, every report
opened in the preview and saved as PDF and XLSX with the same figures; the home dashboard
(first view, its figures, its clicks) and its preference."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.reports import ReportParams, ReportSpec
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.reports import registry
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.features import install_all
from desktop_crm.ui.main_window import MainWindow
from desktop_crm.ui.reports.dialog import ReportParamsDialog
from desktop_crm.ui.reports.menu import ReportsView, build_and_preview
from desktop_crm.ui.reports.preview import ReportPreviewDialog
from desktop_crm.ui.reports.scope import CurrentScope
from tests.report_readback import check_same_figures
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
]


@pytest.fixture
def demo(sqlite_db: Database) -> Database:
    sqlite_db.run(generate_demo, 60, seed=5)
    return sqlite_db


@pytest.fixture
def context(qtbot: QtBot, demo: Database, tmp_path: Path) -> Iterator[AppContext]:
    ctx = make_context(demo, tmp_path)
    yield ctx
    settle(qtbot, ctx, timeout=30000)


def _preview(
    qtbot: QtBot, context: AppContext, name: str, params: ReportParams
) -> ReportPreviewDialog:
    shown: list[ReportPreviewDialog] = []
    build_and_preview(context, name, params, None, on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    return shown[0]  # deleted on close: each test closes it


def test_every_report_opens_in_the_preview_and_saves(
    qtbot: QtBot, context: AppContext, demo: Database, tmp_path: Path
) -> None:
    first_contact = 1
    for spec in registry.list_reports():
        params = ReportParams(
            language="fr", contact_id=first_contact, campaign="Salon du commerce Lyon 2026"
        )
        dialog = _preview(qtbot, context, spec.name, params)
        assert dialog.preview.image is not None and len(dialog.pages) >= 1
        assert dialog.windowTitle() == dialog.built.document.title
        if len(dialog.pages) > 1:
            dialog.page_spin.setValue(2)
            assert dialog.preview.image is not None
        pdf, xlsx = tmp_path / f"{spec.name}.pdf", tmp_path / f"{spec.name}.xlsx"
        dialog.save(str(pdf), "pdf")
        qtbot.waitUntil(lambda p=pdf, d=dialog: d.saved_path == str(p), timeout=30000)
        dialog.save(str(xlsx), "xlsx")
        qtbot.waitUntil(lambda x=xlsx, d=dialog: d.saved_path == str(x), timeout=30000)
        assert "xlsx" in dialog.status.text()
        check_same_figures(dialog.built.document, pdf, xlsx, "fr")
        scratch = Path(dialog.built.pdf_path)
        dialog.close()
        assert not scratch.exists()  # the preview's scratch file goes with it


def test_a_failed_save_says_why(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    dialog = _preview(qtbot, context, "pipeline", ReportParams(language="en"))
    dialog.save(str(tmp_path / "missing" / "p.pdf"), "pdf")
    qtbot.waitUntil(lambda: "does not exist" in dialog.status.text(), timeout=10000)
    assert dialog.saved_path == ""
    dialog.close()


def test_params_dialog_population_period_user(qtbot: QtBot, context: AppContext) -> None:
    spec, _ = registry.get("activity")
    scope = CurrentScope(selected_ids=(3, 4, 5), lookup="dup", group_id=None)
    dialog = ReportParamsDialog(context, spec, scope)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.selection_radio.isChecked()  # a selection of several wins
    assert dialog.user_combo.count() > 1  # the users arrived through the runner
    params = dialog.params()
    assert params.contact_ids == (3, 4, 5) and params.lookup is None
    monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
    assert (params.date_from, params.date_to) == (monday, monday + dt.timedelta(days=6))
    dialog.lookup_radio.setChecked(True)
    dialog.user_combo.setCurrentIndex(1)
    params = dialog.params()
    assert params.lookup == "dup" and params.contact_ids is None
    assert params.user == dialog.user_combo.itemData(1)
    dialog.all_radio.setChecked(True)
    assert dialog.params().lookup is None and dialog.params().group is None
    dialog.group_radio.setChecked(True)  # a group, but none chosen: not accepted
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.hint.isVisibleTo(dialog)

    opportunities, _ = registry.get("opportunities")
    closing = ReportParamsDialog(context, opportunities, CurrentScope())
    qtbot.addWidget(closing)
    assert closing.params().date_from is None  # the close dates are optional
    closing.period_check.setChecked(True)
    assert closing.params().date_from == monday and closing.all_radio.isChecked()

    detail, _ = registry.get("contact-detail")
    one = ReportParamsDialog(context, detail, CurrentScope(contact_id=7))
    qtbot.addWidget(one)
    assert one.params().contact_id == 7
    assert not one.all_radio.isVisibleTo(one)  # no population for one contact


def test_menu_and_view_list_the_registry(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    settle(qtbot, context)
    menu = window.menus["reports"]
    menu.aboutToShow.emit()  # filled when it opens
    entries = [
        a.objectName() for a in menu.actions() if a.property("reportEntry") and not a.isSeparator()
    ]
    assert entries == [f"report_{s.name}" for s in registry.list_reports()]
    assert any("Targeting" in a.text() for a in menu.actions())  # other entries stay
    view = window.show_view("reports")
    assert isinstance(view, ReportsView) and view.list.count() == len(registry.list_reports())

    # A report registered later (campaigns…) appears in the menu and the view.
    def late(_uow, params, control=None):  # type: ignore[no-untyped-def]
        raise AssertionError("not built here")

    window.show()
    monkeypatch.setattr(registry, "REPORTS", list(registry.REPORTS))
    registry.register(ReportSpec("late", "Late report", "Rapport tardif", "d", "d"), late)
    menu.aboutToShow.emit()
    assert "report_late" in [a.objectName() for a in menu.actions()]
    window.show_view("contacts")
    window.show_view("reports")
    assert view.list.count() == len(registry.list_reports())


def test_home_is_first_and_opens_its_lists(qtbot: QtBot, context: AppContext) -> None:
    from desktop_crm.ui.activities.task_list import TaskListView
    from desktop_crm.ui.home.view import HomeView
    from desktop_crm.ui.opportunities.view import OpportunitiesView

    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    assert next(iter(window.views)) == "home" and window.current_key() == "home"
    assert window.nav.item(0).data(0x0100) == "home"
    home = window.view("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(lambda: home.figures is not None, timeout=30000)
    figures = home.figures
    assert figures is not None
    assert str(figures.overdue) in home.overdue_button.text()
    shown = home.task_list.shown_activities()  # as many as the list has room for
    assert shown <= len(figures.activities)
    more = figures.due_today + figures.overdue > shown  # "… and N more"
    assert home.task_list.count() == max(1, shown) + more
    assert home.pipeline_chart is not None and len(home.pipeline_chart.items) == 1
    assert home.campaign_chart is not None
    home.overdue_button.click()
    tasks = window.current_view()
    assert isinstance(tasks, TaskListView) and tasks.due_combo.currentData() == "overdue"
    window.show_view("home")
    home._on_pipeline_bar_clicked(0, 0)
    opportunities = window.current_view()
    assert isinstance(opportunities, OpportunitiesView)
    assert opportunities.tabs.currentWidget() is opportunities.list
    settle(qtbot, context)


def test_home_can_be_turned_off(qtbot: QtBot, context: AppContext) -> None:
    from desktop_crm.ui.common.preferences import PreferencesDialog
    from desktop_crm.ui.home.preference import SETTING_KEY

    dialog = PreferencesDialog(context.settings)
    qtbot.addWidget(dialog)
    assert dialog.home.isChecked()
    dialog.home.setChecked(False)
    dialog.save()
    assert context.settings.value(SETTING_KEY) == "false"
    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    assert window.current_key() == "contacts"
    assert window.views["home"].widget is None  # not even built
    settle(qtbot, context)


def test_home_calls_chart_opens_the_weekly_activity_report(
    qtbot: QtBot, context: AppContext
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_crm.ui.home.view import HomeView

    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    home = window.view("home")
    assert isinstance(home, HomeView)
    qtbot.waitUntil(lambda: home.calls_chart is not None, timeout=30000)
    assert home.calls_chart is not None
    home.calls_chart.bar_clicked.emit(1, 0)

    def preview() -> ReportPreviewDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReportPreviewDialog)]
        return found[0] if found else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=30000)
    dialog = preview()
    assert dialog is not None and dialog.built.document.name == "activity"
    dialog.close()
    window.rebuild_views()  # switching database: the home page comes back first
    assert window.current_key() == "home"
    settle(qtbot, context)


@pytest.mark.slow
def test_the_home_page_loads_its_charts_after_the_first_paint(tmp_path: Path) -> None:
    """A real start on a demo database: the window is painted before pyqtgraph is imported
    (the home page's figures and charts come after)."""
    import os
    import re
    import subprocess
    import sys

    from desktop_crm.cli import main

    db = tmp_path / "crm.sqlite"
    assert main(["demo", "--contacts", "60", "--db", str(db)]) == 0
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESKTOP_CRM_EXIT_AFTER_SHOW": "1",
        "DESKTOP_CRM_NO_KEYRING": "1",
        "PYTHONUNBUFFERED": "1",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop_crm", "--db", str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    lines = result.stdout.splitlines()
    shown = next(i for i, line in enumerate(lines) if line == "window shown")
    charts = [i for i, line in enumerate(lines) if re.search(r"\|\s+pyqtgraph$", line)]
    assert charts and charts[0] > shown  # the home page drew its charts, after the paint


def test_contact_menu_previews_the_open_contact(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtWidgets import QApplication

    window = MainWindow(context)
    qtbot.addWidget(window)
    install_all(window)
    contacts = window.contacts()
    qtbot.waitUntil(lambda: contacts.list.model.rowCount() > 0, timeout=30000)
    contacts.list.select_row(0)
    qtbot.waitUntil(lambda: contacts.current_contact_id() is not None, timeout=30000)
    wanted = contacts.current_contact_id()
    window.extra_actions["contact_report"].trigger()

    def preview() -> ReportPreviewDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReportPreviewDialog)]
        return found[0] if found else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=30000)
    dialog = preview()
    assert dialog is not None and dialog.built.document.name == "contact-detail"
    assert wanted is not None
    from desktop_crm.services.contacts.records import get_contact

    contact = context.db.read(get_contact, wanted)
    assert dialog.built.document.population == f"{contact.last_name} {contact.first_name}"
    dialog.close()
    settle(qtbot, context)


def test_reports_menu_alone_has_no_trailing_separator(qtbot: QtBot, context: AppContext) -> None:
    from desktop_crm.ui.reports.menu import fill_reports_menu

    window = MainWindow(context)
    qtbot.addWidget(window)
    menu = window.menus["reports"]
    menu.clear()
    for _ in range(2):  # rebuilt, not doubled
        fill_reports_menu(window)
        assert len(menu.actions()) == len(registry.list_reports())
        assert not any(a.isSeparator() for a in menu.actions())
    settle(qtbot, context)


def test_home_shows_a_role_without_amounts_the_count_per_stage(
    qtbot: QtBot, context: AppContext
) -> None:
    """A Restricted login on a team database: the service hands the counts per stage without
    amounts, and the flag (checked on PostgreSQL in test_team_campaign_seams); the tile draws
    the counts and says the amounts are hidden, as the opportunities' pipeline does."""
    import dataclasses
    from decimal import Decimal

    from desktop_crm.domain.opportunities import Pipeline, StageTotal
    from desktop_crm.ui.home.view import HomeView

    home = HomeView(context)
    qtbot.addWidget(home)
    home.resize(1400, 860)
    home.show()
    home.refresh()
    qtbot.waitUntil(lambda: home.figures is not None, timeout=30000)
    figures = home.figures
    assert figures is not None and not figures.amounts_hidden
    assert "hidden" not in home.pipeline_total.text()
    zero = Decimal(0)
    stages = (
        StageTotal(1, "Prospection", 0, 10, 3, zero, zero, True),
        StageTotal(2, "Proposition", 1, 50, 0, zero, zero, True),
        StageTotal(3, "Négociation", 2, 80, 12, zero, zero, True),
    )
    counted = Pipeline(1, "Ventes", stages, 15, zero, zero, amounts_hidden=True)
    home._on_loaded(dataclasses.replace(figures, amounts_hidden=True, pipeline=counted))
    qtbot.waitUntil(lambda: "hidden" in home.pipeline_total.text(), timeout=5000)
    assert home.pipeline_total.text() == "Open opportunities: 15 · amounts hidden for your role"
    chart = home.pipeline_chart
    assert chart is not None and len(chart.items) == 1
    assert list(chart.items[0].opts["height"]) == [3.0, 0.0, 12.0]
    assert [label.toPlainText() for label in chart.value_labels] == ["3", "12"]
    axis = chart.plot.getAxis("left")
    assert axis.tickStrings([5.0], 1.0, 1.0) == ["5"]  # a count, not "5 €"
    # Back to a role that sees amounts: amounts again.
    home._on_loaded(figures)
    assert axis.tickStrings([5000.0], 1.0, 1.0) != ["5000"]
    settle(qtbot, context)


def test_an_empty_pipeline_tile_writes_each_value_of_its_axis_once(
    qtbot: QtBot, context: AppContext
) -> None:
    """No open opportunity yet (a new database): the amount axis must not read "0 €, 0 €,
    1 €, 1 €" (ticks of a 0-1 € range written in whole euros); nor the count axis of a role
    without amounts."""
    import dataclasses
    from decimal import Decimal

    from desktop_crm.domain.opportunities import Pipeline, StageTotal
    from desktop_crm.ui.home.view import HomeView

    home = HomeView(context)
    qtbot.addWidget(home)
    home.resize(1400, 860)
    home.show()
    home.refresh()
    qtbot.waitUntil(lambda: home.figures is not None, timeout=30000)
    figures = home.figures
    assert figures is not None
    zero = Decimal(0)
    stages = tuple(
        StageTotal(i, name, i - 1, 10 * i, 0, zero, zero, True)
        for i, name in enumerate(("Prospection", "Proposition", "Négociation"), start=1)
    )
    chart = home.pipeline_chart
    assert chart is not None
    for hidden in (False, True):
        empty = Pipeline(1, "Ventes", stages, 0, zero, zero, amounts_hidden=hidden)
        home._on_loaded(dataclasses.replace(figures, amounts_hidden=hidden, pipeline=empty))
        axis = chart.plot.getAxis("left")
        low, high = chart.plot.getViewBox().viewRange()[1]
        values = [v for _spacing, level in axis.tickValues(low, high, 300) for v in level]
        labels = axis.tickStrings(values, 1.0, 1.0)
        assert len(labels) > 1 and len(set(labels)) == len(labels), labels
    settle(qtbot, context)
