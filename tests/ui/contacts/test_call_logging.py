"""Logging a call from the card with a follow-up; click-to-dial URLs."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.contacts.records import get_contact
from desktop_crm.storage.models import Activity
from desktop_crm.storage.uow import Database
from desktop_crm.ui.calls.call_dialog import CallDialog
from desktop_crm.ui.calls.dial import dial_scheme, dial_url
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card import ContactCard
from tests.ui.conftest import settle

# Late in the evening, so a real clock crossing midnight would show (it no longer can).
NOW = dt.datetime(2026, 3, 27, 23, 59, 30)

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def test_dialog_collects_the_call_and_follow_up(qtbot) -> None:
    dialog = CallDialog(
        7, "Jean Lefèvre", ["Devis", "Relance"], "06 12 34 56 78", clock=FixedClock(NOW)
    )
    qtbot.addWidget(dialog)
    assert dialog.result_combo.currentData() == HistoryType.CALL_REACHED.value
    dialog.incoming.setChecked(True)
    assert dialog.result_combo.currentData() == HistoryType.CALL_RECEIVED.value
    dialog.outgoing.setChecked(True)
    dialog.result_combo.setCurrentIndex(
        dialog.result_combo.findData(HistoryType.CALL_LEFT_MESSAGE.value)
    )
    dialog.regarding.setCurrentText("Devis")
    dialog.details.setPlainText("Rappeler mardi")
    dialog.follow_up.setChecked(True)
    dialog.days.setValue(3)
    dialog.priority.setCurrentIndex(2)
    call = dialog.call_input()
    assert (call.contact_id, call.result, call.outgoing) == (7, HistoryType.CALL_LEFT_MESSAGE, True)
    assert (call.regarding, call.details) == ("Devis", "Rappeler mardi")
    assert call.follow_up is not None
    assert call.follow_up.type.value == "call" and int(call.follow_up.priority) == 5
    # Activities are planned in wall-clock time (9:00 on the day), unlike history (UTC).
    assert call.follow_up.start_at == dt.datetime(2026, 3, 30, 9, 0)
    # The call happened "now" on the business clock (Paris wall time); the database gets it
    # in UTC (22:59:30: Paris is UTC+1 until the last Sunday of March).
    assert call.occurred_at == dt.datetime(2026, 3, 27, 22, 59, 30)
    dialog.at_date.setChecked(True)
    follow = dialog.call_input().follow_up
    assert follow is not None and follow.start_at == NOW + dt.timedelta(days=7)


def test_timer_runs_from_opening_and_can_be_stopped(qtbot) -> None:
    dialog = CallDialog(1, "X", [], clock=FixedClock(NOW))
    qtbot.addWidget(dialog)
    dialog._started -= 65  # as if the dialog had been open for 65 s
    dialog._tick()
    assert dialog.duration_label.text() == "01:05"
    dialog.toggle_timer()
    frozen = dialog.elapsed_seconds()
    assert dialog.call_input().duration_s == frozen >= 65


def test_log_call_from_the_card_shows_on_the_timeline(
    qtbot, seeded_db: Database, context: AppContext
) -> None:
    card = ContactCard(context)
    qtbot.addWidget(card)
    with seeded_db.uow(write=False) as uow:
        contact_id = lookup_ids(uow, "lefevre jean")[0]
    with qtbot.waitSignal(card.contact_shown):
        card.show_contact(contact_id)
    card.form.editors["job_title"].setText("Gérant")  # an unsaved edit must survive

    def answer(cid, label, regarding, phone=None):  # type: ignore[no-untyped-def]
        dialog = CallDialog(cid, label, regarding, phone, clock=FixedClock(NOW))
        qtbot.addWidget(dialog)
        assert "Relance" in [dialog.regarding.itemText(i) for i in range(dialog.regarding.count())]
        dialog.regarding.setCurrentText("Relance")
        dialog.follow_up.setChecked(True)
        dialog.follow_type.setCurrentIndex(1)  # to-do
        dialog.days.setValue(7)
        return dialog.call_input()

    card.ask_call = answer
    with qtbot.waitSignal(card.call_logged):
        assert card.log_call() is True
    settle(qtbot, context)
    assert card.tabs.currentWidget() is card.history_tab
    model = card.history_tab.model
    # Found by content, not position: the seeded rows carry the real clock's dates.
    rows = [
        (model.data(model.index(r, 1)), model.data(model.index(r, 3)))
        for r in range(model.rowCount())
    ]
    assert ("Call reached", "Relance") in rows
    assert card.form.field_value("job_title") == "Gérant"
    with seeded_db.uow(write=False) as uow:
        assert get_contact(uow, contact_id).last_reach is not None
        todo = uow.session.scalars(select(Activity).where(Activity.contact_id == contact_id)).one()
        assert (todo.type, todo.regarding) == ("todo", "Relance")
        assert todo.start_at == dt.datetime(2026, 4, 3, 9, 0)
    assert card.contact is not None and card.contact.last_reach is not None
    card.resolve_conflict = lambda _label, conflicts: pytest.fail(f"conflict: {conflicts}")
    with qtbot.waitSignal(card.saved):  # the edit saves without a spurious conflict
        assert card.save() is True
    settle(qtbot, context)
    assert get_contact_job_title(seeded_db, contact_id) == "Gérant"


def get_contact_job_title(db: Database, contact_id: int) -> str | None:
    return db.read(get_contact, contact_id).job_title


def test_click_to_dial_urls(settings) -> None:
    assert dial_scheme(settings) == "tel"
    assert dial_url("+33612345678", "tel").toString() == "tel:+33612345678"
    assert dial_url("+33612345678", "sip").toString() == "sip:+33612345678"
    assert dial_url("+33612345678", "none") is None
    settings.setValue("calls/dial_scheme", "callto")
    assert dial_scheme(settings) == "callto"
