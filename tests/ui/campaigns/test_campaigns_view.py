"""The Campaigns view on demo data: list and dashboard, the card with its cost lines, the
exports (XLSX read back with the same figures as the screen), the referral report and the
contact card's referrer field. Every read goes through the operation runner."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtTest import QAbstractItemModelTester

from desktop_crm.services.campaigns.figures import campaign_overview
from desktop_crm.services.campaigns.referrals import contact_referrals
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.storage.uow import Database
from desktop_crm.ui.campaigns.card import CampaignDialog
from desktop_crm.ui.campaigns.costs import COL_AMOUNT, COL_LABEL, COL_QUANTITY, COL_UNIT
from desktop_crm.ui.campaigns.referrals import ReferralDialog
from desktop_crm.ui.campaigns.referrer_tab import ReferralsTab
from desktop_crm.ui.campaigns.view import CampaignsView
from desktop_crm.ui.opportunities.texts import money_text
from tests.ui.conftest import make_context, settle


def _demo(db: Database) -> None:
    db.run(generate_demo, 200, seed=5, today=dt.date(2026, 12, 1))


def test_dashboard_lists_campaigns_and_exports(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _demo(sqlite_db)
    with sqlite_db.uow(write=False) as uow:
        expected = campaign_overview(uow)
    context = make_context(sqlite_db, tmp_path)
    view = CampaignsView(context)
    qtbot.addWidget(view)
    tester = QAbstractItemModelTester(
        view.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    view.start()
    view.show()
    settle(qtbot, context)
    assert tester is not None and view.model.rowCount() == len(expected.rows) == 4
    assert [view.model.index(i, 0).data() for i in range(4)] == [r.name for r in expected.rows]
    salon = next(r for r in expected.rows if r.channel == "trade_show")
    view.select_campaign(salon.id)
    assert view.figure_title.text() == salon.name
    assert view.figure_labels["targets"].text() == str(salon.figures.targets)
    assert view.funnel.values[0] == salon.figures.targets
    assert len(view.comparison.rows) == 3  # the newsletter has neither targets nor cost
    view.comparison.campaign_clicked.emit(expected.rows[1].id)
    assert view.figure_title.text() == expected.rows[1].name
    view.select_campaign(salon.id)
    xlsx = tmp_path / "salon.xlsx"
    view.export("xlsx", True, str(xlsx))
    settle(qtbot, context)
    rows = [r for ws in load_workbook(xlsx).worksheets for r in ws.iter_rows(values_only=True)]
    figures = {r[0]: r[1] for r in rows if r and r[0] and len(r) > 1 and r[1] is not None}
    assert figures["Targets"] == salon.figures.targets
    assert Decimal(str(figures["Revenue"])) == salon.figures.revenue
    assert round(Decimal(str(figures["ROI"])), 4) == salon.figures.roi
    pdf = tmp_path / "all.pdf"
    view.export("pdf", False, str(pdf))
    settle(qtbot, context)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 2000


def test_card_creates_a_campaign_with_cost_lines(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    context = make_context(sqlite_db, tmp_path)
    view = CampaignsView(context)
    qtbot.addWidget(view)
    view.start()
    settle(qtbot, context)
    assert view.model.rowCount() == 0 and not view.edit_button.isEnabled()
    dialog = CampaignDialog(context, None, view)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    dialog.name.setText("x" * 200)  # (the field stops at the column's size)
    assert len(dialog.name.text()) == 160
    dialog.name.setText("Mailing test")
    dialog.budget.setText("abc")
    dialog.save()
    assert "is not an amount" in dialog.problem.text()
    dialog.budget.setText("1500")
    costs = dialog.costs
    tester = QAbstractItemModelTester(costs, QAbstractItemModelTester.FailureReportingMode.Fatal)
    row = costs.add_line("postage")
    assert costs.setData(costs.index(row, COL_QUANTITY), "1000")
    assert costs.setData(costs.index(row, COL_UNIT), "0.86")  # the test runs in English
    assert costs.total() == Decimal("860.00")
    row = costs.add_line("stand")
    assert costs.setData(costs.index(row, COL_LABEL), "Stand")
    assert costs.setData(costs.index(row, COL_AMOUNT), "1200")
    assert not costs.setData(costs.index(row, COL_AMOUNT), "-5")
    assert costs.total() == Decimal("2060.00") and tester is not None
    dialog.save()
    settle(qtbot, context)
    assert dialog.saved_id is not None
    settle(qtbot, context)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "Mailing test"
    assert view.figure_labels["cost"].text() == money_text(Decimal("2060.00"))


def test_referral_report_and_referrer_tab(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marie = sqlite_db.run(create_contact, {"first_name": "Marie", "last_name": "Curie"}).value.id
    paul = sqlite_db.run(create_contact, {"first_name": "Paul", "last_name": "Lévy"}).value.id
    context = make_context(sqlite_db, tmp_path)
    tab = ReferralsTab(context)
    qtbot.addWidget(tab)
    tab.set_owner("contact", paul)
    settle(qtbot, context)
    assert tab.isEnabled() and tab.referrer.contact_id() is None
    tab.referrer.set_contact(marie, "Marie Curie")
    tab.save()
    settle(qtbot, context)
    with sqlite_db.uow(write=False) as uow:
        assert contact_referrals(uow, paul).referrer_id == marie
    tab.set_owner("contact", marie)
    settle(qtbot, context)
    assert tab.referred.count() == 1 and tab.referred.item(0).text() == "Paul Lévy"
    with qtbot.waitSignal(tab.contact_open_requested) as opened:
        tab._on_item_double_clicked(tab.referred.item(0))
    assert opened.args == [paul]
    dialog = ReferralDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.referrers.rowCount() == 1 and dialog.links.rowCount() == 1
    assert dialog.referrers.index(0, 0).data() == "Marie Curie"
    xlsx = tmp_path / "reco.xlsx"
    dialog.export("xlsx", str(xlsx))
    settle(qtbot, context)
    values = [
        c
        for ws in load_workbook(xlsx).worksheets
        for row in ws.iter_rows(values_only=True)
        for c in row
    ]
    assert "Marie Curie" in values and "Paul Lévy" in values


def test_add_selected_contacts_to_a_campaign(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_crm.services.campaigns.records import (
        CampaignInput,
        add_targets,
        create_campaign,
        get_campaign,
    )
    from desktop_crm.ui.campaigns.targets import AddToCampaignDialog

    ids = [sqlite_db.run(create_contact, {"last_name": f"C{i}"}).value.id for i in range(3)]
    campaign = sqlite_db.run(create_campaign, CampaignInput(name="Phoning", channel="phone")).value
    sqlite_db.run(add_targets, campaign.id, ids[:1])
    context = make_context(sqlite_db, tmp_path)
    dialog = AddToCampaignDialog(context, ids)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no campaign chosen yet
    dialog.campaign.setCurrentIndex(dialog.campaign.findData(campaign.id))
    assert ok.isEnabled()
    dialog.add()
    settle(qtbot, context)
    assert dialog.added == 2  # the first one was a target already
    with sqlite_db.uow(write=False) as uow:
        assert get_campaign(uow, campaign.id).targets == 3


def test_card_targets_tab_lists_answers_first(qtbot, sqlite_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _demo(sqlite_db)
    with sqlite_db.uow(write=False) as uow:
        salon = next(r for r in campaign_overview(uow).rows if r.channel == "trade_show")
    context = make_context(sqlite_db, tmp_path)
    dialog = CampaignDialog(context, salon.id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, context)
    assert not dialog.targets.loaded  # read only when shown
    dialog.tabs.setCurrentIndex(1)
    settle(qtbot, context)
    assert dialog.targets.model.rowCount() == salon.figures.targets
    first = dialog.targets.model.index(0, 4).data()
    assert first  # an answer date: answers come first
    assert str(salon.figures.targets) in dialog.targets.summary.text()


@pytest.mark.postgres
def test_a_restricted_login_sees_the_campaigns_without_amounts(  # type: ignore[no-untyped-def]
    qtbot, pg_server, pg_url: str, tmp_path: Path
) -> None:
    """A Restricted login on a team database sees the campaigns and their counts, with a
    dash for revenue, margin, ROI and break-even; a Standard colleague sees the figures."""
    from desktop_crm.domain.opportunities import OpportunityInput
    from desktop_crm.services.campaigns.records import CampaignInput, create_campaign
    from desktop_crm.services.opportunities.records import close_opportunity, create_opportunity
    from tests.integration.team_helpers import team_database

    with team_database(pg_server, pg_url) as team:
        ann = team.db("ann")
        campaign = ann.run(create_campaign, CampaignInput(name="Relance", channel="phone")).value
        opp = ann.run(
            create_opportunity,
            OpportunityInput(name="Contrat", amount=Decimal(4500), campaign_id=campaign.id),
        ).value
        ann.run(close_opportunity, opp.id, opp.version, "won", "Prix")
        for who, hidden in (("rex", True), ("ann", False)):
            context = make_context(team.db(who), tmp_path / who)
            view = CampaignsView(context)
            qtbot.addWidget(view)
            view.start()
            view.show()
            settle(qtbot, context)
            assert view.model.rowCount() == 1
            assert view.figure_labels["won"].text() == "1"
            revenue = view.figure_labels["revenue"].text()
            assert (revenue == "—") is hidden, revenue
            assert (view.figure_labels["roi"].text() == "—") is hidden
            assert ("revenue —" in view.total_label.text()) is hidden, view.total_label.text()
            assert ("4" in revenue) is not hidden
            context.ops.wait()
