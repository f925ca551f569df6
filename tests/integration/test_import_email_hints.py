"""--skip-problems keeps contacts whose e-mail is valid under a real country domain."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_crm.domain.progress import TaskControl
from desktop_crm.services.importing.pipeline import ImportRequest
from desktop_crm.services.importing.pipeline import run_import as pipeline_import
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database


def test_valid_country_domains_are_not_skipped(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(
        "Nom;Prénom;E-mail\n"
        "Tremblay;Luc;luc.tremblay@videotron.ca\n"
        "Payet;Marie;marie.payet@orange.re\n"
        "Peeters;Jan;jan.peeters@outlook.be\n"
        "Durand;Paul;paul.durand@gmial.com\n",
        encoding="utf-8",
    )
    request = ImportRequest(str(path), skip_problems=True)
    outcome = db.run(pipeline_import, TaskControl(), request).value
    assert outcome.problems == {"email_typo": 1}  # only the real slip
    with db.uow(write=False) as uow:
        names = set(uow.session.scalars(select(Contact.last_name)))
    assert names == {"Tremblay", "Payet", "Peeters"}
    assert outcome.report.skipped == 1


def test_mobiles_in_a_generic_phone_column_go_to_mobile(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text(
        "Nom;Téléphone\nMobile;06 12 34 56 78\nFixe;04 37 23 69 60\nPlus;+33 7 56 12 34 56\n",
        encoding="utf-8",
    )
    outcome = db.run(pipeline_import, TaskControl(), ImportRequest(str(path))).value
    assert outcome.report.created == 3
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(Contact.last_name, Contact.phone_business, Contact.phone_mobile)
        ).all()
    assert sorted(map(tuple, rows)) == [
        ("Fixe", "+33437236960", None),
        ("Mobile", None, "+33612345678"),
        ("Plus", None, "+33756123456"),
    ]


def test_a_named_business_column_keeps_its_mobiles(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text("Nom;Téléphone bureau;Mobile\nPro;06 12 34 56 78;\n", encoding="utf-8")
    db.run(pipeline_import, TaskControl(), ImportRequest(str(path)))
    with db.uow(write=False) as uow:
        row = uow.session.execute(select(Contact.phone_business, Contact.phone_mobile)).one()
    assert tuple(row) == ("+33612345678", None)
