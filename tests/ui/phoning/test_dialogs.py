"""The small dialogs: which list to call, and a response to a campaign."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.services.campaigns.responses import log_response
from desktop_crm.services.campaigns.sends import campaign_choices
from desktop_crm.services.phoning.session import SessionTarget, session_choices
from desktop_crm.storage.models import CampaignMember, History
from desktop_crm.storage.uow import Database
from desktop_crm.ui.phoning.entry import SessionTargetDialog
from desktop_crm.ui.phoning.response_dialog import ResponseDialog
from tests.integration.phoning_fixtures import seed
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def test_target_dialog_offers_campaigns_and_groups(qtbot: QtBot, sqlite_db: Database) -> None:
    s = seed(sqlite_db)
    dialog = SessionTargetDialog(sqlite_db.read(session_choices))
    qtbot.addWidget(dialog)
    assert dialog.target() == SessionTarget("campaign", s.campaign_id)
    dialog.by_group.setChecked(True)
    assert dialog.target() == SessionTarget("group", s.group_id)


def test_response_dialog_records_the_response(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    s = seed(sqlite_db)
    ctx = make_context(sqlite_db, tmp_path)
    dialog = ResponseDialog(sqlite_db.read(campaign_choices))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("meeting"))
    dialog.note_edit.setText("RDV mardi 10 h")
    campaign_id, kind, when, note = dialog.value()
    assert (campaign_id, kind, note) == (s.campaign_id, "meeting", "RDV mardi 10 h")
    ctx.ops.run(log_response, campaign_id, s.contact_ids[0], kind, when, note)
    settle(qtbot, ctx)
    with sqlite_db.uow(write=False) as uow:
        member = uow.session.get(CampaignMember, (s.campaign_id, s.contact_ids[0]))
        assert member is not None and member.status == "meeting"
        details = uow.session.scalar(
            select(History.details).where(History.campaign_id == s.campaign_id)
        )
    assert details == "RDV mardi 10 h"
