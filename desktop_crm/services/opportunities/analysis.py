"""The pipeline (funnel by stage), the forecast by month of expected close and what was won
lately, and the won/lost analysis by reason and competitor; every sum is computed in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from desktop_crm.domain.clock import SystemClock, wall_to_utc
from desktop_crm.domain.opportunities import (
    DEFAULT_CURRENCY,
    STATUS_LOST,
    STATUS_OPEN,
    STATUS_WON,
    ZERO,
    Forecast,
    ForecastMonth,
    OpportunityFilter,
    PeriodWon,
    Pipeline,
    ReasonCount,
    StageTotal,
    WonLost,
    add_months,
    month_start,
)
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.services.opportunities.listing import (
    amount_cents,
    conditions,
    count_columns,
    from_sums,
    in_currency,
    other_currencies,
    sum_columns,
)
from desktop_crm.services.opportunities.processes import default_process_id
from desktop_crm.services.users.amounts import amounts_hidden, refuse_hidden_amounts
from desktop_crm.storage.models import Opportunity, SalesProcess, SalesStage
from desktop_crm.storage.uow import UnitOfWork

NO_STAGE = "(sans étape)"


def _paris_today() -> dt.date:
    return SystemClock().now().date()


def pipeline(
    uow: UnitOfWork, flt: OpportunityFilter | None = None, process_id: int | None = None
) -> Pipeline:
    """The funnel of one process (``process_id``, the filter's, else the default): its open
    opportunities, one band per stage in order (empty ones too), sums done by the database.

    Open opportunities of the process whose stage is missing or of another process make a
    last band "(sans étape)" when there are any.
    """
    no_amounts = amounts_hidden(uow)  # Restricted: the counts per stage, never the amounts
    base = flt or OpportunityFilter()
    pid = process_id if process_id is not None else base.process_id
    if pid is None:
        pid = default_process_id(uow)
    currency = base.figures_currency()
    if pid is None:
        return Pipeline(None, "", (), 0, ZERO, ZERO, currency, amounts_hidden=no_amounts)
    process_name = uow.session.scalar(select(SalesProcess.name).where(SalesProcess.id == pid))
    flt2 = replace(base, process_id=pid, statuses=(STATUS_OPEN,), stage_ids=())
    where = conditions(uow, flt2)
    sums = {
        stage_id: from_sums(count, cents, wcents)
        for stage_id, count, cents, wcents in uow.session.execute(
            select(Opportunity.stage_id, *(count_columns() if no_amounts else sum_columns()))
            .where(*where, in_currency(currency))
            .group_by(Opportunity.stage_id)
        )
    }
    bands: list[StageTotal] = []
    for sid, name, position, probability in uow.session.execute(
        select(SalesStage.id, SalesStage.name, SalesStage.position, SalesStage.probability)
        .where(SalesStage.process_id == pid)
        .order_by(SalesStage.position, SalesStage.id)
    ):
        count, amount, weighted_sum = sums.pop(sid, (0, ZERO, ZERO))
        bands.append(
            StageTotal(sid, name, position, probability, count, amount, weighted_sum, no_amounts)
        )
    if sums:  # stage unset or of another process
        count = sum(v[0] for v in sums.values())
        amount = sum((v[1] for v in sums.values()), ZERO)
        weighted_sum = sum((v[2] for v in sums.values()), ZERO)
        bands.append(
            StageTotal(None, NO_STAGE, len(bands), 0, count, amount, weighted_sum, no_amounts)
        )
    return Pipeline(
        pid,
        process_name or "",
        tuple(bands),
        sum(b.count for b in bands),
        sum((b.amount for b in bands), ZERO),
        sum((b.weighted for b in bands), ZERO),
        currency,
        other_currencies(uow, where, currency),
        amounts_hidden=no_amounts,
    )


def _utc_bounds(first: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[first, end) as Paris days, in naive UTC (how closed_at is stored)."""
    return (
        wall_to_utc(dt.datetime.combine(first, dt.time())),
        wall_to_utc(dt.datetime.combine(end, dt.time())),
    )


def _won_between(
    uow: UnitOfWork, flt: OpportunityFilter, first: dt.date, end: dt.date
) -> tuple[int, Decimal]:
    start, stop = _utc_bounds(first, end)
    won = replace(flt, statuses=(STATUS_WON,), close_from=None, close_to=None)
    count, cents, _ = uow.session.execute(
        select(*sum_columns()).where(
            *conditions(uow, won),
            in_currency(flt.figures_currency()),
            Opportunity.closed_at >= start,
            Opportunity.closed_at < stop,
        )
    ).one()
    n, amount, _w = from_sums(count, cents, 0)
    return n, amount


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def forecast(
    uow: UnitOfWork,
    flt: OpportunityFilter | None = None,
    months: int = 12,
    today: dt.date | None = None,
) -> Forecast:
    """Open opportunities by month of expected close (Paris calendar), raw and weighted, for
    ``months`` months from this one; and the amount won this month, quarter and year against
    the previous month, quarter and year.

    An open opportunity whose expected close is already past (before ``today``) is still in
    the pipe: it counts in this month, as ACT! and Salesforce show it, and this month's
    ``overdue_*`` figures say how much of it is overdue, for the salesperson to update."""
    refuse_hidden_amounts(uow, say(TEAM, "show the forecast"))
    base = flt or OpportunityFilter()
    day = today or _paris_today()
    first = month_start(day)
    end = add_months(first, max(months, 0))
    currency = base.figures_currency()
    window = replace(base, statuses=(STATUS_OPEN,), close_from=None, close_to=None)
    open_ones = conditions(uow, window)
    # Everything open expected before the end of the window: the months ahead and the past.
    in_window = [*open_ones, Opportunity.expected_close < end]
    buckets: dict[dt.date, list[Any]] = {
        add_months(first, i): [0, 0, 0] for i in range(max(months, 0))
    }
    # Grouping by day (at most ~366 groups) keeps the SQL portable; months are summed here.
    cents = amount_cents()
    for close_day, count, total, wtotal in uow.session.execute(
        select(
            Opportunity.expected_close,
            func.count(Opportunity.id),
            func.sum(cents),
            func.sum(cents * Opportunity.probability),
        )
        .where(*open_ones, Opportunity.expected_close >= day, Opportunity.expected_close < end)
        .where(in_currency(currency))
        .group_by(Opportunity.expected_close)
    ):
        if close_day is None:
            continue
        bucket = buckets[month_start(close_day)]
        bucket[0] += int(count or 0)
        bucket[1] += int(total or 0)
        bucket[2] += int(wtotal or 0)
    overdue = (0, ZERO, ZERO)
    if buckets:  # past due, however old: one sum, counted in this month
        overdue = from_sums(
            *uow.session.execute(
                select(*sum_columns()).where(
                    *open_ones, Opportunity.expected_close < day, in_currency(currency)
                )
            ).one()
        )
    month_rows = []
    for m, values in sorted(buckets.items()):
        count, amount, weighted_sum = from_sums(*values)
        if m == first:
            month_rows.append(
                ForecastMonth(
                    m,
                    count + overdue[0],
                    amount + overdue[1],
                    weighted_sum + overdue[2],
                    *overdue,
                )
            )
        else:
            month_rows.append(ForecastMonth(m, count, amount, weighted_sum))
    periods = (
        ("month", first, 1),
        ("quarter", _quarter_start(day), 3),
        ("year", dt.date(day.year, 1, 1), 12),
    )
    won: list[PeriodWon] = []
    for label, start, span in periods:
        stop, prev_start = add_months(start, span), add_months(start, -span)
        count, amount = _won_between(uow, base, start, stop)
        prev_count, previous = _won_between(uow, base, prev_start, start)
        won.append(PeriodWon(label, amount, previous, count, prev_count))
    return Forecast(
        tuple(month_rows), tuple(won), currency, other_currencies(uow, in_window, currency)
    )


def _counted(
    uow: UnitOfWork, column: Any, status: str, start: Any, stop: Any, currency: str
) -> list[ReasonCount]:
    label = func.coalesce(column, "")
    rows = uow.session.execute(
        select(label, func.count(Opportunity.id), func.coalesce(func.sum(amount_cents()), 0))
        .where(
            Opportunity.status == status,
            in_currency(currency),
            Opportunity.closed_at >= start,
            Opportunity.closed_at < stop,
        )
        .group_by(label)
    ).all()
    out = [
        ReasonCount(text or "(non renseigné)", int(n), Decimal(int(c)) / 100) for text, n, c in rows
    ]
    return sorted(out, key=lambda r: (-r.count, r.label))


def won_lost(
    uow: UnitOfWork,
    date_from: dt.date,
    date_to: dt.date,
    currency: str = DEFAULT_CURRENCY,
) -> WonLost:
    """Opportunities in ``currency`` closed from ``date_from`` to ``date_to`` (Paris days,
    inclusive): won and lost counts and amounts, by reason, and the competitors the lost
    ones went to. Those closed in other currencies are only counted, per currency."""
    refuse_hidden_amounts(uow, say(TEAM, "show the won and lost amounts"))
    currency = currency.strip().upper()
    start, stop = _utc_bounds(date_from, date_to + dt.timedelta(days=1))
    won_reasons = _counted(uow, Opportunity.reason, STATUS_WON, start, stop, currency)
    lost_reasons = _counted(uow, Opportunity.reason, STATUS_LOST, start, stop, currency)
    competitors = _counted(uow, Opportunity.competitor, STATUS_LOST, start, stop, currency)
    closed = [
        Opportunity.status.in_((STATUS_WON, STATUS_LOST)),
        Opportunity.closed_at >= start,
        Opportunity.closed_at < stop,
    ]
    return WonLost(
        date_from,
        date_to,
        sum(r.count for r in won_reasons),
        sum((r.amount for r in won_reasons), ZERO),
        sum(r.count for r in lost_reasons),
        sum((r.amount for r in lost_reasons), ZERO),
        tuple(won_reasons),
        tuple(lost_reasons),
        tuple(competitors),
        currency,
        other_currencies(uow, closed, currency),
    )
