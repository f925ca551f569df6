"""What the report builders share to lay out their tables: columns written once in both
languages, the columns that come back in many reports (date, type, user, contact, company,
regarding…), a bilingual table, and the time a report is made.

A column is written ``(key, English, French, kind, width)``; ``common(name, width)`` gives
one of the shared ones at the width its table wants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from desktop_crm.domain.clock import SystemClock
from desktop_crm.domain.reports import Cell, CellKind, Column, Table, pick

ColumnSpec = tuple[str, str, str, CellKind, float]

# name -> (key, English, French, kind): the columns several reports show.
_COMMON: dict[str, tuple[str, str, str, CellKind]] = {
    "date": ("when", "Date", "Date", "datetime"),
    "when": ("when", "When", "Quand", "datetime"),
    "type": ("type", "Type", "Type", "text"),
    "user": ("user", "User", "Utilisateur", "text"),
    "for": ("user", "For", "Pour", "text"),
    "contact": ("contact", "Contact", "Contact", "text"),
    "company": ("company", "Company", "Société", "text"),
    "regarding": ("regarding", "Regarding", "Objet", "text"),
    "result": ("result", "Result", "Résultat", "text"),
    "revenue": ("revenue", "Revenue", "Chiffre d'affaires", "money"),
}


def common(name: str, width: float = 1.0) -> ColumnSpec:
    """One of the shared columns (``_COMMON``) at ``width``."""
    key, english, french, kind = _COMMON[name]
    return (key, english, french, kind, width)


def columns(language: str, specs: Iterable[ColumnSpec]) -> tuple[Column, ...]:
    """The columns with their headings in ``language``."""
    return tuple(
        Column(key, pick(language, english, french), kind, width)
        for key, english, french, kind, width in specs
    )


def table(
    language: str,
    title: tuple[str, str] | None,
    specs: Iterable[ColumnSpec],
    rows: Iterable[Sequence[Cell]],
    totals: Sequence[Cell] | None = None,
) -> Table:
    """A table titled (English, French), or untitled with None, in ``language``."""
    return Table(
        pick(language, *title) if title is not None else None,
        columns(language, specs),
        tuple(tuple(row) for row in rows),
        tuple(totals) if totals is not None else None,
    )


def report_time() -> dt.datetime:
    """The time a report is made, on the team's wall clock, to the second."""
    return SystemClock().now()
