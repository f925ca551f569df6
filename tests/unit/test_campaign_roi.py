"""ROI arithmetic of campaigns, on hand-computed cases (Decimal, defined edge cases)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_crm.domain.campaigns import (
    MEMBER_STATUSES,
    NEGATIVE_MARGIN,
    NO_COST,
    NO_RESPONSES,
    NO_SALES,
    NO_SENDS,
    RESPONSE_KINDS,
    CampaignCounts,
    CostLine,
    add_counts,
    compute_figures,
    cost_line_amount,
    parse_amount,
    total_cost,
    validate_cost_line,
)

D = Decimal


def test_a_mailing_that_paid_for_itself() -> None:
    # 2 000 letters: printing 600 €, postage 2 000 × 0,86 € = 1 720 €, file 480 € → 2 800 €.
    lines = [
        CostLine(
            "Impression", "printing", D(2000), D("0.30"), cost_line_amount(D(2000), D("0.30"))
        ),
        CostLine(
            "Affranchissement", "postage", D(2000), D("0.86"), cost_line_amount(D(2000), D("0.86"))
        ),
        CostLine("Fichier", "file_purchase", D(1), D(480), D(480)),
    ]
    assert [x.amount for x in lines] == [D("600.00"), D("1720.00"), D(480)]
    cost = total_cost(lines)
    assert cost == D("2800.00")
    counts = CampaignCounts(
        targets=2100,
        sent=2000,
        responses=50,
        meetings=12,
        opportunities=9,
        won=4,
        revenue=D("14000"),
        cost_of_goods=D("6000"),
        cost=cost,
    )
    f = compute_figures(counts)
    assert f.margin == D("8000")
    assert f.response_rate == D("0.0250")  # 50 / 2000
    assert f.cost_per_response == D("56.00")  # 2800 / 50
    assert f.cost_per_sale == D("700.00")  # 2800 / 4
    assert f.roi == D("1.8571")  # (8000 − 2800) / 2800 = 1.857142…
    # Average margin per sale 2 000 €: 2 800 / 2 000 = 1.4 → 2 sales.
    assert f.breakeven == 2
    assert f.reasons == {}


def test_zero_responses() -> None:
    f = compute_figures(CampaignCounts(targets=300, sent=300, cost=D("450")))
    assert f.response_rate == D("0")
    assert f.cost_per_response is None and f.reasons["cost_per_response"] == NO_RESPONSES
    assert f.cost_per_sale is None and f.reasons["cost_per_sale"] == NO_SALES
    assert f.roi == D("-1")  # all the money lost: (0 − 450) / 450
    assert f.breakeven is None and f.reasons["breakeven"] == NO_SALES


def test_nothing_sent_has_no_rate() -> None:
    f = compute_figures(CampaignCounts(targets=40))
    assert f.response_rate is None and f.reasons["response_rate"] == NO_SENDS


def test_zero_cost_leaves_roi_undefined_and_breakeven_zero() -> None:
    f = compute_figures(
        CampaignCounts(sent=10, responses=2, won=1, revenue=D("1000"), cost_of_goods=D("400"))
    )
    assert f.margin == D("600")
    assert f.roi is None and f.reasons["roi"] == NO_COST
    assert f.cost_per_response == D("0.00")
    assert f.breakeven == 0


def test_negative_margin_makes_breakeven_impossible() -> None:
    f = compute_figures(
        CampaignCounts(
            sent=100, responses=5, won=2, revenue=D("1000"), cost_of_goods=D("1300"), cost=D("500")
        )
    )
    assert f.margin == D("-300")
    assert f.roi == D("-1.6")  # (−300 − 500) / 500
    assert f.breakeven is None and f.reasons["breakeven"] == NEGATIVE_MARGIN


def test_breakeven_rounds_up() -> None:
    # 3 sales, margin 1 000 € → 333,33 € a sale; cost 1 001 € → 3,003 → 4 sales.
    f = compute_figures(CampaignCounts(won=3, revenue=D("1000"), cost=D("1001")))
    assert f.breakeven == 4
    # Exactly 3 when the cost is exactly 3 average margins.
    assert compute_figures(CampaignCounts(won=3, revenue=D("900"), cost=D("900"))).breakeven == 3


def test_totals_add_campaigns() -> None:
    a = CampaignCounts(targets=10, sent=10, responses=1, won=1, revenue=D("100"), cost=D("50"))
    b = CampaignCounts(targets=20, sent=10, responses=3, won=0, revenue=D("0"), cost=D("150"))
    total = compute_figures(add_counts([a, b]))
    assert (total.targets, total.sent, total.responses, total.won) == (30, 20, 4, 1)
    assert total.response_rate == D("0.2000")
    assert total.roi == D("-0.5")  # (100 − 200) / 200


def test_cost_lines_are_checked() -> None:
    assert validate_cost_line(CostLine("", "printing")) is not None
    assert "kind" in (validate_cost_line(CostLine("x", "bribes")) or "")
    assert validate_cost_line(CostLine("x", "other", amount=D("-1"))) is not None
    assert validate_cost_line(CostLine("Stand", "stand", D(1), D(1500), D(1500))) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 234,50", D("1234.50")),
        ("1234.5", D("1234.50")),
        ("430 €", D("430.00")),
        ("0", D("0.00")),
    ],
)
def test_amounts_typed_by_users(text: str, value: Decimal) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["abc", "-5", "nan", "1,2,3"])
def test_bad_amounts_are_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(ValueError, match="amount"):
        parse_amount(text)


def test_statuses_shared_with_the_phoning_session() -> None:
    assert MEMBER_STATUSES[:2] == ("targeted", "sent")
    assert set(RESPONSE_KINDS) <= set(MEMBER_STATUSES)
    assert "targeted" not in RESPONSE_KINDS and "sent" not in RESPONSE_KINDS
