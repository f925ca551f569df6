"""Display texts shared by the opportunity screens: statuses, money and dates in the locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop_crm.domain.opportunities import (
    DEFAULT_CURRENCY,
    STATUS_INACTIVE,
    STATUS_LOST,
    STATUS_OPEN,
    STATUS_WON,
    STATUSES,
    CurrencyCount,
    round_cents,
)

NBSP = "\u00a0"


def status_label(status: str) -> str:
    """The translated name of an opportunity status."""
    labels = {
        STATUS_OPEN: QCoreApplication.translate("Opportunities", "Open"),
        STATUS_WON: QCoreApplication.translate("Opportunities", "Won"),
        STATUS_LOST: QCoreApplication.translate("Opportunities", "Lost"),
        STATUS_INACTIVE: QCoreApplication.translate("Opportunities", "Inactive"),
    }
    return labels.get(status, status)


def status_choices() -> list[tuple[str, str]]:
    return [(s, status_label(s)) for s in STATUSES]


def currency_symbol(currency: str) -> str:
    """The sign shown after (or, in English, before) an amount: ``€``, ``$``, else the code."""
    return {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}.get(currency, currency)


def number_text(value: Decimal, decimals: int = 2, locale: QLocale | None = None) -> str:
    """A Decimal with the locale's grouping and decimal point, rounded half up at display."""
    loc = locale or QLocale()
    quantum = Decimal(1).scaleb(-decimals)
    rounded = round_cents(value) if decimals == 2 else value.quantize(quantum)
    sign = "-" if rounded < 0 else ""
    units, _, cents = f"{abs(rounded):.{decimals}f}".partition(".")
    grouped = loc.toString(int(units))  # the locale's thousands separator
    return sign + grouped + (loc.decimalPoint() + cents if decimals else "")


def money_text(
    amount: Decimal | None, currency: str = DEFAULT_CURRENCY, locale: QLocale | None = None
) -> str:
    """``1 234,50 €`` in French, ``€1,234.50`` in English; exact (Decimal, never float)."""
    if amount is None:
        return ""
    loc = locale or QLocale()
    number = number_text(amount, 2, loc)
    symbol = currency_symbol(currency)
    if loc.language() in (QLocale.Language.English,) and loc.territory() != QLocale.Country.Canada:
        if number.startswith("-"):
            return "-" + symbol + number[1:]
        return symbol + number
    return number + NBSP + symbol


def parse_decimal(text: str, locale: QLocale | None = None) -> Decimal | None:
    """A Decimal from what a user typed ("1 234,5", "1234.50", "12 %"); None if not a number."""
    loc = locale or QLocale()
    cleaned = text.strip().replace("€", "").replace("%", "")
    for space in (" ", NBSP, "\u202f"):
        cleaned = cleaned.replace(space, "")
    if loc.decimalPoint() == ",":
        if "," in cleaned:
            cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None  # "inf" and "nan" are not amounts


def others_text(others: Sequence[CurrencyCount]) -> str:
    """``3 opportunities in USD not included``, one part per currency (empty when none):
    what a total in one currency leaves out (amounts in two currencies are never added)."""
    return ", ".join(
        QCoreApplication.translate(
            "Opportunities", "%n opportunity(ies) in %1 not included", "", o.count
        ).replace("%1", o.currency)
        for o in others
    )


def date_text(day: dt.date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    return (locale or QLocale()).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
    )


def percent_text(probability: int) -> str:
    return f"{probability}{NBSP}%"
