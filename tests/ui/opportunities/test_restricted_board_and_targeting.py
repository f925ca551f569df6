"""A Restricted login on a team database: the pipeline's kanban board shows the cards and
counts without any amount, and the forecast and targeting analysis show one line saying why
(an empty chart, no error box); Bob (Standard) sees the amounts in both."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.opportunities import OpportunityInput
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.opportunities.records import create_opportunity
from desktop_crm.ui.analytics.view import TargetingView
from desktop_crm.ui.contacts.card_tabs import OpportunitiesTab
from desktop_crm.ui.opportunities.forecast import ForecastTab
from desktop_crm.ui.opportunities.funnel import PipelineTab
from tests.integration.team_helpers import team_database
from tests.pgserver import PostgresServer
from tests.ui.conftest import make_context, settle

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_restricted_board_and_targeting_show_no_amount(
    qtbot: QtBot, pg_server: PostgresServer, pg_url: str, tmp_path: Path
) -> None:
    with team_database(pg_server, pg_url) as team:
        ann = team.db("ann")
        person = ann.run(create_contact, {"last_name": "Public"}).value
        data = OpportunityInput(name="Serveur", contact_id=person.id, amount=Decimal(4321))
        ann.run(create_opportunity, data)
        for who, hidden in (("rex", True), ("bob", False)):
            context = make_context(team.db(who), tmp_path / who)
            tab = PipelineTab(context, lambda _flt: None)
            qtbot.addWidget(tab)
            tab.resize(1400, 800)
            with qtbot.waitSignal(tab.loaded, timeout=20000):
                tab.show()
            with qtbot.waitSignal(tab.board_loaded, timeout=20000):
                tab.show_board(True)
            settle(qtbot, context)
            board = tab.board
            assert board is not None
            titles = " ".join(c.title.text() for c in board.columns.values())
            cards = [
                (c.model.index(i, 0).data(), c.model.index(i, 0).data(3))  # name, tool tip
                for c in board.columns.values()
                for i in range(c.model.rowCount())
            ]
            assert [name for name, _tip in cards] == ["Serveur"]
            shown = titles + " ".join(tip for _n, tip in cards) + tab.summary.text()
            assert ("4" in shown and "321" in shown) is not hidden, shown
            assert ("amounts hidden" in tab.summary.text()) is hidden

            forecast = ForecastTab(context)  # made of amounts: one line, no pop-up
            qtbot.addWidget(forecast)
            forecast.show()
            settle(qtbot, context)
            said = "does not see amounts" in forecast.total.text()
            assert said is hidden and forecast.export.isEnabled() is not hidden

            card_tab = OpportunitiesTab(context)  # the contact card's tab: blank, never 0,00
            qtbot.addWidget(card_tab)
            card_tab.set_owner("contact", person.id)
            settle(qtbot, context)
            amount = card_tab.model.index(0, 3).data()
            assert (amount == "") is hidden, amount

            view = TargetingView(context)
            qtbot.addWidget(view)
            view.resize(1400, 800)
            view.show()
            settle(qtbot, context)
            refused = "does not see amounts" in view.summary.text()
            assert refused is hidden, view.summary.text()
            assert (view.result is None) is hidden
            context.ops.wait()
