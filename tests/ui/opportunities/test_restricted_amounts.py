"""A Restricted login on a team database: the opportunity list and card show the amounts
blank (the server refuses the columns), with no error; Bob (Standard) sees them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_crm.domain.opportunities import OpportunityInput, ProductLine
from desktop_crm.services.opportunities.records import create_opportunity
from desktop_crm.ui.opportunities.card import OpportunityDialog
from desktop_crm.ui.opportunities.lines_model import COL_PRICE
from desktop_crm.ui.opportunities.list_model import COLUMNS
from desktop_crm.ui.opportunities.view import OpportunitiesView
from tests.integration.team_helpers import team_database
from tests.pgserver import PostgresServer
from tests.ui.conftest import make_context, settle

pytestmark = [pytest.mark.postgres, pytest.mark.qt_log_ignore("propagateSizeHints")]
AMOUNT = [k for k, _t in COLUMNS].index("amount")
NAME = [k for k, _t in COLUMNS].index("name")


def test_restricted_sees_blank_amounts_in_the_list_and_card(
    qtbot: QtBot, pg_server: PostgresServer, pg_url: str, tmp_path: Path
) -> None:
    with team_database(pg_server, pg_url) as team:
        data = OpportunityInput(
            name="Contrat cadre", lines=(ProductLine.of(None, "Licence", 3, Decimal(1500)),)
        )
        opp = team.db("ann").run(create_opportunity, data).value
        for who, blank in (("rex", True), ("bob", False)):
            context = make_context(team.db(who), tmp_path / who)
            view = OpportunitiesView(context)
            qtbot.addWidget(view)
            view.resize(1400, 800)
            view.show()
            view.start()
            settle(qtbot, context)
            qtbot.waitUntil(lambda v=view: v.list.shown_totals is not None)
            model = view.list.model
            model.index(0, NAME).data()
            settle(qtbot, context)
            assert model.index(0, NAME).data() == "Contrat cadre"
            amount = model.index(0, AMOUNT).data()
            assert (amount == "") is blank, amount
            assert ("amounts hidden" in view.list.totals_label.text()) is blank

            dialog = OpportunityDialog(context, opp.id)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitUntil(lambda d=dialog: d.loaded)
            settle(qtbot, context)
            assert ("hidden for your role" in dialog.total.text()) is blank
            assert dialog.won_button.isEnabled() is not blank
            assert dialog.lines.isColumnHidden(COL_PRICE) is blank
            if who == "rex":
                dialog.resize(1000, 700)
                dialog.grab().save(str(tmp_path / "restricted-card.png"))
                view.grab().save(str(tmp_path / "restricted-list.png"))
            dialog.reject()
            context.ops.wait()
