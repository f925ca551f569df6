"""A campaign with a long name (screens10): the dashboard's heading is shortened with "…"
instead of widening the figures and squeezing the comparison chart beside them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.services.campaigns.records import CampaignInput, create_campaign
from desktop_crm.storage.uow import Database
from desktop_crm.ui.campaigns.view import CampaignsView
from tests.ui.conftest import make_context, settle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]
LONG = (
    "Relance téléphonique des clients inactifs depuis plus de dix-huit mois, région "
    "Auvergne-Rhône-Alpes, avec offre de bienvenue"
)


def test_a_long_campaign_name_keeps_the_charts_side_by_side(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    short_id = sqlite_db.run(create_campaign, CampaignInput(name="Salon")).value.id
    long_id = sqlite_db.run(create_campaign, CampaignInput(name=LONG)).value.id
    context = make_context(sqlite_db, tmp_path)
    view = CampaignsView(context)
    qtbot.addWidget(view)
    view.resize(1240, 780)
    view.start()
    view.show()
    settle(qtbot, context)
    view.select_campaign(short_id)
    settle(qtbot, context)
    figures = view.figure_title.parentWidget()
    width = figures.width()
    view.select_campaign(long_id)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.figure_title.text() == LONG)
    assert view.minimumSizeHint().width() < 1240  # the window need not grow past the screen
    assert view.width() == 1240
    assert figures.width() == width
    assert view.figure_title.toolTip() == LONG
    context.ops.wait()
