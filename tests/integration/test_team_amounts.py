"""Revenue hidden from Restricted on a team database: the server refuses the amount columns
to the login, and the opportunity services give blanks (not errors) for what it may see."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.opportunities import OpportunityFilter, OpportunityInput, ProductLine
from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.opportunities.analysis import forecast, pipeline
from desktop_crm.services.opportunities.listing import list_opportunities, rows_by_ids, totals
from desktop_crm.services.opportunities.records import (
    close_opportunity,
    create_opportunity,
    get_opportunity,
    update_opportunity,
)
from desktop_crm.services.reports.sales import opportunity_list
from desktop_crm.services.users.accounts import whoami
from tests.integration.team_helpers import Team

pytestmark = pytest.mark.postgres


def _big(team: Team) -> int:
    data = OpportunityInput(
        name="Contrat cadre",
        lines=(ProductLine.of(None, "Licence", 3, Decimal("1500")),),
    )
    return team.db("ann").run(create_opportunity, data).value.id


def test_the_server_refuses_revenue_columns_to_a_restricted_login(team: Team) -> None:
    _big(team)
    for sql in (
        "SELECT amount FROM opportunity",
        "SELECT * FROM opportunity",
        "SELECT unit_price FROM opportunity_line",
        "SELECT amount FROM sale",
        "SELECT margin FROM sale",
    ):
        with (
            pytest.raises(ProgrammingError, match="permission denied"),
            team.raw("rex").connect() as conn,
        ):
            conn.execute(text(sql))
    with team.raw("rex").connect() as conn:  # the rest of the row stays readable
        assert conn.execute(text("SELECT name FROM opportunity")).scalar() == "Contrat cadre"
    with team.raw("bob").connect() as conn:
        assert conn.execute(text("SELECT amount FROM opportunity")).scalar() == Decimal("4500")
    assert "opportunity.amount" in team.db("rex").read(whoami).hidden_fields


def test_the_list_and_card_show_blanks_to_restricted(team: Team) -> None:
    opp_id = _big(team)
    rex = team.db("rex")
    rows = rex.read(list_opportunities, OpportunityFilter(), "-amount")
    assert [(r.name, r.amount, r.amounts_hidden) for r in rows] == [
        ("Contrat cadre", Decimal("0.00"), True)
    ]
    assert rex.read(rows_by_ids, [opp_id])[0].amounts_hidden
    sums = rex.read(totals, OpportunityFilter())
    assert (sums.count, sums.amount, sums.amounts_hidden) == (1, Decimal(0), True)
    view = rex.read(get_opportunity, opp_id)
    assert view.amounts_hidden and view.amount == 0
    assert [(x.name, x.unit_price, x.amount) for x in view.lines] == [("Licence", 0, 0)]
    # Bob (Standard) sees the figures.
    bob_view = team.db("bob").read(get_opportunity, opp_id)
    assert (bob_view.amount, bob_view.amounts_hidden) == (Decimal("4500"), False)
    assert team.db("bob").read(totals, OpportunityFilter()).amount == Decimal("4500")


def test_restricted_edits_keep_the_amount_and_cannot_close_as_won(team: Team) -> None:
    opp_id = _big(team)
    rex = team.db("rex")
    view = rex.read(get_opportunity, opp_id)
    data = OpportunityInput(name="Contrat cadre 2027", amount=Decimal(0), lines=view.lines)
    rex.run(update_opportunity, opp_id, view.version, data)
    kept = team.db("bob").read(get_opportunity, opp_id)
    assert (kept.name, kept.amount, len(kept.lines)) == ("Contrat cadre 2027", Decimal("4500"), 1)
    with pytest.raises(DomainError, match="Restricted"):
        rex.run(close_opportunity, opp_id, kept.version, "won", "Prix")
    with pytest.raises(DomainError, match="cannot filter by amount"):
        rex.read(list_opportunities, replace(OpportunityFilter(), amount_min=Decimal(1)))
    # Charts and sales reports need the amounts: a sentence naming the role, not a failure.
    for fn, args in (
        (forecast, ()),
        (opportunity_list, (ReportParams(),)),
    ):
        with pytest.raises(DomainError, match=r"Restricted\) does not see amounts"):
            rex.read(fn, *args)
    assert team.db("bob").read(pipeline).count >= 1
    assert rex.read(pipeline).amounts_hidden  # the funnel and board: counts only
    new = rex.run(create_opportunity, OpportunityInput(name="Petit", amount=Decimal(10))).value
    assert team.db("bob").read(get_opportunity, new.id).amount == Decimal(10)
