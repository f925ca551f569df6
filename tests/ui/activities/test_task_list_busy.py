"""Task list of a busy salesperson: today's list with the overdue backlog, readable columns."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import UnitOfWork
from desktop_crm.ui.activities.task_list import TaskListView
from desktop_crm.ui.activities.task_model import TaskTableModel
from desktop_crm.ui.common.context import AppContext

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)
COMPANY = "SARL Boulangerie Lambert & Fils"


def _busy(uow: UnitOfWork) -> None:
    """30 tasks today and 5 calls left undone last week, for contacts with long names."""
    contact = Contact(
        first_name="Marie-Christine",
        last_name="Fontaine-Delacroix",
        last_name_key="fontaine-delacroix",
        company_name=COMPANY,
    )
    uow.session.add(contact)
    uow.session.flush()
    for n in range(30):
        start = dt.datetime.combine(NOW.date(), dt.time(8 + n % 10, 15 * (n % 4)))
        schedule_activity(
            uow,
            ActivityInput(
                type="call", start_at=start, contact_ids=(contact.id,), regarding="Appel"
            ),
        )
    for n in range(5):
        schedule_activity(
            uow,
            ActivityInput(
                type="call",
                start_at=NOW - dt.timedelta(days=3 + n),
                contact_ids=(contact.id,),
                regarding="En retard",
            ),
        )


def _view(qtbot: QtBot, context: AppContext) -> TaskListView:
    view = TaskListView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    view.resize(1400, 760)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.due_combo.setCurrentIndex(view.due_combo.findData("today"))
    return view


def test_today_includes_the_overdue_ones_marked_and_a_toggle_hides_them(
    qtbot: QtBot, context: AppContext
) -> None:
    context.db.run(_busy)
    view = _view(qtbot, context)
    assert view.overdue_check.isVisible() and view.overdue_check.isChecked()
    rows = view.model.rows()
    assert len(rows) == 35
    late = [r for r in rows if r.start_at.date() < NOW.date()]
    assert len(late) == 5 and all(r.overdue for r in late)
    first = view.proxy.index(0, 0)  # sorted by date: the oldest late call first
    assert first.data().endswith("overdue") and first.data(Qt.ItemDataRole.FontRole).bold()
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.overdue_check.setChecked(False)
    assert len(view.model.rows()) == 30
    assert all(r.start_at.date() == NOW.date() for r in view.model.rows())
    # The choice is remembered for the next task list.
    again = _view(qtbot, context)
    assert not again.overdue_check.isChecked() and len(again.model.rows()) == 30


def test_contact_and_company_are_readable_and_widths_are_remembered(
    qtbot: QtBot, context: AppContext
) -> None:
    context.db.run(_busy)
    view = _view(qtbot, context)
    header = view.table.horizontalHeader()
    metrics = view.table.fontMetrics()
    contact = TaskTableModel.COLUMNS.index("contact")
    company = TaskTableModel.COLUMNS.index("company")
    regarding = TaskTableModel.COLUMNS.index("regarding")
    margin = 12  # the cell's padding
    assert (
        header.sectionSize(company)
        >= metrics.horizontalAdvance("SARL Boulangerie Lambert") + margin
    )
    assert header.sectionSize(contact) >= metrics.horizontalAdvance("Marie Fontaine") + margin
    assert header.sectionSize(regarding) < view.table.viewport().width() / 2
    header.resizeSection(company, 321)
    view.save_layout()
    again = _view(qtbot, context)
    assert again.table.horizontalHeader().sectionSize(company) == 321


def test_a_day_of_thirty_tasks_is_in_sight(qtbot: QtBot, context: AppContext) -> None:
    """Screens10: rows were 30 px high, 22 activities in sight at 1400x860; one line of text
    a row (as the contact list) shows the 30 tasks of the day and more."""
    context.db.run(_busy)
    view = _view(qtbot, context)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.overdue_check.setChecked(False)
    table = view.table
    metrics = table.fontMetrics()
    assert table.rowHeight(0) <= metrics.height() + 8
    bold = table.model().index(0, 0).data(Qt.ItemDataRole.FontRole)
    if bold is not None:  # a bold date still fits its row
        assert QFontMetrics(bold).height() <= table.rowHeight(0) - 2
    view.resize(1240, 780)  # the task list's room in the window at 1400x860
    qtbot.waitUntil(lambda: table.viewport().height() < 780)
    assert table.viewport().height() // table.rowHeight(0) >= 30
