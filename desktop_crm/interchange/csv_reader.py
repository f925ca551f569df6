"""CSV and TXT reading: encoding and delimiter detection, quoted newlines, clear refusals.

The file is read as a stream, a bounded block of characters at a time cut into lines
(``BoundedLines``): a line, a record or a field beyond ``ReadLimits`` is refused as soon as it
is met, so a pathological file costs neither the memory nor the time of reading it whole.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import IMPORT, count, say
from desktop_crm.interchange.limits import LIMITS, ReadLimits, refuse
from desktop_crm.interchange.table import Sheet, SourceFile

DELIMITERS = (";", ",", "\t", "|")
SNIFF_CHARS = 64 * 1024
HEAD_BYTES = 4096

T = TypeVar("T")


def _candidates(head: bytes) -> list[tuple[str, str]]:
    """(codec, name reported) pairs to try in turn, from the first bytes of the file."""
    if b"\x00" in head:
        if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return [("utf-16", "utf-16")]
        raise DomainError(
            say(
                IMPORT,
                "This is not a text file (it contains binary data). "
                "Choose a CSV, TXT, XLSX or vCard file.",
            ),
            code="bad_encoding",
        )
    utf8 = "utf-8-sig" if head[:3] == b"\xef\xbb\xbf" else "utf-8"
    return [("utf-8-sig", utf8), ("cp1252", "cp1252")]


def _bad_encoding(encoding: str, exc: Exception) -> DomainError:
    return DomainError(
        say(IMPORT, "The file cannot be read as {encoding}: {why}.").format(
            encoding=encoding, why=exc
        ),
        code="bad_encoding",
    )


def _unrecognised() -> DomainError:
    return DomainError(
        say(
            IMPORT,
            "The file's encoding is not recognised (neither UTF-8 nor Windows-1252). Save it "
            'again from Excel as "CSV UTF-8" or choose the encoding by hand.',
        ),
        code="bad_encoding",
    )


def read_text_file(
    path: Path,
    read: Callable[[TextIO], T],
    *,
    encoding: str | None = None,
    limits: ReadLimits = LIMITS,
) -> tuple[T, str]:
    """``read`` applied to the file opened as text, and the encoding used.

    Without ``encoding``: UTF-8 first, then cp1252 if a byte anywhere is not UTF-8 (the
    stream is read again from the start); the file is never held whole in memory.
    """
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise refuse(
                say(
                    IMPORT,
                    "The file was not imported: it is larger than the limit of "
                    "{limit} bytes; split it into smaller files.",
                ).format(limit=count(limits.max_file_bytes)),
                limit="max_file_bytes",
            )
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        raise DomainError(
            say(IMPORT, "The file cannot be opened: {why}.").format(why=exc.strerror or exc),
            code="cannot_open",
        ) from exc
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError as exc:
            raise _bad_encoding(encoding, exc) from exc
        candidates = [(encoding, encoding)]
    else:
        candidates = _candidates(head)
    for codec, label in candidates:
        try:
            with path.open("r", encoding=codec, newline="") as text:
                return read(text), label
        except UnicodeDecodeError as exc:
            if encoding:
                raise _bad_encoding(encoding, exc) from exc
        except OSError as exc:
            raise DomainError(
                say(IMPORT, "The file cannot be opened: {why}.").format(why=exc.strerror or exc),
                code="cannot_open",
            ) from exc
    raise _unrecognised()


# Characters of text read at a time (a block of whole lines is then split in C).
BLOCK_CHARS = 256 * 1024
# What str.splitlines takes for a line end and readline does not.
_OTHER_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# A line as readline (newline="") gives it: up to LF, CR LF or a lone CR; or the last one.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


class BoundedLines:
    """Physical lines of a text stream, each refused beyond ``max_line_chars``.

    Also refuses a record (quoted newlines included) beyond ``max_line_chars``: the caller
    calls ``end_record`` after each one, with the lines read so far. Counts the quotes for
    the unclosed-quote check.

    The stream is read a block of characters at a time (never more than the limit, however
    long a line) and cut into lines as ``readline`` cuts them (``\n``, ``\r\n`` or a lone
    ``\r``), in C. A block with no quote whose first line starts a record holds one record
    per line: its lines go to the csv reader as they are, with one test of their lengths for
    the whole block; any other block is followed line by line, each record's characters
    counted. Either way the same lines are given and the same limits refused, at the same
    line (tests/unit/interchange/test_limits.py), the plain block about 20 times cheaper.
    """

    def __init__(self, stream: TextIO, limits: ReadLimits) -> None:
        self._stream = stream
        self._limits = limits
        self.line = 0  # physical lines given so far
        self.record_chars = 0
        self.record_start = 1
        self.quotes = 0
        self.last_quote_line = 0

    def end_record(self, lines_read: int) -> None:
        """A record ended with the ``lines_read``-th line (the csv reader's ``line_num``)."""
        self.record_chars = 0
        self.record_start = lines_read + 1

    def __iter__(self) -> Iterator[str]:
        return self._lines()

    def _blocks(self) -> Iterator[tuple[list[str], bool, str]]:
        """(whole lines, whether they hold a quote, the rest of the last line while it goes
        on) per block read."""
        limit = self._limits.max_line_chars
        carry = ""
        while True:
            block = self._stream.read(BLOCK_CHARS)
            if not block:
                if carry:
                    yield [carry], '"' in carry, ""
                return
            ended = carry[-1:] == "\r"  # (a lone CR, unless the block starts with LF)
            text, carry = carry + block, ""  # (the old rest let go of: one copy at a time)
            if not ended and "\n" not in block and "\r" not in block:  # (a long line)
                carry = text
                if len(carry) > limit + 1:
                    yield [], False, carry
                    return
                continue
            # Cut as ``readline`` cuts (str.splitlines also cuts at a few other characters).
            lines = (
                text.splitlines(True)
                if _OTHER_BREAKS.search(text) is None
                else (_LINE.findall(text))
            )
            # A line still open at the block's end (a CR may be the first half of CR LF).
            carry = lines.pop() if lines[-1][-1] != "\n" else ""
            yield lines, text.find('"', 0, len(text) - len(carry)) >= 0, carry
            if len(carry) > limit + 1:  # (its content, whatever ends it, is over the limit)
                return

    def _lines(self) -> Iterator[str]:
        limit = self._limits.max_line_chars
        for lines, quoted, carry in self._blocks():
            plain = not quoted and self.record_start == self.line + 1
            if plain and max(map(len, lines), default=0) <= limit:
                # (Each line a record, its length within the limit: given as it is.)
                self.line += len(lines)
                yield from lines
            else:
                for text in lines:
                    yield self._checked(text)
            if len(carry) > limit + 1:
                yield self._checked(carry)  # (refused: too long)

    def _checked(self, text: str) -> str:
        """One line, counted and checked on its own (``_lines``' slow way)."""
        limit = self._limits.max_line_chars
        self.line += 1
        content = len(text.rstrip("\r\n"))
        if content > limit:
            raise refuse(
                say(
                    IMPORT,
                    "The file was not imported: line {line} is longer than the limit of "
                    "{limit} characters per line; check that it is really a CSV or TXT file "
                    "with one contact per line.",
                ).format(line=self.line, limit=count(limit)),
                limit="max_line_chars",
                line=self.line,
            )
        # The row's characters, its own line end excluded (as for a line).
        self.record_chars += len(text)
        if self.record_chars - (len(text) - content) > limit:
            raise refuse(
                say(
                    IMPORT,
                    "The file was not imported: the row starting on line {start} "
                    "runs to line {line} and is longer than the limit of {limit} "
                    'characters per row; a quote (") opened on that line is probably never '
                    "closed.",
                ).format(start=self.record_start, line=self.line, limit=count(limit)),
                limit="max_line_chars",
                line=self.record_start,
            )
        quotes = text.count('"')
        if quotes:
            self.quotes += quotes
            self.last_quote_line = self.line
        return text


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most consistent column count over the first lines."""
    sample = text[:SNIFF_CHARS]
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


def parse_csv(text: str, delimiter: str, limits: ReadLimits = LIMITS) -> list[list[str]]:
    """Split CSV text; an unmatched quote is refused with the line where it starts."""
    return parse_csv_stream(io.StringIO(text, newline=""), delimiter, limits)


def parse_csv_stream(
    stream: TextIO, delimiter: str, limits: ReadLimits = LIMITS
) -> list[list[str]]:
    """Split a CSV stream into rows of stripped cells, refusing what exceeds ``limits``."""
    lines = BoundedLines(stream, limits)
    rows: list[list[str]] = []
    record_end = 0  # physical line where the last complete record ended
    previous = csv.field_size_limit(limits.max_field_chars)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        for row in reader:
            record_end = reader.line_num
            if len(row) > limits.max_fields:
                raise refuse(
                    say(
                        IMPORT,
                        "The file was not imported: line {line} has {columns} columns, "
                        "more than the limit of {limit}; check the delimiter or "
                        "that it is really a CSV or TXT file.",
                    ).format(
                        line=record_end, columns=count(len(row)), limit=count(limits.max_fields)
                    ),
                    limit="max_fields",
                    line=record_end,
                )
            if len(rows) >= limits.max_rows:
                raise refuse(
                    say(
                        IMPORT,
                        "The file was not imported: it has more than {limit} rows "
                        "(the limit, reached at line {line}); split it into smaller files.",
                    ).format(limit=count(limits.max_rows), line=record_end),
                    limit="max_rows",
                    line=record_end,
                )
            rows.append(list(map(str.strip, row)))
            lines.end_record(record_end)
    except csv.Error as exc:
        raise _csv_error(exc, record_end + 1, reader.line_num, limits) from exc
    finally:
        csv.field_size_limit(previous)
    # csv accepts an unclosed quote at the very end by swallowing the rest of the file.
    if rows and lines.quotes % 2 == 1 and any("\n" in cell for cell in rows[-1]):
        line = lines.last_quote_line
        raise DomainError(
            say(
                IMPORT,
                'The file is not valid CSV: a quote (") opened near line {line} is never closed.',
            ).format(line=line),
            code="bad_csv",
            line=line,
        )
    return rows


def _csv_error(exc: csv.Error, start: int, current: int, limits: ReadLimits) -> DomainError:
    """A csv error as a sentence: an over-long field, or a quote that never closes."""
    if "field larger than field limit" in str(exc):
        if current <= start:
            return refuse(
                say(
                    IMPORT,
                    "The file was not imported: a cell on line {line} is longer than the limit "
                    "of {limit} characters per cell; check that it is really "
                    "a CSV or TXT file.",
                ).format(line=start, limit=count(limits.max_field_chars)),
                limit="max_field_chars",
                line=start,
            )
        return refuse(
            say(
                IMPORT,
                "The file was not imported: a cell starting on line {start} runs to line "
                "{line} and is longer than the limit of {limit} characters "
                'per cell; a quote (") opened on line {start} is probably never closed.',
            ).format(start=start, line=current, limit=count(limits.max_field_chars)),
            limit="max_field_chars",
            line=start,
        )
    return DomainError(
        say(
            IMPORT,
            'The file is not valid CSV from line {line}: {why}. A quote (") opened on '
            "that line is probably never closed.",
        ).format(line=start, why=exc),
        code="bad_csv",
        line=start,
    )


def read_csv(
    path: str | Path,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    limits: ReadLimits = LIMITS,
) -> SourceFile:
    """Read a CSV/TXT file into one sheet of text cells, streaming it."""
    file = Path(path)
    used_delimiter = delimiter

    def read(stream: TextIO) -> list[list[str]]:
        nonlocal used_delimiter
        if used_delimiter is None:
            used_delimiter = sniff_delimiter(stream.read(SNIFF_CHARS))
            stream.seek(0)
        return parse_csv_stream(stream, used_delimiter, limits)

    rows, used = read_text_file(file, read, encoding=encoding, limits=limits)
    assert used_delimiter is not None
    return SourceFile(str(file), "csv", [Sheet(file.stem, rows)], used, used_delimiter)
