"""User fields reach the rest of the app: letters' merge fields, imports, exports, series."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber

from desktop_crm.services.fields import define_field, set_values
from desktop_crm.services.mailing.postal import print_letters
from desktop_crm.services.mailing.recipients import Selection
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.storage.uow import Database
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
