"""The CSV reader's lines, read a block at a time, give the rows and the refusals that a
plain line-by-line reading gives (``readline``, each line and record counted on its own),
whatever falls on a block's edge: CR LF cut in two, quotes, long lines, odd line breaks."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange import csv_reader
from desktop_crm.interchange.csv_reader import parse_csv_stream
from desktop_crm.interchange.limits import ReadLimits

LIMITS = ReadLimits(max_line_chars=24, max_field_chars=18, max_fields=6, max_rows=40)


def _reference(text: str, limits: ReadLimits) -> object:
    """Rows, or (limit, line) of the refusal, read one ``readline`` at a time."""
    stream = io.StringIO(text, newline="")
    state = {"line": 0, "record": 0, "quotes": 0}

    def lines():  # type: ignore[no-untyped-def]
        while line := stream.readline(limits.max_line_chars + 2):
            state["line"] += 1
            content = len(line.rstrip("\r\n"))
            if content > limits.max_line_chars:
                raise _Refused("max_line_chars", state["line"])
            state["record"] += len(line)
            if state["record"] - (len(line) - content) > limits.max_line_chars:
                raise _Refused("max_line_chars", -1)
            state["quotes"] += line.count('"')
            yield line

    rows: list[list[str]] = []
    start = 1
    previous = csv.field_size_limit(limits.max_field_chars)
    try:
        for row in csv.reader(lines(), delimiter=";", strict=True):
            if len(row) > limits.max_fields:
                return ("max_fields", state["line"])
            if len(rows) >= limits.max_rows:
                return ("max_rows", state["line"])
            rows.append([cell.strip() for cell in row])
            state["record"], start = 0, state["line"] + 1
    except _Refused as refused:
        return (refused.limit, start if refused.line == -1 else refused.line)
    except csv.Error:
        return ("csv", start)
    finally:
        csv.field_size_limit(previous)
    if rows and state["quotes"] % 2 == 1 and any("\n" in cell for cell in rows[-1]):
        return ("quote", None)
    return rows


class _Refused(Exception):
    def __init__(self, limit: str, line: int) -> None:
        self.limit, self.line = limit, line


def _read(text: str, limits: ReadLimits) -> object:
    try:
        return parse_csv_stream(io.StringIO(text, newline=""), ";", limits)
    except DomainError as error:
        limit = error.params.get("limit")
        if limit in ("max_line_chars", "max_fields", "max_rows"):
            return (limit, error.params.get("line"))
        if (
            error.code == "bad_csv"
            and "never closed" in error.message
            and "from line" in (error.message)
        ):
            return ("csv", error.params.get("line"))
        if limit == "max_field_chars":
            return ("csv", error.params.get("line"))
        return ("quote", None)


_PIECES = st.sampled_from(
    ["a", "bé", ";", '"', "\n", "\r\n", "\r", " ", "x" * 9, "\x0b", "\u2028", "\x85", '""']
)


@pytest.mark.parametrize("block", [1, 5, 16, 256 * 1024])
@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, max_size=80).map("".join))
@example('a;"b\r\nc";d\r\ne\rf\n')
@example("x" * 30 + "\n")
@example('"' + "x\n" * 15)
def test_blocks_read_as_lines_do(monkeypatch: pytest.MonkeyPatch, block: int, text: str) -> None:
    monkeypatch.setattr(csv_reader, "BLOCK_CHARS", block)
    assert _read(text, LIMITS) == _reference(text, LIMITS)
