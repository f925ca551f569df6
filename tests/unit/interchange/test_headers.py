"""Automatic column mapping from French, English, Outlook and Google headers."""

from __future__ import annotations

import pytest

from desktop_crm.interchange.headers import auto_map, guess_field
from tests.unit.interchange import corpus


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nom", "last_name"),
        ("Prénom", "first_name"),
        ("Société", "company_name"),
        ("Entreprise", "company_name"),
        ("E-mail", "email"),
        ("Adresse de messagerie", "email"),
        ("Téléphone", "phone_business"),
        ("Code postal", "postcode"),
        ("Ville", "city"),
        ("Commentaires", "note"),
        ("Commentaires et intérêts", "history"),
        ("Tél. mobile", "phone_mobile"),
        ("CP", "postcode"),
        ("E-MAIL (bureau)", "email"),
        ("Recommandé par", "referred_by"),
        ("Unrelated header", None),
    ],
)
def test_guess_field(header: str, field: str | None) -> None:
    assert guess_field(header) == field


def _mapped(header: list[str]) -> dict[str, str]:
    return {header[i]: targets[0] for i, targets in auto_map(header).items()}


def test_outlook_french_export() -> None:
    mapped = _mapped(corpus.OUTLOOK_FR_HEADER)
    assert mapped["Titre"] == "civility"
    assert mapped["Rue (bureau)"] == "address1"
    assert mapped["Rue (bureau) 2"] == "address2"
    assert mapped["Code postal (bureau)"] == "postcode"
    assert mapped["Téléphone professionnel"] == "phone_business"
    assert mapped["Adresse de messagerie"] == "email"
    assert mapped["Remarques"] == "note"
    assert "Deuxième prénom" not in mapped


def test_outlook_english_and_google_exports() -> None:
    outlook = _mapped(corpus.OUTLOOK_EN_HEADER)
    assert outlook["Business Postal Code"] == "postcode"
    assert outlook["Mobile Phone"] == "phone_mobile"
    assert outlook["E-mail Address"] == "email"
    google = _mapped(corpus.GOOGLE_HEADER)
    assert google["Organization Name"] == "company_name"
    assert google["E-mail 1 - Value"] == "email"
    assert google["Address 1 - Postal Code"] == "postcode"
    assert "E-mail 1 - Label" not in google


def test_a_field_is_mapped_once_but_notes_accumulate() -> None:
    mapping = auto_map(["Nom", "Nom", "Notes", "Commentaires"])
    assert mapping == {0: ["last_name"], 2: ["note"], 3: ["note"]}
