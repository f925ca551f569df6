"""Opportunities: the values the screens show and the money rules they share.

Amounts are exact ``Decimal`` values everywhere (``Numeric`` in the database); rounding to
cents happens only where the rule says so (a product line's amount) or at display.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0")
HUNDRED = Decimal("100")

# Status values of an opportunity; only "open" ones are in the pipeline and the forecast.
STATUS_OPEN = "open"
STATUS_WON = "won"
STATUS_LOST = "lost"
STATUS_INACTIVE = "inactive"
STATUSES: tuple[str, ...] = (STATUS_OPEN, STATUS_WON, STATUS_LOST, STATUS_INACTIVE)
CLOSED_STATUSES: tuple[str, ...] = (STATUS_WON, STATUS_LOST)
STATUS_LABELS_FR: dict[str, str] = {
    STATUS_OPEN: "Ouverte",
    STATUS_WON: "Gagnée",
    STATUS_LOST: "Perdue",
    STATUS_INACTIVE: "Inactive",
}
# PeriodWon.label values and how the forecast titles them.
PERIOD_TITLES_FR: dict[str, str] = {
    "month": "Ce mois-ci",
    "quarter": "Ce trimestre",
    "year": "Cette année",
}

DEFAULT_CURRENCY = "EUR"
THIN_SPACE = "\u202f"  # French thousands separator
NBSP = "\u00a0"


def is_finite_amount(value: Decimal | int | str | None) -> bool:
    """False for "inf", "nan" and what is not a number: an amount must be a finite number."""
    try:
        return to_decimal(value).is_finite()
    except (ArithmeticError, ValueError, TypeError):
        return False


def to_decimal(value: Decimal | int | str | None) -> Decimal:
    """A Decimal from what a form or the database gives (None → 0); floats are refused."""
    if value is None:
        return ZERO
    if isinstance(value, float):  # pragma: no cover - guarded by the type checker
        raise TypeError("amounts are Decimal, never float")
    return value if isinstance(value, Decimal) else Decimal(value)


def round_cents(value: Decimal) -> Decimal:
    """``value`` rounded to cents, half up (0,005 → 0,01)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def line_amount(
    quantity: Decimal | int | str,
    unit_price: Decimal | int | str,
    discount_pct: Decimal | int | str | None = None,
) -> Decimal:
    """A product line's amount: quantity × unit price − discount %, rounded to cents half up."""
    qty = to_decimal(quantity)
    unit = to_decimal(unit_price)
    discount = to_decimal(discount_pct)
    if discount < ZERO or discount > HUNDRED:
        raise ValueError("discount must be between 0 and 100 %")
    return round_cents(qty * unit * (HUNDRED - discount) / HUNDRED)


def weighted(amount: Decimal | int | str, probability: int) -> Decimal:
    """The weighted amount: amount × probability / 100, exact (not rounded)."""
    return to_decimal(amount) * Decimal(int(probability)) / HUNDRED


def check_probability(probability: int) -> int:
    """``probability`` if between 0 and 100, else ValueError."""
    if not 0 <= int(probability) <= 100:
        raise ValueError("probability must be between 0 and 100 %")
    return int(probability)


def month_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after ``day``'s month."""
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def close_day(value: dt.date | None, timezone: str = "Europe/Paris") -> dt.date | None:
    """The calendar day of an expected close in the team's time zone.

    A plain date is kept; an aware datetime is converted (31 March 23:30 in Paris is
    21:30 UTC and stays in March); a naive datetime is read as wall-clock time there.
    """
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            from zoneinfo import ZoneInfo

            return value.astimezone(ZoneInfo(timezone)).date()
        return value.date()
    return value


def format_money(amount: Decimal, currency: str = DEFAULT_CURRENCY) -> str:
    """French display of an amount: ``1 234,50 €`` (narrow no-break space for thousands)."""
    rounded = round_cents(amount)
    sign = "-" if rounded < 0 else ""
    units, cents = f"{abs(rounded):.2f}".split(".")
    groups: list[str] = []
    while units:
        groups.insert(0, units[-3:])
        units = units[:-3]
    symbol = "€" if currency == "EUR" else currency
    return sign + THIN_SPACE.join(groups) + "," + cents + NBSP + symbol


# --- price list and processes ------------------------------------------------------------


@dataclass(frozen=True)
class ProductView:
    """One product of the price list."""

    id: int
    name: str
    family: str | None
    unit_price: Decimal
    cost: Decimal
    active: bool


