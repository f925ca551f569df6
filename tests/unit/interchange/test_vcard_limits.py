"""vCard reading: limits per property line, per card and per value, refused early with the
card and line; unfolding, parameter splitting and quoted-printable decoding in linear time."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange.limits import ReadLimits
from desktop_crm.interchange.sources import open_source
from desktop_crm.interchange.vcard import _split_params, parse_vcards

SMALL = ReadLimits(
    max_field_chars=200,
    max_line_chars=1_000,
    max_rows=5,
    max_card_properties=30,
    max_card_chars=2_000,
)
CARD = "BEGIN:VCARD\nVERSION:3.0\nN:Dupont;Jean;;;\nFN:Jean Dupont\nEND:VCARD\n"
# The parameter split the reader used before: re-scans to the end for every ';'.
OLD_PARAM_SPLIT = re.compile(r";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")


def _card(*properties: str) -> str:
    return (
        "BEGIN:VCARD\nVERSION:3.0\nN:Dupont;Jean;;;\n"
        + "".join(p + "\n" for p in properties)
        + "END:VCARD\n"
    )


def _refusal(path: Path, limits: ReadLimits = SMALL) -> DomainError:
    with pytest.raises(DomainError) as err:
        open_source(path, limits=limits)
    assert err.value.code == "too_large"
    assert err.value.message.startswith("The file was not imported: ")
    return err.value


@pytest.mark.parametrize("times", [10, 100])
def test_long_physical_line_is_refused_unread(tmp_path: Path, times: int) -> None:
    path = tmp_path / "line.vcf"
    path.write_text(CARD + _card("NOTE:" + "x" * 1_000 * times))
    error = _refusal(path)
    assert "line 9 is longer than the limit of 1,000 characters" in error.message
    assert error.params == {"limit": "max_line_chars", "line": 9}


@pytest.mark.parametrize("times", [10, 100])
def test_long_folded_property_is_refused_with_its_first_line(tmp_path: Path, times: int) -> None:
    folded = "NOTE:start" + "".join("\n " + "y" * 70 for _ in range(1_000 * times // 70))
    path = tmp_path / "folded.vcf"
    path.write_text(CARD + _card(folded))
    error = _refusal(path, ReadLimits(max_line_chars=1_000, max_field_chars=10**6))
    assert "the property starting on line 9 is longer than the limit of 1,000" in error.message


@pytest.mark.parametrize("times", [10, 100])
def test_too_many_properties_in_a_card(tmp_path: Path, times: int) -> None:
    path = tmp_path / "props.vcf"
    path.write_text(CARD + _card(*[f"EMAIL:a{i}@example.org" for i in range(30 * times)]))
    error = _refusal(path)
    assert "card 2 has more than 30 properties" in error.message
    assert error.params["card"] == 2 and error.params["limit"] == "max_card_properties"
    path.write_text(_card(*[f"EMAIL:a{i}@example.org" for i in range(28)]))  # + VERSION, N
    # The 26 e-mails beyond the two fields are kept in the note: room for them.
    roomy = ReadLimits(**{**SMALL.__dict__, "max_field_chars": 2_000})
    rows = open_source(path, limits=roomy).sheet().rows
    assert len(rows) == 2 and rows[1][-1].count("@example.org") == 26


@pytest.mark.parametrize("times", [10, 100])
def test_card_longer_than_the_limit(tmp_path: Path, times: int) -> None:
    limits = ReadLimits(max_card_chars=2_000, max_line_chars=1_000, max_card_properties=10**6)
    path = tmp_path / "card.vcf"
    path.write_text(CARD + _card(*["X-PAD:" + "z" * 900] * (3 * times)))
    error = _refusal(path, limits)
    assert "card 2 is longer than the limit of 2,000 characters" in error.message


@pytest.mark.parametrize("times", [10, 100])
def test_value_longer_than_the_cell_limit(tmp_path: Path, times: int) -> None:
    limits = ReadLimits(max_field_chars=200, max_line_chars=10**6, max_card_chars=10**7)
    path = tmp_path / "value.vcf"
    path.write_text(CARD + _card("NOTE:" + "n" * 200 * times))
    error = _refusal(path, limits)
    assert "the Notes of card 2 (ending on line 10) is longer than the limit of 200" in (
        error.message
    )
    path.write_text(_card("NOTE:" + "n" * 200))
    assert open_source(path, limits=limits).sheet().rows[1][-1] == "n" * 200


@pytest.mark.parametrize("times", [10, 100])
def test_too_many_cards(tmp_path: Path, times: int) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(CARD * 5 * times)
    error = _refusal(path)
    assert "more than 5 cards" in error.message
    path.write_text(CARD * 5)
    assert len(open_source(path, limits=SMALL).sheet().rows) == 6


# -- linear time --------------------------------------------------------------------------------


def _timed(text: str) -> tuple[list[list[str]], float]:
    began = time.perf_counter()
    rows = parse_vcards(text)
    return rows, time.perf_counter() - began


def test_120k_semicolons_in_a_head_and_a_value_parse_fast() -> None:
    semicolons = ";" * 120_000
    text = _card("ADR" + semicolons + "WORK:;;1 rue;Lyon;;69001;France", "NOTE:" + semicolons)
    rows, elapsed = _timed(text)
    assert elapsed < 2, elapsed  # 31.6 s before
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["City"] == "Lyon" and record["Notes"] == semicolons


def test_3_mb_quoted_printable_chain_decodes_fast() -> None:
    lines = ["=41=42=43" * 8] * (3 * 2**20 // 73)
    note = "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:" + "=\n".join(lines)
    rows, elapsed = _timed(_card(note))
    assert elapsed < 2, elapsed  # 21 s before
    assert rows[1][-1] == "ABC" * 8 * len(lines)


def test_100k_folded_continuation_lines_unfold_fast() -> None:
    note = "NOTE:" + "".join("\n a" for _ in range(100_000))
    rows, elapsed = _timed(_card(note))
    assert elapsed < 2, elapsed
    assert rows[1][-1] == "a" * 100_000


def test_doubling_the_input_roughly_doubles_the_time() -> None:
    """Quadratic parsing would take four times as long for twice the input."""

    def best(n: int) -> float:
        text = _card("ADR" + ";" * n + "WORK:x", "NOTE:" + "".join("\n a" for _ in range(n)))
        return min(_timed(text)[1] for _ in range(3))

    small, large = best(50_000), best(200_000)
    assert large < 8 * small + 0.05, (small, large)  # 16x if quadratic


# -- same results as before on ordinary input ---------------------------------------------------


@given(st.text(alphabet=';"=ab,', max_size=40))
def test_parameter_split_matches_the_former_regex(head: str) -> None:
    assert _split_params(head) == OLD_PARAM_SPLIT.split(head)


def test_qp_soft_breaks_and_folding_as_before() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:"
        "Lef=E8vre;Andr=\r\n=E9\r\nNOTE;ENCODING=QUOTED-PRINTABLE:a=\r\n=\r\nb\r\n"
        "ORG:Soci\r\n \xe9t\xe9\r\nEND:VCARD\r\n"
    )
    record = dict(zip(*parse_vcards(text)[:2], strict=True))
    assert (record["Last name"], record["First name"]) == ("Lefèvre", "André")
    assert record["Notes"] == "ab" and record["Company"] == "Société"
