"""One vocabulary for a call's result (issue 18, point 7): the call dialog, the clear-task
dialog and the history's Result column say the same word, and the Result column shows the
result, not the call's direction."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.activities.records import (
    ActivityInput,
    ClearInput,
    clear_activity,
    get_activity,
    schedule_activity,
)
from desktop_crm.services.contacts.calls import CallInput, log_call
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.storage.uow import Database
from desktop_crm.ui import i18n
from desktop_crm.ui.activities.clear_dialog import ClearActivityDialog
from desktop_crm.ui.activities.labels import history_result
from desktop_crm.ui.calls.call_dialog import CallDialog
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from tests.ui.conftest import settle

NOW = dt.datetime(2026, 3, 27, 10, 0)

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    yield qapp
    i18n.install(qapp, "en")


def _reached_texts(qtbot, seeded_db: Database) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    call = CallDialog(1, "Jean Lefèvre", [])
    qtbot.addWidget(call)
    data = ActivityInput(type="call", start_at=NOW, regarding="Rappel")
    activity_id = seeded_db.run(schedule_activity, data).value.id  # type: ignore[arg-type]
    activity = seeded_db.read(get_activity, activity_id)
    clear = ClearActivityDialog(activity, NOW)
    qtbot.addWidget(clear)
    reached = HistoryType.CALL_REACHED.value
    in_call = call.result_combo.itemText(call.result_combo.findData(reached))
    in_clear = clear.result_combo.itemText(clear.result_combo.findData(reached))
    return in_call, in_clear


def test_call_and_clear_dialogs_say_the_same_word(qtbot, seeded_db: Database, english) -> None:  # type: ignore[no-untyped-def]
    assert _reached_texts(qtbot, seeded_db) == ("Reached", "Reached")
    i18n.install(english, "fr")
    assert _reached_texts(qtbot, seeded_db) == ("Joint", "Joint")
    assert history_result("call_reached", "outgoing") == "Joint (sortant)"


def test_history_result_column_shows_the_result(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    with seeded_db.uow(write=False) as uow:
        contact_id = lookup_ids(uow, "lefevre jean")[0]
    seeded_db.run(
        log_call,
        CallInput(
            contact_id=contact_id,
            result=HistoryType.CALL_LEFT_MESSAGE,
            outgoing=True,
            occurred_at=NOW,
            regarding="Appel sortant",
        ),
    )
    data = ActivityInput(type="call", start_at=NOW, regarding="Tâche", contact_ids=(contact_id,))
    activity_id = seeded_db.run(schedule_activity, data).value.id  # type: ignore[arg-type]
    seeded_db.run(clear_activity, activity_id, ClearInput(result="call_reached", cleared_at=NOW))
    card = ContactCard(context)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)
    settle(qtbot, context)
    model = card.history_tab.model
    rows = {
        model.data(model.index(r, 3)): model.data(model.index(r, 2))
        for r in range(model.rowCount())
    }
    assert rows["Appel sortant"] == "Left message (outgoing)"
    assert rows["Tâche"] == "Reached"
    assert "Outgoing" not in rows.values()