@dataclass(frozen=True)
class StageView:
    """One stage of a sales process: order, probability and days to the expected close."""

    id: int
    name: str
    position: int
    probability: int
    close_days: int


@dataclass(frozen=True)
class ProcessView:
    """A sales process with its stages in order."""

    id: int
    name: str
    is_default: bool
    stages: tuple[StageView, ...]
    version: int = 1


# --- one opportunity ---------------------------------------------------------------------


@dataclass(frozen=True)
class ProductLine:
    """One line of an opportunity: a product (or a free label) × quantity at a price."""

    product_id: int | None
    name: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal = ZERO
    amount: Decimal = ZERO  # computed by line_amount() when saved

    @staticmethod
    def of(
        product_id: int | None,
        name: str,
        quantity: Decimal | int | str,
        unit_price: Decimal | int | str,
        discount_pct: Decimal | int | str = ZERO,
    ) -> ProductLine:
        """A line with its amount computed."""
        qty, unit, disc = to_decimal(quantity), to_decimal(unit_price), to_decimal(discount_pct)
        return ProductLine(product_id, name, qty, unit, disc, line_amount(qty, unit, disc))


@dataclass(frozen=True)
class OpportunityInput:
    """What the card sends to create or update an opportunity.

    ``probability`` None means "the stage's probability"; ``lines`` non-empty means the
    amount is the sum of the lines, otherwise ``amount`` is taken as typed.
    """

    name: str
    contact_id: int | None = None
    company_id: int | None = None
    process_id: int | None = None
    stage_id: int | None = None
    probability: int | None = None
    amount: Decimal = ZERO
    currency: str = DEFAULT_CURRENCY
    expected_close: dt.date | None = None
    record_manager_id: int | None = None
    referrer_contact_id: int | None = None
    referred_by: str | None = None
    campaign_id: int | None = None
    competitor: str | None = None
    details: str | None = None
    lines: tuple[ProductLine, ...] = ()
    status: str = STATUS_OPEN  # "open" or "inactive" here; closing goes through close_opportunity


@dataclass(frozen=True)
class OpportunityView:
    """The full card of an opportunity."""

    id: int
    name: str
    contact_id: int | None
    contact_name: str
    company_id: int | None
    company_name: str
    process_id: int | None
    process_name: str
    stage_id: int | None
    stage_name: str
    probability: int
    amount: Decimal
    weighted: Decimal
    currency: str
    expected_close: dt.date | None
    status: str
    reason: str | None
    competitor: str | None
    referrer_contact_id: int | None
    referrer_name: str
    referred_by: str | None
    campaign_id: int | None
    details: str | None
    record_manager_id: int | None
    manager_name: str
    closed_at: dt.datetime | None
    created_at: dt.datetime | None
    lines: tuple[ProductLine, ...]
    version: int
    # The session's role may not see amounts (Restricted): amount/weighted/lines' prices are
    # zeros standing for "not shown", and the card shows them blank and read-only.
    amounts_hidden: bool = False


# --- lists -------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpportunityFilter:
    """Which opportunities a list, the funnel or the forecast shows.

    Empty/None criteria do not filter. ``statuses`` empty means every status.
    ``close_from``/``close_to`` bound the expected close date (inclusive).
    """

    process_id: int | None = None
    stage_ids: tuple[int, ...] = ()
    statuses: tuple[str, ...] = (STATUS_OPEN,)
    manager_id: int | None = None
    close_from: dt.date | None = None
    close_to: dt.date | None = None
    group_id: int | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None
    text: str | None = None
    contact_id: int | None = None
    # Only this currency (3 letters); the sums are always in one currency: this one, or
    # DEFAULT_CURRENCY when None (the others are counted apart, never added).
    currency: str | None = None

    def figures_currency(self) -> str:
        """The one currency the totals, the funnel and the forecast add up."""
        return (self.currency or DEFAULT_CURRENCY).strip().upper()


# Sort keys the list accepts (a leading "-" sorts descending).
SORT_KEYS: tuple[str, ...] = (
    "name",
    "contact",
    "company",
    "process",
    "stage",
    "probability",
    "amount",
    "weighted",
    "expected_close",
    "status",
    "manager",
)


@dataclass(frozen=True)
class OpportunityRow:
    """One line of the opportunity list."""

    id: int
    name: str
    contact_id: int | None
    contact_name: str
    company_name: str
    process_name: str
    stage_name: str
    probability: int
    amount: Decimal
    weighted: Decimal
    expected_close: dt.date | None
    status: str
    manager_name: str
    stage_id: int | None = None
    currency: str = DEFAULT_CURRENCY
    amounts_hidden: bool = False  # shown blank (Restricted): amount/weighted are zeros


