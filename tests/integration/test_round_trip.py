"""Export -> re-import, field by field, for CSV, XLSX and vCard: the round-trip table.

A contact with every field the application holds (awkward values: accents, ``;``, ``,``,
backslashes, a CEDEX, a name longer than a vCard line) and a note is exported, imported
into a fresh database, and each field compared. vCard must give back every field; the
table (printed with ``pytest -s``) records kept / changed / lost for the three formats.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop_crm.domain.contacts import EDITABLE_FIELDS
from desktop_crm.services.contacts.notes import add_note
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.exporting import export_contacts
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.models import Contact, Note
from desktop_crm.storage.uow import Database, UnitOfWork
from tests.integration.import_helpers import run_import

NOTE = "Première note ; avec, une virgule\net un chemin C:\\Partage\\Devis"
FULL: dict[str, Any] = {
    "civility": "Mme",
    "first_name": "Hélène-Marie",
    "last_name": "Dupré; Fils",
    "salutation": "Chère Hélène,",
    "job_title": "Directrice R&D, export",
    "department": "Achats\\Logistique",
    "company_name": "Société Générale d'Études Économiques & Financières de la Région",
    "phone_ext": "204",
    "website": "http://www.dupre-fils.fr/a,b;c",
    "address1": "12 rue de la Forêt",
    "address2": "Bâtiment C, escalier 2",
    "address3": "BP 123",
    "postcode": "69002",
    "city": "Lyon",
    "cedex": "CEDEX 02",
    "country": "France",
    "home_address1": "8 chemin des Vignes",
    "home_address2": "Lieu-dit Les Granges",
    "home_postcode": "69160",
    "home_city": "Tassin-la-Demi-Lune",
    "home_country": "France",
    "status": "Client",
    "industry": "Imprimerie",
    "company_size": "10-49",
    "referred_by": "Salon de Lyon",
    "potential": "Élevé",
    "id_status": "A1",
    "last_results": "Devis envoyé; relance en mars",
    "equipment": "Presse offset, massicot",
    "phone_business": "04 78 12 34 56",
    "phone_mobile": "06 12 34 56 78",
    "phone_home": "04 78 98 76 54",
    "phone_fax": "04 78 12 34 57",
    "email": "helene@dupre-fils.fr",
    "email2": "h.dupre@orange.fr",
    "do_not_mail": True,
    "do_not_call": True,
    "do_not_email": True,
    "npai": True,
    "email_invalid": True,
    "to_review": True,
    "contract_end": dt.date(2027, 6, 30),
    "birthday": dt.date(1975, 4, 15),
}
# References to other records: not contact data a file can carry.
NOT_EXPORTED = {"company_id", "record_manager_id"}
FIELDS = [f for f in EDITABLE_FIELDS if f not in NOT_EXPORTED]


def _seed(uow: UnitOfWork) -> int:
    contact = create_contact(uow, FULL)
    add_note(uow, NOTE, contact_id=contact.id)
    return contact.id


def _read_back(uow: UnitOfWork) -> tuple[dict[str, Any], list[str]]:
    contact = uow.session.scalars(select(Contact)).one()
    notes = list(uow.session.scalars(select(Note.text).where(Note.contact_id == contact.id)))
    return {f: getattr(contact, f) for f in FIELDS}, notes


def _fresh(template: Path, folder: Path, name: str) -> Database:
    target = folder / f"{name}.sqlite"
    shutil.copyfile(template, target)
    database = Database(resolve_database(str(target)))
    _ = database.user_id
    return database


def _verdict(before: Any, after: Any) -> str:
    if before == after:
        return "kept"
    if after in (None, "", False) or after == []:
        return "lost"
    return "changed"


def round_trip(sqlite_db: Database, template: Path, folder: Path) -> dict[str, dict[str, str]]:
    """field -> format -> kept / changed (value) / lost."""
    contact_id = sqlite_db.run(_seed).value
    stored, _notes = sqlite_db.read(_read_back)
    table: dict[str, dict[str, str]] = {f: {} for f in [*FIELDS, "note"]}
    for fmt in ("csv", "xlsx", "vcf"):
        path = folder / f"out.{fmt}"
        sqlite_db.read(export_contacts, path, columns=FIELDS, contact_ids=[contact_id])
        fresh = _fresh(template, folder, fmt)
        try:
            report = run_import(fresh, path)
            assert report.created == 1, report.rows
            values, notes = fresh.read(_read_back)
        finally:
            fresh.dispose()
        for name in FIELDS:
            verdict = _verdict(stored[name], values[name])
            if verdict == "changed":
                verdict = f"changed ({stored[name]!r} -> {values[name]!r})"
            table[name][fmt] = verdict
        table["note"][fmt] = _verdict([NOTE], notes)
    return table


def markdown(table: dict[str, dict[str, str]]) -> str:
    lines = ["| field | CSV | XLSX | vCard |", "|---|---|---|---|"]
    for name, row in table.items():
        lines.append(f"| {name} | {row['csv']} | {row['xlsx']} | {row['vcf']} |")
    return "\n".join(lines)


def test_round_trip_table(
    sqlite_db: Database, sqlite_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = round_trip(sqlite_db, sqlite_template, tmp_path)
    with capsys.disabled():
        print("\n" + markdown(table))
    # vCard gives back every field the application holds, and the note.
    assert {name: row["vcf"] for name, row in table.items() if row["vcf"] != "kept"} == {}
    # CSV and XLSX carry every field too; the notes have no column in a table export.
    for fmt in ("csv", "xlsx"):
        assert {name: row[fmt] for name, row in table.items() if row[fmt] != "kept"} == {
            "note": "lost"
        }


def test_vcard_twice_through_is_the_same_file(
    sqlite_db: Database, sqlite_template: Path, tmp_path: Path
) -> None:
    """Export, import, export again: the same cards (backslashes never doubled)."""
    contact_id = sqlite_db.run(_seed).value
    first = tmp_path / "first.vcf"
    sqlite_db.read(export_contacts, first, contact_ids=[contact_id])
    fresh = _fresh(sqlite_template, tmp_path, "again")
    try:
        run_import(fresh, first)
        second = tmp_path / "second.vcf"
        fresh.read(export_contacts, second)
    finally:
        fresh.dispose()

    def body(path: Path) -> list[str]:
        return [
            line
            for line in path.read_text(encoding="utf-8").split("\r\n")
            if not line.startswith("UID:")
        ]

    assert body(first) == body(second)
    text = first.read_text(encoding="utf-8")
    assert "C:\\\\Partage" in text and "C:\\\\\\\\Partage" not in text  # escaped once
    assert "URL:http://www.dupre-fils.fr/a,b;c" in text
    assert "LYON" not in text and "Lyon CEDEX 02;;69002;France" in text
