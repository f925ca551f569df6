"""Postal mailings on both backends: exclusions, household merge, PDFs and history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import NotFoundError, ValidationError
from desktop_crm.printing.envelopes import find_envelope
from desktop_crm.printing.fields import Sender
from desktop_crm.printing.labels import LabelOptions
from desktop_crm.printing.sheets import find_sheet
from desktop_crm.services.mailing.postal import (
    MergeOptions,
    postal_recipients,
    print_envelopes,
    print_labels,
    print_letters,
)
from desktop_crm.services.mailing.recipients import Selection, select_contacts
from desktop_crm.services.mailing.settings import (
    TemplateView,
    custom_sheets,
    get_template,
    list_templates,
    save_custom_sheet,
    save_sender,
    save_template,
)
from desktop_crm.services.mailing.starter_letters import STARTER_LETTERS
from desktop_crm.storage.models import Contact, History
from desktop_crm.storage.uow import Database
from tests.integration.mailing_fixtures import seed


def _history(db: Database, kind: HistoryType) -> dict[int, str | None]:
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(History.contact_id, History.regarding).where(History.type == kind.value)
        ).all()
    return {cid: regarding for cid, regarding in rows}


def test_excluded_contacts_are_listed_with_their_reason(db: Database) -> None:
    ids = seed(db, {"lefevre": {"post": "opt_out"}})
    with db.uow(write=False) as uow:
        result = postal_recipients(uow, Selection())
    reasons = {e.contact_id: e.reason for e in result.excluded}
    assert reasons == {
        ids["lefevre"]: "opted_out",
        ids["npai"]: "npai",
        ids["nomail"]: "do_not_mail",
        ids["noaddress"]: "no_address",
    }
    printed = {cid for r in result.recipients for cid in r.contact_ids}
    assert printed == {ids["dupont_jean"], ids["dupont_marie"], ids["martin"], ids["bernard"]}


def test_lookup_is_accent_and_case_free_prefix(db: Database) -> None:
    ids = seed(db)
    with db.uow(write=False) as uow:
        assert {c.id for c in select_contacts(uow, Selection(lookup="LEFEV"))} == {ids["lefevre"]}
        assert {c.id for c in select_contacts(uow, Selection(lookup="etablissements"))} == {
            ids["martin"],
            ids["bernard"],
        }
        assert {c.id for c in select_contacts(uow, Selection(lookup="jean dup"))} == {
            ids["dupont_jean"]
        }
        assert {c.id for c in select_contacts(uow, Selection(lookup="0240"))} == {
            ids["dupont_jean"]
        }
        assert select_contacts(uow, Selection(lookup="%")) == []


def test_household_and_company_merge(db: Database) -> None:
    ids = seed(db)
    with db.uow(write=False) as uow:
        merged = postal_recipients(
            uow, Selection(), MergeOptions(by_company=True, by_household=True)
        )
    by_members = {r.contact_ids: r for r in merged.recipients}
    household = by_members[(ids["dupont_jean"], ids["dupont_marie"])]
    assert household.block.lines[0] == "M. et Mme Dupont"
    company = next(r for r in merged.recipients if ids["martin"] in r.contact_ids)
    assert set(company.contact_ids) == {ids["martin"], ids["bernard"]}
    assert company.block.lines == (
        "Établissements Martin",
        "ZI des Vignes",
        "BP 12",
        "33000 BORDEAUX CEDEX 9",  # CEDEX number as given (issue 17)
    )


def test_labels_write_pdf_history_and_last_letter(db: Database, tmp_path: Path) -> None:
    ids = seed(db)
    target = tmp_path / "labels.pdf"
    with db.uow() as uow:
        run = print_labels(
            uow,
            Selection(lookup="dupont"),
            find_sheet("L7163"),
            target,
            options=LabelOptions(start=5),
        )
        uow.commit()
    assert (run.pages, run.recipients, run.history_entries) == (1, 2, 2)
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text()
    assert "3 RUE DES LILAS" in text and "44000 NANTES" in text
    assert _history(db, HistoryType.LABEL_PRINTED) == {
        ids["dupont_jean"]: "Étiquettes L7163",
        ids["dupont_marie"]: "Étiquettes L7163",
    }
    with db.uow(write=False) as uow:
        contact = uow.session.get(Contact, ids["dupont_jean"])
        assert contact is not None and contact.last_letter is not None
        assert contact.version == 2


def test_test_print_writes_no_history(db: Database, tmp_path: Path) -> None:
    seed(db)
    with db.uow() as uow:
        run = print_envelopes(
            uow, Selection(), find_envelope("DL"), tmp_path / "e.pdf", record=False
        )
        uow.commit()
    assert run.pages == 5 and run.history_entries == 0
    assert _history(db, HistoryType.ENVELOPE_PRINTED) == {}


def test_envelopes_carry_sender_and_history(db: Database, tmp_path: Path) -> None:
    ids = seed(db)
    with db.uow() as uow:
        save_sender(
            uow, Sender(company="ACME SAS", address_lines=("3 rue de la Paix", "75002 PARIS"))
        )
        run = print_envelopes(
            uow, Selection(lookup="martin"), find_envelope("DL"), tmp_path / "env.pdf"
        )
        uow.commit()
    assert run.pages == 1
    with pdfplumber.open(tmp_path / "env.pdf") as pdf:
        text = pdf.pages[0].extract_text()
        assert pdf.pages[0].width > pdf.pages[0].height  # landscape
    assert "ACME SAS" in text and "BORDEAUX CEDEX 9" in text
    assert set(_history(db, HistoryType.ENVELOPE_PRINTED)) == {ids["martin"]}


def test_letters_from_a_stored_template(db: Database, tmp_path: Path) -> None:
    ids = seed(db)
    with db.uow() as uow:
        save_template(
            uow,
            TemplateView(
                None,
                "letter",
                "Relance",
                body_html="<p>Merci {{prenom}} pour votre visite.</p>",
                settings={"place": "Nantes", "ps": "Offre valable jusqu'au {{today}}."},
            ),
        )
        run = print_letters(
            uow,
            Selection(contact_ids=(ids["lefevre"], ids["martin"])),
            "Relance",
            tmp_path / "letters.pdf",
            today=dt.date(2026, 3, 1),
        )
        uow.commit()
    assert (run.pages, run.recipients) == (2, 2)
    with pdfplumber.open(tmp_path / "letters.pdf") as pdf:
        first = pdf.pages[0].extract_text()
        second = pdf.pages[1].extract_text()
    assert "Madame Lefèvre," in first and "Merci Hélène pour votre visite." in first
    assert "1er mars 2026" in first and "Monsieur Martin," in second
    assert _history(db, HistoryType.LETTER_SENT) == {
        ids["lefevre"]: "Relance",
        ids["martin"]: "Relance",
    }


def test_unknown_template_and_invalid_custom_sheet(db: Database) -> None:
    with db.uow() as uow:
        with pytest.raises(NotFoundError):
            get_template(uow, "letter", "Nope")
        sheet = find_sheet("L7163")
        from dataclasses import replace

        with pytest.raises(ValidationError):
            save_custom_sheet(uow, replace(sheet, code="Trop", rows=9))
        saved = save_custom_sheet(uow, replace(sheet, code="Maison 2x7", aliases=()))
        uow.commit()
    with db.uow(write=False) as uow:
        assert custom_sheets(uow) == (saved,)
        # Only the starter letters every new database has.
        assert {t.name for t in list_templates(uow, "letter")} == {
            letter.name for letter in STARTER_LETTERS
        }


def test_sender_labels_fill_the_rest_of_the_sheet(db: Database, tmp_path: Path) -> None:
    from desktop_crm.services.mailing.postal import print_sender_labels

    with db.uow() as uow:
        with pytest.raises(ValidationError):
            print_sender_labels(uow, find_sheet("L7160"), tmp_path / "s.pdf")
        save_sender(
            uow, Sender(company="ACME SAS", address_lines=("3 rue de la Paix", "75002 PARIS"))
        )
        run = print_sender_labels(
            uow, find_sheet("L7160"), tmp_path / "s.pdf", options=LabelOptions(start=5)
        )
    assert (run.pages, run.recipients, run.history_entries) == (1, 17, 0)
    with pdfplumber.open(tmp_path / "s.pdf") as pdf:
        assert pdf.pages[0].extract_text().count("ACME SAS") == 17
