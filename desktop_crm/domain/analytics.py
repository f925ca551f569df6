"""Targeting analytics: the pure rules behind ABC (20/80), quartiles, profitability
quadrants, P−R, elasticity, maturity, RFM and "inactive since".

Every function takes plain mappings ``client key -> figure`` (amounts in ``Decimal``) and
returns plain values, so the services feed it from SQL and the tests from hand-made cases.
Keys must be sortable (the services use ``("company", id)`` / ``("contact", id)`` tuples):
equal figures are ordered by key so that every result is reproducible.

Rules chosen where the method leaves room (documented in docs/analytics.md):

* ABC — clients sorted by revenue, highest first; a client is **A** while the cumulative
  share *before* it is below the A threshold (80 % by default), so the client that crosses
  80 % is A; then **B** up to the B threshold (95 %), the rest **C**. Clients with equal
  revenue always get the same class: the class of the first of them in the order (a tie at
  a boundary goes to the better class). A client with no revenue (≤ 0) is always C.
* Quartiles — bounds are the 25/50/75 % quantiles (linear interpolation between ranks, the
  "inclusive" method of ``statistics.quantiles``); Q1 ≤ bound 1 < Q2 ≤ bound 2 < Q3 ≤
  bound 3 < Q4: **Q4 is the top quarter**. Equal values always share a quartile.
* Quadrants — "many contacts" means strictly above the contacts threshold, "high revenue"
  strictly above the revenue threshold (medians by default): a value equal to the median
  counts as low. Few contacts & low revenue: Squelettes; many contacts & low revenue:
  Contactivores; few contacts & high revenue: Vaches à lait; many contacts & high revenue:
  Poules aux œufs d'or.
* RFM — each of R, F, M is scored 1–5 by quintile of rank: ``1 + 5 × (number of clients
  strictly worse) // n``; equal values share a score. Clients who never bought are left out
  of the scoring (segment ``no_purchase``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)

ZERO = Decimal("0")
HUNDRED = Decimal("100")

METHODS: tuple[str, ...] = (
    "abc",
    "quartiles",
    "quadrants",
    "pr",
    "elasticity",
    "maturity",
    "rfm",
    "inactive",
)

# -- ABC ---------------------------------------------------------------------------------------

ABC_CLASSES = ("A", "B", "C")


@dataclass(frozen=True)
class ParetoPoint:
    """One client on the Pareto curve: its rank (1-based), class and cumulative share (%)."""

    key: Any
    rank: int
    revenue: Decimal
    cumulative_pct: Decimal
    klass: str


def _sort_key(item: tuple[Any, Decimal]) -> tuple[Decimal, Any]:
    return (-item[1], item[0])


def abc_curve(
    revenue: Mapping[K, Decimal], a_pct: Decimal = Decimal("80"), b_pct: Decimal = Decimal("95")
) -> list[ParetoPoint]:
    """The Pareto curve with each client's ABC class (see the module rules)."""
    if not ZERO < a_pct <= b_pct <= HUNDRED:
        raise ValueError("ABC thresholds must satisfy 0 < A ≤ B ≤ 100.")
    ordered = sorted(revenue.items(), key=_sort_key)
    total = sum((max(v, ZERO) for _, v in ordered), ZERO)
    points: list[ParetoPoint] = []
    before = ZERO
    previous: tuple[Decimal, str] | None = None
    for rank, (key, value) in enumerate(ordered, start=1):
        positive = max(value, ZERO)
        share_before = before * HUNDRED / total if total > 0 else HUNDRED
        if positive <= 0:
            klass = "C"
        elif previous is not None and previous[0] == positive:
            klass = previous[1]
        elif share_before < a_pct:
            klass = "A"
        elif share_before < b_pct:
            klass = "B"
        else:
            klass = "C"
        before += positive
        previous = (positive, klass)
        cumulative = before * HUNDRED / total if total > 0 else ZERO
        points.append(ParetoPoint(key, rank, value, cumulative, klass))
    return points


