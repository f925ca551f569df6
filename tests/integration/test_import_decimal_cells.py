"""An Excel number that is not whole is stored as a French user reads it: 1234,5.

A workbook made with openpyxl: 1234.5 under columns mapped to text (the job title, the
notes, a user text field) stores "1234,5", never "1234.5"; under a user number field it is
still the number 1234.5. Whole numbers keep their digits: a postcode typed 6000 becomes
06000, a phone typed 612345678 the mobile +33612345678. The real pipeline on a real SQLite
file, the contacts read back.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from desktop_crm.interchange.table import cell_text
from desktop_crm.services.fields.definitions import define_field
from desktop_crm.services.fields.values import values_of
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import
from tests.integration.test_interchange_samples import _contacts

HEADERS = ["Nom", "Fonction", "Remarques", "Surface", "Tarif", "CP", "Ville", "Portable"]


def _workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append(["Lefèvre", 1234.5, 0.25, 87.75, 1234.5, 6000, "Nice", 612345678])
    sheet.append(["Petit", "Gérante", -3.5, 12, 40, 69002, "Lyon", None])
    workbook.save(path)
    return path


def test_decimal_cells_read_with_a_comma_whole_numbers_keep_their_digits(
    sqlite_db: Database, tmp_path: Path
) -> None:
    surface = sqlite_db.run(define_field, "contact", "surface", "text", "Surface").value
    tarif = sqlite_db.run(define_field, "contact", "tarif", "number", "Tarif").value
    report = run_import(sqlite_db, _workbook(tmp_path / "salon.xlsx"))
    assert report.created == 2, report
    found = sqlite_db.read(_contacts)
    first, second = found["Lefèvre"], found["Petit"]
    assert first["job_title"] == "1234,5"  # not "1234.5"
    assert first["notes"] == "0,25"
    assert second["notes"] == "-3,5"
    values = sqlite_db.read(values_of, "contact", first["id"])
    assert values[surface.name] == "87,75"  # a user text field
    assert values[tarif.name] == Decimal("1234.5")  # a user number field: still the number
    assert sqlite_db.read(values_of, "contact", second["id"])[surface.name] == "12"
    # Whole numbers: the postcode gets its zero back, the phone is a whole number.
    assert (first["postcode"], first["phone_mobile"]) == ("06000", "+33612345678")
    assert second["postcode"] == "69002"


def test_cell_text_of_numbers() -> None:
    assert cell_text(1234.5) == "1234,5"
    assert cell_text(0.00001) == "0,00001"  # never "1e-05"
    assert cell_text(-2.75) == "-2,75"
    assert cell_text(6000.0) == "6000"
    assert cell_text(612345678.0) == "612345678"
    assert cell_text(12) == "12"