@dataclass(frozen=True)
class CurrencyCount:
    """Opportunities left out of a sum because they are in another currency."""

    currency: str
    count: int


def others_text_fr(others: tuple[CurrencyCount, ...]) -> str:
    """``3 opportunités en USD non comptées`` (empty when none), for the command line."""
    return ", ".join(
        f"{o.count} opportunité{'s' if o.count > 1 else ''} en {o.currency} "
        f"non comptée{'s' if o.count > 1 else ''}"
        for o in others
    )


@dataclass(frozen=True)
class OpportunityTotals:
    """Count, amount and weighted amount of the opportunities a filter selects that are in
    ``currency``; those in other currencies are only counted, in ``other_currencies``
    (amounts in different currencies are never added)."""

    count: int
    amount: Decimal
    weighted: Decimal
    currency: str = DEFAULT_CURRENCY
    other_currencies: tuple[CurrencyCount, ...] = ()
    amounts_hidden: bool = False

    @property
    def all_count(self) -> int:
        """Every opportunity the filter selects, whatever its currency."""
        return self.count + sum(o.count for o in self.other_currencies)


# --- pipeline and forecast ---------------------------------------------------------------


@dataclass(frozen=True)
class StageTotal:
    """One band of the funnel: the open opportunities at one stage.

    ``stage_id`` None is the band of opportunities of the process without a stage.
    """

    stage_id: int | None
    name: str
    position: int
    probability: int
    count: int
    amount: Decimal
    weighted: Decimal
    amounts_hidden: bool = False  # shown without amounts (Restricted): amount/weighted zeros


@dataclass(frozen=True)
class Pipeline:
    """The funnel of one sales process: a band per stage in order, and the totals."""

    process_id: int | None
    process_name: str
    stages: tuple[StageTotal, ...]
    count: int
    amount: Decimal
    weighted: Decimal
    currency: str = DEFAULT_CURRENCY  # every figure is in this currency
    other_currencies: tuple[CurrencyCount, ...] = ()  # open ones left out, per currency
    amounts_hidden: bool = False  # counts only (Restricted): amount/weighted are zeros


@dataclass(frozen=True)
class ForecastMonth:
    """Open opportunities expected to close in one month (``month`` is its first day).

    The first month of a forecast also counts the open ones whose expected close is already
    past (never moved by their salesperson): ``overdue_*`` is that part of its figures.
    """

    month: dt.date
    count: int
    amount: Decimal
    weighted: Decimal
    overdue_count: int = 0
    overdue_amount: Decimal = ZERO
    overdue_weighted: Decimal = ZERO


@dataclass(frozen=True)
class PeriodWon:
    """Amount won in a period (this month / quarter / year) against the previous one."""

    label: str
    amount: Decimal
    previous: Decimal
    count: int
    previous_count: int = 0


@dataclass(frozen=True)
class Forecast:
    """The forecast: the next months by expected close, and what was won lately."""

    months: tuple[ForecastMonth, ...]
    won: tuple[PeriodWon, ...]
    currency: str = DEFAULT_CURRENCY  # every figure is in this currency
    # Open opportunities of the months shown left out, per currency (won ones too: the
    # won figures count only ``currency``).
    other_currencies: tuple[CurrencyCount, ...] = ()

    @property
    def overdue_count(self) -> int:
        """Open opportunities past their expected close (counted in the first month)."""
        return sum(m.overdue_count for m in self.months)

    @property
    def overdue_amount(self) -> Decimal:
        return sum((m.overdue_amount for m in self.months), ZERO)


@dataclass(frozen=True)
class ReasonCount:
    """How many opportunities were closed with one reason (or against one competitor)."""

    label: str
    count: int
    amount: Decimal


@dataclass(frozen=True)
class WonLost:
    """Opportunities won and lost over a period, by reason and competitor."""

    date_from: dt.date
    date_to: dt.date
    won_count: int
    won_amount: Decimal
    lost_count: int
    lost_amount: Decimal
    won_reasons: tuple[ReasonCount, ...]
    lost_reasons: tuple[ReasonCount, ...]
    competitors: tuple[ReasonCount, ...]
    currency: str = DEFAULT_CURRENCY  # every figure is in this currency
    other_currencies: tuple[CurrencyCount, ...] = ()  # closed ones left out, per currency
