"""Task list view: model conformance, filters, overdue style, sort, actions, change notices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.activities.records import (
    ActivityInput,
    ClearInput,
    get_activity,
    schedule_activity,
)
from desktop_crm.services.contacts.notes import add_note
from desktop_crm.storage.models import Contact
from desktop_crm.ui.activities import task_list as task_list_module
from desktop_crm.ui.activities.clear_dialog import ClearActivityDialog
from desktop_crm.ui.activities.task_list import TaskListView
from desktop_crm.ui.activities.task_model import OVERDUE_COLOUR, TaskTableModel
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.view import ViewWidget
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]
NOW = dt.datetime(2026, 12, 2, 10, 0)


def _seed(context: AppContext) -> dict[str, int]:
    db = context.db
    with db.uow() as uow:
        contact = Contact(first_name="Hélène", last_name="Lefèvre", last_name_key="lefevre")
        uow.session.add(contact)
        uow.commit()
        cid = contact.id
    ids = {"contact": cid}
    plan = {
        "late_call": ("call", NOW - dt.timedelta(days=1), 5, (cid,)),
        "todo_today": ("todo", NOW + dt.timedelta(hours=2), 2, ()),
        "meeting_next_week": ("meeting", NOW + dt.timedelta(days=8), 3, (cid,)),
    }
    for name, (kind, start, prio, contacts) in plan.items():
        data = ActivityInput(
            type=kind,
            start_at=start,
            priority=prio,
            contact_ids=contacts,
            regarding=name.replace("_", " "),
        )
        ids[name] = db.run(schedule_activity, data).value.id
    return ids


def _view(qtbot: QtBot, context: AppContext) -> TaskListView:
    """A task list as the main window shows it: loaded when first shown."""
    view = TaskListView(context, clock=FixedClock(NOW))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    return view


def _shown(view: TaskListView) -> list[str]:
    return [view.proxy.index(r, 6).data() for r in range(view.proxy.rowCount())]


def _set(qtbot: QtBot, view: TaskListView, combo_name: str, data: object) -> None:
    combo = getattr(view, combo_name)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        combo.setCurrentIndex(combo.findData(data))


def test_model_passes_the_tester(qtbot: QtBot, context: AppContext) -> None:
    _seed(context)
    view = _view(qtbot, context)
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(view.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert view.model.rowCount() == 2  # this week, not cleared
    assert view.model.columnCount() == len(TaskTableModel.COLUMNS)
    # The model keeps passing while rows are replaced by a reload.
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.due_combo.setCurrentIndex(view.due_combo.findData("all"))
    assert view.model.rowCount() == 3
    assert isinstance(view, ViewWidget)
    assert view.status() == (view.due_combo.currentText(), 3)


def test_filters_and_overdue_style(qtbot: QtBot, context: AppContext) -> None:
    _seed(context)
    view = _view(qtbot, context)
    assert _shown(view) == ["late call", "todo today"]
    # Late work is marked on its date: red, bold and said in words.
    late = view.proxy.index(0, 0)
    assert late.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert late.data().endswith("overdue")
    assert view.proxy.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.proxy.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 overdue" in view.status_label.text()
    _set(qtbot, view, "due_combo", "all")
    assert len(_shown(view)) == 3
    _set(qtbot, view, "type_combo", "meeting")
    assert _shown(view) == ["meeting next week"]
    _set(qtbot, view, "type_combo", None)
    _set(qtbot, view, "priority_combo", 4)
    assert _shown(view) == ["late call"]
    _set(qtbot, view, "priority_combo", None)
    _set(qtbot, view, "due_combo", "overdue")
    assert _shown(view) == ["late call"]
    _set(qtbot, view, "due_combo", "all")
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.search_edit.setText("LEFEV")
    assert _shown(view) == ["late call", "meeting next week"]


def test_newest_filter_wins(qtbot: QtBot, context: AppContext) -> None:
    _seed(context)
    view = _view(qtbot, context)
    # Three filters asked in a row: only the last one's rows are shown.
    view.due_combo.setCurrentIndex(view.due_combo.findData("all"))
    view.type_combo.setCurrentIndex(view.type_combo.findData("todo"))
    view.type_combo.setCurrentIndex(view.type_combo.findData("meeting"))
    settle(qtbot, context)
    assert _shown(view) == ["meeting next week"]


def test_sort_on_priority_column(qtbot: QtBot, context: AppContext) -> None:
    _seed(context)
    view = _view(qtbot, context)
    _set(qtbot, view, "due_combo", "all")
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert _shown(view) == ["late call", "meeting next week", "todo today"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _shown(view) == ["late call", "todo today", "meeting next week"]


def test_clear_from_the_list_writes_history(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _seed(context)
    view = _view(qtbot, context)
    view.table.selectRow(0)
    answer = (ClearInput(result="call_left_message", cleared_at=NOW), None)
    monkeypatch.setattr(ClearActivityDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.clear_button.click()
    assert _shown(view) == ["todo today"]
    with context.db.uow(write=False) as uow:
        assert get_activity(uow, ids["late_call"]).result == "call_left_message"


def test_open_contact_and_export(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    ids = _seed(context)
    view = _view(qtbot, context)
    view.table.selectRow(0)
    with qtbot.waitSignal(view.contact_open_requested) as signal:
        view.contact_button.click()
    assert signal.args == [ids["contact"]]
    target = tmp_path / "tasks.ics"
    counts: list[int] = []
    with qtbot.waitSignal(view.message, timeout=10000) as message:
        view.export_to(target, view.selected_ids(), on_done=counts.append)
    assert counts == [1]
    assert "1" in message.args[0]
    assert b"late call" in target.read_bytes()


def test_roll_over_moves_overdue_to_today(qtbot: QtBot, context: AppContext) -> None:
    ids = _seed(context)
    view = _view(qtbot, context)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.rollover_button.click()
    with context.db.uow(write=False) as uow:
        assert get_activity(uow, ids["late_call"]).start_at == dt.datetime(2026, 12, 2, 10)
    assert task_list_module.TaskListView is TaskListView


def test_unrelated_change_does_not_reload(qtbot: QtBot, context: AppContext) -> None:
    ids = _seed(context)
    view = _view(qtbot, context)
    loads: list[None] = []
    view.refreshed.connect(lambda: loads.append(None))
    heard = []
    context.ops.changed.connect(lambda changes, _i: heard.append(changes))
    # A note on a contact the list shows: announced, but nothing the list displays changed.
    context.ops.run(add_note, "Rappeler mardi", contact_id=ids["contact"])
    settle(qtbot, context)
    assert heard and heard[0].touches("note")
    # A reload would have been submitted while the notice was handled, and settled above.
    assert loads == []


def test_renamed_contact_is_shown_without_refresh(qtbot: QtBot, context: AppContext) -> None:
    ids = _seed(context)
    view = _view(qtbot, context)

    def rename(uow, contact_id: int) -> None:  # type: ignore[no-untyped-def]
        uow.session.get(Contact, contact_id).last_name = "Lefèvre-Martin"

    with qtbot.waitSignal(view.refreshed, timeout=10000):
        context.ops.run(rename, ids["contact"])
    names = {view.proxy.index(r, 4).data() for r in range(view.proxy.rowCount())}
    assert "Hélène Lefèvre-Martin" in names


def test_hidden_list_catches_up_when_shown_and_only_then(qtbot: QtBot, context: AppContext) -> None:
    _seed(context)
    view = _view(qtbot, context)
    view.hide()
    loads: list[None] = []
    view.refreshed.connect(lambda: loads.append(None))
    context.ops.run(
        schedule_activity, ActivityInput(type="todo", start_at=NOW, regarding="while hidden")
    )
    settle(qtbot, context)
    assert loads == []  # hidden: nothing read yet
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.show()
    assert "while hidden" in _shown(view)
    view.hide()
    view.show()  # nothing changed meanwhile: no reload
    settle(qtbot, context)
    assert len(loads) == 1


def test_column_widths_are_kept(qtbot: QtBot, context: AppContext) -> None:
    _seed(context)
    view = _view(qtbot, context)
    view.table.setColumnWidth(4, 321)
    view.save_layout()
    again = _view(qtbot, context)
    assert again.table.columnWidth(4) == 321


def test_the_user_filter_shows_the_whole_name_at_1400(qtbot: QtBot, context: AppContext) -> None:
    """The team is read after the list is shown: the combo grows to the names it gets
    (it stayed as wide as when empty: "Sophie M")."""
    from sqlalchemy import text

    with context.db.engine.begin() as conn:
        conn.execute(text("UPDATE app_user SET display_name = 'Sophie Marchand-Delacroix'"))
    view = _view(qtbot, context)
    view.resize(1400, 800)
    combo = view.user_combo
    qtbot.waitUntil(lambda: combo.count() > 1)
    qtbot.wait(10)
    name = combo.currentText()
    assert "Sophie Marchand-Delacroix" in [combo.itemText(i) for i in range(combo.count())]
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(name) + 20, (
        combo.width(),
        name,
    )
