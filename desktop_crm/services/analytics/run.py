"""Run one targeting analysis over a population and a period: one row per client with its
figures and class, plus what the chart needs (bounds, thresholds, the Pareto curve)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from desktop_crm.domain import analytics as an
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import REPORT, say
from desktop_crm.services.analytics.figures import (
    DEFAULT_CONTACT_KINDS,
    DEFAULT_POTENTIAL_FIELD,
    ClientFigures,
    ClientKey,
    Period,
    contacts_of_clients,
    load_figures,
    population_of_contacts,
)
from desktop_crm.storage.uow import UnitOfWork

ZERO = Decimal("0")

CLASSES = an.METHOD_CLASSES


@dataclass(frozen=True)
class AnalysisSpec:
    """What to analyse: method, period, population (a group path or all clients) and the
    method's settings."""

    method: str
    period: Period
    group: str | None = None
    potential_field: str = DEFAULT_POTENTIAL_FIELD
    contact_kinds: tuple[str, ...] = DEFAULT_CONTACT_KINDS
    a_pct: Decimal = Decimal("80")
    b_pct: Decimal = Decimal("95")
    contacts_threshold: Decimal | None = None
    revenue_threshold: Decimal | None = None
    inactive_months: int = 6
    years: int = 4

    def __post_init__(self) -> None:
        if self.method not in an.METHODS:
            raise DomainError(
                say(REPORT, "'{method}' is not an analysis: choose one of {names}.").format(
                    method=self.method, names=", ".join(an.METHODS)
                ),
                code="invalid",
            )


@dataclass(frozen=True)
class ClientRow:
    """One client's figures and class (``klass``) in an analysis."""

    kind: str  # company / contact
    id: int
    name: str
    revenue: Decimal
    revenue_before: Decimal
    potential: Decimal | None
    gap: Decimal | None
    penetration_pct: Decimal | None
    contacts: int
    contacts_before: int
    purchases: int
    last_purchase: dt.date | None
    last_activity: dt.date | None
    yearly: tuple[tuple[int, Decimal], ...]
    klass: str
    score: str = ""  # RFM "R-F-M", elasticity value, cumulative share…
    x: float = 0.0  # where the chart draws it
    y: float = 0.0

    @property
    def key(self) -> ClientKey:
        return (self.kind, self.id)


@dataclass(frozen=True)
class AnalysisResult:
    spec: AnalysisSpec
    rows: tuple[ClientRow, ...]
    # Bounds / thresholds the chart draws: quartile bounds, medians, A/B limits.
    marks: dict[str, Decimal] = field(default_factory=dict)
    total_revenue: Decimal = ZERO

    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in CLASSES[self.spec.method]}
        for row in self.rows:
            out[row.klass] = out.get(row.klass, 0) + 1
        return out

    def rows_of(self, klass: str) -> list[ClientRow]:
        return [r for r in self.rows if r.klass == klass]


def _population(uow: UnitOfWork, group: str | None) -> set[ClientKey] | None:
    if group is None:
        return None
    from desktop_crm.services.groups.groups import find_group, member_ids

    node = find_group(uow, group)
    return population_of_contacts(uow, member_ids(uow, node.id))


def _row(fig: ClientFigures, klass: str, score: str = "", x: float = 0, y: float = 0) -> ClientRow:
    gap = an.potential_gap(fig.revenue, fig.potential)
    dates = [d for d in (fig.last_reach, fig.last_meeting, fig.last_purchase) if d is not None]
    return ClientRow(
        kind=fig.key[0],
        id=fig.key[1],
        name=fig.name,
        revenue=fig.revenue,
        revenue_before=fig.revenue_before,
        potential=fig.potential,
        gap=gap.gap,
        penetration_pct=gap.penetration_pct,
        contacts=fig.contacts,
        contacts_before=fig.contacts_before,
        purchases=fig.purchases,
        last_purchase=fig.last_purchase,
        last_activity=max(dates) if dates else None,
        yearly=tuple(sorted(fig.yearly.items())),
        klass=klass,
        score=score,
        x=x,
        y=y,
    )


def run_analysis(uow: UnitOfWork, spec: AnalysisSpec) -> AnalysisResult:
    """The analysis ``spec`` asks for, rows ordered as its list shows them."""
    figures = load_figures(
        uow,
        spec.period,
        contact_kinds=spec.contact_kinds,
        potential_name=spec.potential_field,
        years=spec.years,
        with_years=spec.method == "maturity",
        population=_population(uow, spec.group),
    )
    return analyse(figures, spec)


