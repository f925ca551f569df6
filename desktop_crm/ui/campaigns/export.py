"""Write a report document (``domain.reports.ReportDocument``) to XLSX or PDF, for the
dashboard's Export button.

A small local writer: the Reports menu's own writers render the same documents; both take
the figures from the document, so the XLSX and the PDF carry the same numbers. Amounts stay
numbers in the workbook (euro format), rates are percentages; the PDF formats them the
French way when the document is French.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from desktop_crm.domain.reports import Cell, CellKind, ReportDocument

XLSX_FORMATS: dict[str, str] = {
    "money": '#,##0.00" €"',
    "percent": "0.0%",
    "decimal": "#,##0.###",
    "date": "DD/MM/YYYY",
    "datetime": "DD/MM/YYYY HH:MM",
    "int": "#,##0",
}


def _xlsx_value(value: Cell) -> object:
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_xlsx(document: ReportDocument, path: str | Path) -> None:
    """One sheet: title, population, headline figures, then each table with its totals."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = document.name[:31] or "report"
    bold = Font(bold=True)
    sheet.append([document.title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([document.population])
    sheet.append([])

    def put(row: list[Cell], kinds: list[CellKind] | None, font: Font | None = None) -> None:
        sheet.append([_xlsx_value(v) for v in row])
        r = sheet.max_row
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=column)
            if isinstance(value, str):
                cell.data_type = "s"  # a campaign called "=1+1" stays text
            elif kinds is not None and value is not None:
                cell.number_format = XLSX_FORMATS.get(kinds[column - 1], "General")
            if font is not None:
                cell.font = font

    for figure in document.figures:
        put([figure.label, figure.value], ["text", figure.kind])
    for table in document.tables:
        sheet.append([])
        if table.title:
            put([table.title], None, bold)
        kinds = [c.kind for c in table.columns]
        if any(c.title for c in table.columns):
            put([c.title for c in table.columns], None, bold)
        for row in table.rows:
            put(list(row), kinds)
        if table.totals is not None:
            put(list(table.totals), kinds, bold)
    for note in document.notes:
        sheet.append([note])
    sheet.column_dimensions["A"].width = 34
    workbook.save(str(path))


def format_cell(value: Cell, kind: CellKind, french: bool) -> str:
    """A cell as the PDF shows it: ``1 234,50 €``, ``12,5 %``, ``01/12/2026``."""
    if value is None:
        return "—" if kind in ("percent", "money", "decimal") else ""
    if kind == "money" and isinstance(value, (Decimal, int, float)):
        text = f"{Decimal(str(value)):,.2f}"
        return (
            (text.replace(",", "\u202f").replace(".", ",") + "\u00a0€") if french else text + " €"
        )
    if kind == "percent" and isinstance(value, (Decimal, int, float)):
        text = f"{Decimal(str(value)) * 100:.1f}"
        return (text.replace(".", ",") if french else text) + "\u00a0%"
    if kind == "int" and isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f" if french else ",")
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M" if french else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y" if french else "%Y-%m-%d")
    if isinstance(value, Decimal):
        text = f"{value.normalize():f}"
        return text.replace(".", ",") if french else text
    return str(value)


def write_pdf(document: ReportDocument, path: str | Path, *, french: bool) -> None:
    """A landscape A4 PDF: title, population, figures, tables (repeated headers)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable

    from desktop_crm.printing import fonts

    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", parent=base, fontName=fonts.BOLD)
    title = ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19)
    sub = ParagraphStyle("sub", parent=base, fontName=fonts.BOLD, fontSize=10, leading=13)
    page = landscape(A4)
    width = page[0] - 24 * mm
    story: list[object] = [
        Paragraph(_escape(document.title), title),
        Paragraph(_escape(document.population), base),
        Spacer(1, 4 * mm),
    ]
    if document.figures:
        cells = [
            [
                Paragraph(_escape(f.label), head),
                Paragraph(format_cell(f.value, f.kind, french), base),
            ]
            for f in document.figures
        ]
        figures = PdfTable(cells, colWidths=[70 * mm, 50 * mm], hAlign="LEFT")
        figures.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
        story += [figures, Spacer(1, 5 * mm)]
    for table in document.tables:
        if table.title:
            title_flowable: list[object] = [Paragraph(_escape(table.title), sub)]
        else:
            title_flowable = []
        total_weight = sum(c.width for c in table.columns) or 1
        widths = [width * c.width / total_weight for c in table.columns]
        small = len(table.columns) > 9  # a wide comparison: a smaller face keeps cells whole
        cell = ParagraphStyle("cell", parent=base, fontSize=6.5 if small else 7.5)
        number = ParagraphStyle("number", parent=cell, alignment=TA_RIGHT)
        heading = ParagraphStyle("heading", parent=head, fontSize=cell.fontSize)

        def style_of(
            kind: CellKind, cell: ParagraphStyle = cell, number: ParagraphStyle = number
        ) -> ParagraphStyle:
            return cell if kind in ("text", "date", "datetime") else number

        headed = any(c.title for c in table.columns)  # a key/value table has no headings
        heading_right = ParagraphStyle("heading_right", parent=heading, alignment=TA_RIGHT)
        rows = (
            [
                [
                    Paragraph(
                        _escape(c.title),
                        heading if c.kind in ("text", "date", "datetime") else heading_right,
                    )
                    for c in table.columns
                ]
            ]
            if headed
            else []
        )
        for row in table.rows:
            rows.append(
                [
                    Paragraph(_escape(format_cell(v, c.kind, french)), style_of(c.kind))
                    for v, c in zip(row, table.columns, strict=False)
                ]
            )
        if table.totals is not None:  # an empty total cell stays blank, never "—"
            rows.append(
                [
                    Paragraph(
                        "" if v is None else _escape(format_cell(v, c.kind, french)),
                        style_of(c.kind),
                    )
                    for v, c in zip(table.totals, table.columns, strict=False)
                ]
            )
        if not rows:
            continue
        pdf_table = PdfTable(rows, colWidths=widths, repeatRows=1 if headed else 0, hAlign="LEFT")
        style = [
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        if headed:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eaf5")))
        if table.totals is not None:
            style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f2f2f2")))
        pdf_table.setStyle(TableStyle(style))
        # The heading never stays alone at the foot of a page.
        story += [KeepTogether([*title_flowable, pdf_table]), Spacer(1, 5 * mm)]
    for note in document.notes:
        story.append(Paragraph(_escape(note), base))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=page,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=document.title,
    )
    doc.build(story)  # type: ignore[arg-type]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
