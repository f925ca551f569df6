"""Writers: French-Excel CSV, XLSX and vCard 3.0 without formula injection."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop_crm.interchange.sources import open_source
from desktop_crm.interchange.vcard_write import write_vcard
from desktop_crm.interchange.writers import inert, write_csv, write_xlsx

HOSTILE = ['=HYPERLINK("http://x")', "+33 6 12", "-2+3", "@SUM(A1)", "\tcmd", "ok"]


def test_inert_prefixes_formula_starts() -> None:
    assert [inert(v) for v in HOSTILE] == [
        '\'=HYPERLINK("http://x")',
        "'+33 6 12",
        "'-2+3",
        "'@SUM(A1)",
        "'\tcmd",
        "ok",
    ]
    assert inert(42) == 42


def test_csv_has_bom_semicolons_and_inert_cells(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    assert write_csv(path, ["Nom", "Note"], [["Dupré", v] for v in HOSTILE]) == len(HOSTILE)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "Nom;Note"
    import csv
    import io

    cells = [row[1] for row in csv.reader(io.StringIO(text), delimiter=";")][1:]
    assert cells == [inert(v) for v in HOSTILE]
    assert not any(c.startswith(("=", "+", "-", "@", "\t")) for c in cells)


def test_xlsx_cells_are_strings_not_formulas(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, ["Nom", "Note"], [["Dupré", v] for v in HOSTILE])
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    cells = [sheet.cell(row=i + 2, column=2) for i in range(len(HOSTILE))]
    assert all(c.data_type == "s" for c in cells)
    assert cells[0].value == '\'=HYPERLINK("http://x")'


def test_vcard_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.vcf"
    contact = {
        "civility": "Mme",
        "first_name": "Hélène",
        "last_name": "Dupré; fils",
        "company_name": "Dupré SA",
        "email": "helene@dupre.fr",
        "phone_mobile": "06 12 34 56 78",
        "address1": "3 place Bellecour",
        "address2": "Bât. C",
        "postcode": "69002",
        "city": "Lyon",
        "country": "France",
    }
    assert write_vcard(path, [contact]) == 1
    assert "VERSION:3.0" in path.read_text(encoding="utf-8")
    rows = open_source(path).sheet().rows
    record = dict(zip(rows[0], rows[1], strict=True))
    assert (record["Last name"], record["First name"]) == ("Dupré; fils", "Hélène")
    assert (record["Street"], record["Street 2"]) == ("3 place Bellecour", "Bât. C")
    assert (record["Postcode"], record["City"]) == ("69002", "Lyon")
    assert record["Mobile phone"] == "06 12 34 56 78"
