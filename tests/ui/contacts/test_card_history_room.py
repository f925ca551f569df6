"""The card's History and Notes tabs of a contact with hundreds of entries (screens10): a long
subject no longer pushes "Durée" and "Par" past the card's edge, and a page-long note no longer
takes the whole Notes tab (its date and author were out of sight in the middle of the row)."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.constants import HistoryType
from desktop_crm.services.contacts.calls import CallInput, log_call
from desktop_crm.services.contacts.notes import add_note
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.storage.uow import Database, UnitOfWork
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.contacts.card_tabs import HistoryTab, NotesTab
from tests.ui.conftest import settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]

CALLS = 60
LONG_SUBJECT = "Relance du devis n° 2026-1187 envoyé la semaine dernière au service achats"
NOTE = "Entretien très long avec le directeur des achats au sujet des trois entrepôts. " * 25


def _busy(uow: UnitOfWork) -> int:
    contact_id = create_contact(uow, {"last_name": "Duval", "first_name": "Lucas"}).id
    start = dt.datetime(2025, 1, 6, 9, 0)
    for n in range(CALLS):
        log_call(
            uow,
            CallInput(
                contact_id=contact_id,
                result=HistoryType.CALL_LEFT_MESSAGE,
                occurred_at=start + dt.timedelta(days=n),
                duration_s=125,
                regarding=LONG_SUBJECT if n % 2 else "Suivi",
                details=NOTE,
            ),
        )
    add_note(uow, NOTE, contact_id=contact_id)
    add_note(uow, "Court.", contact_id=contact_id)
    return contact_id


def test_a_long_subject_leaves_duration_and_author_in_sight(
    qtbot: QtBot, seeded_db: Database, context: AppContext, language: str
) -> None:
    contact_id = seeded_db.run(_busy).value
    tab = HistoryTab(context)
    qtbot.addWidget(tab)
    tab.resize(660, 320)  # the card's tabs at 1400x860
    tab.show()
    tab.set_owner("contact", contact_id)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= CALLS)
    settle(qtbot, context)
    header = tab.view.horizontalHeader()
    by = 5
    assert tab.model.headerData(by, header.orientation()) in {"By", "Par"}
    right = header.sectionViewportPosition(by) + header.sectionSize(by)
    assert right <= tab.view.viewport().width()
    regarding = header.sectionSize(3)
    # One line of text a row: 10 entries in sight in the card's tab, not 6.
    assert tab.view.rowHeight(0) <= tab.view.fontMetrics().height() + 8
    assert regarding >= header.sectionSizeHint(3)
    # Narrower: the subject gives way again, down to its floor.
    tab.resize(560, 320)
    qtbot.waitUntil(lambda: header.sectionSize(3) < regarding)


def test_a_page_long_note_leaves_its_date_in_sight(
    qtbot: QtBot, seeded_db: Database, context: AppContext
) -> None:
    contact_id = seeded_db.run(_busy).value
    tab = NotesTab(context)
    qtbot.addWidget(tab)
    tab.resize(660, 320)
    tab.show()
    tab.set_owner("contact", contact_id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    settle(qtbot, context)
    heights = [tab.view.rowHeight(row) for row in range(2)]
    assert sum(heights) < tab.view.viewport().height()  # both notes in sight, dates too
    assert max(heights) <= tab.view.fontMetrics().lineSpacing() * 6 + 8
