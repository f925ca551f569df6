"""CSV and TXT reading: encoding and delimiter detection, quoted newlines, clear refusals."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange.table import Sheet, SourceFile

DELIMITERS = (";", ",", "\t", "|")
MAX_TEXT_BYTES = 512 * 1024 * 1024
# The csv module refuses fields above 128 KiB by default; a long "Comments" cell is legal.
csv.field_size_limit(16 * 1024 * 1024)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode file bytes: UTF-8 (with or without BOM), then cp1252 (French Excel's default).

    Returns the text and the encoding used. An explicit ``encoding`` is used as given.
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise DomainError(
                f"The file cannot be read as {encoding}: {exc}.", code="bad_encoding"
            ) from exc
    if b"\x00" in data[:4096]:
        for utf16 in ("utf-16",):
            if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                return data.decode(utf16), utf16
        raise DomainError(
            "This is not a text file (it contains binary data). Choose a CSV, "
            "TXT, XLSX or vCard file.",
            code="bad_encoding",
        )
    try:
        return data.decode("utf-8-sig"), "utf-8-sig" if data[:3] == b"\xef\xbb\xbf" else "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise DomainError(
            "The file's encoding is not recognised (neither UTF-8 nor Windows-1252). Save it "
            'again from Excel as "CSV UTF-8" or choose the encoding by hand.',
            code="bad_encoding",
        ) from exc


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most consistent column count over the first lines."""
    sample = text[: 64 * 1024]
    best, best_score = ";", -1.0
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))[:50]
        except csv.Error:
            continue
        rows = [r for r in rows if any(c.strip() for c in r)]
        if not rows:
            continue
        counts = [len(r) for r in rows]
        common = max(set(counts), key=counts.count)
        if common < 2:
            continue
        # Columns times the share of rows agreeing on that count.
        score = common * counts.count(common) / len(counts)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def parse_csv(text: str, delimiter: str) -> list[list[str]]:
    """Split CSV text; an unmatched quote is refused with the line where it starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    record_end = 0  # physical line where the last complete record ended
    try:
        for row in reader:
            rows.append([cell.strip() for cell in row])
            record_end = reader.line_num
    except csv.Error as exc:
        line = record_end + 1
        raise DomainError(
            f'The file is not valid CSV from line {line}: {exc}. A quote (") opened on '
            "that line is probably never closed.",
            code="bad_csv",
            line=line,
        ) from exc
    # csv accepts an unclosed quote at the very end by swallowing the rest of the file.
    if rows and text.count('"') % 2 == 1 and any("\n" in cell for cell in rows[-1]):
        last_quote_line = text[: text.rfind('"')].count("\n") + 1
        raise DomainError(
            f'The file is not valid CSV: a quote (") opened near line {last_quote_line} '
            "is never closed.",
            code="bad_csv",
            line=last_quote_line,
        )
    return rows


def read_csv(
    path: str | Path, *, encoding: str | None = None, delimiter: str | None = None
) -> SourceFile:
    """Read a CSV/TXT file into one sheet of text cells."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise DomainError("The file is too large to import (over 512 MB).", code="too_large")
        data = file.read_bytes()
    except OSError as exc:
        raise DomainError(
            f"The file cannot be opened: {exc.strerror or exc}.", code="cannot_open"
        ) from exc
    text, used = decode(data, encoding)
    used_delimiter = delimiter or sniff_delimiter(text)
    rows = parse_csv(text, used_delimiter)
    return SourceFile(str(file), "csv", [Sheet(file.stem, rows)], used, used_delimiter)
