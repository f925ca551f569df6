"""Revenue hidden from Restricted everywhere money shows (issue 15's gaps): campaign figures,
referrals, the targeting analysis, the pipeline the kanban board reads, and history texts.
On the team server a query naming a hidden column fails ("permission denied"): every one of
these must work for the Restricted login Rex, give him counts without amounts (or refuse in a
sentence naming his role), and still give Bob (Standard) the figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.opportunities import OpportunityInput
from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.analytics.figures import Period
from desktop_crm.services.analytics.run import AnalysisSpec, run_analysis
from desktop_crm.services.campaigns.figures import campaign_figures, campaign_overview
from desktop_crm.services.campaigns.records import CampaignInput, create_campaign
from desktop_crm.services.campaigns.referrals import referral_report, set_referrer
from desktop_crm.services.contacts.history import contact_history
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.opportunities.analysis import pipeline
from desktop_crm.services.opportunities.records import close_opportunity, create_opportunity
from desktop_crm.services.reports.registry import build
from desktop_crm.services.users.amounts import is_amounts_refusal
from tests.integration.team_helpers import Team

pytestmark = pytest.mark.postgres


def _texts(doc: object) -> str:
    parts = [str(f.value) for f in doc.figures]  # type: ignore[attr-defined]
    for table in doc.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            parts.extend(str(cell) for cell in row)
        parts.extend(str(cell) for cell in table.totals or ())
    return " ".join(parts)


def _sold(team: Team) -> tuple[int, int, int]:
    """Ann: a referrer, a referee who bought 4 500 through a campaign (won opportunity)."""
    ann = team.db("ann")
    referrer = ann.run(create_contact, {"last_name": "Parrain", "first_name": "Paul"}).value
    buyer = ann.run(create_contact, {"last_name": "Acheteur", "first_name": "Alice"}).value
    ann.run(set_referrer, buyer.id, referrer.id)
    campaign = ann.run(create_campaign, CampaignInput(name="Salon", channel="phone")).value
    opp = ann.run(
        create_opportunity,
        OpportunityInput(
            name="Contrat", contact_id=buyer.id, amount=Decimal(4500), campaign_id=campaign.id
        ),
    ).value
    ann.run(close_opportunity, opp.id, opp.version, "won", "Prix")
    return campaign.id, buyer.id, opp.id


def test_campaign_figures_and_reports_show_counts_without_amounts(team: Team) -> None:
    campaign_id, _buyer, _opp = _sold(team)
    rex, bob = team.db("rex"), team.db("bob")
    mine = rex.read(campaign_figures, campaign_id)
    assert (mine.opportunities, mine.won) == (1, 1)
    assert (mine.revenue, mine.margin, mine.roi, mine.breakeven) == (None, None, None, None)
    assert mine.amounts_hidden and mine.reasons["revenue"] == "amounts_hidden"
    overview = rex.read(campaign_overview)
    assert overview.total.revenue is None and overview.rows[0].figures.won == 1
    theirs = bob.read(campaign_figures, campaign_id)
    assert (theirs.revenue, theirs.amounts_hidden) == (Decimal(4500), False)
    # The campaign report: built for Rex without the amounts, with them for Bob.
    params = ReportParams(language="en", campaign="Salon")
    doc = rex.read(build, "campaigns", params)
    assert "4500" not in _texts(doc)
    assert [n for n in doc.notes if "hidden for your role" in n] == [
        "Revenue, margin, ROI and break-even are hidden for your role."
    ]
    assert "4500" in _texts(bob.read(build, "campaigns", params))


def test_referrals_say_who_bought_never_how_much(team: Team) -> None:
    _sold(team)
    rex, bob = team.db("rex"), team.db("bob")
    report = rex.read(referral_report)
    assert [(r.name, r.referred, r.clients, r.revenue) for r in report.referrers] == [
        ("Paul Parrain", 1, 1, None)
    ]
    assert [(x.referee, x.client, x.revenue) for x in report.links] == [
        ("Alice Acheteur", True, None)
    ]
    assert bob.read(referral_report).referrers[0].revenue == Decimal(4500)
    params = ReportParams(language="en")
    assert "4500" not in _texts(rex.read(build, "referrals", params))
    assert "4500" in _texts(bob.read(build, "referrals", params))


def test_targeting_is_refused_in_a_sentence_and_the_pipeline_gives_counts(team: Team) -> None:
    _sold(team)
    ann = team.db("ann")
    ann.run(create_opportunity, OpportunityInput(name="Ouverte", amount=Decimal(1200)))
    rex, bob = team.db("rex"), team.db("bob")
    spec = AnalysisSpec("abc", Period.year(dt.date.today().year))
    with pytest.raises(DomainError, match=r"Restricted\) does not see amounts") as refused:
        rex.read(run_analysis, spec)
    assert is_amounts_refusal(refused.value)
    assert bob.read(run_analysis, spec).total_revenue == Decimal(4500)
    funnel = rex.read(pipeline)
    assert (funnel.count, funnel.amount, funnel.amounts_hidden) == (1, 0, True)
    assert all(b.amounts_hidden and b.amount == 0 for b in funnel.stages)
    assert sum(b.count for b in funnel.stages) == 1
    theirs = bob.read(pipeline)
    assert (theirs.amount, theirs.amounts_hidden) == (Decimal(1200), False)


def test_history_texts_carry_no_amount_and_old_ones_are_masked_for_restricted(team: Team) -> None:
    _campaign, buyer, opp = _sold(team)
    rex, bob = team.db("rex"), team.db("bob")
    details = [e.details or "" for e in bob.read(contact_history, buyer)]
    assert details and not any("4" in d and "€" in d for d in details)
    assert any("Raison : Prix" in d for d in details)
    # An entry written by an older version, with the amount in its text.
    with team.raw("ann").begin() as conn:
        conn.execute(
            text(
                "UPDATE history SET details = :d WHERE opportunity_id = :o "
                "AND type = 'opportunity_won'"
            ),
            {"d": "4 500,00 € · Raison : Prix", "o": opp},
        )
    won = [e for e in rex.read(contact_history, buyer) if e.type == "opportunity_won"]
    assert [e.details for e in won] == ["— · Raison : Prix"]
    won = [e for e in bob.read(contact_history, buyer) if e.type == "opportunity_won"]
    assert [e.details for e in won] == ["4 500,00 € · Raison : Prix"]
    # Nor can a search guess it.
    assert rex.read(contact_history, buyer, search="4 500") == []
    assert len(bob.read(contact_history, buyer, search="4 500")) == 1
