"""An Excel date cell that fills a text field is stored as a French user reads it.

A workbook made with openpyxl: real date cells (one with a time of day, one a time alone)
under columns a French user maps to text: the job title, the notes ("Remarques"), a user
field of kind text. Each stores "01/12/2026" (or "02/12/2026 14:30"), never the ISO
"2026-12-01"; the same cells given to date fields (a contact's birthday, a user date field)
are still read as those days. The real pipeline on a real SQLite file, the contacts read back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from desktop_crm.services.fields.definitions import define_field
from desktop_crm.services.fields.values import values_of
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import
from tests.integration.test_interchange_samples import _contacts

HEADERS = [
    "Nom",
    "Société",
    "Fonction",
    "Remarques",
    "Premier contact",
    "Date de naissance",
    "Relance",
]


def _workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append(
        [
            "Lefèvre",
            "ACME",
            dt.date(2026, 12, 1),
            dt.datetime(2026, 12, 2, 14, 30),
            dt.datetime(2026, 11, 23, 9, 5),
            dt.date(1980, 12, 1),
            dt.datetime(2027, 1, 15, 16, 45),
        ]
    )
    sheet.append(["Petit", "Bidule", "Gérante", dt.time(9, 15), "salon", None, None])
    sheet.cell(2, 3).number_format = "dd/mm/yyyy"
    sheet.cell(2, 4).number_format = "dd/mm/yyyy hh:mm"
    sheet.cell(2, 5).number_format = "dd/mm/yyyy hh:mm"
    sheet.cell(2, 6).number_format = "dd/mm/yyyy"
    sheet.cell(2, 7).number_format = "dd/mm/yyyy hh:mm"
    sheet.cell(3, 4).number_format = "hh:mm"
    workbook.save(path)
    return path


def test_date_cells_in_text_fields_read_as_in_excel(sqlite_db: Database, tmp_path: Path) -> None:
    premier = sqlite_db.run(define_field, "contact", "premier", "text", "Premier contact").value
    relance = sqlite_db.run(define_field, "contact", "relance", "date", "Relance").value
    report = run_import(sqlite_db, _workbook(tmp_path / "salon.xlsx"))
    assert report.created == 2, report
    found = sqlite_db.read(_contacts)
    first, second = found["Lefèvre"], found["Petit"]
    assert first["job_title"] == "01/12/2026"  # not "2026-12-01"
    assert first["notes"] == "02/12/2026 14:30"  # the time of day kept
    assert second["notes"] == "09:15"  # a time alone, as Excel's hh:mm shows it
    assert first["birthday"] == dt.date(1980, 12, 1)  # a date field still reads the day
    values = sqlite_db.read(values_of, "contact", first["id"])
    assert values[premier.name] == "23/11/2026 09:05"
    assert values[relance.name] == dt.date(2027, 1, 15)  # a user date field: its day
    for contact in found.values():
        assert "2026-" not in str(contact), contact
