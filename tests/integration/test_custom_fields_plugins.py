"""User fields reach the rest of the app: letters' merge fields, imports, exports, series."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.errors import ValidationError
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.series import StepTemplate
from desktop_crm.services.activities.series import (
    TRIGGER_DATE_FIELD,
    SeriesInput,
    create_series,
    run_triggers,
)
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.exporting import export_contacts
from desktop_crm.services.fields import define_field, set_values, values_for, values_of
from desktop_crm.services.importing.model import ImportOptions, RowAction, UpdateMode
from desktop_crm.services.importing.pipeline import undo_batch
from desktop_crm.services.mailing.postal import print_letters
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.storage.models import SeriesRun
from desktop_crm.storage.uow import Database
from tests.integration.import_helpers import import_file
from tests.integration.mailing_fixtures import seed


def test_a_letter_merge_field_renders_a_user_field(db: Database, tmp_path: Path) -> None:
    ids = seed(db)
    db.run(define_field, "contact", "potentiel", "number", "Potentiel")
    db.run(define_field, "contact", "fin_contrat", "date", "Fin de contrat")
    db.run(
        set_values, "contact", ids["lefevre"], {"potentiel": "12,5", "fin_contrat": "2027-06-30"}
    )
    with db.uow() as uow:
        save_template(
            uow,
            TemplateView(
                None,
                "letter",
                "Contrat",
                body_html="<p>Potentiel {{potentiel}}, fin le {{ fin_contrat }}.</p>",
            ),
        )
        run = print_letters(
            uow,
            Selection(contact_ids=(ids["lefevre"], ids["martin"])),
            "Contrat",
            tmp_path / "letters.pdf",
            today=dt.date(2026, 3, 1),
        )
        uow.commit()
    assert run.pages == 2
    with pdfplumber.open(tmp_path / "letters.pdf") as pdf:
        first = pdf.pages[0].extract_text()
        second = pdf.pages[1].extract_text()
    assert "Potentiel 12,5, fin le 30/06/2027." in first
    assert "Potentiel , fin le ." in second  # unset: empty, not an unknown field


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_import_maps_user_fields_reports_bad_values_and_undoes(
    db: Database, tmp_path: Path
) -> None:
    db.run(define_field, "contact", "potentiel", "number", "Potentiel")
    db.run(define_field, "contact", "fin_contrat", "date", "Fin de contrat maintenance")
    db.run(define_field, "contact", "salon", "choice", "Salon", "Lyon 2026\nParis")
    source = _csv(
        tmp_path / "prospects.csv",
        "Nom;Prénom;E-mail;Potentiel;Fin de contrat maintenance;salon\n"
        "Durand;Anne;anne@example.fr;12,5;30/06/2027;lyon 2026\n"
        "Petit;Luc;luc@example.fr;beaucoup;2027-01-15;Nice\n",
    )
    outcome = import_file(db, source).value
    report = outcome.report
    assert report.created == 2
    by_line = {row.line: row for row in report.rows}
    assert by_line[3].flagged
    assert "beaucoup" in by_line[3].reasons and "Nice" in by_line[3].reasons
    anne, luc = by_line[2].contact_id, by_line[3].contact_id
    assert anne and luc
    found = db.read(values_for, "contact", [anne, luc])
    assert found[anne] == {
        "potentiel": Decimal("12.5"),
        "fin_contrat": dt.date(2027, 6, 30),
        "salon": "Lyon 2026",
    }
    assert found[luc] == {"fin_contrat": dt.date(2027, 1, 15)}  # the bad values are not written
    # A second import updates Anne (matched by e-mail) and overwrites her potential.
    update = _csv(
        tmp_path / "update.csv", "Nom;Prénom;E-mail;Potentiel\nDurand;Anne;anne@example.fr;40\n"
    )
    options = ImportOptions(on_duplicate=RowAction.UPDATE, update_mode=UpdateMode.OVERWRITE)
    second = import_file(db, update, options).value.report
    assert second.updated == 1
    assert db.read(values_of, "contact", anne)["potentiel"] == Decimal(40)
    # Undo the update: her previous potential comes back; undo the first: contacts gone.
    db.run(undo_batch, TaskControl(), second.batch_id or 0)
    assert db.read(values_of, "contact", anne)["potentiel"] == Decimal("12.5")
    db.run(undo_batch, TaskControl(), report.batch_id or 0)
    assert db.read(values_for, "contact", [anne, luc]) == {}


def test_export_has_user_field_columns(db: Database, tmp_path: Path) -> None:
    db.run(define_field, "contact", "potentiel", "number", "Potentiel")
    db.run(define_field, "contact", "vip", "yesno", "VIP")
    anne = db.run(create_contact, {"last_name": "Durand", "first_name": "Anne"}).value.id
    db.run(create_contact, {"last_name": "Petit"})
    db.run(set_values, "contact", anne, {"potentiel": "12,5", "vip": "oui"})
    with db.uow(write=False) as uow:
        result = export_contacts(uow, tmp_path / "out.csv")
    assert result.count == 2
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    header = lines[0].split(";")
    assert header[-2:] == ["Potentiel", "VIP"]
    durand = next(line for line in lines if "Durand" in line).split(";")
    assert durand[-2:] == ["12,5", "Oui"]
    with db.uow(write=False) as uow:
        export_contacts(uow, tmp_path / "some.xlsx", columns=["last_name", "potentiel"])
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "some.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Nom", "Potentiel"]
    assert ["Durand", 12.5] in rows


def test_a_series_trigger_on_a_user_date_field_fires_once(db: Database) -> None:
    db.run(define_field, "contact", "fin_contrat_maintenance", "date", "Fin de contrat")
    db.run(define_field, "contact", "potentiel", "number")
    soon = db.run(create_contact, {"last_name": "Durand"}).value.id
    later = db.run(create_contact, {"last_name": "Petit"}).value.id
    db.run(set_values, "contact", soon, {"fin_contrat_maintenance": "10/01/2027"})
    db.run(set_values, "contact", later, {"fin_contrat_maintenance": "01/06/2027"})
    step = StepTemplate(day_offset=0, type="call", regarding="Renouveler la maintenance")
    with pytest.raises(ValidationError):  # a number field cannot trigger
        db.run(
            create_series,
            SeriesInput("Bad", (step,), None, False, TRIGGER_DATE_FIELD, "potentiel", 30),
        )
    db.run(
        create_series,
        SeriesInput(
            "Maintenance", (step,), None, False, TRIGGER_DATE_FIELD, "fin_contrat_maintenance", 45
        ),
    )
    clock = FixedClock(dt.datetime(2026, 12, 2, 8))
    assert db.run(run_triggers, clock=clock).value.runs_by_series == {"Maintenance": 1}
    clock.advance(dt.timedelta(days=1))
    assert db.run(run_triggers, clock=clock).value.total == 0
    with db.uow(write=False) as uow:
        keys = uow.session.scalars(
            select(SeriesRun.trigger_key).where(SeriesRun.contact_id == soon)
        ).all()
    assert keys == ["fin_contrat_maintenance:2027-01-10"]


def test_e_mail_preview_subject_carries_user_fields(db: Database) -> None:
    from desktop_crm.printing.fields import merge_values
    from desktop_crm.printing.merge import merge
    from desktop_crm.services.mailing.dialog_data import preview_subject

    db.run(define_field, "contact", "potentiel", "number", "Potentiel")
    anne = db.run(create_contact, {"last_name": "Durand", "first_name": "Anne"}).value.id
    db.run(set_values, "contact", anne, {"potentiel": "3"})
    subject = db.read(preview_subject, "Durand")
    assert subject.contact is not None and subject.custom == {"potentiel": "3"}
    values = merge_values(
        subject.contact, subject.sender, dt.date(2026, 3, 1), custom=subject.custom
    )
    assert merge("P={{potentiel}} {{prenom}}", values).text == "P=3 Anne"


def test_renaming_a_date_field_keeps_its_series_trigger(db: Database) -> None:
    from desktop_crm.services.activities.series import find_series
    from desktop_crm.services.fields import update_field

    spec = db.run(define_field, "contact", "fin_contrat", "date").value
    step = StepTemplate(day_offset=0, type="call", regarding="Appeler")
    db.run(
        create_series,
        SeriesInput("Relance", (step,), None, False, TRIGGER_DATE_FIELD, "fin_contrat", 10),
    )
    db.run(update_field, spec.id, name="fin_maintenance")
    assert db.read(find_series, "Relance").trigger_field == "fin_maintenance"
