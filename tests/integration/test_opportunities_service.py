"""Opportunities on both backends: records and lines, closing (history, sale, series),
conflicts, the processes editor, list filters, pipeline sums, forecast months, CLI totals."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from desktop_crm.domain.clock import utc_to_wall
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import ConflictError, DomainError, ValidationError
from desktop_crm.domain.opportunities import (
    OpportunityFilter,
    OpportunityInput,
    ProductLine,
    line_amount,
    weighted,
)
from desktop_crm.services.activities.series import TRIGGER_OPPORTUNITY_WON, run_triggers
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.groups.groups import add_members, create_group
from desktop_crm.services.opportunities import analysis, listing, processes, products, records
from desktop_crm.storage.models import ActivitySeries, History, Opportunity, Sale, SeriesRun
from desktop_crm.storage.uow import Database


def _contact(db: Database, last: str, company: str = "Acme") -> int:
    return db.run(create_contact, {"last_name": last, "company_name": company}).value.id


def _process(db: Database) -> processes.ProcessView:
    return db.run(
        processes.create_process,
        "B2B test",
        [("Prospect", 10, 90), ("Qualifié", 40, 60), ("Négociation", 80, 30)],
    ).value


def _opp(db: Database, name: str, stage_id: int, amount: str, **kw: object) -> int:
    data = OpportunityInput(name=name, stage_id=stage_id, amount=Decimal(amount), **kw)  # type: ignore[arg-type]
    return db.run(records.create_opportunity, data).value.id


def test_line_amount_rounds_half_up_and_weighted_is_exact() -> None:
    assert line_amount(3, "19.99", 10) == Decimal("53.97")
    assert line_amount(1, "0.125", 0) == Decimal("0.13")
    assert weighted(Decimal("100.10"), 35) == Decimal("35.035")
    with pytest.raises(ValueError):
        line_amount(1, 10, 120)


def test_create_update_lines_probability_and_stage_history(db: Database) -> None:
    proc = _process(db)
    cid = _contact(db, "Martin")
    view = db.run(
        records.create_opportunity,
        OpportunityInput(name="Parc", contact_id=cid, stage_id=proc.stages[0].id),
    ).value
    assert view.probability == 10 and view.process_id == proc.id
    assert view.company_name == "Acme" and view.expected_close is not None
    lines = (
        ProductLine.of(None, "Poste", 3, "1150.00", 10),
        ProductLine.of(None, "Install", 1, 750),
    )
    result = db.run(
        records.update_opportunity,
        view.id,
        view.version,
        OpportunityInput(
            name="Parc", contact_id=cid, stage_id=proc.stages[1].id, lines=lines, amount=Decimal(1)
        ),
    )
    updated = result.value
    assert updated.amount == Decimal("3855.00")  # 3 × 1150 − 10 % + 750: the lines win
    assert updated.probability == 40 and len(updated.lines) == 2
    assert result.changes.touches_contact(cid)
    over = db.run(
        records.update_opportunity,
        view.id,
        updated.version,
        OpportunityInput(name="Parc", contact_id=cid, stage_id=proc.stages[1].id, probability=55),
    ).value
    assert over.probability == 55 and over.amount == Decimal("0") and over.lines == ()
    with db.uow(write=False) as uow:
        types = list(
            uow.session.scalars(
                select(History.type).where(History.opportunity_id == view.id).order_by(History.id)
            )
        )
    assert types[0] == HistoryType.OPPORTUNITY_CREATED
    assert types.count(HistoryType.OPPORTUNITY_STAGE_CHANGED) == 1


def test_stale_version_is_a_conflict(db: Database) -> None:
    proc = _process(db)
    view = db.run(
        records.create_opportunity, OpportunityInput(name="A", stage_id=proc.stages[0].id)
    ).value
    saved = db.run(
        records.update_opportunity, view.id, view.version, OpportunityInput(name="B")
    ).value
    assert saved.version == view.version + 1 and saved.stage_id == proc.stages[0].id
    with pytest.raises(ConflictError):
        db.run(records.update_opportunity, view.id, view.version, OpportunityInput(name="C"))
    with pytest.raises(ConflictError):
        db.run(records.close_opportunity, view.id, view.version, "won", "Prix")


def test_close_won_writes_history_sale_and_fires_the_series_once(db: Database) -> None:
    proc = _process(db)
    cid = _contact(db, "Durand")
    prod = db.run(
        products.create_product, "Maintenance", "1200", family="Maintenance", cost="400"
    ).value
    view = db.run(
        records.create_opportunity,
        OpportunityInput(
            name="Contrat",
            contact_id=cid,
            stage_id=proc.stages[2].id,
            lines=(ProductLine.of(prod.id, "", 2, "1200"),),
        ),
    ).value
    with db.uow(write=False) as uow:
        won_series = uow.session.scalar(
            select(func.count())
            .select_from(ActivitySeries)
            .where(
                ActivitySeries.active.is_(True),
                ActivitySeries.trigger_kind == TRIGGER_OPPORTUNITY_WON,
            )
        )
    assert won_series and won_series >= 1
    closed = db.run(
        records.close_opportunity, view.id, view.version, "won", "Relation commerciale"
    ).value
    assert closed.status == "won" and closed.reason == "Relation commerciale"
    assert closed.closed_at is not None and closed.probability == 100
    with db.uow() as uow:
        run_triggers(uow)  # the periodic check must not start it a second time
        uow.commit()
    with db.uow(write=False) as uow:
        history = uow.session.scalars(
            select(History).where(
                History.contact_id == cid, History.type == HistoryType.OPPORTUNITY_WON
            )
        ).all()
        sales = uow.session.scalars(select(Sale).where(Sale.opportunity_id == view.id)).all()
        runs = uow.session.scalar(
            select(func.count())
            .select_from(SeriesRun)
            .where(SeriesRun.contact_id == cid, SeriesRun.trigger_key == f"opportunity:{view.id}")
        )
        assert len(history) == 1 and history[0].result == "Relation commerciale"
        assert len(sales) == 1
        assert sales[0].amount == Decimal("2400.00") and sales[0].product_family == "Maintenance"
        assert sales[0].margin == Decimal("1600.00") and sales[0].contact_id == cid
        assert runs == won_series
    # Reopening takes the sale back; editing a won one keeps it won.
    reopened = db.run(records.reopen_opportunity, view.id, closed.version).value
    assert reopened.status == "open" and reopened.closed_at is None
    with db.uow(write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Sale)) == 0


def test_close_lost_requires_a_reason_and_keeps_the_competitor(db: Database) -> None:
    proc = _process(db)
    cid = _contact(db, "Petit")
    view = db.run(
        records.create_opportunity,
        OpportunityInput(name="Copieurs", contact_id=cid, stage_id=proc.stages[1].id),
    ).value
    with pytest.raises(ValidationError, match="reason") as caught:
        db.run(records.close_opportunity, view.id, view.version, "lost", "  ", "Techlyon")
    assert caught.value.problems[0].field == "reason"
    lost = db.run(
        records.close_opportunity,
        view.id,
        view.version,
        "lost",
        "Prix",
        "Techlyon",
        dt.date(2026, 3, 31),
    ).value
    assert lost.status == "lost" and lost.competitor == "Techlyon" and lost.probability == 0
    with db.uow(write=False) as uow:
        entry = uow.session.scalars(
            select(History).where(History.type == HistoryType.OPPORTUNITY_LOST)
        ).one()
        assert entry.contact_id == cid and "Techlyon" in (entry.details or "")
        assert uow.session.scalar(select(func.count()).select_from(Sale)) == 0
    result = db.read(analysis.won_lost, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert result.lost_count == 1 and result.won_count == 0
    assert [(r.label, r.count) for r in result.lost_reasons] == [("Prix", 1)]
    assert [(r.label, r.count) for r in result.competitors] == [("Techlyon", 1)]
    assert db.read(analysis.won_lost, dt.date(2026, 4, 1), dt.date(2026, 4, 30)).lost_count == 0


def test_process_editor_rules(db: Database) -> None:
    proc = _process(db)
    with pytest.raises(ValidationError):
        db.run(processes.create_process, "b2b TEST")  # names are unique, case-insensitive
    grown = db.run(processes.add_stage, proc.id, "Proposition", 60, 45, position=2).value
    assert [s.name for s in grown.stages] == ["Prospect", "Qualifié", "Proposition", "Négociation"]
    assert [s.position for s in grown.stages] == [0, 1, 2, 3]
    ids = [s.id for s in grown.stages]
    reordered = db.run(processes.reorder_stages, proc.id, list(reversed(ids))).value
    assert [s.id for s in reordered.stages] == list(reversed(ids))
    with pytest.raises(DomainError):
        db.run(processes.reorder_stages, proc.id, ids[:2])
    changed = db.run(processes.update_stage, ids[0], name="Suspect", probability=5).value
    assert any(s.name == "Suspect" and s.probability == 5 for s in changed.stages)
    with pytest.raises(ValidationError):
        db.run(processes.update_stage, ids[0], probability=120)
    _opp(db, "En cours", ids[1], "100")
    with pytest.raises(DomainError, match="used by 1 opportunity") as caught:
        db.run(processes.delete_stage, ids[1])
    assert caught.value.code == "stage_in_use"
    with pytest.raises(DomainError, match="used by 1 opportunity"):
        db.run(processes.delete_process, proc.id)
    left = db.run(processes.delete_stage, ids[2]).value
    assert len(left.stages) == 3 and [s.position for s in left.stages] == [0, 1, 2]
    renamed = db.run(processes.rename_process, proc.id, "Grands comptes").value
    assert renamed.name == "Grands comptes"
    db.run(processes.set_default_process, proc.id)
    listed = db.read(processes.list_processes)
    assert listed[0].id == proc.id and sum(p.is_default for p in listed) == 1


def test_products_crud(db: Database) -> None:
    p = db.run(products.create_product, "Formation", "890.00", family="Formation").value
    assert p.unit_price == Decimal("890.00") and p.active
    db.run(
        products.update_product, p.id, "Formation 1 jour", "900", family="Formation", active=False
    )
    assert db.read(products.list_products) == []
    assert db.read(products.list_products, include_inactive=True)[0].name == "Formation 1 jour"
    with pytest.raises(ValidationError):
        db.run(products.create_product, "", "-1")
    db.run(products.delete_product, p.id)
    assert db.read(products.list_products, include_inactive=True) == []


def _spread(db: Database) -> tuple[processes.ProcessView, list[int]]:
    proc = _process(db)
    s = proc.stages
    a, b, c = _contact(db, "Alpha"), _contact(db, "Bravo", "Zeta"), _contact(db, "Charlie")
    ids = [
        _opp(db, "o1", s[0].id, "1000.10", contact_id=a, expected_close=dt.date(2026, 3, 31)),
        _opp(db, "o2", s[0].id, "333.33", contact_id=b, expected_close=dt.date(2026, 4, 1)),
        _opp(db, "o3", s[2].id, "12345.67", contact_id=c, expected_close=dt.date(2026, 3, 1)),
        _opp(db, "o4", s[2].id, "0.05", contact_id=a, probability=33),
        _opp(db, "o5", s[1].id, "500", contact_id=b, status="inactive"),
    ]
    return proc, ids


def test_pipeline_bands_equal_sql_sums_and_weighted_is_exact(db: Database) -> None:
    proc, _ids = _spread(db)
    result = db.read(analysis.pipeline, OpportunityFilter(), proc.id)
    assert [b.name for b in result.stages] == ["Prospect", "Qualifié", "Négociation"]
    assert [b.count for b in result.stages] == [2, 0, 2]  # the empty stage is a band too
    with db.engine.connect() as conn:
        sql = conn.execute(
            text(
                "SELECT stage_id, COUNT(*), SUM(amount) FROM opportunity "
                "WHERE status = 'open' AND process_id = :p GROUP BY stage_id"
            ),
            {"p": proc.id},
        ).all()
        rows = conn.execute(
            text(
                "SELECT amount, probability FROM opportunity WHERE status='open' AND process_id=:p"
            ),
            {"p": proc.id},
        ).all()
    by_stage = {r[0]: (r[1], Decimal(str(r[2])).quantize(Decimal("0.01"))) for r in sql}
    for band in result.stages:
        assert (band.count, band.amount) == by_stage.get(band.stage_id, (0, Decimal("0")))
    exact = sum(
        (Decimal(str(a)).quantize(Decimal("0.01")) * p / Decimal(100) for a, p in rows),
        Decimal(0),
    )
    assert (
        result.weighted
        == exact
        == Decimal("1000.10") * 10 / 100
        + Decimal("333.33") * 10 / 100
        + Decimal("12345.67") * 80 / 100
        + Decimal("0.05") * 33 / 100
    )
    assert result.amount == Decimal("13679.15") and result.count == 4
    tot = db.read(listing.totals, OpportunityFilter(process_id=proc.id))
    assert (tot.count, tot.amount, tot.weighted) == (result.count, result.amount, result.weighted)


def test_forecast_buckets_by_paris_month(db: Database) -> None:
    proc, _ = _spread(db)
    # Closing 31 March 2026 at 23:30 in Paris (21:30 UTC) is a March one; 00:30 on 1 April
    # in Paris (still 31 March in UTC) is an April one.
    late = dt.datetime(2026, 3, 31, 21, 30, tzinfo=dt.UTC)
    _opp(db, "late", proc.stages[1].id, "10", expected_close=late)
    after = dt.datetime(2026, 3, 31, 22, 30, tzinfo=dt.UTC)
    _opp(db, "after", proc.stages[1].id, "20", expected_close=after, status="inactive")
    assert {
        r.name: r.expected_close
        for r in db.read(listing.list_opportunities, OpportunityFilter(statuses=(), text="a"))
    }["after"] == dt.date(2026, 4, 1)
    fc = db.read(analysis.forecast, OpportunityFilter(process_id=proc.id), 3, dt.date(2026, 3, 15))
    assert [m.month for m in fc.months] == [
        dt.date(2026, 3, 1),
        dt.date(2026, 4, 1),
        dt.date(2026, 5, 1),
    ]
    march, april, may = fc.months
    assert march.count == 3 and march.amount == Decimal("13355.77")
    assert march.weighted == Decimal("100.010") + Decimal("9876.536") + Decimal("4")
    assert (april.count, april.amount, april.weighted) == (1, Decimal("333.33"), Decimal("33.333"))
    assert may.count == 0 and may.amount == 0
    assert [w.label for w in fc.won] == ["month", "quarter", "year"]


def test_won_periods_compare_with_the_previous_one(db: Database) -> None:
    _proc, ids = _spread(db)
    v1 = db.read(records.get_opportunity, ids[0])
    v3 = db.read(records.get_opportunity, ids[2])
    db.run(records.close_opportunity, v1.id, v1.version, "won", "Prix", None, dt.date(2026, 3, 2))
    db.run(records.close_opportunity, v3.id, v3.version, "won", "Prix", None, dt.date(2026, 2, 27))
    fc = db.read(analysis.forecast, OpportunityFilter(), 1, dt.date(2026, 3, 20))
    month, quarter, year = fc.won
    assert (month.amount, month.count, month.previous) == (
        Decimal("1000.10"),
        1,
        Decimal("12345.67"),
    )
    assert quarter.amount == Decimal("13345.77") and quarter.previous == 0
    assert year.count == 2


def test_list_filters_sort_window_and_group(db: Database) -> None:
    proc, _ids = _spread(db)
    everything = OpportunityFilter(statuses=())
    assert len(db.read(listing.list_opportunities, everything)) == 5
    assert db.read(listing.totals, OpportunityFilter()).count == 4
    rows = db.read(listing.list_opportunities, OpportunityFilter(), "-amount")
    assert [r.name for r in rows] == ["o3", "o1", "o2", "o4"]
    window = db.read(listing.list_opportunities, OpportunityFilter(), "-amount", 1, 2)
    assert [r.name for r in window] == ["o1", "o2"]
    assert db.read(listing.opportunity_ids, OpportunityFilter(), "-amount") == [r.id for r in rows]
    stage = OpportunityFilter(stage_ids=(proc.stages[2].id,))
    assert {r.name for r in db.read(listing.list_opportunities, stage)} == {"o3", "o4"}
    inactive = OpportunityFilter(statuses=("inactive",))
    assert [r.name for r in db.read(listing.list_opportunities, inactive)] == ["o5"]
    closing = OpportunityFilter(close_from=dt.date(2026, 3, 1), close_to=dt.date(2026, 3, 31))
    assert {r.name for r in db.read(listing.list_opportunities, closing)} == {"o1", "o3"}
    amounts = OpportunityFilter(amount_min=Decimal("300"), amount_max=Decimal("1000.10"))
    assert {r.name for r in db.read(listing.list_opportunities, amounts)} == {"o1", "o2"}
    assert {
        r.name for r in db.read(listing.list_opportunities, OpportunityFilter(text="zeta"))
    } == {"o2"}
    rows_o1 = db.read(listing.list_opportunities, OpportunityFilter(text="o1"))
    group = db.run(create_group, "VIP").value
    db.run(add_members, group.id, [rows_o1[0].contact_id])
    in_group = db.read(listing.list_opportunities, OpportunityFilter(group_id=group.id))
    assert {r.name for r in in_group} == {"o1", "o4"}
    t = db.read(listing.totals, OpportunityFilter(group_id=group.id))
    assert (t.count, t.amount) == (2, Decimal("1000.15"))
    mine = db.read(listing.opportunities_of_contact, rows_o1[0].contact_id)
    assert {r.name for r in mine} == {"o1", "o4"}
    with pytest.raises(DomainError):
        db.read(listing.list_opportunities, OpportunityFilter(), "nope")


def test_export_xlsx_neutralises_formulas(db: Database, tmp_path: Path) -> None:
    proc = _process(db)
    _opp(db, '=HYPERLINK("http://x")', proc.stages[0].id, "1234.50")
    path = tmp_path / "opps.xlsx"
    assert db.read(listing.export_opportunities, OpportunityFilter(), path) == 1
    sheet = load_workbook(path).active
    assert sheet is not None
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["N°", "Opportunité", "Contact"]
    name_cell = sheet.cell(row=2, column=2)
    assert name_cell.data_type == "s" and not str(name_cell.value).startswith("=")
    assert Decimal(str(sheet.cell(row=2, column=8).value)) == Decimal("1234.50")


def test_cli_json_equals_the_service_totals(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_crm.cli import main

    proc, _ = _spread(db)
    db.run(processes.set_default_process, proc.id)
    assert main(["pipeline", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    result = db.read(analysis.pipeline, OpportunityFilter(), proc.id)
    assert data["process"] == "B2B test"
    assert [s["name"] for s in data["stages"]] == [b.name for b in result.stages]
    assert [s["amount"] for s in data["stages"]] == [f"{b.amount:.2f}" for b in result.stages]
    assert [s["count"] for s in data["stages"]] == [b.count for b in result.stages]
    assert data["amount"] == f"{result.amount:.2f}" == "13679.15"
    assert main(["opportunities", "list", "--json", "--stage", "négociation", "--db", db_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {r["name"] for r in listed} == {"o3", "o4"}
    assert set(listed[0]) >= {"id", "name", "contact", "company", "process", "stage"}
    assert main(["opportunities", "list", "--status", "inactive", "--db", db_url]) == 0
    assert "500,00" in capsys.readouterr().out
    assert main(["forecast", "--months", "2", "--json", "--db", db_url]) == 0
    assert len(json.loads(capsys.readouterr().out)["months"]) == 2
    assert (
        main(["opportunities", "won-lost", "--from", "2026-01-01", "--json", "--db", db_url]) == 0
    )
    assert json.loads(capsys.readouterr().out)["won"]["count"] == 0
    assert main(["pipeline", "--process", "nope", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope" in err


def test_demo_builds_the_b2b_funnel(db: Database) -> None:
    from desktop_crm.services.demo.generate import generate_demo

    summary = db.run(generate_demo, 300, today=dt.date(2026, 12, 1)).value
    assert summary.opportunities > 20
    result = db.read(analysis.pipeline, OpportunityFilter())
    assert [b.name for b in result.stages][:5] == [
        "Prospect identifié",
        "Premier contact",
        "Besoin qualifié",
        "Proposition envoyée",
        "Négociation",
    ]
    assert all(b.count > 0 for b in result.stages)
    with db.uow(write=False) as uow:
        won = uow.session.scalar(
            select(func.count()).select_from(Opportunity).where(Opportunity.status == "won")
        )
        sales = uow.session.scalar(
            select(func.count()).select_from(Sale).where(Sale.opportunity_id.is_not(None))
        )
        lost_without_reason = uow.session.scalar(
            select(func.count())
            .select_from(Opportunity)
            .where(Opportunity.status == "lost", Opportunity.reason.is_(None))
        )
    assert won and won == sales and lost_without_reason == 0


def test_change_stage_and_moving_a_stage_before_deleting_it(db: Database) -> None:
    proc = _process(db)
    cid = _contact(db, "Kanban")
    oid = _opp(db, "k", proc.stages[0].id, "100", contact_id=cid)
    view = db.read(records.get_opportunity, oid)
    result = db.run(records.change_stage, oid, view.version, proc.stages[2].id)
    assert result.value.probability == 80 and result.value.stage_name == "Négociation"
    assert result.changes.touches_contact(cid)
    with pytest.raises(ConflictError):
        db.run(records.change_stage, oid, view.version, proc.stages[1].id)
    moved = db.run(processes.move_opportunities_to_stage, proc.stages[2].id, proc.stages[1].id)
    assert moved.value == 1 and moved.changes.touches_contact(cid)
    db.run(processes.delete_stage, proc.stages[2].id)
    assert db.read(records.get_opportunity, oid).stage_id == proc.stages[1].id


def test_totals_never_add_two_currencies_and_count_the_others_apart(
    db: Database,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_crm.cli import main
    from desktop_crm.domain.opportunities import CurrencyCount

    proc = _process(db)
    db.run(processes.set_default_process, proc.id)
    soon = dt.date.today() + dt.timedelta(days=3)
    s0 = proc.stages[0].id
    _opp(db, "eur", s0, "1000", currency="EUR", expected_close=soon)
    for i in range(3):
        _opp(db, f"usd{i}", s0, "1000", currency="USD", expected_close=soon)
    _opp(db, "chf", s0, "70", currency="CHF", expected_close=soon)
    others = (CurrencyCount("CHF", 1), CurrencyCount("USD", 3))

    total = db.read(listing.totals, OpportunityFilter())
    assert (total.count, total.amount, total.currency) == (1, Decimal("1000"), "EUR")
    assert total.weighted == Decimal("100") and total.other_currencies == others
    assert total.all_count == 5
    usd = db.read(listing.totals, OpportunityFilter(currency="usd"))
    assert (usd.count, usd.amount, usd.currency, usd.other_currencies) == (
        3,
        Decimal("3000"),
        "USD",
        (),
    )
    assert len(db.read(listing.list_opportunities, OpportunityFilter(currency="USD"))) == 3

    pipe = db.read(analysis.pipeline, OpportunityFilter(), proc.id)
    assert (pipe.count, pipe.amount, pipe.other_currencies) == (1, Decimal("1000"), others)
    assert pipe.stages[0].amount == Decimal("1000")
    fc = db.read(analysis.forecast, OpportunityFilter(process_id=proc.id), 3)
    assert sum(m.amount for m in fc.months) == Decimal("1000")
    assert fc.other_currencies == others

    for oid in db.read(listing.opportunity_ids, OpportunityFilter()):
        view = db.read(records.get_opportunity, oid)
        db.run(records.close_opportunity, oid, view.version, "won", "Prix")
    # Closing days are Paris days (from 23:00 UTC in winter, already tomorrow there).
    today = utc_to_wall(dt.datetime.now(dt.UTC).replace(tzinfo=None)).date()
    wl = db.read(analysis.won_lost, today - dt.timedelta(days=1), today)
    assert (wl.won_count, wl.won_amount, wl.other_currencies) == (1, Decimal("1000"), others)
    assert db.read(analysis.won_lost, today, today, "USD").won_amount == Decimal("3000")
    fc = db.read(analysis.forecast, OpportunityFilter(process_id=proc.id), 3)
    assert fc.won[0].amount == Decimal("1000")

    assert main(["opportunities", "won-lost", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["won"]["amount"] == "1000.00"
    assert data["currency"] == "EUR" and data["other_currencies"] == {"CHF": 1, "USD": 3}
    assert main(["opportunities", "won-lost", "--currency", "usd", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["won"]["amount"] == "3000.00" and data["other_currencies"] == {"CHF": 1, "EUR": 1}
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")  # the text report in French
    assert main(["opportunities", "list", "--status", "won", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "1 opportunité(s) · montant 1\u202f000,00\u00a0€" in out
    assert "3 opportunités en USD non comptées" in out
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    assert main(["opportunities", "list", "--status", "won", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "1 opportunity(ies) · amount 1\u202f000,00\u00a0€" in out
    assert "3 in USD not counted" in out


def test_pipeline_and_forecast_cli_report_other_currencies(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_crm.cli import main

    proc = _process(db)
    db.run(processes.set_default_process, proc.id)
    soon = dt.date.today() + dt.timedelta(days=3)
    _opp(db, "eur", proc.stages[0].id, "500", expected_close=soon)
    _opp(db, "usd", proc.stages[0].id, "900", currency="USD", expected_close=soon)
    assert main(["pipeline", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["amount"] == "500.00" and data["other_currencies"] == {"USD": 1}
    assert main(["forecast", "--months", "2", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sum(Decimal(m["amount"]) for m in data["months"]) == Decimal("500")
    assert data["other_currencies"] == {"USD": 1}
    assert main(["pipeline", "--currency", "USD", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["amount"] == "900.00" and data["other_currencies"] == {}


def test_moving_opportunities_to_a_stage_takes_its_probability_and_writes_history(
    db: Database,
) -> None:
    proc = _process(db)
    cid = _contact(db, "Déplacé")
    open_id = _opp(db, "ouverte", proc.stages[0].id, "100", contact_id=cid)
    won_id = _opp(db, "gagnée", proc.stages[0].id, "100", contact_id=cid)
    view = db.read(records.get_opportunity, won_id)
    db.run(records.close_opportunity, won_id, view.version, "won", "Prix")
    moved = db.run(processes.move_opportunities_to_stage, proc.stages[0].id, proc.stages[2].id)
    assert moved.value == 2 and moved.changes.touches_contact(cid)
    assert db.read(records.get_opportunity, open_id).probability == 80
    assert db.read(records.get_opportunity, won_id).probability == 100  # closed: kept
    with db.uow(write=False) as uow:
        entries = uow.session.execute(
            select(History.opportunity_id, History.old_value, History.new_value).where(
                History.type == HistoryType.OPPORTUNITY_STAGE_CHANGED,
                History.opportunity_id.in_([open_id, won_id]),
            )
        ).all()
    assert sorted(entries) == sorted(
        [(open_id, "Prospect", "Négociation"), (won_id, "Prospect", "Négociation")]
    )


def test_editing_a_won_opportunity_updates_its_sale(db: Database) -> None:
    proc = _process(db)
    cid = _contact(db, "Vendu")
    oid = _opp(db, "vente", proc.stages[1].id, "1000", contact_id=cid)
    view = db.read(records.get_opportunity, oid)
    db.run(records.close_opportunity, oid, view.version, "won", "Prix")
    view = db.read(records.get_opportunity, oid)
    data = OpportunityInput(
        name=view.name,
        contact_id=cid,
        process_id=proc.id,
        stage_id=proc.stages[0].id,
        amount=Decimal("1500"),
    )
    result = db.run(records.update_opportunity, oid, view.version, data)
    assert result.value.amount == Decimal("1500")
    assert result.value.probability == 100  # a won opportunity stays at 100 %
    assert result.changes.touches("sale")
    with db.uow(write=False) as uow:
        amounts = uow.session.scalars(select(Sale.amount).where(Sale.opportunity_id == oid)).all()
    assert amounts == [Decimal("1500")]


@pytest.mark.parametrize("typed", ["inf", "-Infinity", "nan", "sNaN"])
def test_an_amount_that_is_not_a_number_is_a_sentence(db: Database, typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        db.run(records.create_opportunity, OpportunityInput(name="x", amount=Decimal(typed)))
    assert "must be a number" in str(caught.value.problems)
    line = ProductLine(None, "l", Decimal(typed), Decimal("1"))
    with pytest.raises(ValidationError):
        db.run(records.create_opportunity, OpportunityInput(name="x", lines=(line,)))
    with pytest.raises(ValidationError) as caught:
        db.run(products.create_product, "p", Decimal(typed))
    assert "must be numbers" in str(caught.value.problems)


def test_text_filter_ignores_accents_and_case_and_escapes_wildcards(db: Database) -> None:
    proc = _process(db)
    s0 = proc.stages[0].id
    elise = _contact(db, "Élise", company="Société Générale")
    a = _opp(db, "Remise 50%", s0, "1", contact_id=elise)
    b = _opp(db, "Réseau 500 postes", s0, "1")
    c = _opp(db, "ÉTUDE_pilote", s0, "1")

    def found(text: str) -> set[int]:
        return set(db.read(listing.opportunity_ids, OpportunityFilter(text=text)))

    assert found("élise") == {a} == found("ELISE") == found("Elise")
    assert found("societe generale") == {a}
    assert found("reseau") == {b} == found("RÉSEAU")
    assert found("50%") == {a}  # not "500 postes"
    assert found("e_p") == {c}  # "_" is a letter, not "any character"
    assert found("étude_") == {c}
    assert found("%") == {a}
