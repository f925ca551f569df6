"""A phoning session over five contacts, driven with the keyboard only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop_crm.services.phoning.session import SessionTarget
from desktop_crm.storage.models import CampaignMember, History
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.phoning.session_window import PhoningSession
from tests.integration.phoning_fixtures import seed
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


def _open(qtbot, context: AppContext, target: SessionTarget) -> PhoningSession:  # type: ignore[no-untyped-def]
    window = PhoningSession(context, target)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.setFocus()
    settle(qtbot, context)
    return window


def _key(qtbot, context: AppContext, window: PhoningSession, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    # As a keyboard does: to the widget that has the focus (the window when none has).
    qtbot.keyClick(QApplication.focusWidget() or window, key)
    settle(qtbot, context)


def _skipped_rows(window: PhoningSession) -> list[tuple[str, str]]:
    model = window.skipped_model
    return [
        (str(model.index(r, 0).data()), str(model.index(r, 1).data()))
        for r in range(model.rowCount())
    ]


def test_keyboard_session_logs_skips_and_resumes(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    s = seed(sqlite_db)
    context = make_context(sqlite_db, tmp_path)
    target = SessionTarget("campaign", s.campaign_id)
    window = _open(qtbot, context, target)
    # Bruno is "do not call": left out, with the reason shown.
    assert _skipped_rows(window) == [("Bruno Bernard", "Do not call")]
    assert window.progress_label.text() == "1 / 4"
    assert window.name_label.text() == "Anne Arnaud"
    assert "01 42 00 00 01" in window.phone_buttons[0].text()

    _key(qtbot, context, window, Qt.Key.Key_1)  # Anne: reached, interested
    assert window.name_label.text() == "Chloé Colin"
    assert window.progress_label.text() == "2 / 4"
    assert "Anne Arnaud" in window.last_action.text()

    _key(qtbot, context, window, Qt.Key.Key_Space)  # Chloé: next without logging
    assert window.name_label.text() == "David Durand"
    _key(qtbot, context, window, Qt.Key.Key_S)  # David: passed, listed with the reason
    assert window.name_label.text() == "Emma Etienne"
    assert ("David Durand", "Passed (S)") in _skipped_rows(window)
    window.close()

    again = _open(qtbot, context, target)  # resumes at the contact it stopped on
    assert again.name_label.text() == "Emma Etienne"
    assert again.progress_label.text() == "4 / 4"
    _key(qtbot, context, again, Qt.Key.Key_Tab)  # to the note field: keys type text there
    assert again.note_edit.hasFocus()
    qtbot.keyClicks(again.note_edit, "Absente 4 jours")
    _key(qtbot, context, again, Qt.Key.Key_Return)  # back to the keys
    assert not again.note_edit.hasFocus() and again.current_id() == s.contact_ids[4]
    _key(qtbot, context, again, Qt.Key.Key_4)  # Emma: no answer
    assert again.current_id() is None
    assert "called" in again.name_label.text()
    _key(qtbot, context, again, Qt.Key.Key_N)  # nothing left: N does nothing
    assert again.current_id() is None

    with sqlite_db.uow(write=False) as uow:
        calls = [
            (h.contact_id, h.type, h.campaign_id, h.details)
            for h in uow.session.scalars(
                select(History).where(History.type.like("call%")).order_by(History.id)
            )
        ]
        members = {
            m.contact_id: m.status
            for m in uow.session.scalars(
                select(CampaignMember).where(CampaignMember.campaign_id == s.campaign_id)
            )
        }
    anne, _bruno, _chloe, _david, emma = s.contact_ids
    assert calls == [
        (anne, "call_reached", s.campaign_id, None),
        (emma, "call_attempted", s.campaign_id, "Absente 4 jours"),
    ]
    assert members == {anne: "interested", emma: "sent"}


def test_empty_group_says_so(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_crm.services.groups.groups import create_group

    group = sqlite_db.run(create_group, "Vide").value
    context = make_context(sqlite_db, tmp_path)
    window = _open(qtbot, context, SessionTarget("group", group.id))
    assert "has no contacts" in window.company_label.text()
    assert not window.outcome_buttons["interested"].isEnabled()
    _key(qtbot, context, window, Qt.Key.Key_1)  # nothing to log, nothing written
    with sqlite_db.uow(write=False) as uow:
        assert uow.session.scalar(select(History.id).where(History.type.like("call%"))) is None
