"""Addresses abroad keep their house numbers; US states; CEDEX numbers as given; lieu-dit."""

from __future__ import annotations

import pytest

from desktop_crm.printing.address import PostalAddress, format_address, resolve_country
from desktop_crm.services.importing.checks import check_row


@pytest.mark.parametrize(
    ("street", "country", "printed"),
    [
        ("Hauptstraße 4-8", "Deutschland", "HAUPTSTRASSE 4-8"),
        ("Ringstraße 12/3/4", "Österreich", "RINGSTRASSE 12/3/4"),
        ("Wiener Straße 7a / Stiege 2", "AT", "WIENER STRASSE 7A STIEGE 2"),
        ("Königsallee 92 - 94", "Allemagne", "KONIGSALLEE 92-94"),
    ],
)
def test_house_numbers_abroad_keep_their_signs(street: str, country: str, printed: str) -> None:
    block = format_address(
        PostalAddress(
            recipient="Frau Anna Huber",
            lines=(street,),
            postcode="1010",
            city="Wien",
            country=country,
        )
    )
    assert block.lines[1] == printed


def test_french_range_still_keeps_the_first_number() -> None:
    block = format_address(
        PostalAddress(
            recipient="X", lines=("4-8 rue de la Gare",), postcode="67000", city="Strasbourg"
        )
    )
    assert block.lines[1] == "4 RUE DE LA GARE"


@pytest.mark.parametrize(
    "typed",
    ["U.S.A.", "USA", "U.S.", "US", "États-Unis", "Etats Unis", "U. S. A.", "United States"],
)
def test_united_states_spellings(typed: str) -> None:
    assert resolve_country(typed).iso == "US"


@pytest.mark.parametrize(
    ("city", "postcode", "region", "line"),
    [
        ("Springfield, IL", "62701", None, "SPRINGFIELD IL 62701"),
        ("Springfield", "IL 62701", None, "SPRINGFIELD IL 62701"),
        ("Springfield", "62701", "Illinois", "SPRINGFIELD IL 62701"),
        ("Washington, DC", "20500", None, "WASHINGTON DC 20500"),
        ("New York, New York", "10001-2345", None, "NEW YORK NY 10001-2345"),
    ],
)
def test_us_locality_line_has_the_state(
    city: str, postcode: str, region: str | None, line: str
) -> None:
    block = format_address(
        PostalAddress(
            recipient="Mr John Smith",
            lines=("742 Evergreen Terrace",),
            postcode=postcode,
            city=city,
            country="U.S.A.",
            region=region,
        )
    )
    assert block.lines[-2:] == (line, "ETATS UNIS")
    assert block.problems == ()


def test_us_address_without_state_is_reported() -> None:
    block = format_address(
        PostalAddress(
            recipient="X", lines=("1 Main St",), postcode="62701", city="Springfield", country="USA"
        )
    )
    assert [p.code for p in block.problems] == ["no_region"]


def test_canadian_province_line() -> None:
    block = format_address(
        PostalAddress(
            recipient="X",
            lines=("1 rue Sherbrooke",),
            postcode="H3Z 2Y7",
            city="Montréal, Québec",
            country="Canada",
        )
    )
    assert block.lines[-2:] == ("MONTREAL QC H3Z 2Y7", "CANADA")


@pytest.mark.parametrize(
    ("typed_city", "stored", "printed"),
    [
        ("Toulouse cedex 9", "CEDEX 9", "31062 TOULOUSE CEDEX 9"),
        ("Nantes Cedex1", "CEDEX 1", "31062 NANTES CEDEX 1"),
        ("Paris CEDEX 07", "CEDEX 07", "31062 PARIS CEDEX 07"),
        ("Lyon cedex", "CEDEX", "31062 LYON CEDEX"),
    ],
)
def test_cedex_number_as_given_from_import_to_print(
    typed_city: str, stored: str, printed: str
) -> None:
    values, _problems = check_row({"last_name": "X", "postcode": "31062", "city": typed_city})
    assert values["cedex"] == stored
    block = format_address(
        PostalAddress(
            recipient="X",
            lines=("1 rue A",),
            postcode=values["postcode"],
            city=values["city"],
            cedex=values["cedex"],
        )
    )
    assert block.lines[-1] == printed


@pytest.mark.parametrize(
    "typed", ["Lieu-dit Caudos", "lieu dit Caudos", "LD Caudos", "L.D. Caudos", "Lieu-dit : Caudos"]
)
def test_lieu_dit_prints_its_name_only(typed: str) -> None:
    block = format_address(
        PostalAddress(
            recipient="M. Jean Delhourme",
            lines=("25 rue de l'Église", typed),
            postcode="33380",
            city="Mios",
        )
    )
    assert block.lines == ("M. Jean Delhourme", "25 RUE DE L EGLISE", "CAUDOS", "33380 MIOS")


def test_lieu_dit_typed_before_the_street_goes_to_line_5() -> None:
    block = format_address(
        PostalAddress(
            recipient="M. Jean Delhourme",
            lines=("L.D. Caudos", "25 rue de l'Église"),
            postcode="33380",
            city="Mios",
        )
    )
    assert block.lines == ("M. Jean Delhourme", "25 RUE DE L EGLISE", "CAUDOS", "33380 MIOS")
