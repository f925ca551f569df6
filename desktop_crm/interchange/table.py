"""A sheet of text cells read from any source, and detection of its header row."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal

# How many leading rows are looked at when guessing where the headers are.
HEADER_SCAN_ROWS = 30


@dataclass(frozen=True)
class Sheet:
    """One sheet (or the whole CSV/vCard file) as rows of text cells.

    Cells are strings ("" when empty): numbers stored by a spreadsheet are turned into text
    without a trailing ".0", dates into the text a French user reads in Excel (01/12/2026,
    01/12/2026 14:30), so nothing downstream sees floats and no ISO date reaches a text field.
    """

    name: str
    rows: list[list[str]]
    # A recognised export (Google, Outlook, LinkedIn): the import service keeps the columns
    # its mapping leaves out in the note (``export_leftovers.keep_leftovers``).
    leftovers: bool = False
    # Stable codes of what the reader says in a row's "Import remarks" ("phones_placed",
    # "not_imported_photo"…), by row index: the remark itself is in the user's language,
    # the codes are for scripts (the command line's --json).
    remark_codes: dict[int, tuple[str, ...]] = field(default_factory=dict)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows[:1000]), default=0)


@dataclass(frozen=True)
class SourceFile:
    """A file opened for import: its sheets and what was detected while reading it."""

    path: str
    kind: str  # csv / xlsx / vcard
    sheets: list[Sheet]
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)

    def sheet(self, name: str | None = None) -> Sheet:
        """The named sheet, or the first one that holds data."""
        if name is None:
            for sheet in self.sheets:
                if any(any(c for c in row) for row in sheet.rows[:50]):
                    return sheet
            return self.sheets[0]
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        from desktop_crm.domain.errors import DomainError
        from desktop_crm.domain.wording import IMPORT, say

        names = ", ".join(s.name for s in self.sheets)
        raise DomainError(
            say(IMPORT, "There is no sheet '{sheet}' in this file (sheets: {sheets}).").format(
                sheet=name, sheets=names
            ),
            code="no_such_sheet",
        )

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]


def cell_text(value: object) -> str:
    """Text of a spreadsheet cell as Excel shows it to a French user: 6900.0 -> "6900",
    1234.5 -> "1234,5",
    a date -> "01/12/2026", a date and time -> "01/12/2026 14:30", a time -> "14:30",
    None -> "".

    A date cell has no text of its own: the one it gets is what a text field (a job title,
    the notes, a user's text field) stores, so it is the French one, never ISO; the date
    checks read it back (``checks.parse_date``, ``custom_fields.parse_date``).
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return decimal_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return f"{value:%d/%m/%Y}"
        return f"{value:%d/%m/%Y} {time_text(value.time())}"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, dt.time):
        return time_text(value)
    return str(value).strip()


def decimal_text(value: float) -> str:
    """A number that is not whole as Excel shows it in France: 1234.5 -> "1234,5",
    0.00001 -> "0,00001" (never "1e-05"); no thousands separator, so the text reads back
    as the same number (``custom_fields.parse_number``, the sales import)."""
    text = format(Decimal(repr(value)), "f")
    return text.replace(".", ",")


def time_text(value: dt.time) -> str:
    """14:30, or 14:30:15 when the seconds are not zero (as Excel's h:mm / h:mm:ss)."""
    return f"{value:%H:%M:%S}" if value.second else f"{value:%H:%M}"


def _looks_like_label(cell: str) -> bool:
    if not cell or len(cell) > 60:
        return False
    digits = sum(ch.isdigit() for ch in cell)
    return digits * 3 < len(cell) and "@" not in cell


def detect_header_row(rows: list[list[str]]) -> int:
    """Index (0-based) of the row most likely to hold the column headers.

    Title lines above the header ("Salon Lyon 2026 - visiteurs") fill one or two cells;
    the header row is the first one that fills most of the table's width with short,
    distinct, non-numeric labels, and is followed by data.
    """
    scan = rows[:HEADER_SCAN_ROWS]
    if not scan:
        return 0
    width = max(sum(1 for c in r if c) for r in scan)
    if width == 0:
        return 0
    best_index, best_score = 0, -1.0
    for index, row in enumerate(scan):
        filled = [c for c in row if c]
        if not filled:
            continue
        labels = [c for c in filled if _looks_like_label(c)]
        distinct = len({c.casefold() for c in labels})
        score = distinct / width
        if len(filled) < 2 and width > 1:
            score *= 0.2
        # Prefer the first good row: later rows are usually data with text cells.
        score -= index * 0.01
        if score > best_score + 0.15 or (best_score < 0 and score >= 0):
            best_index, best_score = index, score
    return best_index


def header_labels(rows: list[list[str]], header_row: int) -> list[str]:
    """Header texts for a header row, "Column N" for blank cells, padded to the data width."""
    width = max((len(r) for r in rows[header_row : header_row + 200]), default=0)
    header = rows[header_row] if header_row < len(rows) else []
    labels = []
    for index in range(width):
        text = header[index].strip() if index < len(header) else ""
        labels.append(text or f"Column {index + 1}")
    return labels
