"""The contact import attaches new contacts to Company records from their company column
(found by name, or created once per name), and its undo removes the companies it made;
a sales import is not undone by the contact import's undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.errors import DomainError
from desktop_crm.services.analytics.sales_import import import_sales
from desktop_crm.services.contacts.companies import create_company
from desktop_crm.services.importing.service import list_batches
from desktop_crm.storage.models import Company, Contact
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import dump, run_import, undo


def test_import_links_and_creates_companies_and_undo_removes_them(
    db: Database, tmp_path: Path
) -> None:
    existing = db.run(create_company, {"name": "Boulangerie Élise"}).value.id
    db.run(create_company, {"name": "Double"})
    db.run(create_company, {"name": "double"})
    before = dump(db)
    file = tmp_path / "contacts.csv"
    file.write_text(
        "Nom;Prénom;Société\n"
        "Martin;Anne;boulangerie elise\n"
        "Durand;Paul;Nouvelle SARL\n"
        "Petit;Léa;NOUVELLE sarl\n"
        "Roux;Marc;Double\n"
        "Blanc;Zoé;\n",
        encoding="utf-8",
    )
    report = run_import(db, file)
    assert report.created == 5
    with db.uow() as uow:
        rows = dict(uow.session.execute(select(Contact.last_name, Contact.company_id)).all())
        new_id = uow.session.scalar(select(Company.id).where(Company.name == "Nouvelle SARL"))
        assert uow.session.scalar(select(func.count(Company.id))) == 4
    assert rows["Martin"] == existing
    assert new_id is not None and rows["Durand"] == rows["Petit"] == new_id
    assert rows["Roux"] is None  # two companies named "Double": left for the user
    assert rows["Blanc"] is None
    undo(db, report.batch_id)
    assert dump(db) == before


def test_contact_undo_refuses_a_sales_batch(db: Database, tmp_path: Path) -> None:
    db.run(create_company, {"name": "Acme"})
    file = tmp_path / "ventes.csv"
    file.write_text("Société;Date;Montant\nAcme;01/02/2025;100\n", encoding="utf-8")
    batch = db.run(import_sales, file).value.batch_id
    with db.uow() as uow:
        assert batch not in [b.id for b in list_batches(uow)]
    with pytest.raises(DomainError, match="sales undo"):
        undo(db, batch)
