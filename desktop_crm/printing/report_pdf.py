"""Write a ``ReportDocument`` to PDF (reportlab): A4, the company's name and logo on every
page, the title, population and date, the headline figures, then the tables with their
header row repeated on each page and a bold totals row; "Page 2 / 5" at the foot.

Cells are drawn as single lines, cut with "…" when wider than their column: a report of
100 000 contacts stays a table of strings (platypus paragraphs per cell would take
minutes). Column titles wrap between words (up to three lines, a taller header row), and the
columns of figures get the width of their widest value and title word first: "Réponses" is
never printed "Rép…". Long tables are laid out in slices so the page splitting stays linear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.paragraph import Paragraph

from desktop_crm.domain.cleaning import without_controls
from desktop_crm.domain.reports import Column, ReportDocument, pick
from desktop_crm.domain.reports import Table as ReportTable
from desktop_crm.printing import fonts
from desktop_crm.printing.report_cells import NUMERIC_KINDS, format_cell

FONT = fonts.REGULAR
BOLD = fonts.BOLD
BODY_SIZE = 7.5
MARGIN = 14 * mm
HEADER_HEIGHT = 18 * mm
HEADER_FILL = colors.HexColor("#dfe6ee")
TOTALS_FILL = colors.HexColor("#f1f1f1")


@dataclass(frozen=True)
class ReportHeader:
    """Who issues the report: the company's name and logo (from the letters' settings)."""

    company: str = ""
    logo_path: str = ""


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width`` points, cut with "…" when needed."""
    text = without_controls(text).replace("\n", " ")
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


def _wrap_title(text: str, width: float, lines: int = 3) -> str:
    """A column title on at most ``lines`` lines of ``width`` points, cut between words
    ("Chiffre\nd'affaires"); only a word wider than the column, or a fourth line, is cut
    with "…"."""
    words = without_controls(text).split()
    rows: list[str] = []
    for word in words:
        if rows and stringWidth(f"{rows[-1]} {word}", BOLD, BODY_SIZE) <= width:
            rows[-1] = f"{rows[-1]} {word}"
        else:
            rows.append(word)
    if len(rows) > lines:
        rows = [*rows[: lines - 1], " ".join(rows[lines - 1 :])]
    return "\n".join(_fit(row, BOLD, BODY_SIZE, width) for row in rows)


def _widest_word(text: str) -> float:
    return max((stringWidth(w, BOLD, BODY_SIZE) for w in text.split()), default=0.0)


def _widths(columns: tuple[Column, ...], available: float) -> list[float]:
    total = sum(max(c.width, 0.1) for c in columns) or 1.0
    return [available * max(c.width, 0.1) / total for c in columns]


_WHOLE_KINDS = NUMERIC_KINDS | {"date", "datetime"}  # cells never cut when there is room


def _number_room(table: ReportTable, widths: list[float], language: str, pad: float) -> list[float]:
    """``widths`` with each numeric or date column as wide as its widest value (the first rows
    and the totals) and, when there is room, its title's widest word (titles wrap between
    words), the text columns sharing the rest by their weights: an amount is never cut
    ("47 030,0…") and "Réponses" is not "Rép…"; a name may be. Left as is when the figures
    alone would not fit."""
    sample = [*table.rows[:500], *([table.totals] if table.totals is not None else [])]
    numeric = [i for i, c in enumerate(table.columns) if c.kind in _WHOLE_KINDS]
    text = [i for i, c in enumerate(table.columns) if c.kind not in _WHOLE_KINDS]
    available = sum(widths)
    room = sum(widths[i] for i in text)
    figures = {
        i: max(
            (
                stringWidth(format_cell(row[i], table.columns[i].kind, language), BOLD, BODY_SIZE)
                for row in sample
                if i < len(row)
            ),
            default=0.0,
        )
        for i in numeric
    }
    # The title wraps between words (``_wrap_title``): its widest word is what must fit.
    titles = {i: _widest_word(table.columns[i].title) for i in numeric}
    for with_titles, share in ((True, 0.5), (False, 0.5)):
        need = {
            i: (max(figures[i], titles[i]) if with_titles else figures[i]) + pad + 0.5
            for i in numeric
        }
        left = available - sum(need.values())
        if not text:
            if left < 0:
                continue
            scale = available / (available - left)  # all numbers: widen them evenly
            return [need[i] * scale for i in range(len(widths))]
        if left >= room * share:  # the text columns keep half their share at least
            weights = sum(widths[i] for i in text) or 1.0
            return [
                widths[i] * left / weights if i in text else need[i] for i in range(len(widths))
            ]
    return widths


ROW_HEIGHT = 11.0  # points: one line of 7.5 pt text and its padding
TITLE_LEADING = 9.0  # points between the lines of a wrapped column title


