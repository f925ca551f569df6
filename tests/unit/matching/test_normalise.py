"""Normalising names, companies, phones; the French phonetic key."""

from __future__ import annotations

import pytest

from desktop_crm.domain.matching import (
    has_legal_form,
    normalise_company,
    normalise_name,
    normalise_phone,
    normalise_siren,
)
from desktop_crm.domain.phonetic import phonetic_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("SARL Dupont & Fils", "Dupont et Fils"),
        ("Dupont et fils SARL", "DUPONT & FILS"),
        ("Société Générale", "Societe Generale"),
        ("S.A.R.L. Martin", "Martin"),
        ("Ets Leroy-Merlin", "leroy merlin"),
        ("EURL Boulangerie Paul", "Boulangerie Paul SAS"),
    ],
)
def test_companies_meet_after_normalising(a: str, b: str) -> None:
    assert normalise_company(a) == normalise_company(b)


def test_legal_form_detection_and_distinct_companies() -> None:
    assert has_legal_form("SARL Dupont") and not has_legal_form("Dupont Frères")
    assert normalise_company("Dupont Frères") != normalise_company("Durand Frères")
    assert normalise_company("Sanofi SA") == "sanofi"  # a lone legal form word goes


def test_names_lose_accents_case_and_punctuation() -> None:
    assert normalise_name("Jean-Pierre  LEFÈVRE") == "jean pierre lefevre"
    assert normalise_name("  D'Artagnan ") == "d artagnan"
    assert normalise_name(None) == ""


@pytest.mark.parametrize(
    "typed",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "+33 6 12 34 56 78",
        "0033612345678",
        "+33612345678",
        "0612345678",
    ],
)
def test_phones_become_e164(typed: str) -> None:
    assert normalise_phone(typed) == "+33612345678"


def test_phone_edge_cases() -> None:
    assert normalise_phone("") == ""
    assert normalise_phone("n/a") == ""
    assert normalise_phone("+44 20 7946 0958") == "+442079460958"


def test_siren_from_siret() -> None:
    assert normalise_siren(None, "732 829 320 00074") == "732829320"
    assert normalise_siren("732829320", None) == "732829320"
    assert normalise_siren("12", "34") == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lefebvre", "Lefèvre"),
        ("Thibault", "Thibaut"),
        ("Gauthier", "Gautier"),
        ("Dupond", "Dupont"),
        ("Philippe", "Filipe"),
        ("Clément", "Klement"),
        ("Rousseau", "Rousso"),
        ("Moreau", "Moreaux"),
        ("Françoise", "Francoise"),
        ("Le Gall", "Legall"),
        ("Lemaire", "Lemerre"),
    ],
)
def test_phonetic_key_joins_french_variants(a: str, b: str) -> None:
    assert phonetic_key(a) == phonetic_key(b) != ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bernard", "Renard"),
        ("Durand", "Dumont"),
        ("Petit", "Petitjean"),
        ("Roux", "Leroux"),
    ],
)
def test_phonetic_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert phonetic_key(a) != phonetic_key(b)
