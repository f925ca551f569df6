"""Automatic series are never started silently (issue 18, point 2): the notice lists each
run, opens its contact, and the card's progress shows skipped steps."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QProgressBar
from pytestqt.qtbot import QtBot

from desktop_crm.domain.clock import wall_to_utc
from desktop_crm.services.activities.series import seed_series
from desktop_crm.storage.models import Contact, Opportunity
from desktop_crm.ui.activities.series_dialogs import SeriesProgressWidget
from desktop_crm.ui.activities.triggers import TriggerScheduler
from desktop_crm.ui.common.context import AppContext

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise"),
]


def _late_win(context: AppContext) -> int:
    with context.db.uow() as uow:
        seed_series(uow)
        contact = Contact(first_name="Marie", last_name="Dupont", last_name_key="dupont")
        uow.session.add(contact)
        uow.session.flush()
        won = dt.datetime.now() - dt.timedelta(days=20)
        uow.session.add(
            Opportunity(
                name="Vente", contact_id=contact.id, status="won", closed_at=wall_to_utc(won)
            )
        )
        uow.commit()
        return contact.id


def test_the_notice_names_each_run_and_opens_its_contact(qtbot: QtBot, context: AppContext) -> None:
    contact_id = _late_win(context)
    scheduler = TriggerScheduler(context)
    with qtbot.waitSignal(scheduler.checked, timeout=10000):
        scheduler.run_now()
    notice = scheduler.notice
    assert notice is not None and notice.isVisible()
    assert "1 automatic series started." in notice.summary.text()
    assert "4 step(s) recorded as skipped" in notice.summary.text()
    line = notice.list.item(0).text()
    assert line == "Marie Dupont — Fidélisation après achat: 4 step(s) planned, 4 skipped"
    with qtbot.waitSignal(scheduler.contact_open_requested) as opened:
        notice.open_button.click()
    assert opened.args == [contact_id]
    notice.close()
    # Nothing new: no notice the second time.
    with qtbot.waitSignal(scheduler.checked, timeout=10000) as again:
        scheduler.run_now()
    assert again.args[0].total == 0
    qtbot.waitUntil(lambda: scheduler.notice is None)


def test_progress_shows_skipped_steps(qtbot: QtBot, context: AppContext) -> None:
    contact_id = _late_win(context)
    scheduler = TriggerScheduler(context)
    with qtbot.waitSignal(scheduler.checked, timeout=10000):
        scheduler.run_now()
    assert scheduler.notice is not None
    scheduler.notice.close()
    widget = SeriesProgressWidget(context)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10000):
        widget.set_contact(contact_id)
    (bar,) = widget.findChildren(QProgressBar)
    assert bar.maximum() == 8 and bar.value() == 4
    assert "0/8 · 4 skipped · next:" in bar.format()