class _PagedTable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A table cut page by page when laid out: each page gets a reportlab ``Table`` of the
    rows that fit under a repeated header row, the title stays with the first rows, and
    the totals row closes the last page. Rows have one height, so the cut is computed, not
    searched: a 100 000-row table costs one pass."""

    def __init__(
        self,
        title: Flowable | None,
        header: list[str],
        body: list[list[str]],
        totals: list[str] | None,
        widths: list[float],
        style: list[tuple[Any, ...]],
        first: int = 0,
        check: Callable[[], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
        header_height: float = 0.0,
    ) -> None:
        super().__init__()
        self.header_height = header_height or ROW_HEIGHT  # taller when the titles wrap
        self.check = check  # called on each page: a cancel stops a long table there
        self.progress = progress  # (rows laid out, rows of the table), on each page
        self.title = title
        self.header = header
        self.body = body
        self.totals = totals
        self.widths = widths
        self.style = style
        self.first = first  # index of body[0] in the whole table (for the row stripes)
        self._title_height = 0.0

    def _title_space(self, width: float, height: float) -> float:
        if self.title is None:
            return 0.0
        _w, h = self.title.wrap(width, height)
        return float(h + self.title.getSpaceBefore() + self.title.getSpaceAfter())

    def _rows(self) -> int:
        return 1 + len(self.body) + (1 if self.totals is not None else 0)

    def _height(self) -> float:
        return self.header_height + (self._rows() - 1) * ROW_HEIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._title_height = self._title_space(avail_width, avail_height)
        return sum(self.widths), self._title_height + self._height()

    def _table(self, body: list[list[str]], totals: list[str] | None, first: int) -> Table:
        rows = [self.header, *body]
        style = list(self.style)
        for j in range(1, len(rows)):
            if (first + j) % 2 == 0:
                style.append(("BACKGROUND", (0, j), (-1, j), colors.HexColor("#f7f9fb")))
        if totals is not None:
            rows.append(totals)
            style += [
                ("FONT", (0, -1), (-1, -1), BOLD, BODY_SIZE),
                ("BACKGROUND", (0, -1), (-1, -1), TOTALS_FILL),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        table = Table(
            rows,
            colWidths=self.widths,
            rowHeights=[self.header_height] + [ROW_HEIGHT] * (len(rows) - 1),
            style=TableStyle(style),
        )
        table.hAlign = "LEFT"
        return table

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self.check is not None:
            self.check()
        if self.progress is not None:
            self.progress(self.first, self.first + len(self.body))
        title_height = self._title_space(avail_width, avail_height)
        fit = int((avail_height - title_height - self.header_height) // ROW_HEIGHT)
        if fit < 1 or (fit < 3 and len(self.body) > fit):
            return []  # too little room: the whole table starts on the next page
        if fit >= len(self.body):  # the rows fit, not the totals: keep the last row with it
            fit = max(1, len(self.body) - 1)
        head = [self.title] if self.title is not None else []
        rest = _PagedTable(
            None,
            self.header,
            self.body[fit:],
            self.totals,
            self.widths,
            self.style,
            self.first + fit,
            self.check,
            self.progress,
            self.header_height,
        )
        return [*head, self._table(self.body[:fit], None, self.first), rest]

    def draw(self) -> None:
        height = self._height()
        if self.title is not None:
            _w, h = self.title.wrap(sum(self.widths), self._title_height)
            self.title.drawOn(
                self.canv, 0, height + self._title_height - self.title.getSpaceBefore() - h
            )
        table = self._table(self.body, self.totals, self.first)
        table.wrapOn(self.canv, sum(self.widths), height)
        table.drawOn(self.canv, 0, 0)


def _table_flowable(
    table: ReportTable,
    language: str,
    available: float,
    title: Flowable | None,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Flowable:
    pad = 2.2 * 2
    widths = _number_room(table, _widths(table.columns, available), language, pad)
    header = [_wrap_title(c.title, w - pad) for c, w in zip(table.columns, widths, strict=False)]
    lines = max((h.count("\n") + 1 for h in header), default=1)
    header_height = ROW_HEIGHT + (lines - 1) * TITLE_LEADING
    body = [
        [
            _fit(format_cell(cell, col.kind, language), FONT, BODY_SIZE, w - pad)
            for cell, col, w in zip(row, table.columns, widths, strict=False)
        ]
        for row in table.rows
    ]
    totals = (
        [
            _fit(format_cell(cell, col.kind, language), BOLD, BODY_SIZE, w - pad)
            for cell, col, w in zip(table.totals, table.columns, widths, strict=False)
        ]
        if table.totals is not None
        else None
    )
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
        ("FONT", (0, 0), (-1, 0), BOLD, BODY_SIZE),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#8a9bb0")),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),  # wrapped titles sit on the rule
        ("LEADING", (0, 0), (-1, 0), TITLE_LEADING),
    ]
    for i, column in enumerate(table.columns):
        if column.kind in NUMERIC_KINDS:
            style.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
    return _PagedTable(
        title, header, body, totals, widths, style, 0, check, progress, header_height
    )


def _figures_flowable(document: ReportDocument, language: str, available: float) -> Flowable:
    per_row = 4
    cells = [
        [_fit(f.label, FONT, 7.5, available / per_row - 6), format_cell(f.value, f.kind, language)]
        for f in document.figures
    ]
    rows: list[list[str]] = []
    for i in range(0, len(cells), per_row):
        chunk = cells[i : i + per_row] + [["", ""]] * (per_row - len(cells[i : i + per_row]))
        rows.append([c[0] for c in chunk])
        rows.append([c[1] for c in chunk])
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor("#555555")),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for r in range(1, len(rows), 2):
        style += [
            ("FONT", (0, r), (-1, r), BOLD, 12),
            ("TEXTCOLOR", (0, r), (-1, r), colors.black),
            ("BOTTOMPADDING", (0, r), (-1, r), 5),
        ]
    table = Table(rows, colWidths=[available / per_row] * per_row, style=TableStyle(style))
    table.hAlign = "LEFT"
    return table


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Draws "Page n / total" once the total is known (pages are kept until ``save``)."""

    label = "Page {0} / {1}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width = self._pagesize[0]
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawRightString(width - MARGIN, 8 * mm, self.label.format(self._pageNumber, total))
            super().showPage()
        super().save()


