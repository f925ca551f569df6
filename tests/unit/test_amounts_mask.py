"""The amounts masked in old history texts for a role that may not see them: whatever
format_money wrote (French spaces, currency codes), and nothing else."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_crm.domain.opportunities import format_money
from desktop_crm.services.users.amounts import _MONEY


@pytest.mark.parametrize(
    ("amount", "currency"),
    [
        (Decimal("4500"), "EUR"),
        (Decimal("1234567.5"), "EUR"),
        (Decimal("12"), "USD"),
        (Decimal("0.5"), "GBP"),
    ],
)
def test_every_amount_format_money_writes_is_masked(amount: Decimal, currency: str) -> None:
    text = f"{format_money(amount, currency)} · Raison : Prix"
    assert _MONEY.sub("—", text) == "— · Raison : Prix", text


def test_plain_numbers_and_dates_are_left_alone() -> None:
    text = "Étape 2 · 12/01/2027 · Raison : délai de 30 jours"
    assert _MONEY.sub("—", text) == text
