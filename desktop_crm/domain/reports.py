"""What a printable report is, independent of how it is drawn.

A report builder (``services/reports/``) reads the database and returns a
``ReportDocument``: a title, the population it covers, headline figures and tables of
typed cells. The PDF and XLSX writers render any document the same way, so the two
files of one report always carry the same figures. Texts are chosen by the builder in
the report's language (``pick``); numbers, amounts and dates stay typed values and are
formatted by the writers (French formats for ``language == "fr"``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

CellKind = Literal["text", "int", "decimal", "money", "percent", "date", "datetime"]
Cell = str | int | Decimal | float | dt.date | dt.datetime | None


def pick(language: str, english: str, french: str) -> str:
    """The text in the report's language (French when ``language`` starts with "fr")."""
    return french if language.lower().startswith("fr") else english


@dataclass(frozen=True)
class Column:
    """One column: its key, its heading, how its cells are formatted, its relative width."""

    key: str
    title: str
    kind: CellKind = "text"
    width: float = 1.0


@dataclass(frozen=True)
class Table:
    """Rows of cells under typed columns; ``totals`` is an optional last row (same length)."""

    title: str | None
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    totals: tuple[Cell, ...] | None = None


@dataclass(frozen=True)
class Figure:
    """A headline figure shown above the tables ("Response rate: 12,5 %")."""

    label: str
    value: Cell
    kind: CellKind = "int"


@dataclass(frozen=True)
class ReportParams:
    """Who and what a report covers. ``contact_ids`` (the current lookup or selection)
    wins over ``group``; None everywhere means the whole database."""

    language: str = "en"
    group: str | None = None
    lookup: str | None = None
    contact_ids: tuple[int, ...] | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    user: str | None = None
    campaign: str | None = None
    contact_id: int | None = None


@dataclass(frozen=True)
class ReportDocument:
    name: str
    title: str
    population: str  # "Group « Salon 2026 »", "All contacts", "1 Jan 2026 – 31 Mar 2026"…
    generated_at: dt.datetime
    figures: tuple[Figure, ...] = ()
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class ReportSpec:
    """A report's entry in the Reports menu and in ``desktop-crm report --list``.

    ``needs`` names the parameters the report requires ("campaign", "contact_id",
    "period"…); the menu asks for them, the command line refuses without them.
    """

    name: str
    title_en: str
    title_fr: str
    description_en: str
    description_fr: str
    needs: frozenset[str] = frozenset()
