"""Reading the test corpus: encodings, delimiters, title rows, numbers and broken files."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop_crm.domain.errors import DomainError
from desktop_crm.interchange.sources import open_source
from desktop_crm.interchange.table import detect_header_row, header_labels
from tests.unit.interchange import corpus


def test_cp1252_semicolon_csv(tmp_path: Path) -> None:
    path = corpus.write_text(tmp_path / "salon.csv", corpus.FR_HEADER, corpus.FR_ROWS)
    source = open_source(path)
    assert source.encoding == "cp1252"
    assert source.delimiter == ";"
    rows = source.sheet().rows
    assert rows[1][1] == "Lefèvre"
    assert rows[3][6] == "1 quai; Saône"  # quoted delimiter
    assert rows[3][9] == "ligne 1\nligne 2"  # quoted newline


def test_utf8_bom_comma_csv(tmp_path: Path) -> None:
    path = corpus.write_text(
        tmp_path / "outlook.csv",
        corpus.OUTLOOK_EN_HEADER,
        [corpus.OUTLOOK_ROW],
        delimiter=",",
        encoding="utf-8-sig",
    )
    source = open_source(path)
    assert (source.encoding, source.delimiter) == ("utf-8-sig", ",")
    assert source.sheet().rows[0][0] == "Title"  # no BOM left on the first header


def test_tab_separated_txt(tmp_path: Path) -> None:
    path = corpus.write_text(
        tmp_path / "liste.txt", corpus.FR_HEADER, corpus.FR_ROWS, delimiter="\t", encoding="utf-8"
    )
    source = open_source(path)
    assert source.delimiter == "\t"
    assert source.sheet().rows[2][2] == "Hélène"


def test_unmatched_quote_is_refused_with_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('Nom;Prénom\nDupont;Jean\n"Martin;Luc\nDurand;Paul\n', encoding="utf-8")
    with pytest.raises(DomainError) as err:
        open_source(path)
    assert err.value.code == "bad_csv"
    assert "line 3" in err.value.message


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(DomainError) as err:
        open_source(path)
    assert err.value.code == "bad_encoding"


def test_undecodable_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"Nom;Pr\x81nom\nA;B\n")  # 0x81 is neither UTF-8 nor cp1252
    with pytest.raises(DomainError) as err:
        open_source(path)
    assert err.value.code == "bad_encoding"
    assert "encoding" in err.value.message


def test_xlsx_title_row_numbers_and_dates(tmp_path: Path) -> None:
    source = open_source(corpus.trade_show_xlsx(tmp_path / "salon.xlsx"))
    assert source.sheet_names == ["Visiteurs", "Vide"]
    rows = source.sheet().rows
    assert detect_header_row(rows) == 2
    assert header_labels(rows, 2)[:3] == ["Nom", "Prénom", "Société"]
    assert rows[3][4] == "632659845"  # no ".0"
    assert rows[4][5] == "69003"
    assert rows[3][7] == "46349"  # a serial stays text; the date check converts it


def test_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    good = corpus.trade_show_xlsx(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(DomainError) as err:
        open_source(path)
    assert err.value.code == "bad_xlsx"


def test_xlsx_with_entity_declaration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
        )
    with pytest.raises(DomainError) as err:
        open_source(path)
    assert err.value.code == "bad_xlsx"


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "0" * 50_000_000)
    with pytest.raises(DomainError) as err:
        open_source(path)
    assert "zip bomb" in err.value.message


def test_old_xls_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(DomainError) as err:
        open_source(path)
    assert err.value.code == "xls"


def test_vcard_21_quoted_printable_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "outlook.vcf"
    path.write_bytes(corpus.VCARD_21.encode("ascii"))
    rows = open_source(path).sheet().rows
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["Last name"] == "Lefèvre"
    assert record["First name"] == "André"
    assert record["Company"] == "SARL Dupont"
    assert record["Street"] == "12 rue de la Paix"
    assert record["Street 2"] == "Bât A"
    assert record["Country"] == "France"
    assert record["Mobile phone"] == "06 12 34 56 78"
    assert record["Notes"] == "Client fidèle\ndepuis 2010"


def test_truncated_vcard_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.vcf"
    path.write_text(corpus.VCARD_21.split("TITLE")[0], encoding="ascii")
    with pytest.raises(DomainError) as err:
        open_source(path)
    assert err.value.code == "bad_vcard"


def test_header_row_detection_skips_title_lines() -> None:
    rows = [
        ["Liste des prospects", "", ""],
        ["", "", ""],
        ["Nom", "Prénom", "Ville"],
        ["Dupont", "Jean", "Lyon"],
    ]
    assert detect_header_row(rows) == 2
    assert detect_header_row([["Nom", "Prénom"], ["Dupont", "Jean"]]) == 0
