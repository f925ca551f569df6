"""Campaign services on real databases: the card with its cost lines and targets, the
figures from members, history, opportunities and sales, and the referral report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from desktop_crm.domain.campaigns import CostLine
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.domain.opportunities import OpportunityInput, ProductLine
from desktop_crm.services.campaigns import figures, records, referrals
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.services.opportunities import products
from desktop_crm.services.opportunities import records as opportunities
from desktop_crm.storage.models import CampaignMember, Contact, History, Sale
from desktop_crm.storage.uow import Database, UnitOfWork

D = Decimal


def _contact(db: Database, last: str, **values: object) -> int:
    return db.run(create_contact, {"last_name": last, "company_name": "Acme", **values}).value.id


def _set_members(uow: UnitOfWork, campaign_id: int, statuses: dict[int, str]) -> None:
    for contact_id, status in statuses.items():
        uow.session.execute(
            update(CampaignMember)
            .where(
                CampaignMember.campaign_id == campaign_id,
                CampaignMember.contact_id == contact_id,
            )
            .values(status=status, sent_at=dt.datetime(2026, 10, 1, 10))
        )


def _won(
    db: Database,
    name: str,
    contact_id: int,
    campaign_id: int,
    lines: tuple[ProductLine, ...],
    referrer: int | None = None,
) -> int:
    opp = db.run(
        opportunities.create_opportunity,
        OpportunityInput(
            name=name,
            contact_id=contact_id,
            campaign_id=campaign_id,
            lines=lines,
            referrer_contact_id=referrer,
        ),
    ).value
    db.run(
        opportunities.close_opportunity,
        opp.id,
        opp.version,
        "won",
        "Prix",
        None,
        dt.date(2026, 11, 2),
    )
    return opp.id


def test_a_campaign_from_targets_to_roi(db: Database) -> None:
    people = [_contact(db, f"Cible{i}") for i in range(6)]
    group = db.run(create_group, "Salon Lyon").value
    db.run(add_members, group.id, people)
    costs = (
        CostLine("Stand", "stand", D(1), D(1500), D("1500.00")),
        CostLine("Impression", "printing", D(500), D("0.40"), D("200.00")),
    )
    view = db.run(
        records.create_campaign,
        records.CampaignInput(
            name="Salon 2026",
            channel="trade_show",
            target_group_id=group.id,
            costs=costs,
            budget=D(2000),
            expected_response_rate=D("10"),
        ),
    ).value
    assert view.targets == 6 and view.total_cost == D("1700.00")
    assert view.owner_id is not None and view.target_group == "Salon Lyon"
    with db.uow() as uow:
        _set_members(
            uow,
            view.id,
            {
                people[0]: "sent",
                people[1]: "meeting",
                people[2]: "interested",
                people[3]: "not_interested",
            },
        )
        # A meeting logged in the history for the campaign counts once per contact.
        uow.session.add(
            History(contact_id=people[1], campaign_id=view.id, type=HistoryType.MEETING_HELD.value)
        )
        uow.session.add(
            History(contact_id=people[2], campaign_id=view.id, type=HistoryType.MEETING_HELD.value)
        )
        uow.commit()
    product = db.run(products.create_product, "Serveur", D(4000), cost=D(2500)).value
    _won(
        db, "Serveur Cible1", people[1], view.id, (ProductLine.of(product.id, "Serveur", 1, 4000),)
    )
    # A free line has no known cost of goods: all margin.
    _won(db, "Conseil Cible2", people[2], view.id, (ProductLine.of(None, "Conseil", 2, 500),))
    db.run(
        opportunities.create_opportunity,
        OpportunityInput(name="Ouverte", contact_id=people[3], campaign_id=view.id, amount=D(900)),
    )
    with db.uow() as uow:  # a sale imported for the campaign, without an opportunity
        uow.session.add(
            Sale(
                contact_id=people[0],
                campaign_id=view.id,
                sold_on=dt.date(2026, 11, 5),
                amount=D(1000),
                margin=D(300),
            )
        )
        uow.commit()

    with db.uow(write=False) as uow:
        f = figures.campaign_figures(uow, view.id)
    assert (f.targets, f.sent, f.responses, f.meetings) == (6, 4, 3, 2)
    assert (f.opportunities, f.won) == (3, 3)
    assert f.revenue == D("6000.00")  # 4000 + 1000 + 1000
    assert f.margin == D("2800.00")  # 6000 − 2500 − (1000 − 300)
    assert f.cost == D("1700.00")
    assert f.response_rate == D("0.7500")
    assert f.roi == D("0.6471")  # (2800 − 1700) / 1700
    assert f.breakeven == 2  # 1700 / (2800 / 3) = 1.82 → 2
    assert f.cost_per_sale == D("566.67")


def test_overview_lists_every_campaign_and_the_total(db: Database) -> None:
    a = db.run(
        records.create_campaign,
        records.CampaignInput(
            name="A",
            channel="mail",
            costs=(CostLine("Timbres", "postage", D(100), D("0.86"), D("86.00")),),
        ),
    ).value
    db.run(
        records.create_campaign,
        records.CampaignInput(name="B", channel="phone", start_date=dt.date(2026, 3, 1)),
    )
    db.run(records.add_targets, a.id, [_contact(db, "X"), _contact(db, "Y")])
    with db.uow(write=False) as uow:
        overview = figures.campaign_overview(uow)
    assert [r.name for r in overview.rows] == ["B", "A"]  # dated first, newest first
    assert overview.total.targets == 2 and overview.total.cost == D("86.00")
    b = overview.rows[0].figures
    assert b.roi is None and b.reasons["roi"] == "no_cost"


def test_card_edits_replace_cost_lines_and_refuse_bad_input(db: Database) -> None:
    view = db.run(
        records.create_campaign,
        records.CampaignInput(
            name="Mailing",
            channel="mail",
            costs=(CostLine("Impression", "printing", D(1), D(10), D(10)),),
        ),
    ).value
    data = records.CampaignInput(
        name="Mailing rentrée",
        channel="mail",
        status="finished",
        costs=(CostLine("Affranchissement", "postage", D(1000), D("0.86"), D("860.00")),),
    )
    edited = db.run(records.update_campaign, view.id, data, expected_version=view.version).value
    assert edited.name == "Mailing rentrée" and [c.label for c in edited.costs] == [
        "Affranchissement"
    ]
    assert edited.total_cost == D("860.00")
    with pytest.raises(ValidationError, match="channel"):
        db.run(records.create_campaign, records.CampaignInput(name="Z", channel="pigeon"))
    with pytest.raises(ValidationError, match="already called"):
        db.run(
            records.create_campaign, records.CampaignInput(name="mailing RENTRÉE", channel="mail")
        )
    with pytest.raises(ValidationError, match="positive"):
        db.run(
            records.create_campaign,
            records.CampaignInput(
                name="Z", channel="mail", costs=(CostLine("x", "other", amount=D(-5)),)
            ),
        )
    with (
        db.uow(write=False) as uow,
        pytest.raises(NotFoundError, match="Known campaigns: Mailing rentrée"),
    ):
        records.campaign_id_by_name(uow, "Inconnue")
    db.run(records.delete_campaign, view.id)
    with db.uow(write=False) as uow:
        assert figures.campaign_overview(uow).rows == ()


def test_referral_report(db: Database) -> None:
    marie = _contact(db, "Marie")
    paul = _contact(db, "Paul")
    lea = _contact(db, "Léa", status="Client")
    zoe = _contact(db, "Zoé")
    db.run(referrals.set_referrer, paul, marie)
    db.run(referrals.set_referrer, lea, marie)
    with pytest.raises(ValidationError, match="itself"):
        db.run(referrals.set_referrer, zoe, zoe)
    campaign = db.run(
        records.create_campaign, records.CampaignInput(name="Parrainage", channel="referral")
    ).value
    # Paul buys (referee of Marie); Zoé's opportunity names Marie as its referrer.
    _won(db, "Paul", paul, campaign.id, (ProductLine.of(None, "Licence", 1, 1200),))
    _won(db, "Zoé", zoe, campaign.id, (ProductLine.of(None, "Licence", 1, 800),), referrer=marie)
    with db.uow(write=False) as uow:
        report = referrals.referral_report(uow)
        card = referrals.contact_referrals(uow, marie)
    [row] = report.referrers
    assert (row.name, row.referred, row.clients, row.revenue) == ("Marie", 3, 3, D("2000.00"))
    assert {link.referee for link in report.links} == {"Paul", "Léa", "Zoé"}
    assert [name for _, name in card.referred] == ["Léa", "Paul"]
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(Contact.referred_by_id).where(Contact.id == paul)) == marie


def test_demo_campaigns_tell_a_story(sqlite_db: Database) -> None:
    from desktop_crm.services.demo.generate import generate_demo

    summary = sqlite_db.run(generate_demo, 300, seed=2, today=dt.date(2026, 12, 1)).value
    assert summary.campaigns == 4
    with sqlite_db.uow(write=False) as uow:
        overview = figures.campaign_overview(uow)
        report = referrals.referral_report(uow)
        sends = uow.session.scalar(
            select(func.count()).select_from(History).where(History.campaign_id.is_not(None))
        )
    finished = {r.channel: r.figures for r in overview.rows if r.status == "finished"}
    assert set(finished) == {"trade_show", "mail", "phone"}
    for f in finished.values():
        assert f.targets > 0 and f.sent == f.targets and f.responses > 0
        assert f.cost > 0 and f.opportunities > 0 and f.margin != 0
    assert sum(f.won for f in finished.values()) > 0
    assert sends and sends >= sum(f.sent for f in finished.values())
    assert report.referrers and any(r.revenue > 0 for r in report.referrers)


def test_revision_0009_keeps_rows_and_turns_the_lump_cost_into_a_line(db: Database) -> None:
    import sqlalchemy as sa
    from alembic import command

    from desktop_crm.storage import migrate

    marie = _contact(db, "Marie")
    config = migrate.alembic_config(db.url)
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        command.downgrade(config, "0008")
        conn.commit()
    assert "campaign_cost" not in sa.inspect(db.engine).get_table_names()
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO campaign (name, channel, budget, cost, status, version, created_at, "
                "edited_at) VALUES ('Ancienne', 'salon', 100, 432.10, 'done', 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), ('Gratuite', 'phone', 0, 0, 'draft', 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO campaign_member (campaign_id, contact_id, status) "
                "SELECT id, :who, 'responded' FROM campaign WHERE name = 'Ancienne'"
            ),
            {"who": marie},
        )
    migrate.upgrade(db.engine, db.url, backup=False)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.uow(write=False) as uow:
        overview = figures.campaign_overview(uow)
        old = records.get_campaign(uow, records.campaign_id_by_name(uow, "Ancienne"))
        free = records.get_campaign(uow, records.campaign_id_by_name(uow, "Gratuite"))
        assert uow.session.get(Contact, marie) is not None
    assert [(c.label, c.amount) for c in old.costs] == [("Coût global", D("432.10"))]
    assert free.costs == () and old.total_cost == D("432.10")
    assert (old.channel, old.status) == ("trade_show", "finished")
    assert {r.name for r in overview.rows} == {"Ancienne", "Gratuite"}
    ancienne = next(r for r in overview.rows if r.name == "Ancienne").figures
    assert (ancienne.targets, ancienne.sent, ancienne.responses) == (1, 1, 1)


def test_merging_contacts_keeps_referrals_and_never_self_refers(db: Database) -> None:
    from desktop_crm.services.duplicates.merge import merge_contacts

    marie = _contact(db, "Marie")
    marie_bis = _contact(db, "Marie B")
    paul = _contact(db, "Paul")
    db.run(referrals.set_referrer, paul, marie_bis)  # Paul was recommended by the duplicate
    db.run(referrals.set_referrer, marie, marie_bis)  # and so, oddly, was Marie herself
    db.run(merge_contacts, marie, [marie_bis])
    with db.uow(write=False) as uow:
        assert referrals.contact_referrals(uow, paul).referrer_id == marie
        assert referrals.contact_referrals(uow, marie).referrer_id is None
        assert [name for _, name in referrals.contact_referrals(uow, marie).referred] == ["Paul"]
