"""The campaign and referral report builders give the same figures as the services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.campaigns.figures import campaign_overview
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.reports.campaigns import (
    CAMPAIGN_SPEC,
    FIGURE_ROWS,
    build_campaign_report,
)
from desktop_crm.services.reports.referrals import REFERRALS_SPEC, build_referral_report
from desktop_crm.storage.uow import Database


@pytest.fixture
def demo(sqlite_db: Database) -> Database:
    sqlite_db.run(generate_demo, 300, seed=4, today=dt.date(2026, 12, 1))
    return sqlite_db


def test_one_campaign_report(demo: Database) -> None:
    with demo.uow(write=False) as uow:
        overview = campaign_overview(uow)
        salon = next(r for r in overview.rows if r.channel == "trade_show")
        doc = build_campaign_report(uow, ReportParams(language="fr", campaign=salon.name))
    assert doc.name == CAMPAIGN_SPEC.name and salon.name in doc.title
    values = {fig.label: fig.value for fig in doc.figures}
    assert values["Cibles"] == salon.figures.targets
    assert values["ROI"] == salon.figures.roi and values["Marge"] == salon.figures.margin
    costs = doc.tables[1]
    assert costs.totals is not None and costs.totals[-1] == salon.figures.cost
    assert sum((row[-1] for row in costs.rows), Decimal(0)) == salon.figures.cost  # type: ignore[misc]


def test_all_campaigns_side_by_side(demo: Database) -> None:
    with demo.uow(write=False) as uow:
        overview = campaign_overview(uow)
        doc = build_campaign_report(uow, ReportParams(language="en"))
    [table] = doc.tables
    assert [row[0] for row in table.rows] == [r.name for r in overview.rows]
    assert len(table.columns) == 3 + len(FIGURE_ROWS)
    revenue = 3 + [key for key, *_ in FIGURE_ROWS].index("revenue")
    assert table.totals is not None and table.totals[revenue] == overview.total.revenue
    # The newsletter in preparation has no cost: its ROI is empty and a note says why.
    assert any("Newsletter" in note and "no cost recorded" in note for note in doc.notes)


def test_unknown_campaign(demo: Database) -> None:
    with demo.uow(write=False) as uow, pytest.raises(NotFoundError, match="No campaign"):
        build_campaign_report(uow, ReportParams(campaign="Inconnue"))


def test_referral_report_document(demo: Database) -> None:
    with demo.uow(write=False) as uow:
        doc = build_referral_report(uow, ReportParams(language="fr"))
    assert doc.name == REFERRALS_SPEC.name
    referrers, links, sources = doc.tables
    assert referrers.rows and links.rows and sources.rows
    assert referrers.totals is not None
    assert referrers.totals[2] == len(links.rows)
    figures = {f.label: f.value for f in doc.figures}
    assert figures["Chiffre d'affaires"] == referrers.totals[4]
    one = links.rows[0]
    with demo.uow(write=False) as uow:
        from sqlalchemy import select

        from desktop_crm.storage.models import Contact

        referee_id = uow.session.scalar(
            select(Contact.id).where(Contact.referred_by_id.is_not(None)).limit(1)
        )
        narrow = build_referral_report(
            uow, ReportParams(language="fr", contact_ids=(int(referee_id or 0),))
        )
    assert len(narrow.tables) == 2 and len(narrow.tables[1].rows) == 1
    assert one[4] in ("oui", "non")
