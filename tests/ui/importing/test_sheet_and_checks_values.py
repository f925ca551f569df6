"""What each page of the import wizard shows of a workbook's numbers and dates.

A French trade-show workbook made with openpyxl: a title line, a phone and a postcode typed
as numbers (the file holds 612345678 and 6000; Excel shows them through a number format),
date cells (one with a time of day), a time alone, a date left as a serial number, and a date
cell under "Fonction" (the job title, a text field). The sheet page shows what the file holds,
readably: numbers without ".0", dates 01/12/2026 rather than ISO. The mapping page's examples
and the checks page's rows show what the import will store (06000, 06 12 34 56 78), the
tooltip over a checked row lists every value as the card will show it; the import then
writes exactly that (the contact read back).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.domain.phones import format_phone
from desktop_crm.storage.models import Contact
from desktop_crm.ui.common.context import AppContext
from tests.ui.conftest import settle
from tests.ui.importing.walk import to_sheet_page

HEADERS = ["Nom", "Prénom", "Téléphone", "CP", "Ville", "Fonction", "Date de naissance"]
MORE = ["Visite", "Heure", "Relance", "Montant"]
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Salon Nice 2026 - visiteurs"])
    sheet.append(HEADERS + MORE)
    sheet.append(
        [
            "Lefèvre",
            "André",
            612345678,
            6000,
            "Nice cedex 1",
            dt.date(2026, 12, 1),
            dt.date(1980, 12, 1),
            dt.datetime(2026, 12, 2, 14, 30),
            dt.time(9, 15),
            46349,
            1234.5,
        ]
    )
    sheet.append(["Petit", "Zoé", 12345, 600, "Nice", "Gérante", None, None, None, None, 12.0])
    for row in (3, 4):
        sheet.cell(row, 3).number_format = "0#\\ ##\\ ##\\ ##\\ ##"
        sheet.cell(row, 4).number_format = "00000"
    sheet.cell(3, 6).number_format = "dd/mm/yyyy"
    sheet.cell(3, 7).number_format = "dd/mm/yyyy"
    sheet.cell(3, 8).number_format = "dd/mm/yyyy hh:mm"
    sheet.cell(3, 9).number_format = "hh:mm"
    book.save(path)
    return path


def test_each_page_shows_the_file_then_the_stored_values(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    wizard = to_sheet_page(qtbot, context, workbook(tmp_path / "salon.xlsx"))
    preview = wizard.sheet_page.table.model()
    assert wizard.sheet_page.header_row.value() == 2  # (the title line skipped)
    shown = [[preview.data(preview.index(r, c)) for c in range(11)] for r in (2, 3)]
    # The file's own values, readable: no "612345678.0", no ISO date, no "09:15:00".
    assert shown[0] == [
        "Lefèvre",
        "André",
        "612345678",
        "6000",
        "Nice cedex 1",
        "01/12/2026",
        "01/12/1980",
        "02/12/2026 14:30",
        "09:15",
        "46349",
        "1234,5",  # not whole: as Excel shows it in France
    ]
    assert shown[1][2:4] == ["12345", "600"] and shown[1][10] == "12"

    wizard.next()
    mapping = wizard.mapping_page.model
    assert mapping is not None
    examples = {
        mapping.data(mapping.index(r, 0)): mapping.data(mapping.index(r, 1))
        for r in range(mapping.rowCount())
    }
    assert examples["Téléphone"] == "06 12 34 56 78, 12345"
    assert examples["CP"] == "06000, 600"
    assert examples["Fonction"] == "01/12/2026, Gérante"  # a text field: not "2026-12-01"
    assert examples["Visite"] == "02/12/2026 14:30" and examples["Heure"] == "09:15"

    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    settle(qtbot, context)
    page = wizard.checks_page
    model = page.model
    assert model is not None
    page.only_attention.setChecked(False)
    rows = {model.data(model.index(r, 1)): r for r in range(model.rowCount())}
    first, second = rows["André Lefèvre"], rows["Zoé Petit"]
    assert model.data(model.index(first, 4)) == "06 12 34 56 78"  # as stored, not 612345678
    assert model.data(model.index(second, 4)) == "12345"  # refused: as typed, its problem beside
    tip = model.data(model.index(first, 1), TOOLTIP).split("\n")
    assert tip[0] == "Line 3 will be written as:"
    for line in (
        "Last name: Lefèvre",
        "Mobile: 06 12 34 56 78",
        "Postcode: 06000",
        "City: Nice CEDEX 1",
        "Job title: 01/12/2026",
        "Birthday: 01/12/1980",
    ):
        assert line in tip, (line, tip)
    assert "Postcode: 6000" not in tip and not any("2026-" in line for line in tip), tip
    assert "Postcode: 600" in model.data(model.index(second, 0), TOOLTIP).split("\n")

    page.policies["postcode_invalid"].setCurrentIndex(0)  # import it, flagged for review
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=20000)
    settle(qtbot, context)
    with context.db.uow(write=False) as uow:
        contact = uow.session.scalars(select(Contact).where(Contact.last_name == "Lefèvre")).one()
        written = (
            format_phone(contact.phone_mobile or ""),
            contact.postcode,
            contact.city,
            contact.cedex,
            contact.job_title,
            f"{contact.birthday:%d/%m/%Y}",
        )
    assert written == ("06 12 34 56 78", "06000", "Nice", "CEDEX 1", "01/12/2026", "01/12/1980")


def test_the_row_tooltip_speaks_the_users_language(
    qtbot: QtBot, context: AppContext, tmp_path: Path, language: str
) -> None:
    wizard = to_sheet_page(qtbot, context, workbook(tmp_path / "salon.xlsx"))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20000)
    settle(qtbot, context)
    model = wizard.checks_page.model
    assert model is not None
    model.only_attention = False
    model.refilter()
    tip = model.data(model.index(0, 3), TOOLTIP).split("\n")
    expected = {
        "fr": ("La ligne 3 sera écrite ainsi :", "Code postal : 06000", "Fonction : 01/12/2026"),
        "en": ("Line 3 will be written as:", "Postcode: 06000", "Job title: 01/12/2026"),
    }[language]
    assert tip[0] == expected[0]
    assert set(expected[1:]) <= set(tip), tip
    wizard.reject()
