"""A short form standing for several names meets each of them in the "fields" scan.

The blocking keys read a short form as the first name of its first entry only ("jo":
Jonathan), so "Jo Le Gall" met "Jonathan Le Gall" but never "Joseph" or "Joséphine Le
Gall" unless they shared a phone, an e-mail or a postcode; "Alex" met only Alexandre,
"Chris" only Christophe, "Mimi" only Émilie.  Now each of its names, said « prénom
abrégé ou diminutif »."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_crm.cli.import_texts import reason_fr
from desktop_crm.domain.first_names import SHORT_FORM, first_name_relation
from desktop_crm.domain.matching import (
    RecordKind,
    default_settings,
    normalise_name,
    prepare,
    reason,
    reason_text,
)
from desktop_crm.services.duplicates.scan import scan_prepared


def _card(i: int, first: str, postcode: str, phone: str | None = None) -> dict[str, Any]:
    """At one company, in two Lyon arrondissements, one card without a phone."""
    return {
        "id": i,
        "first_name": first,
        "last_name": "Le Gall",
        "company_name": "Acme Industrie",
        "postcode": postcode,
        "phone_business": phone,
        "email": None,
    }


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Jo", "Jonathan"),
        ("Jo", "Joseph"),
        ("Jo", "Joséphine"),
        ("Jo", "Johanna"),
        ("Jo", "Josiane"),
        ("Alex", "Alexandre"),
        ("Alex", "Alexandra"),
        ("Alex", "Alexis"),
        ("Fred", "Frédérique"),
        ("Dom", "Dominique"),
        ("Chris", "Christine"),
        ("Val", "Valérie"),
        ("Pat", "Patrick"),
        ("Steph", "Stéphanie"),
        ("Mimi", "Michèle"),
    ],
)
def test_a_short_form_meets_each_of_its_names(short: str, full: str) -> None:
    assert first_name_relation(normalise_name(short), normalise_name(full)) == SHORT_FORM
    settings = default_settings()
    a, b = _card(1, short, "69007"), _card(2, full, "69003", "+33472000001")
    found, compared, _ = scan_prepared([prepare(a, settings), prepare(b, settings)], settings)
    assert compared == 1
    assert len(found) == 1 and found[0].score >= settings.threshold
    name = {fs.field: fs for fs in found[0].fields}["name"]
    r = reason(name, a, b, RecordKind.CONTACT)
    assert r.code == "short_form"
    assert reason_text(r).startswith("first name shortened or a nickname: ")
    assert reason_fr(r).startswith("prénom abrégé ou diminutif : ")


def test_the_names_of_one_short_form_stay_two_people() -> None:
    """Joseph and Jonathan Le Gall now share a blocking key ("jo"): compared, not proposed."""
    settings = default_settings()
    cards = [_card(1, "Joseph", "69007"), _card(2, "Jonathan", "69003", "+33472000001")]
    found, compared, _ = scan_prepared([prepare(c, settings) for c in cards], settings)
    assert compared == 1 and found == []
