"""A saved query told in words: every clause kind of the query language, in English and in
French (read from the committed catalogue, as the window and the command line do)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_crm.cli.catalogue import CatalogueTranslator
from desktop_crm.domain import wording
from desktop_crm.domain.query import Condition, parse, walk
from desktop_crm.domain.query_words import describe_query

# query text, English words, French words
CASES = [
    ('city = "Lyon"', "City is “Lyon”", "Ville est « Lyon »"),
    ('city != "Lyon"', "City is not “Lyon”", "Ville n'est pas « Lyon »"),
    ('last_name contains "dup"', "Last name contains “dup”", "Nom contient « dup »"),
    ('postcode starts with "69"', "Postcode starts with “69”", "Code postal commence par « 69 »"),
    ("score < 10", "Score is less than 10", "Score est inférieur à 10"),
    ("score <= 10.5", "Score is at most 10.5", "Score est au plus 10,5"),
    ("score > 1000", "Score is more than 1,000", "Score est supérieur à 1\u202f000"),
    ("score >= 3", "Score is at least 3", "Score est au moins 3"),
    ("birthday = 2026-01-31", "Birthday on 2026-01-31", "Anniversaire le 31/01/2026"),
    (
        "birthday != 2026-01-31",
        "Birthday not on 2026-01-31",
        "Anniversaire autre que le 31/01/2026",
    ),
    (
        "last_reach < 2026-01-31",
        "Last reach before 2026-01-31",
        "Dernier contact avant le 31/01/2026",
    ),
    (
        "last_reach <= 2026-01-31",
        "Last reach on or before 2026-01-31",
        "Dernier contact le 31/01/2026 au plus tard",
    ),
    (
        "last_reach > 2026-01-31",
        "Last reach after 2026-01-31",
        "Dernier contact après le 31/01/2026",
    ),
    (
        "last_reach >= 2026-01-31",
        "Last reach on or after 2026-01-31",
        "Dernier contact le 31/01/2026 au plus tôt",
    ),
    ("vip = yes", "Vip: yes", "Vip : oui"),
    ("vip != yes", "Vip: no", "Vip : non"),
    ("email is empty", "E-mail is empty", "E-mail est vide"),
    ("email is not empty", "E-mail is not empty", "E-mail n'est pas vide"),
    (
        'status in ("Client", "Prospect")',
        "Status is one of “Client”, “Prospect”",
        "Statut parmi « Client », « Prospect »",
    ),
    ("score between 1 and 2500", "Score between 1 and 2,500", "Score entre 1 et 2\u202f500"),
    (
        "birthday between 2026-01-01 and 2026-03-31",
        "Birthday from 2026-01-01 to 2026-03-31",
        "Anniversaire du 01/01/2026 au 31/03/2026",
    ),
    (
        "last_reach older than 6 months",
        "Last reach more than 6 months ago",
        "Dernier contact il y a plus de 6 mois",
    ),
    (
        "last_reach in the last 1 week",
        "Last reach within the last 1 week",
        "Dernier contact il y a moins de 1 semaine",
    ),
    (
        "contract_end within next 2 years",
        "Contract end within the next 2 years",
        "Fin de contrat d'ici 2 ans",
    ),
    (
        "birthday anniversary within next 30 days",
        "Birthday (day and month) within the next 30 days",
        "Anniversaire (jour et mois) dans les 30 prochains jours",
    ),
    (
        "birthday anniversary within next 0 days",
        "Birthday (day and month) today",
        "Anniversaire (jour et mois) aujourd'hui",
    ),
    (
        "birthday anniversary within next 1 day",
        "Birthday (day and month) today or tomorrow",
        "Anniversaire (jour et mois) aujourd'hui ou demain",
    ),
    (
        'in group "Salons/Lyon"',
        "Member of the group “Salons/Lyon”",
        "Membre du groupe « Salons/Lyon »",
    ),
    (
        'has history "letter sent"',
        "Has a history entry “Letter sent”",
        "A une entrée d'historique « Lettre envoyée »",
    ),
    (
        'has history "call reached" since 2026-01-31',
        "Has a history entry “Call reached” since 2026-01-31",
        "A une entrée d'historique « Appel joint » depuis le 31/01/2026",
    ),
    (
        'has no history "letter sent"',
        "Has no history entry “Letter sent”",
        "N'a aucune entrée d'historique « Lettre envoyée »",
    ),
    (
        'has no history "letter sent" since 2026-01-31',
        "Has no history entry “Letter sent” since 2026-01-31",
        "N'a aucune entrée d'historique « Lettre envoyée » depuis le 31/01/2026",
    ),
    ("has open activity", "Has an open activity", "A une activité en cours"),
    ("has opportunity", "Has an open opportunity", "A une affaire en cours"),
    (
        'has opportunity in stage "Devis"',
        "Has an open opportunity at the stage “Devis”",
        "A une affaire en cours à l'étape « Devis »",
    ),
    ('consent email is "opt_out"', "E-mail consent: opted out", "Consentement E-mail : opposition"),
    ('lookup "jean dup"', "Found by the lookup “jean dup”", "Trouvé par la recherche « jean dup »"),
    (
        'analysis abc = "A" period 2025',
        "Class “A” of the analysis “ABC / 20-80” over the year 2025",
        "Classe « A » de l'analyse « ABC / 20-80 » sur l'année 2025",
    ),
    (
        'analysis pr = "room" from 2025-01-01 to 2025-06-30 among group "Paire"',
        "Class “Room to grow” of the analysis “Potential against revenue (P−R)” over the period"
        " from 2025-01-01 to 2025-06-30, among the group “Paire”",
        "Classe « Marge de progression » de l'analyse « Potentiel et CA réalisé (P−R) » sur la"
        " période du 01/01/2025 au 30/06/2025, parmi le groupe « Paire »",
    ),
    (
        'analysis abc = "A" period 2025 kinds ("meeting_held") potential "p2" thresholds 70.5 90'
        " months 3",
        "Class “A” of the analysis “ABC / 20-80” over the year 2025 (contacts counted: Meeting"
        " held; P read from “p2”; thresholds A 70.5% and B 90%; inactive after 3 months)",
        "Classe « A » de l'analyse « ABC / 20-80 » sur l'année 2025 (contacts comptés : Réunion "
        "tenue ; P lu dans « p2 » ; seuils A 70,5\u00a0% et B 90\u00a0% ; inactif après 3 mois)",
    ),
    (
        'company.city = "Lyon"',
        "City of the company is “Lyon”",
        "Ville de la société est « Lyon »",
    ),
    (
        'city = "Lyon" and (status = "Client" or not lookup "x")',
        "City is “Lyon” and (status is “Client” or not (found by the lookup “x”))",
        "Ville est « Lyon » et (statut est « Client » ou non (trouvé par la recherche « x »))",
    ),
    ("home_city is empty", "Home city is empty", "Ville personnelle est vide"),
]
LABELS = {"score": "Score", "vip": "Vip"}


@pytest.fixture
def french() -> Iterator[None]:
    previous = wording.current()
    wording.set_translator(CatalogueTranslator(language=lambda: "fr"))
    yield
    wording.set_translator(previous)


@pytest.mark.parametrize(("text", "english", "_french"), CASES)
def test_english(text: str, english: str, _french: str) -> None:
    assert describe_query(text, LABELS) == english


@pytest.mark.parametrize(("text", "_english", "french_words"), CASES)
def test_french(french: None, text: str, _english: str, french_words: str) -> None:
    assert describe_query(text, LABELS) == french_words


def test_every_clause_kind_is_told() -> None:
    kinds = {type(node) for text, _, _ in CASES for node in walk(parse(text))}
    assert set(Condition.__args__) <= kinds  # type: ignore[attr-defined]


def test_unreadable_or_no_query(french: None) -> None:
    assert describe_query('city = "Lyon" and (') == 'city = "Lyon" and ('
    assert describe_query("") == "" and describe_query(None) == ""
    # A field no catalogue knows (a field since deleted) is named as stored.
    assert describe_query('gone = "x"') == "Gone est « x »"
