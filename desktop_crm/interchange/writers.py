"""XLSX and CSV writers for exports and reports, safe against formula injection."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from desktop_crm.domain.cleaning import writable
from desktop_crm.domain.files import writing_file

# A cell starting with one of these is a formula (or DDE call) to Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: Any) -> Any:
    """Make a text value harmless in a spreadsheet: "=HYPERLINK(...)" -> "'=HYPERLINK(...)".

    Numbers and dates pass unchanged; a phone such as "+33 6 12..." is text, so it gets the
    quote too (Excel shows it without the quote).
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return str(writable(value))  # stored before the cleaning rule: never refused
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_csv(
    path: str | Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8-sig",
) -> int:
    """CSV that French Excel opens correctly (UTF-8 with BOM, ';'); returns the row count."""
    count = 0
    with writing_file(path), Path(path).open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([inert(_text(h)) for h in header])
        for row in rows:
            writer.writerow([inert(_text(v)) for v in row])
            count += 1
    return count


def write_xlsx(
    path: str | Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_name: str = "Contacts",
) -> int:
    """XLSX with a bold frozen header; every text cell is written as a string, never a
    formula. Returns the row count."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=_text(text))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                # data_type "s" keeps "=1+1" a string even without the quote prefix;
                # the prefix also protects users who copy the value back to a formula bar.
                # openpyxl refuses control characters (IllegalCharacterError).
                cell = WriteOnlyCell(sheet, value=inert(writable(value)))
                cell.data_type = "s"
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
        count += 1
    try:
        with writing_file(path):  # Excel keeps the workbook it shows locked
            workbook.save(str(path))
    except BaseException:
        _discard(workbook)
        raise
    return count


def _discard(workbook: Workbook) -> None:
    """Close the rows a failed save left open, and their temporary files, now rather than
    in a garbage collection that would write into closed files."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()