def abc_classes(
    revenue: Mapping[K, Decimal], a_pct: Decimal = Decimal("80"), b_pct: Decimal = Decimal("95")
) -> dict[K, str]:
    """Client -> "A" / "B" / "C"."""
    return {p.key: p.klass for p in abc_curve(revenue, a_pct, b_pct)}


# -- quantiles, medians, quartiles ---------------------------------------------------------------


def quantile(values: Sequence[Decimal], fraction: Decimal) -> Decimal:
    """The ``fraction`` quantile (0–1) of ``values``, linear between ranks ("inclusive")."""
    if not values:
        raise ValueError("No value to take a quantile of.")
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    weight = position - low
    return ordered[low] + (ordered[high] - ordered[low]) * weight


def median(values: Sequence[Decimal]) -> Decimal:
    return quantile(values, Decimal("0.5"))


QUARTILES = ("Q1", "Q2", "Q3", "Q4")


@dataclass(frozen=True)
class Quartiles:
    """The three bounds and each client's quartile (Q4 = the highest values)."""

    bounds: tuple[Decimal, Decimal, Decimal]
    classes: dict[Any, str]


def quartiles(values: Mapping[K, Decimal]) -> Quartiles:
    """Q1…Q4 of ``values`` (clients without a value are simply not in the mapping)."""
    if not values:
        return Quartiles((ZERO, ZERO, ZERO), {})
    data = list(values.values())
    bounds = (
        quantile(data, Decimal("0.25")),
        quantile(data, Decimal("0.5")),
        quantile(data, Decimal("0.75")),
    )
    classes = {key: QUARTILES[bisect_left(bounds, value)] for key, value in values.items()}
    return Quartiles(bounds, classes)


# -- profitability quadrants ---------------------------------------------------------------------

SKELETONS = "Squelettes"
CONTACT_EATERS = "Contactivores"
CASH_COWS = "Vaches à lait"
GOLDEN_GEESE = "Poules aux œufs d'or"
QUADRANTS = (SKELETONS, CONTACT_EATERS, CASH_COWS, GOLDEN_GEESE)


@dataclass(frozen=True)
class Quadrants:
    contacts_threshold: Decimal
    revenue_threshold: Decimal
    classes: dict[Any, str]


def quadrant_of(
    contacts: Decimal, revenue: Decimal, contacts_threshold: Decimal, revenue_threshold: Decimal
) -> str:
    many = contacts > contacts_threshold
    high = revenue > revenue_threshold
    if high:
        return GOLDEN_GEESE if many else CASH_COWS
    return CONTACT_EATERS if many else SKELETONS


def quadrants(
    contacts: Mapping[K, int],
    revenue: Mapping[K, Decimal],
    contacts_threshold: Decimal | None = None,
    revenue_threshold: Decimal | None = None,
) -> Quadrants:
    """Each client's quadrant; missing thresholds are the medians of the population (the
    keys of ``revenue``; a client absent from ``contacts`` had none)."""
    keys = list(revenue)
    counts = {k: Decimal(contacts.get(k, 0)) for k in keys}
    if contacts_threshold is None:
        contacts_threshold = median(list(counts.values())) if keys else ZERO
    if revenue_threshold is None:
        revenue_threshold = median([revenue[k] for k in keys]) if keys else ZERO
    classes = {
        k: quadrant_of(counts[k], revenue[k], contacts_threshold, revenue_threshold) for k in keys
    }
    return Quadrants(contacts_threshold, revenue_threshold, classes)


# -- potential ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PotentialGap:
    """P, R, P−R and the penetration R/P (%); ``None`` where P is missing (or 0 for R/P)."""

    potential: Decimal | None
    revenue: Decimal
    gap: Decimal | None
    penetration_pct: Decimal | None


