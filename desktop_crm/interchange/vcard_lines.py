"""vCard physical and logical lines, as bytes: line limits, unfolding, quoted-printable soft
breaks and UTF-16 detection. Unfolding happens before any decoding, so a line folded in the
middle of a UTF-8 character is joined back whole (``interchange.vcard`` decodes each card).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import IO

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import IMPORT, count, say
from desktop_crm.interchange.limits import ReadLimits, refuse

QP_MARK = b"QUOTED-PRINTABLE"


def utf16_codec(head: bytes) -> str | None:
    """UTF-16 with or without its byte order mark (the NULs of ASCII text tell the order)."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    if b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    if even and even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    if odd and odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    raise DomainError(
        say(
            IMPORT,
            "This is not a text file (it contains binary data). "
            "Choose a CSV, TXT, XLSX or vCard file.",
        ),
        code="bad_encoding",
    )


def _too_long_line(number: int, limit: int) -> DomainError:
    return refuse(
        say(
            IMPORT,
            "The file was not imported: line {line} is longer than the limit of "
            "{limit} characters; check that it is really a vCard file.",
        ).format(line=number, limit=count(limit)),
        limit="max_line_chars",
        line=number,
    )


def physical_lines(stream: IO[bytes], limits: ReadLimits, codec: str | None) -> Iterator[bytes]:
    """Lines as bytes without their line end (UTF-16 re-encoded as UTF-8); a line longer than
    a whole property is refused unread."""
    limit = limits.max_line_chars
    if codec is not None:
        text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline=None)
        number = 0
        while True:
            chars = text.readline(limit + 2)
            if not chars:
                return
            number += 1
            decoded = chars.rstrip("\r\n").lstrip("\ufeff")
            if len(decoded) > limit:
                raise _too_long_line(number, limit)
            yield decoded.encode("utf-8")
    number = 0
    while True:
        data = stream.readline(limit + 2)
        if not data:
            return
        number += 1
        if number == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        line = data.rstrip(b"\r\n")
        if len(line) > limit:
            raise _too_long_line(number, limit)
        # A lone CR ends a line too (old Mac files).
        if b"\r" in line:
            yield from line.split(b"\r")
        else:
            yield line


def logical_lines(lines: Iterable[bytes], limits: ReadLimits) -> Iterator[tuple[int, bytes]]:
    """(first physical line number, logical line): 3.0 folding (leading blank) and 2.1 QP
    soft breaks (trailing '=') undone on the bytes, so a character cut by a fold is whole
    again before anything is decoded; blank lines dropped. Linear time."""
    limit = limits.max_line_chars
    parts: list[bytes] = []
    start = size = 0
    head_done, head_tail, qp = False, b"", False
    for number, raw in enumerate(lines, start=1):
        if qp and parts and _ends_with(parts, b"="):
            _drop_last_byte(parts)
            piece = raw
        elif raw[:1] in (b" ", b"\t") and parts:
            piece = raw[1:]
        else:
            if parts:
                line = b"".join(parts)
                if line.strip():
                    yield start, line
            parts, start, size = [], number, 0
            head_done, head_tail, qp = False, b"", False
            piece = raw
        parts.append(piece)
        size += len(piece)
        if size > limit:
            raise refuse(
                say(
                    IMPORT,
                    "The file was not imported: the property starting on line {line} is longer "
                    "than the limit of {limit} characters; check that it is really a vCard file.",
                ).format(line=start, limit=count(limit)),
                limit="max_line_chars",
                line=start,
            )
        if not head_done:
            colon = piece.find(b":")
            head = piece if colon < 0 else piece[:colon]
            qp = qp or QP_MARK in (head_tail + head).upper()
            head_tail = (head_tail + head)[-len(QP_MARK) :]
            head_done = colon >= 0
    if parts:
        line = b"".join(parts)
        if line.strip():
            yield start, line


def _ends_with(parts: list[bytes], suffix: bytes) -> bool:
    for part in reversed(parts):
        if part:
            return part.endswith(suffix)
    return False


def _drop_last_byte(parts: list[bytes]) -> None:
    for index in range(len(parts) - 1, -1, -1):
        if parts[index]:
            parts[index] = parts[index][:-1]
            return
