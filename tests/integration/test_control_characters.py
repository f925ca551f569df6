"""Control characters and NUL: cleaned at every entry point, reported per import row, and
never able to stop a writer (issue 20, items 1 and 8)."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select, update

from desktop_crm.cli import main
from desktop_crm.domain.cleaning import has_controls
from desktop_crm.printing.sheets import find_sheet
from desktop_crm.services.activities.records import ActivityInput, schedule_activity
from desktop_crm.services.contacts.companies import create_company, get_company
from desktop_crm.services.contacts.notes import add_note
from desktop_crm.services.contacts.records import create_contact, update_contact
from desktop_crm.services.exporting import export_contacts
from desktop_crm.services.fields.definitions import define_field
from desktop_crm.services.fields.values import set_values, values_of
from desktop_crm.services.mailing.email import email_recipients
from desktop_crm.services.mailing.postal import print_labels
from desktop_crm.services.mailing.recipients import EXCLUSION_MESSAGES, Selection
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.storage.models import Contact, History, Note
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import run_import

HEADER = ["Nom", "Prénom", "Ville", "Code postal", "Adresse", "E-mail", "Notes"]


def _write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _contacts(db: Database) -> list[Contact]:
    with db.uow(write=False) as uow:
        rows = list(uow.session.scalars(select(Contact).order_by(Contact.id)))
        uow.session.expunge_all()
    return rows


def _assert_clean(contacts: list[Contact]) -> None:
    for contact in contacts:
        for name in ("last_name", "first_name", "city", "address1", "email"):
            value = getattr(contact, name)
            assert value is None or not has_controls(value), (name, value)


def test_csv_import_cleans_nul_and_controls_and_reports_each_row(
    db: Database, tmp_path: Path
) -> None:
    # A NUL in the first 4 KB makes the file binary (refused with a sentence); further on,
    # it is a damaged cell: cleaned and reported.
    filler = [[f"Filler{i:03}", "X", "Caen", "14000", "1 rue Y", "", ""] for i in range(150)]
    path = _write_csv(
        tmp_path / "hostile.csv",
        [
            *filler,
            ["Du\x01pont", "Jean", "Nantes", "44000", "3 rue des Lilas", "", "ok"],
            ["Mar\x00tin", "Paul\x1b", "Lyon", "69001", "1 place\x07 X", "", "l1\r\n\tl2\x00"],
            ["Durand", "Luc", "Paris", "75001", "2 rue\nBat B", "", ""],
        ],
    )
    assert path.read_bytes().index(b"\x00") > 4096
    report = run_import(db, path)  # PostgreSQL would refuse a NUL: it is gone before
    assert (report.created, report.skipped) == (153, 0)
    by_line = {row.line: row for row in report.rows}
    assert not by_line[2].flagged and by_line[2].reasons == ""
    first = 2 + len(filler)
    assert by_line[first].flagged
    assert "last_name: 1 control character(s) removed." in by_line[first].reasons
    assert "first_name: 1 control character(s) removed" in by_line[first + 1].reasons
    assert "address1: 1 control character(s) removed" in by_line[first + 1].reasons
    assert "note: 1 control character(s) removed" in by_line[first + 1].reasons
    assert "control" not in by_line[first + 2].reasons  # a line break in a one-line field
    contacts = _contacts(db)[len(filler) :]
    _assert_clean(contacts)
    assert [(c.last_name, c.first_name) for c in contacts] == [
        ("Dupont", "Jean"),
        ("Martin", "Paul"),
        ("Durand", "Luc"),
    ]
    assert contacts[1].address1 == "1 place X" and contacts[2].address1 == "2 rue Bat B"
    with db.uow(write=False) as uow:
        notes = list(uow.session.scalars(select(Note.text).order_by(Note.id)))
    assert "l1\n\tl2" in notes  # the note keeps its lines and its tab


def test_xlsx_and_vcard_imports_are_cleaned(db: Database, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    # Excel writes a control character as _xHHHH_; the reader turns it back into one.
    sheet.append(["Ber_x0001_nard", "Anne_x0000_", "Lille", "59000", "", "", ""])
    book.save(tmp_path / "hostile.xlsx")
    vcard = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Pe\x02tit;Zo\x1bé;;;\r\nFN:Zoé Petit\r\n"
        "EMAIL:zoe\x01@orange.fr\r\nEND:VCARD\r\n"
    )
    (tmp_path / "hostile.vcf").write_text(vcard, encoding="utf-8")
    xlsx = run_import(db, tmp_path / "hostile.xlsx")
    vcf = run_import(db, tmp_path / "hostile.vcf")
    assert xlsx.created == 1 and "control character" in xlsx.rows[0].reasons
    assert vcf.created == 1 and "control character" in vcf.rows[0].reasons
    contacts = _contacts(db)
    _assert_clean(contacts)
    assert {(c.last_name, c.first_name) for c in contacts} == {
        ("Bernard", "Anne"),
        ("Petit", "Zoé"),
    }
    assert contacts[1].email == "zoe@orange.fr" and not contacts[1].email_invalid


def test_card_company_notes_and_user_fields_are_cleaned(db: Database) -> None:
    with db.uow() as uow:
        define_field(uow, "contact", "potentiel", "text", label="Pot\x00entiel")
        view = create_contact(uow, {"last_name": "Ro\x00ux\r\n", "first_name": "\x01Ana"})
        view = update_contact(uow, view.id, view.version, {"city": "Bre\x1bst\x7f"})
        company = create_company(uow, {"name": "ACME\x00", "details": "l1\r\n\tl2\x00\x08"})
        add_note(uow, "note\x00\r\nligne 2\t!", contact_id=view.id)
        set_values(uow, "contact", view.id, {"potentiel": "gros\x00 client\x07"})
        uow.commit()
    with db.uow(write=False) as uow:
        contact = uow.session.get(Contact, view.id)
        assert contact is not None
        assert (contact.last_name, contact.first_name, contact.city) == ("Roux", "Ana", "Brest")
        assert contact.last_name_key == "roux"
        saved = get_company(uow, company.id)
        assert (saved.name, saved.details) == ("ACME", "l1\n\tl2")
        assert uow.session.scalars(select(Note.text)).one() == "note\nligne 2\t!"
        assert values_of(uow, "contact", view.id) == {"potentiel": "gros client"}
        assert not any(has_controls(t or "") for t in uow.session.scalars(select(History.details)))


def _store_raw(db: Database, contact_id: int, **values: str) -> None:
    """Put text straight into the table, as a database from before the cleaning rule."""
    with db.engine.begin() as conn:
        conn.execute(update(Contact).where(Contact.id == contact_id).values(**values))


def test_every_writer_copes_with_controls_already_stored(db: Database, tmp_path: Path) -> None:
    with db.uow() as uow:
        ids = [
            create_contact(
                uow,
                {
                    "last_name": name,
                    "first_name": "Jean",
                    "address1": "3 rue des Lilas",
                    "postcode": "44000",
                    "city": "Nantes",
                },
            ).id
            for name in ("Dupont", "Martin")
        ]
        uow.commit()
    # NUL cannot be stored on PostgreSQL at all; the other controls can, on both.
    _store_raw(db, ids[0], last_name="Du\x01po\x1bnt", company_name="=cmd\x07|", city="Nan\x0ctes")
    _store_raw(db, ids[1], address1="1 rue\x0b\x02 X", first_name="Pa\x7ful\x9f")
    with db.uow(write=False) as uow:
        for fmt in ("xlsx", "csv", "vcf"):
            result = export_contacts(uow, tmp_path / f"out.{fmt}", fmt=fmt)
            assert result.count == 2
    book = load_workbook(tmp_path / "out.xlsx", read_only=True)
    cells = [str(c) for row in book.active.iter_rows(values_only=True) for c in row if c]
    book.close()
    assert "Dupont" in cells and "'=cmd|" in cells and not any(has_controls(c) for c in cells)
    for name in ("out.csv", "out.vcf"):
        text = (tmp_path / name).read_text(encoding="utf-8-sig")
        assert "Dupont" in text and "\x01" not in text and "\x1b" not in text
    with zipfile.ZipFile(tmp_path / "out.xlsx") as archive:
        assert archive.testzip() is None
    with db.uow() as uow:
        run = print_labels(uow, Selection(), find_sheet("L7163"), tmp_path / "labels.pdf")
        uow.commit()
    assert run.recipients == 2
    with pdfplumber.open(tmp_path / "labels.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "DUPONT" in text.upper() and "\x01" not in text


def test_left_out_names_are_one_line_and_bad_emails_not_called_bounced(db: Database) -> None:
    with db.uow() as uow:
        first = create_contact(uow, {"last_name": "Dupont", "first_name": "Jean"}).id
        second = create_contact(uow, {"last_name": "Martin", "email": "jean@orange.fr"}).id
        uow.commit()
    _store_raw(db, first, last_name="Du\r\npont\r", first_name="Jean\n")
    # An import keeps an unusable address as typed and marks it invalid: never sent.
    _store_raw(db, second, email="jean@@orange", email_invalid=True)  # type: ignore[arg-type]
    with db.uow(write=False) as uow:
        chosen = email_recipients(uow, Selection(contact_ids=(first, second)))
    by_id = {e.contact_id: e for e in chosen.excluded}
    assert by_id[first].name == "Jean Du pont"
    assert by_id[second].reason == "email_malformed"
    assert "bounce" not in by_id[second].message.lower()
    assert by_id[second].message == EXCLUSION_MESSAGES["email_malformed"]


def test_command_line_imports_exports_and_prints_without_unexpected_error(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filler = [[f"Filler{i:03}", "X", "Caen", "14000", "1 rue Y", "", ""] for i in range(150)]
    path = _write_csv(
        tmp_path / "hostile.csv",
        [*filler, ["Du\x01pont\x00", "Jean", "Nantes", "44000", "3 rue des Lilas", "", ""]],
    )
    report = tmp_path / "rapport.xlsx"
    assert main(["import", str(path), "--db", db.url, "--report", str(report)]) == 0
    out = capsys.readouterr()
    assert "151 created" in out.out
    book = load_workbook(report, read_only=True)
    reasons = [str(c) for row in book.active.iter_rows(values_only=True) for c in row if c]
    book.close()
    assert "last_name: 2 control character(s) removed." in reasons
    with db.uow() as uow:
        nobody = create_contact(uow, {"last_name": "Sans", "first_name": "Adresse"}).id
        uow.commit()
    _store_raw(db, nobody, last_name="Sans\r\nAdresse\x1b", company_name="\x07")
    _store_raw(db, 1, city="Ca\x01en")
    target = tmp_path / "all.xlsx"
    assert main(["export", "--db", db.url, "--format", "xlsx", "-o", str(target)]) == 0
    labels = tmp_path / "labels.pdf"
    code = main(
        ["labels", "--db", db.url, "--sheet", "L7163", "--test", "--verbose", "-o", str(labels)]
    )
    out = capsys.readouterr()
    assert code == 0 and labels.exists()
    for text in (out.out, out.err):
        assert "internal fault" not in text and "Traceback" not in text
    left_out = [line for line in out.out.splitlines() if f"(#{nobody})" in line]
    assert left_out == [f"  Adresse Sans Adresse (#{nobody}): No postal address"]


def test_activity_details_and_templates_are_cleaned(db: Database) -> None:
    with db.uow() as uow:
        contact = create_contact(uow, {"last_name": "Roux"}).id
        activity = schedule_activity(
            uow,
            ActivityInput(
                "call",
                dt.datetime(2026, 12, 1, 10, 0),
                (contact,),
                regarding="Ap\x00pel",
                details="l1\r\n\tl2\x00",
            ),
        )
        template = save_template(
            uow,
            TemplateView(None, "email", "Re\x01lance", "Sujet\x00", "<p>a\x00</p>", "a\r\nb\x1b"),
        )
        uow.commit()
    assert (activity.regarding, activity.details) == ("Appel", "l1\n\tl2")
    assert (template.name, template.subject) == ("Relance", "Sujet")
    assert (template.body_html, template.body_text) == ("<p>a</p>", "a\nb")