def write_report_pdf(
    document: ReportDocument,
    target: str | Path,
    *,
    language: str = "en",
    header: ReportHeader | None = None,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Draw ``document`` into the PDF file ``target``; returns the page count.

    ``check`` is called between tables and on every page of a table (a cancel raises there);
    ``progress(rows laid out, rows of the table)`` on every page of a table.
    """
    fonts.register()
    header = header or ReportHeader()
    widest = max((len(t.columns) for t in document.tables), default=0)
    pagesize = landscape(A4) if widest > 7 else A4
    width, height = pagesize
    available = width - 2 * MARGIN
    generated = format_cell(document.generated_at, "datetime", language)
    logo = header.logo_path if header.logo_path and Path(header.logo_path).is_file() else ""

    def decorate(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        top = height - MARGIN
        x = MARGIN
        if logo:
            canvas.drawImage(
                logo,
                x,
                top - 12 * mm,
                30 * mm,
                12 * mm,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
            x += 33 * mm
        canvas.setFont(BOLD, 10)
        canvas.drawString(x, top - 5 * mm, _fit(header.company, BOLD, 10, available / 2))
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawRightString(
            width - MARGIN, top - 5 * mm, _fit(document.title, FONT, 8, available / 2 - 10)
        )
        canvas.drawString(MARGIN, 8 * mm, _fit(generated, FONT, 7.5, available / 2))
        canvas.setStrokeColor(colors.HexColor("#8a9bb0"))
        canvas.setLineWidth(0.6)
        canvas.line(
            MARGIN, top - HEADER_HEIGHT + 3 * mm, width - MARGIN, top - HEADER_HEIGHT + 3 * mm
        )
        canvas.restoreState()

    title_style = ParagraphStyle("title", fontName=BOLD, fontSize=15, leading=19, spaceAfter=2)
    line_style = ParagraphStyle("line", fontName=FONT, fontSize=9, leading=12)
    section_style = ParagraphStyle(
        "section",
        fontName=BOLD,
        fontSize=10.5,
        leading=14,
        spaceBefore=8,
        spaceAfter=3,
    )
    note_style = ParagraphStyle(
        "note", fontName=FONT, fontSize=7.5, leading=10, textColor=colors.HexColor("#555555")
    )

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        safe = without_controls(text).replace("&", "&amp;").replace("<", "&lt;")
        return Paragraph(safe.replace(">", "&gt;"), style)

    story: list[Flowable] = [
        para(document.title, title_style),
        para(document.population, line_style),
        para(pick(language, "Generated on ", "Édité le ") + generated, line_style),
        Spacer(1, 4 * mm),
    ]
    if document.figures:
        story += [_figures_flowable(document, language, available), Spacer(1, 2 * mm)]
    for table in document.tables:
        if check is not None:
            check()
        title = para(table.title, section_style) if table.title else None
        story.append(_table_flowable(table, language, available, title, check, progress))
        if not table.rows:
            story.append(para(pick(language, "Nothing to show.", "Rien à afficher."), note_style))
    for note in document.notes:
        story += [Spacer(1, 2 * mm), para(note, note_style)]

    frame = Frame(
        MARGIN,
        13 * mm,
        available,
        height - MARGIN - HEADER_HEIGHT - 13 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    label = pick(language, "Page {0} / {1}", "Page {0} / {1}")

    class Numbered(_NumberedCanvas):
        pass

    Numbered.label = label
    from desktop_crm.domain.files import writing_file

    with writing_file(target):
        doc = BaseDocTemplate(
            str(target),
            pagesize=pagesize,
            title=document.title,
            author=header.company,
            creator="Desktop CRM",
            invariant=1,
        )
        doc.addPageTemplates([PageTemplate("report", frames=[frame], onPage=decorate)])
        doc.build(story, canvasmaker=Numbered)
        return int(doc.page)
