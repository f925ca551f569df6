"""XLSX reading with python-calamine, after a zip/XML safety check that refuses hostile files."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import python_calamine
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import IMPORT, count, say
from desktop_crm.interchange.limits import LIMITS, ReadLimits, refuse
from desktop_crm.interchange.table import Sheet, SourceFile, cell_text

MAX_ENTRIES = 10_000
MAX_UNCOMPRESSED = 1024 * 1024 * 1024
MAX_RATIO = 200  # a zip bomb compresses at thousands to one; real sheets stay under ~30
MAX_ROWS = LIMITS.max_rows


def check_xlsx(path: Path) -> None:
    """Refuse quickly what is not a sane XLSX: not a zip, truncated, bombs, DTD/entities."""
    if not zipfile.is_zipfile(path):
        raise DomainError(
            say(
                IMPORT,
                "This file is not a valid Excel workbook (.xlsx): it is damaged, "
                "truncated or of another type. An old .xls must be saved as .xlsx "
                "first.",
            ),
            code="bad_xlsx",
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise DomainError(
                    say(IMPORT, "The workbook has too many parts to be a genuine Excel file."),
                    code="bad_xlsx",
                )
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_UNCOMPRESSED or total / packed > MAX_RATIO:
                raise DomainError(
                    say(
                        IMPORT,
                        'The workbook expands to an abnormal size (a "zip bomb"); it was refused.',
                    ),
                    code="bad_xlsx",
                )
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise DomainError(
                    say(IMPORT, "This zip file is not an Excel workbook (.xlsx)."),
                    code="bad_xlsx",
                )
            # Entity declarations are what XML bombs and external-entity attacks need.
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as member:
                        head = member.read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise DomainError(
                            say(
                                IMPORT,
                                "The workbook contains XML declarations that Excel "
                                "never writes; it was refused.",
                            ),
                            code="bad_xlsx",
                        )
            safe_fromstring(archive.read("xl/workbook.xml"))
    except (zipfile.BadZipFile, EOFError, OSError, DefusedXmlException) as exc:
        raise DomainError(
            say(IMPORT, "The workbook is damaged and cannot be read ({why}).").format(why=exc),
            code="bad_xlsx",
        ) from exc
    except SyntaxError as exc:  # ElementTree.ParseError
        raise DomainError(
            say(IMPORT, "The workbook is damaged and cannot be read ({why}).").format(why=exc),
            code="bad_xlsx",
        ) from exc


def _fill_merged(
    rows: list[list[str]],
    ranges: list[tuple[tuple[int, int], tuple[int, int]]] | None,
    start: tuple[int, int] = (0, 0),
) -> None:
    """Copy a merged cell's value into the whole area, as the user sees it in Excel."""
    for area in ranges or []:
        (top, left), (bottom, right) = area
        r0, r1, c0, c1 = top - start[0], bottom - start[0], left - start[1], right - start[1]
        if r0 < 0 or c0 < 0:
            continue
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, c1 + 1):
                if c < len(row) and not row[c]:
                    row[c] = value


def _used_width(row: Sequence[str]) -> int:
    """The row's width up to its last non-empty cell."""
    width = len(row)
    while width and not row[width - 1]:
        width -= 1
    return width


def _row(raw: Sequence[object], sheet: str, number: int, limits: ReadLimits) -> list[str]:
    """One sheet row as text cells, refused beyond the column and cell-length limits."""
    # Most cells are text: stripped here, without a call per cell (100,000-row sheets).
    # Whole numbers (phones, postcodes typed as numbers) too: what ``cell_text`` gives them.
    cells = [
        v.strip()
        if type(v) is str
        else str(int(v))
        if type(v) is float and v.is_integer() and -1e15 < v < 1e15
        else cell_text(v)
        for v in raw
    ]
    if len(cells) > limits.max_fields:
        # Excel's formatted-but-empty columns on the right do not count.
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) > limits.max_fields:
            raise refuse(
                say(
                    IMPORT,
                    "The file was not imported: row {row} of sheet '{sheet}' has "
                    "{columns} columns, more than the limit of {limit}.",
                ).format(
                    row=number,
                    sheet=sheet,
                    columns=count(len(cells)),
                    limit=count(limits.max_fields),
                ),
                limit="max_fields",
                line=number,
            )
    if not cells or max(map(len, cells)) <= limits.max_field_chars:
        return cells
    for column, cell in enumerate(cells, start=1):
        if len(cell) > limits.max_field_chars:
            raise refuse(
                say(
                    IMPORT,
                    "The file was not imported: the cell in row {row}, column {column} of "
                    "sheet '{sheet}' is longer than the limit of {limit} characters per cell.",
                ).format(
                    row=number, column=column, sheet=sheet, limit=count(limits.max_field_chars)
                ),
                limit="max_field_chars",
                line=number,
            )
    return cells


def read_xlsx(
    path: str | Path, *, sheets: list[str] | None = None, limits: ReadLimits = LIMITS
) -> SourceFile:
    """Read every (or the named) sheet of an XLSX file into rows of text cells."""
    file = Path(path)
    try:
        check_xlsx(file)
        workbook = python_calamine.CalamineWorkbook.from_path(str(file))
    except DomainError:
        raise
    except Exception as exc:  # calamine raises its own exception types for damaged files
        raise DomainError(
            say(IMPORT, "The workbook cannot be read ({why}).").format(why=exc), code="bad_xlsx"
        ) from exc
    result: list[Sheet] = []
    try:
        for name in workbook.sheet_names:
            if sheets is not None and name not in sheets:
                continue
            sheet = workbook.get_sheet_by_name(name)
            rows: list[list[str]] = []
            for raw in sheet.iter_rows():
                rows.append(_row(raw, name, len(rows) + 1, limits))
                if len(rows) > limits.max_rows:
                    raise refuse(
                        say(
                            IMPORT,
                            "The file was not imported: sheet '{sheet}' has more than "
                            "{limit} rows (the limit); split it into smaller files.",
                        ).format(sheet=name, limit=count(limits.max_rows)),
                        limit="max_rows",
                        line=len(rows),
                    )
            try:
                merged = sheet.merged_cell_ranges
                start = sheet.start or (0, 0)
            except Exception:  # merged ranges are optional metadata
                merged, start = None, (0, 0)
            _fill_merged(rows, merged, start)
            # Trim the empty columns Excel leaves on the right of formatted areas.
            longest = max(map(len, rows), default=0)
            if any(row[-1] for row in rows if len(row) == longest):
                result.append(Sheet(name, rows))  # (no empty column on the right: as read)
            else:
                width = max(map(_used_width, rows), default=0)
                result.append(Sheet(name, [r[:width] for r in rows]))
    except DomainError:
        raise
    except Exception as exc:
        raise DomainError(
            say(IMPORT, "The workbook cannot be read ({why}).").format(why=exc), code="bad_xlsx"
        ) from exc
    finally:
        workbook.close()
    if not result:
        raise DomainError(say(IMPORT, "The workbook holds no sheet to import."), code="bad_xlsx")
    return SourceFile(str(file), "xlsx", result)