def potential_gap(revenue: Decimal, potential: Decimal | None) -> PotentialGap:
    if potential is None:
        return PotentialGap(None, revenue, None, None)
    penetration = revenue * HUNDRED / potential if potential > 0 else None
    return PotentialGap(potential, revenue, potential - revenue, penetration)


def rank_by_gap(rows: Mapping[K, PotentialGap]) -> list[K]:
    """Keys by P−R, biggest room to grow first; clients without P last (by revenue)."""
    with_p = sorted(
        (k for k, r in rows.items() if r.gap is not None),
        key=lambda k: (-(rows[k].gap or ZERO), k),  # type: ignore[arg-type,return-value]
    )
    without = sorted(
        (k for k, r in rows.items() if r.gap is None), key=lambda k: (-rows[k].revenue, k)
    )  # type: ignore[arg-type,return-value]
    return with_p + without


# -- elasticity ----------------------------------------------------------------------------------

SENSITIVE = "sensitive"
WEAK = "weak"
INSENSITIVE = "insensitive"
UNDEFINED = "undefined"
ELASTICITY_READINGS = (SENSITIVE, WEAK, INSENSITIVE, UNDEFINED)


@dataclass(frozen=True)
class Elasticity:
    """Δ% revenue / Δ% contacts between two periods, with its reading and why it is
    undefined when it is (``reason``: no_revenue_before, no_contacts_before,
    contacts_unchanged)."""

    revenue_change_pct: Decimal | None
    contacts_change_pct: Decimal | None
    value: Decimal | None
    reading: str
    reason: str | None = None


def elasticity(
    revenue_before: Decimal, revenue_now: Decimal, contacts_before: int, contacts_now: int
) -> Elasticity:
    """Readings: value ≥ 1 sensitive (revenue follows contacts at least in proportion),
    0 < value < 1 weak, value ≤ 0 insensitive (revenue does not follow contacts)."""
    r_pct = (revenue_now - revenue_before) * HUNDRED / revenue_before if revenue_before else None
    c_pct = (
        Decimal(contacts_now - contacts_before) * HUNDRED / Decimal(contacts_before)
        if contacts_before
        else None
    )
    if r_pct is None:
        return Elasticity(None, c_pct, None, UNDEFINED, "no_revenue_before")
    if c_pct is None:
        return Elasticity(r_pct, None, None, UNDEFINED, "no_contacts_before")
    if c_pct == 0:
        return Elasticity(r_pct, c_pct, None, UNDEFINED, "contacts_unchanged")
    value = r_pct / c_pct
    if value >= 1:
        reading = SENSITIVE
    elif value > 0:
        reading = WEAK
    else:
        reading = INSENSITIVE
    return Elasticity(r_pct, c_pct, value, reading)


# -- maturity ----------------------------------------------------------------------------------

START = "démarrage"
GROWTH = "croissance"
MATURITY = "maturité"
DECLINE = "vieillissement"
NOT_ENOUGH_DATA = "not_enough_data"
NO_SALES = "no_sales"
PHASES = (START, GROWTH, MATURITY, DECLINE)


def maturity_phase(yearly: Sequence[Decimal], band_pct: Decimal = Decimal("10")) -> str:
    """The phase from yearly revenue, oldest year first (the last 3–4 years).

    Fewer than two years: not enough data. Nothing bought: no_sales. First purchase in one of
    the last two years after empty years (or revenue in the last year only): démarrage.
    Otherwise the mean yearly change over the years with revenue before them decides:
    above +band croissance, below −band vieillissement, in between maturité. Revenue that
    stopped (last year 0 after sales) is vieillissement.
    """
    if len(yearly) < 2:
        return NOT_ENOUGH_DATA
    if all(v <= 0 for v in yearly):
        return NO_SALES
    first = next(i for i, v in enumerate(yearly) if v > 0)
    if first > 0 and first >= len(yearly) - 2:
        return START
    if yearly[-1] <= 0:
        return DECLINE
    changes = [
        (yearly[i] - yearly[i - 1]) * HUNDRED / yearly[i - 1]
        for i in range(first + 1, len(yearly))
        if yearly[i - 1] > 0
    ]
    if not changes:
        return START
    mean = sum(changes, ZERO) / len(changes)
    if mean > band_pct:
        return GROWTH
    if mean < -band_pct:
        return DECLINE
    return MATURITY


