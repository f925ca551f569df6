"""Import readers refuse pathological files early, naming the limit and the line, in bounded
memory: generated files at 10x and 100x small limits, and one at 10x the real line limit."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange.limits import LIMITS, ReadLimits
from desktop_crm.interchange.sources import open_source

SMALL = ReadLimits(
    max_field_chars=200,
    max_line_chars=1_000,
    max_fields=20,
    max_rows=50,
    max_card_properties=30,
    max_card_chars=2_000,
)
HEADER = "Nom;Prénom;Notes\n"


def _refusal(path: Path, limits: ReadLimits = SMALL) -> DomainError:
    with pytest.raises(DomainError) as err:
        open_source(path, limits=limits)
    assert err.value.code == "too_large"
    assert err.value.message.startswith("The file was not imported: ")
    return err.value


# -- CSV ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("times", [10, 100])
def test_csv_line_beyond_the_limit_is_refused_with_its_number(tmp_path: Path, times: int) -> None:
    path = tmp_path / "line.csv"
    path.write_text(HEADER + "Dupont;Jean;x\n" + "a;" * (SMALL.max_line_chars * times // 2))
    error = _refusal(path)
    assert "line 3 is longer than the limit of 1,000 characters per line" in error.message
    assert error.params == {"limit": "max_line_chars", "line": 3}


def test_csv_line_at_the_limit_is_read_and_one_more_is_refused(tmp_path: Path) -> None:
    limits = ReadLimits(max_line_chars=1_000, max_field_chars=2_000)
    at_limit = "Dupont;Jean;" + "n" * (1_000 - len("Dupont;Jean;"))
    for ending in ("\n", "\r\n"):
        path = tmp_path / "at.csv"
        path.write_bytes((HEADER + at_limit + ending + "Martin;Luc;x" + ending).encode())
        rows = open_source(path, limits=limits).sheet().rows
        assert rows[1][2] == at_limit[12:] and rows[2] == ["Martin", "Luc", "x"]
    path.write_text(HEADER + at_limit + "n\n")
    assert _refusal(path, limits).params["line"] == 2


@pytest.mark.parametrize("times", [10, 100])
def test_csv_long_cell_names_the_cell_limit_not_a_quote(tmp_path: Path, times: int) -> None:
    limits = ReadLimits(max_field_chars=100, max_line_chars=100 * times + 100)
    path = tmp_path / "field.csv"
    path.write_text(HEADER + "Dupont;Jean;ok\n" + 'Durand;Paul;"' + "x" * 100 * times + '"\n')
    error = _refusal(path, limits)
    assert "a cell on line 3 is longer than the limit of 100 characters per cell" in (error.message)
    assert "quote" not in error.message
    assert error.params == {"limit": "max_field_chars", "line": 3}


@pytest.mark.parametrize("times", [10, 100])
def test_csv_unclosed_quote_runs_into_the_cell_limit(tmp_path: Path, times: int) -> None:
    path = tmp_path / "quote.csv"
    lines = "".join(f"Nom{i};Jean;x\n" for i in range(SMALL.max_field_chars * times // 12))
    path.write_text(HEADER + "Dupont;Jean;ok\n" + 'Durand;Paul;"oops\n' + lines)
    error = _refusal(path, ReadLimits(max_field_chars=200, max_line_chars=10**6))
    assert "a cell starting on line 3 runs to line" in error.message
    assert 'a quote (") opened on line 3 is probably never closed' in error.message


def test_csv_row_over_many_lines_is_refused_at_the_row_limit(tmp_path: Path) -> None:
    limits = ReadLimits(max_field_chars=10**6, max_line_chars=1_000)
    path = tmp_path / "rows.csv"
    path.write_text(HEADER + 'Durand;Paul;"' + "note\n" * 10_000 + '"\n')
    error = _refusal(path, limits)
    assert "the row starting on line 2 runs to line" in error.message
    assert "1,000 characters per row" in error.message


@pytest.mark.parametrize("times", [10, 100])
def test_csv_too_many_columns_is_refused(tmp_path: Path, times: int) -> None:
    limits = ReadLimits(max_fields=20, max_line_chars=10**6)
    path = tmp_path / "wide.csv"
    path.write_text(HEADER + "Dupont;Jean;x\n" + ";".join(["v"] * 20 * times) + "\n")
    error = _refusal(path, limits)
    assert f"line 3 has {20 * times:,} columns, more than the limit of 20" in error.message
    twenty = tmp_path / "twenty.csv"
    twenty.write_text(";".join(f"c{i}" for i in range(20)) + "\n" + ";".join(["v"] * 20))
    assert len(open_source(twenty, limits=limits).sheet().rows[1]) == 20


@pytest.mark.parametrize("times", [10, 100])
def test_csv_too_many_rows_is_refused(tmp_path: Path, times: int) -> None:
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "".join(f"Nom{i};Jean;x\n" for i in range(50 * times)))
    error = _refusal(path)
    assert "more than 50 rows (the limit, reached at line 51)" in error.message
    path.write_text(HEADER + "".join(f"Nom{i};Jean;x\n" for i in range(49)))
    assert len(open_source(path, limits=SMALL).sheet().rows) == 50


def test_csv_file_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(HEADER + "Dupont;Jean;x\n" * 100)
    error = _refusal(path, ReadLimits(max_file_bytes=1_000))
    assert error.params == {"limit": "max_file_bytes"}


def test_cp1252_byte_after_the_sniffed_head_restarts_in_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    filler = "".join(f"Nom{i};Jean;x\n" for i in range(10_000))  # > 64 KiB of ASCII
    path.write_bytes((HEADER + filler + "Lefèvre;André;é\n").encode("cp1252"))
    source = open_source(path)
    assert source.encoding == "cp1252" and source.sheet().rows[-1] == ["Lefèvre", "André", "é"]


def test_explicit_wrong_encoding_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "late.csv"
    path.write_bytes((HEADER + "Lefèvre;André;é\n").encode("cp1252"))
    with pytest.raises(DomainError) as err:
        open_source(path, encoding="utf-8")
    assert err.value.code == "bad_encoding" and "cannot be read as utf-8" in err.value.message
    with pytest.raises(DomainError) as err:
        open_source(path, encoding="klingon")
    assert err.value.code == "bad_encoding"


def test_real_line_limit_times_ten_is_refused_fast_in_bounded_memory(tmp_path: Path) -> None:
    """A 40 MB single-line CSV (10x the real line limit) is refused after one line's worth."""
    path = tmp_path / "huge.csv"
    chunk = b"abcdefgh;" * (1 << 16)
    with path.open("wb") as out:
        out.write(b"Nom;Prenom;Email\nDupont;Jean;")
        for _ in range(LIMITS.max_line_chars * 10 // len(chunk) + 1):
            out.write(chunk)
    assert path.stat().st_size > 10 * LIMITS.max_line_chars
    tracemalloc.start()
    began = time.perf_counter()
    try:
        with pytest.raises(DomainError) as err:
            open_source(path)
        elapsed = time.perf_counter() - began
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.value.params == {"limit": "max_line_chars", "line": 2}
    # Two copies of one line's worth at most; the whole line would be ten times the limit.
    assert peak < 3 * LIMITS.max_line_chars, peak
    assert elapsed < 5, elapsed


# -- XLSX ---------------------------------------------------------------------------------------


def test_xlsx_wide_rows_and_long_cells_are_refused(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Contacts"
    sheet.append(["Nom", "Prénom", "Notes"])
    sheet.append(["Dupont", "Jean", "x" * 2_000])
    path = tmp_path / "long.xlsx"
    book.save(path)
    error = _refusal(path)
    assert "row 2, column 3 of sheet 'Contacts'" in error.message
    assert "200 characters per cell" in error.message
    sheet.append(["v"] * 200)
    book.save(path)
    error = _refusal(path, ReadLimits(max_fields=20))
    assert "row 3 of sheet 'Contacts' has 200 columns, more than the limit of 20" in (error.message)
    assert open_source(path).sheet().rows[1][2] == "x" * 2_000