def analyse(figures: dict[ClientKey, ClientFigures], spec: AnalysisSpec) -> AnalysisResult:
    """The classification part of ``run_analysis`` (figures already loaded)."""
    method = spec.method
    total = sum((f.revenue for f in figures.values()), ZERO)
    revenue = {k: f.revenue for k, f in figures.items()}
    marks: dict[str, Decimal] = {}
    rows: list[ClientRow] = []
    if method == "abc":
        marks = {"a_pct": spec.a_pct, "b_pct": spec.b_pct}
        for p in an.abc_curve(revenue, spec.a_pct, spec.b_pct):
            score = f"{p.cumulative_pct:.1f}"
            rows.append(_row(figures[p.key], p.klass, score, p.rank, float(p.cumulative_pct)))
    elif method == "quartiles":
        q = an.quartiles(revenue)
        marks = {"q1": q.bounds[0], "q2": q.bounds[1], "q3": q.bounds[2]}
        # The quartile of P too (clients with a P), as the row's score: "P Q3".
        qp = an.quartiles({k: f.potential for k, f in figures.items() if f.potential is not None})
        if qp.classes:
            marks.update({"p_q1": qp.bounds[0], "p_q2": qp.bounds[1], "p_q3": qp.bounds[2]})
        order = sorted(figures, key=lambda k: (-revenue[k], k))
        for rank, k in enumerate(order, 1):
            score = f"P {qp.classes[k]}" if k in qp.classes else ""
            rows.append(_row(figures[k], q.classes[k], score, rank, float(revenue[k])))
    elif method == "quadrants":
        contacts = {k: f.contacts for k, f in figures.items()}
        quad = an.quadrants(contacts, revenue, spec.contacts_threshold, spec.revenue_threshold)
        marks = {"contacts": quad.contacts_threshold, "revenue": quad.revenue_threshold}
        for k in sorted(figures, key=lambda k: (-revenue[k], k)):
            f = figures[k]
            rows.append(_row(f, quad.classes[k], "", f.contacts, float(f.revenue)))
    elif method == "pr":
        gaps = {k: an.potential_gap(f.revenue, f.potential) for k, f in figures.items()}
        for k in an.rank_by_gap(gaps):
            g, f = gaps[k], figures[k]
            klass = "no_potential" if g.gap is None else "room" if g.gap > 0 else "reached"
            rows.append(_row(f, klass, "", float(f.potential or 0), float(f.revenue)))
    elif method == "elasticity":
        for k in sorted(figures, key=lambda k: (-revenue[k], k)):
            f = figures[k]
            e = an.elasticity(f.revenue_before, f.revenue, f.contacts_before, f.contacts)
            score = f"{e.value:.2f}" if e.value is not None else (e.reason or "")
            x = float(e.contacts_change_pct or 0)
            rows.append(_row(f, e.reading, score, x, float(e.revenue_change_pct or 0)))
    elif method == "maturity":
        years = list(range(spec.period.end.year - spec.years + 1, spec.period.end.year + 1))
        for k in sorted(figures, key=lambda k: (-revenue[k], k)):
            f = figures[k]
            phase = an.maturity_phase([f.yearly.get(y, ZERO) for y in years])
            rows.append(_row(f, phase, "", 0, float(f.revenue)))
    elif method == "rfm":
        last = {k: f.last_purchase for k, f in figures.items()}
        freq = {k: f.purchases for k, f in figures.items()}
        scores = an.rfm({k: (d if freq[k] > 0 else None) for k, d in last.items()}, freq, revenue)
        for k in sorted(figures, key=lambda k: (-revenue[k], k)):
            s = scores[k]
            if s is None:
                rows.append(_row(figures[k], "no_purchase"))
            else:
                text = f"{s.recency}-{s.frequency}-{s.monetary}"
                rows.append(_row(figures[k], s.segment, text, s.recency, s.frequency))
    else:  # inactive: the inactive first, the longest silent first; score = last activity
        found = []
        for k, f in figures.items():
            dates = [f.last_reach, f.last_meeting, f.last_purchase]
            idle, latest = an.inactive_since(dates, spec.period.end, spec.inactive_months)
            found.append((not idle, latest or dt.date.min, f.name.casefold(), k, latest))
        for active, _day, _name, k, latest in sorted(found):
            score = f"{latest:%d/%m/%Y}" if latest else "—"
            rows.append(_row(figures[k], "active" if active else "inactive", score))
    return AnalysisResult(spec, tuple(rows), marks, total)


def client_contacts(uow: UnitOfWork, result: AnalysisResult, klass: str | None) -> list[int]:
    """The contact ids behind the rows of one class (all rows when ``klass`` is None)."""
    rows = result.rows if klass is None else result.rows_of(klass)
    return contacts_of_clients(uow, (r.key for r in rows))


def with_method(spec: AnalysisSpec, method: str) -> AnalysisSpec:
    return replace(spec, method=method)