# -- RFM ---------------------------------------------------------------------------------------

RFM_SEGMENTS = (
    "champions",
    "loyal",
    "new",
    "at_risk",
    "hibernating",
    "lost",
    "attention",
    "no_purchase",
)


@dataclass(frozen=True)
class RfmScore:
    recency: int
    frequency: int
    monetary: int
    segment: str


def quintile_scores(values: Mapping[K, Any]) -> dict[K, int]:
    """1–5 by rank: 1 + 5 × (clients with a strictly lower value) // n; higher is better."""
    ordered = sorted(values.values())
    n = len(ordered)
    return {k: 1 + (5 * bisect_left(ordered, v)) // n for k, v in values.items()}


def rfm_segment(r: int, f: int, m: int) -> str:
    if r >= 4 and f >= 4 and m >= 4:
        return "champions"
    if r >= 3 and f >= 4:
        return "loyal"
    if r >= 4 and f <= 2:
        return "new"
    if r <= 2 and f >= 3:
        return "at_risk"
    if r == 1 and f <= 2:
        return "lost"
    if r == 2 and f <= 2:
        return "hibernating"
    return "attention"


def rfm(
    last_purchase: Mapping[K, dt.date | None],
    frequency: Mapping[K, int],
    monetary: Mapping[K, Decimal],
) -> dict[K, RfmScore | None]:
    """Scores of the clients who bought (``None`` for the others: segment no_purchase)."""
    buyers = {k: d for k, d in last_purchase.items() if d is not None and frequency.get(k, 0) > 0}
    r = quintile_scores(buyers)  # a later date is better
    f = quintile_scores({k: frequency[k] for k in buyers})
    m = quintile_scores({k: monetary.get(k, ZERO) for k in buyers})
    result: dict[K, RfmScore | None] = {}
    for key in last_purchase:
        if key in buyers:
            result[key] = RfmScore(r[key], f[key], m[key], rfm_segment(r[key], f[key], m[key]))
        else:
            result[key] = None
    return result


# -- inactive ----------------------------------------------------------------------------------


def inactive_since(
    last_dates: Sequence[dt.date | None], today: dt.date, months: int
) -> tuple[bool, dt.date | None]:
    """Whether nothing (reach, meeting, purchase) happened in the last ``months`` months,
    and the latest of those dates (``None``: never)."""
    from desktop_crm.domain.query import shift  # here: the query language names analyses

    known = [d for d in last_dates if d is not None]
    latest = max(known) if known else None
    limit = shift(today, -months, "months")
    return (latest is None or latest < limit, latest)


# -- classes per method (what a saved group's "analysis X = CLASS" accepts) ---------------------

PR_CLASSES = ("room", "reached", "no_potential")
INACTIVE_CLASSES = ("inactive", "active")
METHOD_CLASSES: dict[str, tuple[str, ...]] = {
    "abc": ABC_CLASSES,
    "quartiles": QUARTILES,
    "quadrants": QUADRANTS,
    "pr": PR_CLASSES,
    "elasticity": ELASTICITY_READINGS,
    "maturity": (*PHASES, NOT_ENOUGH_DATA, NO_SALES),
    "rfm": RFM_SEGMENTS,
    "inactive": INACTIVE_CLASSES,
}


def canonical_class(method: str, text: str) -> str | None:
    """The class of ``method`` that ``text`` names (any case and accents), or None."""
    from desktop_crm.domain.text import fold

    for klass in METHOD_CLASSES.get(method, ()):
        if fold(klass) == fold(text):
            return klass
    return None
