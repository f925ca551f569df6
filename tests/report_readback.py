"""Read a written report back (PDF text with pypdfium2, XLSX cells with openpyxl) and check
that both files carry the document's figures."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from openpyxl import load_workbook

from desktop_crm.domain.reports import Cell, ReportDocument
from desktop_crm.printing.report_cells import NUMERIC_KINDS, format_cell


def normal(text: str) -> str:
    """Spaces of every kind made one plain space (PDF text extraction varies on them)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for i in range(len(document)):
            page = document[i]
            textpage = page.get_textpage()
            pages.append(normal(textpage.get_text_range()))
            textpage.close()
            page.close()
        return pages
    finally:
        document.close()


def same(read: Any, value: Cell) -> bool:
    """Whether a cell read from the XLSX is the document's value."""
    if value is None:
        return read is None
    if isinstance(value, Decimal | float | int) and not isinstance(value, bool):
        return read is not None and abs(float(read) - float(value)) < 0.005
    if isinstance(value, dt.datetime):
        return isinstance(read, dt.datetime) and abs((read - value).total_seconds()) < 1
    if isinstance(value, dt.date):
        return isinstance(read, dt.datetime) and read.date() == value
    return read == value


def check_same_figures(document: ReportDocument, pdf: Path, xlsx: Path, language: str) -> None:
    """The XLSX holds the document's typed values; the PDF shows each of them formatted."""
    text = " ".join(pdf_pages(pdf))
    book = load_workbook(xlsx)
    summary = book.worksheets[0]
    values = {
        str(row[0]): row[1]
        for row in summary.iter_rows(values_only=True)
        if row and row[0] is not None and len(row) > 1
    }
    for figure in document.figures:
        read = values[figure.label]
        assert same(read, figure.value), (figure, read)
        shown = normal(format_cell(read, figure.kind, language))
        assert shown in text, (figure.label, shown)
    sheets = book.worksheets[1:]
    assert len(sheets) == len(document.tables)
    for sheet, table in zip(sheets, document.tables, strict=True):
        rows = list(sheet.iter_rows(values_only=True))
        assert [c or "" for c in rows[0]] == [c.title for c in table.columns]
        expected = [*table.rows, *([table.totals] if table.totals is not None else [])]
        assert len(rows) - 1 == len(expected)
        for read_row, row in zip(rows[1:], expected, strict=True):
            for read, value, column in zip(read_row, row, table.columns, strict=True):
                if isinstance(value, str):
                    assert read == value or (read is None and value == "")
                    continue
                assert same(read, value), (column.key, read, value)
                if column.kind in NUMERIC_KINDS and read is not None:
                    assert normal(format_cell(read, column.kind, language)) in text
