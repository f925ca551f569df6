"""The forecast counts open opportunities whose expected close is already past (the
salesperson never moved it) in the current month, marked overdue; closed ones are not open,
future ones stay in their month."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop_crm.domain.opportunities import OpportunityFilter, OpportunityInput
from desktop_crm.services.opportunities import analysis, processes, records
from desktop_crm.storage.uow import Database

TODAY = dt.date(2026, 3, 15)


def _process(db: Database, name: str = "B2B test") -> processes.ProcessView:
    return db.run(
        processes.create_process, name, [("Prospect", 10, 90), ("Qualifié", 40, 60)]
    ).value


def _opp(db: Database, stage_id: int, amount: str, close: dt.date, **kw: object) -> int:
    data = OpportunityInput(
        name=f"deal {amount}",
        stage_id=stage_id,
        amount=Decimal(amount),
        expected_close=close,
        **kw,  # type: ignore[arg-type]
    )
    return db.run(records.create_opportunity, data).value.id


def _close(db: Database, opportunity_id: int, status: str, day: dt.date) -> None:
    view = db.read(records.get_opportunity, opportunity_id)
    db.run(records.close_opportunity, opportunity_id, view.version, status, "Prix", None, day)


def test_past_due_open_deal_counts_in_this_month_marked_overdue(db: Database) -> None:
    proc = _process(db)
    qualified = proc.stages[1].id  # 40 %
    _opp(db, qualified, "1000", dt.date(2025, 11, 20))  # four months late
    _opp(db, qualified, "200", dt.date(2026, 3, 2))  # this month, already past
    _opp(db, qualified, "300", TODAY)  # due today: not late yet
    _opp(db, qualified, "50", dt.date(2026, 3, 28))
    fc = db.read(analysis.forecast, OpportunityFilter(process_id=proc.id), 3, TODAY)
    march = fc.months[0]
    assert march.month == dt.date(2026, 3, 1)
    assert (march.count, march.amount, march.weighted) == (
        4,
        Decimal("1550"),
        Decimal("620"),  # 40 % of 1,550
    )
    assert (march.overdue_count, march.overdue_amount, march.overdue_weighted) == (
        2,
        Decimal("1200"),
        Decimal("480"),
    )
    assert (fc.overdue_count, fc.overdue_amount) == (2, Decimal("1200"))
    assert all(m.overdue_count == 0 for m in fc.months[1:])


def test_won_lost_and_inactive_past_deals_are_not_counted_as_open(db: Database) -> None:
    proc = _process(db)
    stage = proc.stages[0].id
    won = _opp(db, stage, "5000", dt.date(2026, 1, 10))
    lost = _opp(db, stage, "7000", dt.date(2026, 2, 10))
    _close(db, won, "won", dt.date(2026, 1, 12))
    _close(db, lost, "lost", dt.date(2026, 2, 11))
    _opp(db, stage, "9000", dt.date(2026, 2, 1), status="inactive")
    late = _opp(db, stage, "100", dt.date(2026, 2, 27))
    fc = db.read(analysis.forecast, OpportunityFilter(process_id=proc.id), 2, TODAY)
    march = fc.months[0]
    assert (march.count, march.amount, march.overdue_count, march.overdue_amount) == (
        1,
        Decimal("100"),
        1,
        Decimal("100"),
    )
    # Won in January: in the year's won figure, never in the open ones.
    assert fc.won[2].amount == Decimal("5000")
    _close(db, late, "lost", TODAY)
    fc = db.read(analysis.forecast, OpportunityFilter(process_id=proc.id), 2, TODAY)
    assert (fc.months[0].count, fc.overdue_count, fc.overdue_amount) == (0, 0, 0)


def test_future_deals_stay_in_their_month_and_the_filter_holds_for_late_ones(
    db: Database,
) -> None:
    proc, other = _process(db), _process(db, "Autre processus")
    _opp(db, proc.stages[0].id, "800", dt.date(2026, 4, 10))
    _opp(db, proc.stages[0].id, "60", dt.date(2026, 5, 31))
    _opp(db, other.stages[0].id, "4000", dt.date(2026, 1, 5))  # late, another process
    _opp(db, proc.stages[0].id, "900", dt.date(2026, 1, 5), currency="USD")  # late, dollars
    fc = db.read(analysis.forecast, OpportunityFilter(process_id=proc.id), 3, TODAY)
    assert [(m.month, m.count, m.amount, m.overdue_count) for m in fc.months] == [
        (dt.date(2026, 3, 1), 0, Decimal("0"), 0),
        (dt.date(2026, 4, 1), 1, Decimal("800"), 0),
        (dt.date(2026, 5, 1), 1, Decimal("60"), 0),
    ]
    # The late one in dollars is told apart, as every other open one in another currency.
    assert [(o.currency, o.count) for o in fc.other_currencies] == [("USD", 1)]
    everyone = db.read(analysis.forecast, OpportunityFilter(), 3, TODAY)
    assert (everyone.months[0].count, everyone.overdue_amount) == (1, Decimal("4000"))


def test_cli_forecast_says_how_much_is_overdue(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_crm.cli import main

    proc = _process(db)
    db.run(processes.set_default_process, proc.id)
    _opp(db, proc.stages[0].id, "750", dt.date.today() - dt.timedelta(days=60))
    assert main(["forecast", "--months", "2", "--json", "--db", db_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["overdue"] == {"count": 1, "amount": "750.00"}
    assert (data["months"][0]["count"], data["months"][0]["overdue_count"]) == (1, 1)
    monkeypatch.setenv("DESKTOP_CRM_LANG", "fr")
    assert main(["forecast", "--months", "2", "--db", db_url]) == 0
    assert "dont 1 en retard (750,00\u00a0€) : clôture prévue dépassée" in capsys.readouterr().out
    monkeypatch.setenv("DESKTOP_CRM_LANG", "en")
    assert main(["forecast", "--months", "2", "--db", db_url]) == 0
    assert "of which 1 overdue (750,00\u00a0€): expected close passed" in capsys.readouterr().out
