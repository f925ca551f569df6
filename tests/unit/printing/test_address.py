"""French address blocks per NF Z10-011 and foreign layouts: the tricky cases."""

from __future__ import annotations

import pytest

from desktop_crm.printing.address import (
    MAX_CHARS,
    PostalAddress,
    cedex_line,
    format_address,
    postal_caps,
    resolve_country,
)


def test_private_person_in_order_with_capitals_from_line_4() -> None:
    block = format_address(
        PostalAddress(
            recipient="Mme Hélène Lefèvre",
            lines=("12 bis, avenue Jean-Jaurès", "Résidence Les Érables, bât. C", "Appt 12"),
            postcode="69 003",
            city="Lyon",
        )
    )
    assert block.lines == (
        "Mme Hélène Lefèvre",
        "Appt 12",
        "Résidence Les Érables, bât. C",
        "12 BIS AVENUE JEAN JAURES",
        "69003 LYON",
    )
    assert block.problems == () and not block.international


def test_company_then_person_and_service_then_bp_and_cedex() -> None:
    block = format_address(
        PostalAddress(
            recipient="M. Jean Dupont",
            organisation="Établissements Martin",
            attention="Achats",
            lines=("BP 45", "ZI des Vignes"),
            postcode="33000",
            city="Bordeaux",
            cedex="33075 Bordeaux Cedex 9",
        )
    )
    assert block.lines == (
        "Établissements Martin",
        "M. Jean Dupont - Achats",
        "ZI des Vignes",
        "BP 45",
        "33075 BORDEAUX CEDEX 9",
    )


@pytest.mark.parametrize(
    ("cedex", "expected"),
    [
        ("CEDEX 08", "75008 PARIS CEDEX 08"),
        ("8", "75008 PARIS CEDEX 8"),  # the number as given: no zero added
        ("CEDEX 1", "75008 PARIS CEDEX 1"),
        ("cedex01", "75008 PARIS CEDEX 01"),
        ("cedex", "75008 PARIS CEDEX"),
        ("75383 PARIS CEDEX 08", "75383 PARIS CEDEX 08"),
        ("75383", "75383 PARIS CEDEX"),
    ],
)
def test_cedex_forms(cedex: str, expected: str) -> None:
    assert cedex_line("75008", "Paris", cedex) == expected


def test_chez_goes_to_line_2_and_lieu_dit_after_the_street() -> None:
    block = format_address(
        PostalAddress(
            recipient="M. Paul Martin",
            lines=("Lieu-dit Les Granges", "chez Mme Durand"),
            postcode="12340",
            city="Bozouls",
        )
    )
    assert block.lines == (
        "M. Paul Martin",
        "chez Mme Durand",
        "LES GRANGES",  # a lieu-dit: its name only
        "12340 BOZOULS",
    )


def test_number_range_keeps_the_first_number() -> None:
    block = format_address(
        PostalAddress(
            recipient="X", lines=("4 à 8 rue de la Gare",), postcode="67000", city="Strasbourg"
        )
    )
    assert block.lines[1] == "4 RUE DE LA GARE"


def test_long_street_is_abbreviated_only_above_32_characters() -> None:
    short = format_address(
        PostalAddress(
            recipient="X", lines=("3 avenue de la République",), postcode="75011", city="Paris"
        )
    )
    assert short.lines[1] == "3 AVENUE DE LA REPUBLIQUE"  # 25 characters: kept whole
    long = format_address(
        PostalAddress(
            recipient="X",
            lines=("12 boulevard du Maréchal de Lattre de Tassigny",),
            postcode="94000",
            city="Créteil",
        )
    )
    assert long.lines[1].startswith("12 BD DU ")
    assert len(long.lines[1]) <= MAX_CHARS


def test_overlong_lines_are_reported_not_cut() -> None:
    name = "Association des Amis du Patrimoine Industriel de la Vallée"
    block = format_address(
        PostalAddress(organisation=name, lines=("1 rue A",), postcode="38000", city="Grenoble")
    )
    assert block.lines[0] == name  # printed in full
    assert block.overlong == (name,)
    assert block.problems[0].code == "line_too_long"


def test_seven_lines_are_reported() -> None:
    block = format_address(
        PostalAddress(
            recipient="M. A",
            organisation="Société B",
            attention="Service comptabilité fournisseurs",
            lines=("Bâtiment C", "10 rue D", "BP 5"),
            postcode="59000",
            city="Lille",
        )
    )
    assert len(block.lines) == 7
    assert "too_many_lines" in {p.code for p in block.problems}


def test_accents_and_punctuation_removed_from_the_last_lines() -> None:
    assert postal_caps("Saint-Étienne-de-Tinée") == "SAINT ETIENNE DE TINEE"
    assert postal_caps("L'Haÿ-les-Roses") == "L HAY LES ROSES"
    assert postal_caps("Cœuvres-et-Valsery") == "COEUVRES ET VALSERY"


def test_no_country_line_for_france_or_overseas_departments() -> None:
    for country in ("", "France", "FR", "Guadeloupe"):
        block = format_address(
            PostalAddress(
                recipient="X",
                lines=("1 rue A",),
                postcode="97110",
                city="Pointe-à-Pitre",
                country=country,
            )
        )
        assert block.lines[-1] == "97110 POINTE A PITRE" and not block.international


@pytest.mark.parametrize(
    ("country", "postcode", "city", "tail"),
    [
        ("Deutschland", "10115", "Berlin", ("10115 BERLIN", "ALLEMAGNE")),
        ("Belgique", "1000", "Bruxelles", ("1000 BRUXELLES", "BELGIQUE")),
        ("United Kingdom", "SW1A 2AA", "London", ("LONDON", "SW1A 2AA", "ROYAUME UNI")),
        ("USA", "NY 10001", "New York", ("NEW YORK NY 10001", "ETATS UNIS")),
        ("Suisse", "8001", "Zürich", ("8001 ZURICH", "SUISSE")),
        ("Narnia", "123", "Cair Paravel", ("123 CAIR PARAVEL", "NARNIA")),
    ],
)
def test_foreign_layouts_end_with_the_country_in_french(
    country: str, postcode: str, city: str, tail: tuple[str, ...]
) -> None:
    block = format_address(
        PostalAddress(
            recipient="Dr. Erika Muster",
            lines=("Hauptstraße 5",),
            postcode=postcode,
            city=city,
            country=country,
        )
    )
    assert block.lines[-len(tail) :] == tail
    assert block.international and block.lines[1] == "HAUPTSTRASSE 5"


def test_french_address_posted_from_abroad_gets_france() -> None:
    block = format_address(
        PostalAddress(
            recipient="X", lines=("1 rue A",), postcode="75001", city="Paris", country="France"
        ),
        origin="BE",
    )
    assert block.lines[-1] == "FRANCE"


def test_missing_city_is_reported() -> None:
    block = format_address(PostalAddress(recipient="X", lines=("1 rue A",)))
    assert "no_locality" in {p.code for p in block.problems}


def test_country_aliases() -> None:
    assert resolve_country("Royaume-Uni").iso == "GB"
    assert resolve_country("pays-bas").iso == "NL"
    assert resolve_country(None).iso == "FR"
