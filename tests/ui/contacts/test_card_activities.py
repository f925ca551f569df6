"""The card's Activities tab: schedule, edit by double-click, clear with history, and the
progress of the series running on the contact."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_crm.services.activities.records import ActivityInput, ClearInput, list_for_contact
from desktop_crm.services.activities.series import apply_series, list_series, seed_series
from desktop_crm.services.contacts import history
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.storage.uow import Database
from desktop_crm.ui.activities.clear_dialog import ClearActivityDialog
from desktop_crm.ui.activities.schedule_dialog import ScheduleActivityDialog
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]
START = (dt.datetime.now() + dt.timedelta(days=3)).replace(
    hour=10, minute=0, second=0, microsecond=0
)


@pytest.fixture
def card(qtbot: QtBot, seeded_db: Database, context: AppContext) -> ContactCard:
    widget = ContactCard(context)
    qtbot.addWidget(widget)
    with seeded_db.uow(write=False) as uow:
        contact_id = lookup_ids(uow, "lefevre jean")[0]
    with qtbot.waitSignal(widget.contact_shown):
        widget.show_contact(contact_id)
    widget.tabs.setCurrentWidget(widget.activities_tab)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, context)
    return widget


def _answer_schedule(monkeypatch: pytest.MonkeyPatch, **changes: object) -> list[ActivityInput]:
    seen: list[ActivityInput] = []

    def ask(cls, context, initial, **_kw):  # type: ignore[no-untyped-def]
        seen.append(initial)
        return dataclasses.replace(initial, **changes)

    monkeypatch.setattr(ScheduleActivityDialog, "ask", classmethod(ask))
    return seen


def test_schedule_then_edit_by_double_click(
    qtbot: QtBot,
    card: ContactCard,
    seeded_db: Database,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = card.activities_tab
    assert tab.model.rowCount() == 0 and not tab.clear_button.isEnabled()
    seen = _answer_schedule(monkeypatch, start_at=START, regarding="Devis cuisine")
    with qtbot.waitSignal(tab.activities_changed):
        tab.schedule_button.click()
    assert seen[0].contact_ids == (card.contact.id,)  # type: ignore[union-attr]
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 2).data() == "Devis cuisine"

    _answer_schedule(monkeypatch, regarding="Devis cuisine et salle de bains")
    index = tab.model.index(0, 2)
    rect = tab.view.visualRect(index)
    # Qt 6 item views only take a double-click on the row the press went to.
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.activities_changed):
        qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.model.index(0, 2).data() == "Devis cuisine et salle de bains"
    with seeded_db.uow(write=False) as uow:
        stored = list_for_contact(uow, card.contact.id)  # type: ignore[union-attr]
    assert [a.regarding for a in stored] == ["Devis cuisine et salle de bains"]


def test_clear_writes_history_and_moves_last_reach(
    qtbot: QtBot,
    card: ContactCard,
    seeded_db: Database,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = card.activities_tab
    _answer_schedule(monkeypatch, start_at=START, regarding="Rappel")
    with qtbot.waitSignal(tab.activities_changed):
        tab.schedule_button.click()
    card.form.editors["job_title"].setText("Gérant")  # an unsaved edit must survive
    tab.view.selectRow(0)
    assert tab.clear_button.isEnabled()
    answer = (ClearInput(result="call_reached", details="Intéressé"), None)
    monkeypatch.setattr(ClearActivityDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    with qtbot.waitSignal(tab.activities_changed):
        tab.clear_button.click()
    settle(qtbot, context)
    assert tab.model.rowCount() == 0  # cleared ones are hidden by default
    tab.show_cleared.setChecked(True)
    settle(qtbot, context)
    assert tab.model.rowCount() == 1 and tab.model.index(0, 5).data() == "Done"
    tab.view.selectRow(0)
    assert not tab.clear_button.isEnabled()
    assert card.contact is not None and card.contact.last_reach is not None
    assert card.form.field_value("job_title") == "Gérant"
    with seeded_db.uow(write=False) as uow:
        entries = history.contact_history(uow, card.contact.id, types=["call_reached"])
    assert [e.details for e in entries] == ["Intéressé"]


def test_series_progress_shows_on_the_tab(
    qtbot: QtBot, card: ContactCard, seeded_db: Database, context: AppContext
) -> None:
    tab = card.activities_tab
    assert tab.series_box.isHidden()
    seeded_db.run(seed_series)
    series = seeded_db.read(list_series)[0]
    # Through the runner, as the app applies it: the tab follows the change notice.
    with qtbot.waitSignal(tab.activities_changed):
        context.ops.run(apply_series, series.id, [card.contact.id], dt.date.today())  # type: ignore[union-attr]
    settle(qtbot, context)
    assert not tab.series_box.isHidden() and tab.progress.count() == 1
    assert tab.model.rowCount() == len(series.steps)
