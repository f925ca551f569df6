"""Exporting a selection larger than a driver's parameter limit still works, in name order."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from desktop_crm.services import exporting
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database


def test_large_selection_is_exported_in_slices(db: Database, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(exporting, "_IDS_PER_QUERY", 7)  # force several slices on 30 ids
    with db.uow() as uow:
        bulk_insert_contacts(uow, [{"last_name": f"Nom{29 - i:02d}"} for i in range(30)])
        uow.commit()
    with db.uow(write=False) as uow:
        ids = list(uow.session.scalars(select(Contact.id)))[:25]
        out = tmp_path / "selection.csv"
        result = exporting.export_contacts(
            uow, out, fmt="csv", columns=["last_name"], contact_ids=ids
        )
    assert result.count == 25
    with out.open(encoding="utf-8-sig", newline="") as handle:
        names = [row[0] for row in csv.reader(handle, delimiter=";")][1:]
    assert names == sorted(names) and len(names) == 25 and names[0] == "Nom05"
