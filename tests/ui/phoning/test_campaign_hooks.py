"""The "Campaign:" choice of the print dialog: the run's history names the campaign."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.storage.models import CampaignMember, History
from desktop_crm.storage.uow import Database
from desktop_crm.ui.printing.print_dialog import PrintDialog
from tests.integration.phoning_fixtures import seed
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def test_print_dialog_records_the_run_for_the_chosen_campaign(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    s = seed(sqlite_db)
    ctx = make_context(sqlite_db, tmp_path)
    dialog = PrintDialog(ctx, Selection(), "envelopes")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10000)
    combo = dialog.campaign_picker.combo
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=10000)
    assert dialog.campaign_picker.campaign_id() is None  # "(none)" unless chosen
    dialog.campaign_picker.set_campaign(s.campaign_id)
    with qtbot.waitSignal(dialog.printed, timeout=15000) as signal:
        dialog.write_pdf(tmp_path / "env.pdf", record=True)
    assert signal.args[0].history_entries == 2
    settle(qtbot, ctx)
    with sqlite_db.uow(write=False) as uow:
        entries = list(
            uow.session.execute(
                select(History.contact_id, History.campaign_id, History.regarding).where(
                    History.type == "envelope_printed"
                )
            )
        )
        members = set(
            uow.session.scalars(
                select(CampaignMember.contact_id).where(CampaignMember.campaign_id == s.campaign_id)
            )
        )
    assert {e[0] for e in entries} == {s.contact_ids[0], s.contact_ids[2]}
    assert {e[1] for e in entries} == {s.campaign_id}
    assert all(e[2].endswith("imprimées (campagne Relance automne)") for e in entries)
    assert members == {s.contact_ids[0], s.contact_ids[2]}
