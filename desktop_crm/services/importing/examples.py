"""What the import window shows of each column: a few values as the import will store them.

The readers give text cells (``interchange.table.cell_text``): an Excel date as Excel shows
it in France (01/12/2026), a postcode or phone typed as a number without its leading zero
("6000", "612345678"). The import's checks then read them per field (``checks.check_row``):
a date field takes the French dd/mm/yyyy, an ISO date or an Excel serial number; a text
field keeps the text as read (a date cell: 01/12/2026); a French postcode gets its zero back;
a phone becomes a full number. The examples go through the same checks, so what the mapping
page shows is what the import writes, in the form the contact card shows it (01/12/2026,
06000, 06 12 34 56 78). A recognised export's columns that no field takes go to its "Other
details" column (``export_leftovers.keep_leftovers``, run here with the current mapping as
the import runs it), and that column's examples show those lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_crm.domain.contacts import PHONE_FIELDS
from desktop_crm.domain.custom_fields import CustomFieldSpec, CustomKind, format_value
from desktop_crm.domain.phones import format_phone
from desktop_crm.interchange import note_words
from desktop_crm.interchange.export_leftovers import (
    OTHER_DETAILS,
    keep_leftovers,
    leftover_columns,
)
from desktop_crm.interchange.table import Sheet
from desktop_crm.services.importing.checks import check_row, row_raw_values
from desktop_crm.services.importing.custom import check_custom, target
from desktop_crm.services.importing.model import ImportMapping

SCAN_ROWS = 200  # the examples come from the first rows under the header
PER_COLUMN = 3
DETAILS_LINES = 12  # an export's Other details: more of its lines (the tooltip lists them)
# An ISO date in a text file ("2026-12-01", "2026-12-02 14:30").
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}:\d{2}))?$")
_FORMULA_STARTS = ("=", "+", "-", "@")
_ADDRESS = frozenset({"postcode", "city"})


@dataclass(frozen=True)
class ColumnExamples:
    """Per file column, a few distinct values as they will be imported."""

    values: list[list[str]]
    # Columns no field takes whose values the import copies into the export's Other
    # details column (a recognised Google/Outlook/LinkedIn export), and that column.
    to_details: frozenset[int] = frozenset()
    details_column: int | None = None


def french_date(text: str) -> str:
    """An ISO date text (a CSV's "2026-12-01") as a French user reads it ("01/12/2026");
    any other text unchanged (an Excel date cell is read as 01/12/2026 already)."""
    found = _ISO_DATE.match(text)
    if not found:
        return text
    year, month, day, time = found.groups()
    return f"{day}/{month}/{year}" + (f" {time}" if time else "")


def as_imported(
    target: str, text: str, country: str = "", spec: CustomFieldSpec | None = None
) -> str:
    """``text`` from a column filling ``target`` (the user field ``spec`` for a
    ``custom:NAME`` target) as the import stores it, shown as the card shows it; a value
    the checks refuse is shown as typed (the checks page lists it)."""
    if spec is not None:
        custom, _problems = check_custom([spec], {target: text})
        found = custom.get(spec.name)
        if found is None or spec.kind not in (CustomKind.DATE, CustomKind.NUMBER):
            return text
        return format_value(spec, found)  # 01/12/2026, 12,5
    raw = {target: text}
    if target in _ADDRESS and country:
        raw["country"] = country  # (a French postcode gets its zero back in France only)
    values, _problems = check_row(raw)
    value = values.get(target)
    if value is None or isinstance(value, bool):
        return text  # not a checked field (note, history, user field…), or a yes/no
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    text = str(value)
    if target in PHONE_FIELDS and text.startswith("+"):
        return format_phone(text)
    if target == "city" and values.get("cedex"):
        return f"{text} {values['cedex']}"
    return text


def column_examples(
    sheet: Sheet,
    mapping: ImportMapping,
    width: int,
    specs: Sequence[CustomFieldSpec] = (),
    *,
    per_column: int = PER_COLUMN,
) -> ColumnExamples:
    """Up to ``per_column`` distinct values of each of the ``width`` columns, from the
    first rows under ``mapping.header_row``, as the import will store them (``specs``: the
    contacts' user fields, for the columns that fill one)."""
    by_target = {target(spec.name): spec for spec in specs}
    header_row = mapping.header_row
    rows: Sequence[list[str]] = sheet.rows[: header_row + 1 + SCAN_ROWS]
    to_details: frozenset[int] = frozenset()
    details: int | None = None
    if sheet.leftovers and header_row < len(rows):
        taken = [i for i, targets in mapping.columns.items() if targets]
        header = rows[header_row]
        details = header.index(OTHER_DETAILS) if OTHER_DETAILS in header else None
        if details is not None and mapping.columns.get(details):
            # (Other details left out of the mapping: its lines are not imported at all)
            to_details = frozenset(leftover_columns(header, taken))
        rows = keep_leftovers(list(rows), header_row, taken)
    out: list[list[str]] = [[] for _ in range(width)]
    intros = {"", note_words.intro_file(), note_words.intro_vcard()}
    read: dict[tuple[str, str, str], str] = {}
    wanted = width - (details is not None)  # (the scan stops once every column has its share)
    for cells in rows[header_row + 1 :]:
        if not wanted:
            break
        if not any(cells):
            continue
        country = row_raw_values(cells, mapping).get("country", "")
        for column, cell in enumerate(cells[:width]):
            found = out[column]
            text = cell.strip()
            if column == details:
                # Its lines, without the "Other details from the file:" that opens each.
                for line in text.split("\n"):
                    if line not in found and line not in intros and len(found) < DETAILS_LINES:
                        found.append(line)
                continue
            if not text or len(found) >= per_column:
                continue
            if text[0] == "'" and text[1:2] in _FORMULA_STARTS:
                text = text[1:]  # (as the import reads it: our exports' quote dropped)
            targets = mapping.columns.get(column)
            if targets:
                key = (targets[0], text, country)  # (a value repeated down a column: once)
                if key not in read:
                    read[key] = as_imported(targets[0], text, country, by_target.get(targets[0]))
                shown = read[key]
            elif column in to_details:
                shown = text  # copied into the note as written
            else:
                shown = french_date(text)  # not imported: as Excel shows it
            if shown not in found:
                found.append(shown)
                if len(found) == per_column:
                    wanted -= 1
    return ColumnExamples(out, to_details, details)
