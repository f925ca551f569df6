"""The mapping page's examples are the values as the import writes them.

A French trade-show workbook made with openpyxl: real date cells, a postcode and a mobile
typed as numbers (Excel shows 06000 and 06 12 34 56 78 through a number format, the file
holds 6000 and 612345678), a follow-up date left as a serial number. The page shows them as
a French user reads them and as the contact card will show them once imported, and the
import then writes exactly that. A Google export's columns that no field takes are shown
as going into its "Other details" column, and that column shows the lines it will get.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_crm.domain.phones import format_phone
from desktop_crm.services.fields import define_field
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.importing.models import MappingModel
from desktop_crm.ui.importing.wizard import ImportWizard
from tests.ui.conftest import settle
from tests.ui.importing.walk import to_sheet_page

DATA = Path(__file__).parents[2] / "data" / "interchange"
TOOLTIP = Qt.ItemDataRole.ToolTipRole
HEADERS = ["Nom", "Prénom", "Portable", "CP", "Ville", "Date de naissance", "Visite", "Relance"]


def _workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append(
        ["Lefèvre", "André", 612345678, 6000, "Nice", dt.date(1980, 12, 1), dt.date(2026, 12, 1)]
    )
    sheet.append(["Petit", "Zoé", 698765432, 6200, "Nice", dt.date(1975, 11, 23), None])
    for row in (2, 3):
        sheet.cell(row, 3).number_format = "0#\\ ##\\ ##\\ ##\\ ##"
        sheet.cell(row, 4).number_format = "00000"
        sheet.cell(row, 6).number_format = "dd/mm/yyyy"
        sheet.cell(row, 8).value = 46349 + row - 2  # a date typed as a plain number
    sheet.cell(2, 7).number_format = "dd/mm/yyyy"
    workbook.save(path)
    return path


def _mapping_page(qtbot: QtBot, context: AppContext, path: Path) -> ImportWizard:
    wizard = to_sheet_page(qtbot, context, path)
    preview = wizard.sheet_page.table.model()
    if path.suffix == ".xlsx":  # the sheet's preview shows a date cell as Excel does
        assert preview.data(preview.index(1, HEADERS.index("Date de naissance"))) == "01/12/1980"
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def _examples(model: MappingModel) -> dict[str, str]:
    return {
        model.data(model.index(row, 0)): model.data(model.index(row, 1))
        for row in range(model.rowCount())
    }


def test_xlsx_examples_are_what_the_import_writes(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    wizard = _mapping_page(qtbot, context, _workbook(tmp_path / "salon.xlsx"))
    model = wizard.mapping_page.model
    assert model is not None
    assert model.target(2, 0) == "phone_mobile" and model.target(3, 0) == "postcode"
    assert model.target(5, 0) == "birthday" and not model.target(7, 0)
    shown = _examples(model)
    assert shown["Portable"] == "06 12 34 56 78, 06 98 76 54 32"  # not "612345678"
    assert shown["CP"] == "06000, 06200"  # not "6000"
    assert shown["Date de naissance"] == "01/12/1980, 23/11/1975"  # not "1980-12-01"
    assert shown["Visite"] == "01/12/2026"  # not imported: as Excel shows the cell
    assert shown["Relance"] == "46349, 46350"  # a plain number while nothing reads it
    # Given to a date field, the serial numbers show as the dates the import reads.
    assert model.setData(model.index(7, 2), "contract_end")
    assert _examples(model)["Relance"] == "23/11/2026, 24/11/2026"
    assert model.setData(model.index(7, 2), "")
    assert _examples(model)["Relance"] == "46349, 46350"
    model.setData(model.index(7, 2), "contract_end")

    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    settle(qtbot, context)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=20000)
    with context.db.uow(write=False) as uow:
        first = uow.session.scalars(select(Contact).where(Contact.last_name == "Lefèvre")).one()
        written = (
            format_phone(first.phone_mobile),
            first.postcode,
            f"{first.birthday:%d/%m/%Y}",
            f"{first.contract_end:%d/%m/%Y}",
        )
    assert written == ("06 12 34 56 78", "06000", "01/12/1980", "23/11/2026")


def test_export_leftovers_are_shown_going_to_other_details(
    qtbot: QtBot, context: AppContext
) -> None:
    wizard = _mapping_page(qtbot, context, DATA / "google_contacts_2024.csv")
    model = wizard.mapping_page.model
    assert model is not None
    rows = {model.headers[row]: row for row in range(model.rowCount())}
    middle, details = rows["Middle Name"], rows["Other details"]
    assert model.data(model.index(middle, 2)) == "(copied into “Other details”)"
    assert model.data(model.index(details, 0)) == "Other details"
    lines = model.data(model.index(details, 1), TOOLTIP)  # the tooltip: every example whole
    assert "Middle Name: Pierre" in lines.split("\n")
    # Given a field by hand, the column fills it and leaves Other details.
    assert model.setData(model.index(middle, 2), "job_title")
    assert model.data(model.index(middle, 2)) != "(copied into “Other details”)"
    assert "Middle Name: Pierre" not in (model.data(model.index(details, 1), TOOLTIP) or "")


def test_user_date_field_examples(
    qtbot: QtBot, context: AppContext, sqlite_db: Database, tmp_path: Path
) -> None:
    sqlite_db.run(define_field, "contact", "visite", "date", "Visite")
    sqlite_db.run(define_field, "contact", "relance", "date", "Relance")
    wizard = _mapping_page(qtbot, context, _workbook(tmp_path / "salon.xlsx"))
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.model is not None and bool(page.model.specs))
    model = page.model
    assert model is not None
    assert model.target(6, 0) == "custom:visite" and model.target(7, 0) == "custom:relance"
    shown = _examples(model)
    assert shown["Visite"] == "01/12/2026"  # the date cell, as the card shows the field
    assert shown["Relance"] == "23/11/2026, 24/11/2026"  # Excel serials: dates too
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    settle(qtbot, context)
    plan = wizard.plan
    assert plan is not None
    assert not [p for row in plan.rows for p in row.problems if p.field == "relance"]
    assert plan.rows[0].custom == {
        "visite": dt.date(2026, 12, 1),
        "relance": dt.date(2026, 11, 23),
    }


def test_vcard_columns_in_the_user_language(
    qtbot: QtBot, context: AppContext, language: str
) -> None:
    """The vCard reader names its columns in English ("First name"): the page says them in
    the user's language, as the refusals naming them do (``column_words``)."""
    wizard = _mapping_page(qtbot, context, DATA / "apple_iphone_30.vcf")
    model = wizard.mapping_page.model
    assert model is not None
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    if language == "fr":
        assert names[:3] == ["Civilité", "Prénom", "Nom"] and "Téléphone mobile" in names
    else:
        assert names[:3] == ["Civility", "First name", "Last name"]
    assert model.headers[:3] == ["Civility", "First name", "Last name"]  # (as saved)
