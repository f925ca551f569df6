"""Write a ``ReportDocument`` to XLSX (openpyxl): a summary sheet (title, population, date,
the headline figures) and one sheet per table, with typed cells — numbers as numbers with a
number format, dates as dates — so the figures can be summed and filtered in Excel.

Number formats are stored in Excel's neutral syntax: a French Excel shows ``#,##0.00 "€"``
as "1 234,50 €" and ``0.0 %`` as "12,5 %"; dates use ``DD/MM/YYYY`` for a French report.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop_crm.domain.cleaning import without_controls
from desktop_crm.domain.reports import Cell, CellKind, ReportDocument, pick
from desktop_crm.domain.reports import Table as ReportTable

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_HEADER_FILL = PatternFill("solid", fgColor="DFE6EE")
_TOTALS_FILL = PatternFill("solid", fgColor="F1F1F1")


def number_format(kind: CellKind, language: str, value: Any = None) -> str | None:
    french = language.lower().startswith("fr")
    if kind == "money":
        return '#,##0.00\\ "€"' if french else '"€"#,##0.00'
    if kind == "percent":
        return "0.0\\ %" if french else "0.0%"
    if kind == "decimal":
        return "#,##0.00"
    if kind == "int":
        return "#,##0"
    if kind == "datetime" or isinstance(value, dt.datetime):
        return "DD/MM/YYYY HH:MM" if french else "YYYY-MM-DD HH:MM"
    if kind == "date" or isinstance(value, dt.date):
        return "DD/MM/YYYY" if french else "YYYY-MM-DD"
    return None


def cell_value(value: Cell, kind: CellKind) -> Any:
    """The typed value stored in the sheet (Decimal amounts as exact floats of 2 decimals)."""
    if value is None:
        return None
    if isinstance(value, str):
        return without_controls(value)
    if kind == "date" and isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, Decimal):
        return float(value) if kind != "int" else int(value)
    return value


def sheet_name(title: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub(" ", title).strip()[:31] or "Table"
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    used.add(name.casefold())
    return name


def _cell(
    sheet: Any,
    value: Any,
    fmt: str | None = None,
    *,
    bold: bool = False,
    fill: PatternFill | None = None,
) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # a name starting with "=" stays text, never a formula
    if fmt:
        cell.number_format = fmt
    if bold:
        cell.font = Font(bold=True)
    if fill is not None:
        cell.fill = fill
    return cell


def _width(column_title: str, kind: CellKind, rows: tuple[tuple[Cell, ...], ...], i: int) -> float:
    longest = len(column_title)
    for row in rows[:500]:  # a sample: the width of a 100 000-row column needs no more
        value = row[i] if i < len(row) else None
        if isinstance(value, str):
            longest = max(longest, len(value))
    if kind in {"money", "decimal"}:
        longest = max(longest, 14)
    elif kind in {"date"}:
        longest = max(longest, 11)
    elif kind == "datetime":
        longest = max(longest, 16)
    return min(max(longest + 2, 8), 60)


def _write_table(book: Workbook, table: ReportTable, title: str, language: str) -> None:
    sheet = book.create_sheet(title)
    for i, column in enumerate(table.columns):
        sheet.column_dimensions[get_column_letter(i + 1)].width = _width(
            column.title, column.kind, table.rows, i
        )
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, c.title, bold=True, fill=_HEADER_FILL) for c in table.columns])
    formats = [number_format(c.kind, language) for c in table.columns]
    for row in table.rows:
        sheet.append(
            [
                _cell(
                    sheet, cell_value(v, c.kind), formats[i] or number_format(c.kind, language, v)
                )
                for i, (v, c) in enumerate(zip(row, table.columns, strict=False))
            ]
        )
    if table.totals is not None:
        sheet.append(
            [
                _cell(sheet, cell_value(v, c.kind), formats[i], bold=True, fill=_TOTALS_FILL)
                for i, (v, c) in enumerate(zip(table.totals, table.columns, strict=False))
            ]
        )
    if table.columns:
        last = get_column_letter(len(table.columns))
        sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"


def write_report_xlsx(
    document: ReportDocument,
    target: str | Path | IO[bytes],
    *,
    language: str = "en",
    company: str = "",
) -> None:
    """Write ``document`` to ``target`` (a path or a binary stream)."""
    book = Workbook(write_only=True)
    used: set[str] = set()
    summary = book.create_sheet(sheet_name(pick(language, "Summary", "Synthèse"), used))
    summary.column_dimensions["A"].width = 34
    summary.column_dimensions["B"].width = 48
    summary.append([_cell(summary, cell_value(document.title, "text"), bold=True)])
    if company:
        summary.append([_cell(summary, cell_value(company, "text"))])
    summary.append([_cell(summary, cell_value(document.population, "text"))])
    summary.append(
        [
            _cell(summary, pick(language, "Generated on", "Édité le")),
            _cell(summary, document.generated_at, number_format("datetime", language)),
        ]
    )
    summary.append([])
    if document.figures:
        summary.append(
            [
                _cell(
                    summary, pick(language, "Figure", "Indicateur"), bold=True, fill=_HEADER_FILL
                ),
                _cell(summary, pick(language, "Value", "Valeur"), bold=True, fill=_HEADER_FILL),
            ]
        )
        for figure in document.figures:
            value = cell_value(figure.value, figure.kind)
            fmt = number_format(figure.kind, language, figure.value)
            cell = _cell(summary, value, fmt)
            cell.alignment = Alignment(horizontal="right")
            summary.append([_cell(summary, cell_value(figure.label, "text")), cell])
    for note in document.notes:
        summary.append([_cell(summary, cell_value(note, "text"))])
    for number, table in enumerate(document.tables, start=1):
        title = table.title or (document.title if len(document.tables) == 1 else f"Table {number}")
        _write_table(book, table, sheet_name(title, used), language)
    book.properties.title = document.title
    book.properties.creator = "Desktop CRM"
    book.save(target)
