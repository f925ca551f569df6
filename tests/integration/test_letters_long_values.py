"""``desktop-crm letters`` with the longest values a card takes: the letter stays on the page
and the report names what was printed shortened."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from desktop_crm.cli import main
from desktop_crm.domain.fields import column_length
from desktop_crm.printing.layout import ELLIPSIS, mm_to_pt
from desktop_crm.printing.letters import LetterSettings
from desktop_crm.services.contacts.records import create_contact
from desktop_crm.services.mailing.settings import TemplateView, save_template
from desktop_crm.storage.uow import Database

COMPANY = ("Société Coopérative " + "Très Longue Raison Sociale " * 7)[
    : column_length("company_name", "contact") - 1
] + "X"
STREET = ("12 rue " + "des Lilas Fleuris " * 8)[: column_length("address1", "contact") - 1] + "Y"


def test_longest_values_stay_on_the_letter_page_and_are_reported(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (len(COMPANY), len(STREET)) == (160, 120)
    with sqlite_db.uow() as uow:
        create_contact(
            uow,
            {
                "last_name": "Dupont",
                "first_name": "Jean",
                "company_name": COMPANY,
                "address1": STREET,
                "postcode": "44000",
                "city": "Nantes",
            },
        )
        save_template(uow, TemplateView(None, "letter", "Long", body_text="Bonjour {{company}}."))
        uow.commit()
    target = tmp_path / "l.pdf"
    argv = ["letters", "--db", sqlite_url, "--template", "Long", "-o", str(target)]
    assert main([*argv, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert COMPANY.upper() in {text.upper() for text in report["shortened"]}
    assert any(STREET.upper() in text.upper() for text in report["shortened"])
    settings = LetterSettings()
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        right = float(page.width) - mm_to_pt(settings.margin_right)
        window_right = mm_to_pt(settings.window.right)
        assert max(float(c["x1"]) for c in page.chars) <= max(right, window_right) + 0.05
        assert min(float(c["x0"]) for c in page.chars) >= mm_to_pt(settings.margin_left) - 0.05
        assert ELLIPSIS in page.extract_text()
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "shortened with '…' (2)" in out and "internal fault" not in out
