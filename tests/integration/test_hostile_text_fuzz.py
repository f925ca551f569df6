"""Fuzz (issue 20, Quality): random bytes, random Unicode (lone surrogates, U+10FFFF,
combining and right-to-left marks) and control characters go through import, the card,
the lookup, the exports (CSV, XLSX, vCard) and a label sheet. Only a DomainError (one
sentence for the user) may come out, and nothing is stored that a writer cannot write."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import String, Text, select

from desktop_crm.domain.cleaning import has_controls
from desktop_crm.domain.errors import DomainError
from desktop_crm.printing.sheets import find_sheet
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.contacts.notes import add_note
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.exporting import export_contacts
from desktop_crm.services.mailing.postal import print_labels
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.storage.models import Company, Contact, History, Note
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import

pytestmark = pytest.mark.slow

HOSTILE = [
    "\x00",
    "\x01",
    "\x08",
    "\x0b",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\r",
    "\n",
    "\t",
    "\u2028",
    "\u2029",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\uffff",
    "\U0010ffff",
    "\u0301",  # combining acute
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\ufeff",
    "é",
    "Œ",
    "=",
    "%",
    "\\",
    " ",
]
chars = st.one_of(st.sampled_from(HOSTILE), st.characters(exclude_categories=()))
hostile_text = st.text(alphabet=chars, min_size=1, max_size=20)
HEADER = ["Nom", "Prénom", "Ville", "Code postal", "Adresse", "Notes"]


def _csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(HEADER)
    writer.writerows(rows)
    # A lone surrogate cannot be UTF-8: written as such, the file is broken UTF-8 on purpose.
    return out.getvalue().encode("utf-8", errors="surrogatepass")


def _excel_escaped(text: str) -> str:
    """How Excel stores the characters XML cannot hold: _xHHHH_ (the reader decodes it)."""
    return "".join(
        f"_x{ord(c):04X}_"
        if ord(c) < 0x20 or 0xD800 <= ord(c) <= 0xDFFF or 0xFFFE <= ord(c) <= 0xFFFF
        else c
        for c in text
    )


def _xlsx_bytes(folder: Path, rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [HEADER, *rows]:
        sheet.append([_excel_escaped(cell) for cell in row])
    book.save(folder / "in.xlsx")
    return (folder / "in.xlsx").read_bytes()


def _vcard_bytes(name: str, first: str, city: str, note: str) -> bytes:
    card = (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{name};{first};;;\r\nFN:{first} {name}\r\n"
        f"ADR;TYPE=WORK:;;{note};{city};;44000;France\r\nNOTE:{note}\r\nEND:VCARD\r\n"
    )
    return card.encode("utf-8", errors="surrogatepass")


def _writable(value: str, where: str = "") -> None:
    value.encode("utf-8")
    assert "\x00" not in value and not ILLEGAL_CHARACTERS_RE.search(value), (where, value)


def _check_stored(db: Database) -> None:
    """Every text the program stored can be written by every writer."""
    with db.uow(write=False) as uow:
        for model in (Contact, Company, Note, History):
            columns = [c for c in model.__table__.columns if isinstance(c.type, (String, Text))]
            for row in uow.session.execute(select(*columns)):
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, str) and column.name not in ("before_json",):
                        _writable(value, f"{model.__tablename__}.{column.name}")
                        if column.name not in ("details", "text"):
                            assert not has_controls(value), (column.name, value)


def _round(
    db: Database, folder: Path, name: str, first: str, city: str, note: str, noise: bytes
) -> None:
    # 1. import: hostile cells in CSV, XLSX and vCard, then random bytes after a header
    rows = [[name, first, city, "44000", f"1 rue {city}", note], [first, name, "", "", "", ""]]
    sources = [
        ("csv", _csv_bytes(rows)),
        ("csv", _csv_bytes([]) + noise),
        ("xlsx", _xlsx_bytes(folder, rows)),
        ("vcf", _vcard_bytes(name, first, city, note)),
    ]
    for index, (suffix, data) in enumerate(sources):
        path = folder / f"in{index}.{suffix}"
        path.write_bytes(data)
        try:
            run_import(db, path)
        except DomainError as exc:
            assert str(exc) and "internal fault" not in str(exc)
    # 2. the card (service) and a note
    with db.uow() as uow:
        try:
            view = create_contact(
                uow,
                {
                    "last_name": name,
                    "first_name": first,
                    "city": city,
                    "address1": f"2 rue {note}"[:38],
                    "postcode": "44000",
                },
            )
            add_note(uow, note, contact_id=view.id)
            uow.commit()
        except DomainError as exc:
            assert str(exc)
    # 3. lookups: the raw text and what was stored
    with db.uow(write=False) as uow:
        for query in (name, first, city, f"{name} {first}"):
            lookup_ids(uow, query, limit=20)
        stored = uow.session.scalars(select(Contact.last_name).limit(20)).all()
        for text in stored:
            if text:
                lookup_ids(uow, text, limit=20)
    # 4. exports, 5. labels
    with db.uow(write=False) as uow:
        for fmt in ("csv", "xlsx", "vcf"):
            export_contacts(uow, folder / f"out.{fmt}", fmt=fmt)
    load_workbook(folder / "out.xlsx", read_only=True).close()
    with db.uow() as uow:
        print_labels(uow, Selection(), find_sheet("L7163"), folder / "labels.pdf", record=False)
    _check_stored(db)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=hostile_text,
    first=hostile_text,
    city=hostile_text,
    note=hostile_text,
    noise=st.binary(max_size=120),
)
def test_hostile_text_goes_through_every_path(
    db: Database, name: str, first: str, city: str, note: str, noise: bytes
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _round(db, Path(folder), name, first, city, note, noise)


@pytest.mark.parametrize(
    "query", ["\U0010ffff", "a\U0010ffff", "\ud800", "x\udfff", "\x00", "\ud7ff", "100%", "Back\\"]
)
def test_lookup_of_odd_code_points_answers(db: Database, query: str) -> None:
    with db.uow() as uow:
        create_contact(uow, {"last_name": "a\U0010ffffb"})
        uow.commit()
    with db.uow(write=False) as uow:
        found = list(lookup_ids(uow, query))
    assert found == ([1] if query.startswith("a") else found)


@pytest.mark.parametrize("slot", range(4))
def test_vertical_tab_and_form_feed_in_any_imported_column(
    db: Database, tmp_path: Path, slot: int
) -> None:
    """Found by the fuzz above: a VT in an imported note was stored raw (a multi-line value
    whose only change is a line break made plain was taken for unchanged)."""
    values = ["Durand", "Anne", "Lyon", "suite"]
    values[slot] = "Ê\x0b¼\U000edcf1±\x0cfin"
    _round(db, tmp_path, *values, b"")
