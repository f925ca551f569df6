"""Campaigns: the codes shared by every part of the app, and the return-on-investment arithmetic.

The member statuses are written by the sends (print run, e-mail merge, series, phoning
session "for a campaign") and by the response logging; the figures below read them. All
money is ``Decimal``; a figure that cannot be computed is ``None`` with a stated reason,
never a division by zero or a misleading 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

ZERO = Decimal("0")
CENT = Decimal("0.01")

# --- campaign_member.status ---------------------------------------------------------------
STATUS_TARGETED = "targeted"  # in the target list, nothing sent yet
STATUS_SENT = "sent"  # letter/e-mail sent or call made, no answer yet
STATUS_REPLIED = "replied"
STATUS_INTERESTED = "interested"
STATUS_MEETING = "meeting"  # a meeting was set
STATUS_NOT_INTERESTED = "not_interested"
STATUS_UNSUBSCRIBED = "unsubscribed"

MEMBER_STATUSES: tuple[str, ...] = (
    STATUS_TARGETED,
    STATUS_SENT,
    STATUS_REPLIED,
    STATUS_INTERESTED,
    STATUS_MEETING,
    STATUS_NOT_INTERESTED,
    STATUS_UNSUBSCRIBED,
)
# The statuses a response sets (in the order a form offers them); each counts as a response.
RESPONSE_KINDS: tuple[str, ...] = (
    STATUS_REPLIED,
    STATUS_INTERESTED,
    STATUS_MEETING,
    STATUS_NOT_INTERESTED,
    STATUS_UNSUBSCRIBED,
)
# Responses that open a door (the others are answers too, but closed ones).
POSITIVE_RESPONSES: frozenset[str] = frozenset({STATUS_REPLIED, STATUS_INTERESTED, STATUS_MEETING})
MEMBER_STATUS_LABELS_FR: dict[str, str] = {
    STATUS_TARGETED: "Ciblé",
    STATUS_SENT: "Envoyé",
    STATUS_REPLIED: "A répondu",
    STATUS_INTERESTED: "Intéressé",
    STATUS_MEETING: "Rendez-vous pris",
    STATUS_NOT_INTERESTED: "Pas intéressé",
    STATUS_UNSUBSCRIBED: "Désabonné",
}
MEMBER_STATUS_LABELS_EN: dict[str, str] = {
    STATUS_TARGETED: "Targeted",
    STATUS_SENT: "Sent",
    STATUS_REPLIED: "Replied",
    STATUS_INTERESTED: "Interested",
    STATUS_MEETING: "Meeting set",
    STATUS_NOT_INTERESTED: "Not interested",
    STATUS_UNSUBSCRIBED: "Unsubscribed",
}

# --- campaign.channel ---------------------------------------------------------------------
CHANNELS: tuple[str, ...] = ("mail", "email", "phone", "trade_show", "event", "referral")
CHANNEL_LABELS_FR: dict[str, str] = {
    "mail": "Courrier",
    "email": "E-mail",
    "phone": "Téléphone",
    "trade_show": "Salon",
    "event": "Événement",
    "referral": "Recommandation",
}
CHANNEL_LABELS_EN: dict[str, str] = {
    "mail": "Mail",
    "email": "E-mail",
    "phone": "Phone",
    "trade_show": "Trade show",
    "event": "Event",
    "referral": "Referral",
}

# --- campaign.status ----------------------------------------------------------------------
CAMPAIGN_STATUSES: tuple[str, ...] = ("draft", "running", "finished", "cancelled")
CAMPAIGN_STATUS_LABELS_FR: dict[str, str] = {
    "draft": "En préparation",
    "running": "En cours",
    "finished": "Terminée",
    "cancelled": "Annulée",
}
CAMPAIGN_STATUS_LABELS_EN: dict[str, str] = {
    "draft": "Draft",
    "running": "Running",
    "finished": "Finished",
    "cancelled": "Cancelled",
}

# --- campaign_cost.kind -------------------------------------------------------------------
COST_KINDS: tuple[str, ...] = ("printing", "postage", "stand", "file_purchase", "other")
COST_KIND_LABELS_FR: dict[str, str] = {
    "printing": "Impression",
    "postage": "Affranchissement",
    "stand": "Stand",
    "file_purchase": "Achat de fichier",
    "other": "Autre",
}
COST_KIND_LABELS_EN: dict[str, str] = {
    "printing": "Printing",
    "postage": "Postage",
    "stand": "Stand",
    "file_purchase": "File purchase",
    "other": "Other",
}

# Why a figure is None (stable codes; the screens and reports word them).
NO_SENDS = "no_sends"  # response rate: nothing was sent
NO_RESPONSES = "no_responses"  # cost per response
NO_COST = "no_cost"  # ROI: no cost recorded, a ratio over zero means nothing
NO_SALES = "no_sales"  # cost per sale, break-even: no sale to average the margin on
NEGATIVE_MARGIN = "negative_margin"  # break-even: each sale loses money, never reached
AMOUNTS_HIDDEN = "amounts_hidden"  # revenue, margin, ROI: the role may not see amounts

REASONS_EN: dict[str, str] = {
    NO_SENDS: "nothing sent yet",
    NO_RESPONSES: "no response yet",
    NO_COST: "no cost recorded",
    NO_SALES: "no sale yet",
    NEGATIVE_MARGIN: "the sales lose money: break-even cannot be reached",
    AMOUNTS_HIDDEN: "hidden for your role",
}
REASONS_FR: dict[str, str] = {
    NO_SENDS: "rien n'a encore été envoyé",
    NO_RESPONSES: "aucune réponse pour l'instant",
    NO_COST: "aucun coût saisi",
    NO_SALES: "aucune vente pour l'instant",
    NEGATIVE_MARGIN: "les ventes perdent de l'argent : seuil de rentabilité inatteignable",
    AMOUNTS_HIDDEN: "masqué pour votre rôle",
}


@dataclass(frozen=True)
class CostLine:
    """One cost of a campaign: quantity × unit cost, or a fixed amount when unit cost is 0."""

    label: str
    kind: str = "other"
    quantity: Decimal = Decimal("1")
    unit_cost: Decimal = ZERO
    amount: Decimal = ZERO


def cost_line_amount(quantity: Decimal, unit_cost: Decimal) -> Decimal:
    """The amount of a cost line, to the cent (500 letters × 0,86 € = 430,00 €)."""
    return (quantity * unit_cost).quantize(CENT, rounding=ROUND_HALF_UP)


def validate_cost_line(line: CostLine) -> str | None:
    """A sentence saying what is wrong with the line, or None when it can be saved."""
    if not line.label.strip():
        return "A cost line needs a label (for example 'Postage')."
    if line.kind not in COST_KINDS:
        return f"Unknown cost kind '{line.kind}'; use one of: {', '.join(COST_KINDS)}."
    for name, value in (
        ("quantity", line.quantity),
        ("unit cost", line.unit_cost),
        ("amount", line.amount),
    ):
        if not value.is_finite() or value < 0:
            return f"The {name} of '{line.label}' must be a positive number."
    return None


def total_cost(lines: tuple[CostLine, ...] | list[CostLine], base: Decimal = ZERO) -> Decimal:
    """``base`` (the campaign's lump cost) plus every line's amount."""
    return sum((line.amount for line in lines), base)


@dataclass(frozen=True)
class CampaignCounts:
    """What happened in a campaign, as counted from the database."""

    targets: int = 0
    sent: int = 0
    responses: int = 0
    positive: int = 0
    meetings: int = 0
    opportunities: int = 0
    won: int = 0
    revenue: Decimal = ZERO
    cost_of_goods: Decimal = ZERO
    cost: Decimal = ZERO
    # The role may not see sales amounts (Restricted): revenue and cost of goods were not
    # read (zeros here); the figures made of them are None with the reason AMOUNTS_HIDDEN.
    amounts_hidden: bool = False


@dataclass(frozen=True)
class CampaignFigures:
    """The ROI dashboard's figures for one campaign (or the total of several).

    ``response_rate`` and ``roi`` are fractions (0.125 = 12,5 %). A figure that cannot be
    computed is None and ``reasons`` maps its name to a code of ``REASONS_EN``.
    """

    counts: CampaignCounts
    margin: Decimal | None
    response_rate: Decimal | None
    cost_per_response: Decimal | None
    cost_per_sale: Decimal | None
    roi: Decimal | None
    breakeven: int | None
    reasons: dict[str, str]

    # Shortcuts so that callers read figures.targets rather than figures.counts.targets.
    @property
    def targets(self) -> int:
        return self.counts.targets

    @property
    def sent(self) -> int:
        return self.counts.sent

    @property
    def responses(self) -> int:
        return self.counts.responses

    @property
    def meetings(self) -> int:
        return self.counts.meetings

    @property
    def opportunities(self) -> int:
        return self.counts.opportunities

    @property
    def won(self) -> int:
        return self.counts.won

    @property
    def revenue(self) -> Decimal | None:
        return None if self.counts.amounts_hidden else self.counts.revenue

    @property
    def amounts_hidden(self) -> bool:
        return self.counts.amounts_hidden

    @property
    def cost(self) -> Decimal:
        return self.counts.cost


RATIO_PLACES = Decimal("0.0001")


def _ratio(numerator: Decimal, denominator: Decimal) -> Decimal:
    return (numerator / denominator).quantize(RATIO_PLACES, rounding=ROUND_HALF_UP)


def compute_figures(counts: CampaignCounts) -> CampaignFigures:
    """Every derived figure of a campaign, with the reason for each one left undefined.

    - response rate = responses / sent (None when nothing was sent);
    - margin = revenue − cost of goods;
    - cost per response = cost / responses; cost per sale = cost / won;
    - ROI = (margin − cost) / cost (None when the cost is 0: a return on nothing spent);
    - break-even = cost / (margin / won), rounded up: the number of sales whose margin pays
      the campaign (0 when it cost nothing; None without sales or with a margin ≤ 0).
    """
    reasons: dict[str, str] = {}
    margin = counts.revenue - counts.cost_of_goods
    cost = counts.cost

    response_rate: Decimal | None = None
    if counts.sent > 0:
        response_rate = _ratio(Decimal(counts.responses), Decimal(counts.sent))
    else:
        reasons["response_rate"] = NO_SENDS

    cost_per_response: Decimal | None = None
    if counts.responses > 0:
        cost_per_response = (cost / counts.responses).quantize(CENT, rounding=ROUND_HALF_UP)
    else:
        reasons["cost_per_response"] = NO_RESPONSES

    cost_per_sale: Decimal | None = None
    if counts.won > 0:
        cost_per_sale = (cost / counts.won).quantize(CENT, rounding=ROUND_HALF_UP)
    else:
        reasons["cost_per_sale"] = NO_SALES

    roi: Decimal | None = None
    if counts.amounts_hidden:
        return _without_amounts(counts, response_rate, cost_per_response, cost_per_sale, reasons)
    if cost > 0:
        roi = _ratio(margin - cost, cost)
    else:
        reasons["roi"] = NO_COST

    breakeven: int | None = None
    if cost <= 0:
        breakeven = 0
    elif counts.won <= 0:
        reasons["breakeven"] = NO_SALES
    elif margin <= 0:
        reasons["breakeven"] = NEGATIVE_MARGIN
    else:
        # cost / (margin / won) == cost × won / margin, exact before rounding up.
        breakeven = int((cost * counts.won / margin).to_integral_value(rounding=ROUND_CEILING))

    return CampaignFigures(
        counts=counts,
        margin=margin,
        response_rate=response_rate,
        cost_per_response=cost_per_response,
        cost_per_sale=cost_per_sale,
        roi=roi,
        breakeven=breakeven,
        reasons=reasons,
    )


def _without_amounts(
    counts: CampaignCounts,
    response_rate: Decimal | None,
    cost_per_response: Decimal | None,
    cost_per_sale: Decimal | None,
    reasons: dict[str, str],
) -> CampaignFigures:
    """The figures a role that may not see sales amounts gets: counts, rates and costs;
    revenue, margin, ROI and break-even None (the campaign's cost is not a sales amount)."""
    for name in ("revenue", "margin", "roi", "breakeven"):
        reasons[name] = AMOUNTS_HIDDEN
    return CampaignFigures(
        counts=counts,
        margin=None,
        response_rate=response_rate,
        cost_per_response=cost_per_response,
        cost_per_sale=cost_per_sale,
        roi=None,
        breakeven=None,
        reasons=reasons,
    )


def add_counts(items: list[CampaignCounts] | tuple[CampaignCounts, ...]) -> CampaignCounts:
    """The counts of several campaigns together (the "all campaigns" line)."""
    return CampaignCounts(
        targets=sum(c.targets for c in items),
        sent=sum(c.sent for c in items),
        responses=sum(c.responses for c in items),
        positive=sum(c.positive for c in items),
        meetings=sum(c.meetings for c in items),
        opportunities=sum(c.opportunities for c in items),
        won=sum(c.won for c in items),
        revenue=sum((c.revenue for c in items), ZERO),
        cost_of_goods=sum((c.cost_of_goods for c in items), ZERO),
        cost=sum((c.cost for c in items), ZERO),
        amounts_hidden=any(c.amounts_hidden for c in items),
    )


def parse_amount(text: str) -> Decimal:
    """A positive amount typed by a user ("1 234,50", "1234.5", "430 €"); ValueError else."""
    cleaned = (
        text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("€", "")
    ).replace(",", ".")
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        raise ValueError(
            f"'{text}' is not an amount; type a number such as 1250 or 1250,50."
        ) from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"'{text}' is not a positive amount; type a number such as 1250.")
    return value.quantize(CENT, rounding=ROUND_HALF_UP)
