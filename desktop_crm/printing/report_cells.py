"""How report cells read as text: French or English numbers, amounts, percentages and dates.

One function for every place that shows a report cell as text (the PDF, the command line,
the tests that read the PDF back), so "1 234,50 €" is written the same way everywhere.
Percentages are fractions (0.125 is "12,5 %"), as in a spreadsheet.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from desktop_crm.domain.reports import Cell, CellKind

THIN_SPACE = "\u202f"  # the French thousands separator
NBSP = "\u00a0"


def _french(language: str) -> bool:
    return language.lower().startswith("fr")


def _grouped(units: str, separator: str) -> str:
    groups: list[str] = []
    while units:
        groups.insert(0, units[-3:])
        units = units[:-3]
    return separator.join(groups) or "0"


def format_number(value: Decimal | int | float, decimals: int, language: str) -> str:
    """ "1 234,50" (French) or "1,234.50" (English), rounded half up."""
    exact = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""
    text = f"{abs(rounded):.{decimals}f}"
    units, _dot, fraction = text.partition(".")
    if _french(language):
        body = _grouped(units, THIN_SPACE) + ("," + fraction if fraction else "")
    else:
        body = _grouped(units, ",") + ("." + fraction if fraction else "")
    return sign + body


def format_percent(value: Decimal | int | float, language: str) -> str:
    """0.125 → "12,5 %" / "12.5%"; whole percentages without decimals ("50 %")."""
    hundred = Decimal(str(value)) * 100
    decimals = 0 if hundred == hundred.to_integral_value() else 1
    number = format_number(hundred, decimals, language)
    return f"{number}{NBSP}%" if _french(language) else f"{number}%"


def format_cell(value: Cell, kind: CellKind, language: str) -> str:
    """The text of one cell; None is empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    french = _french(language)
    if kind == "date" or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.strftime("%d/%m/%Y") if french else value.isoformat()
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M") if french else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):  # pragma: no cover - handled above
        return value.isoformat()
    if kind == "money":
        number = format_number(value, 2, language)
        return f"{number}{NBSP}€" if french else f"€{number}"
    if kind == "percent":
        return format_percent(value, language)
    if kind == "decimal":
        return format_number(value, 2, language)
    if kind == "int":
        return format_number(value, 0, language)
    return str(value)


NUMERIC_KINDS = frozenset({"int", "decimal", "money", "percent"})
