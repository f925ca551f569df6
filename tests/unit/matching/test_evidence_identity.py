"""The "two people, not one" rules of the all-evidence scan, pair by pair (whatever the
learned weights say): namesakes and people at one place are capped; duplicates are not."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pytest

from desktop_crm.services.duplicates import evidence as ev
from desktop_crm.services.duplicates import evidence_identity as identity
from desktop_crm.services.duplicates.evidence_blocking import encode_pairs
from tests.unit.matching.test_evidence import rec

JEAN = {
    "first_name": "Jean",
    "last_name": "Martin",
    "company_name": "SARL Assurances Moreau",
    "email": "jean.martin@moreau-assurances.fr",
    "phone_business": "+33320451230",
    "phone_mobile": "+33662184577",
    "address1": "12 rue Nationale",
    "postcode": "59000",
    "city": "Lille",
}
OTHER_PLACE = {
    "company_name": "Menuiserie Girard",
    "email": "jean.martin@girard-menuiserie.fr",
    "phone_business": "+33240119876",
    "phone_mobile": "+33745128890",
    "address1": "8 rue Crébillon",
    "postcode": "44000",
    "city": "Nantes",
}
COLLEAGUE = {  # same company and address, own numbers and e-mail
    "email": "anne.martin@moreau-assurances.fr",
    "phone_business": "+33320459999",
    "phone_mobile": "+33611223344",
}

NAMESAKE, TWO, NONE = identity.NAMESAKE, identity.TWO_PEOPLE, 0

JEAN_CASES: list[tuple[str, dict[str, Any], int]] = [
    # Duplicates: never capped.
    ("the same record", {}, NONE),
    ("accents, case, no e-mail", {"last_name": "MARTÍN", "email": None}, NONE),
    ("swapped names", {"first_name": "Martin", "last_name": "Jean"}, NONE),
    (
        "phone typed one digit off, nothing else",
        {**OTHER_PLACE, "phone_mobile": "+33662184578"},
        NONE,
    ),
    ("same e-mail, all else elsewhere", {**OTHER_PLACE, "email": JEAN["email"]}, NONE),
    (
        "same mobile, all else elsewhere",
        {**OTHER_PLACE, "phone_mobile": JEAN["phone_mobile"]},
        NONE,
    ),
    (
        "same company, other numbers",
        {"email": None, "phone_business": "+33320450000", "phone_mobile": None},
        NONE,
    ),
    (
        "moved next door, nothing else known",
        {
            "address1": "14 rue Nationale",
            "email": None,
            "phone_business": None,
            "phone_mobile": None,
            "company_name": None,
        },
        NONE,
    ),
    (
        "postcode typo, same street and town",
        {**OTHER_PLACE, "address1": JEAN["address1"], "postcode": "59100", "city": "Lille"},
        NONE,
    ),
    ("first name typo at the same company, own numbers", {**COLLEAGUE, "first_name": "Jaen"}, NONE),
    # "Jeanne" is not "Jean" (domain.first_names), though a letter or two apart.
    (
        "colleague whose names are a typo apart, first names two in the table",
        {**COLLEAGUE, "first_name": "Jeanne", "last_name": "Marin"},
        TWO,
    ),
    # (A limit: out of the table, names a typo apart are alike; the weights decide, as for
    # a duplicate.)
    (
        "colleague whose names are a typo apart",
        {**COLLEAGUE, "first_name": "Jeanot", "last_name": "Marin"},
        NONE,
    ),
    # Namesakes: nothing identifying shared, two or more details different.
    ("same name, another company, e-mail, phones and town", OTHER_PLACE, NAMESAKE),
    (
        "same name, e-mails alike at other providers",
        {**OTHER_PLACE, "email": "jean.martin@free.fr"},
        NAMESAKE,
    ),
    (
        "same name, same town, all else different",
        {**OTHER_PLACE, "postcode": "59000", "city": "Lille"},
        NAMESAKE,
    ),
    (
        "same name, same street and number in another town",
        {**OTHER_PLACE, "address1": JEAN["address1"]},
        NAMESAKE,
    ),
    (
        "same name, another company only alike",
        {**OTHER_PLACE, "company_name": "Assurances Morel"},
        NAMESAKE,
    ),
    # Two people at one place: names differ, no e-mail, mobile or birth date shared.
    ("colleague, first names differ", {**COLLEAGUE, "first_name": "Anne"}, TWO),
    (
        "colleague, names only loosely alike",
        {**COLLEAGUE, "first_name": "Joanne", "last_name": "Martel"},
        TWO,
    ),
    (
        "colleague on the same switchboard",
        {**COLLEAGUE, "first_name": "Anne", "phone_business": JEAN["phone_business"]},
        TWO,
    ),
    (
        "colleague on the next direct line",
        {**COLLEAGUE, "first_name": "Anne", "phone_business": "+33320451231"},
        TWO,
    ),
    (
        "family at home, own mobiles and e-mails",
        {
            **COLLEAGUE,
            "first_name": "Anne",
            "company_name": None,
            "phone_business": None,
            "email": "anne.martin@gmail.com",
        },
        TWO,
    ),
    (
        "family at home, own mobiles, e-mails and birth dates",
        {
            **COLLEAGUE,
            "first_name": "Anne",
            "company_name": None,
            "phone_business": None,
            "email": "anne.martin@gmail.com",
            "birthday": dt.date(1984, 5, 2),
        },
        TWO,
    ),
]

# One person at one company, with her direct line (no mobile).
MARIE = {**JEAN, "first_name": "Marie", "last_name": "Dupont", "phone_mobile": None}
MARIE["email"] = "marie.dupont@moreau-assurances.fr"
SWITCHBOARD = {"phone_business": "+33320451200", "email": "contact@moreau-assurances.fr"}
# A rare name: no other contact of the base bears it.
GAELLE = {**JEAN, "first_name": "Gaëlle", "last_name": "Kervella", "phone_mobile": None}
GAELLE["email"] = "g.kervella@moreau-assurances.fr"
WEB_FORM = {  # her own web-form record: her mobile and private e-mail, no company
    "company_name": None,
    "address1": None,
    "phone_business": None,
    "phone_mobile": "+33662184577",
    "email": "gaelle.kervella59@gmail.com",
}


def _named(first: str, last: str = "Martin") -> dict[str, Any]:
    return {**JEAN, **SWITCHBOARD, "first_name": first, "last_name": last, "phone_mobile": None}


# (kind, record a, record b's differences, verdict)
CASES: list[tuple[str, dict[str, Any], dict[str, Any], int]] = [
    *((kind, JEAN, changes, expected) for kind, changes, expected in JEAN_CASES),
    # A married name at the same employer: same first name, company and direct line.
    (
        "married name: same first name, company and direct line, e-mail changed",
        MARIE,
        {"last_name": "Lefort", "email": "marie.lefort@moreau-assurances.fr"},
        NONE,
    ),
    (
        "two Maries at one company, own lines and e-mails",
        MARIE,
        {
            "last_name": "Lefort",
            "email": "marie.lefort@moreau-assurances.fr",
            "phone_business": "+33320457788",
        },
        TWO,
    ),
    # An initial or a short form of the first name, same last name and company: one
    # record has the switchboard, the other the direct line.
    (
        "initial: 'J.' / 'Jacques'",
        _named("J."),
        {"first_name": "Jacques", "phone_business": "+33320451244", "email": None},
        NONE,
    ),
    (
        "initials: 'J.-P.' / 'Jean-Pierre'",
        _named("J.-P."),
        {"first_name": "Jean-Pierre", "phone_business": "+33320451244", "email": None},
        NONE,
    ),
    (
        "initials run together: 'JP' / 'Jean-Pierre'",
        _named("JP"),
        {"first_name": "Jean-Pierre", "phone_business": "+33320451244", "email": None},
        NONE,
    ),
    (
        "part of a compound: 'Marie-Christine' / 'Marie'",
        _named("Marie-Christine"),
        {"first_name": "Marie", "phone_business": "+33320451244", "email": None},
        NONE,
    ),
    (
        "part of a compound: 'Jean-Pierre' / 'Jean', e-mails differ",
        _named("Jean-Pierre"),
        {
            "first_name": "Jean",
            "phone_business": "+33320451244",
            "email": "jean.martin@moreau-assurances.fr",
        },
        NONE,
    ),
    (
        "compounds that differ: 'Jean-Pierre' / 'Jean-Paul'",
        _named("Jean-Pierre"),
        {"first_name": "Jean-Paul", "phone_business": "+33320451244", "email": None},
        TWO,
    ),
    (
        "initial of another name: 'P.' / 'Jacques'",
        _named("P."),
        {"first_name": "Jacques", "phone_business": "+33320451244", "email": None},
        TWO,
    ),
    # A rare name (no other contact bears it): the weights decide, not the namesake rule.
    ("rare name: work card / web form", GAELLE, WEB_FORM, NONE),
    (
        "rare name: changed employer, same town",
        GAELLE,
        {**OTHER_PLACE, "email": "g.kervella@girard-menuiserie.fr", "postcode": "59000"},
        NONE,
    ),
]

# Contacts elsewhere in the base: "Martin" and "Dupont" are common names there.
OTHERS = [
    rec(10 + n, first_name="Paul", last_name=last, city="Brest", postcode="29200")
    for n, last in enumerate(["Martin", "Martin", "Martin", "Dupont", "Dupont", "Dupont"])
]


def _verdict(
    a: dict[str, Any], b: dict[str, Any], others: list[dict[str, Any]] = OTHERS
) -> tuple[int, ev.Compared]:
    c = ev.prepare_columns([rec(1, **a), rec(2, **b), *others])
    compared = ev.compare(c, encode_pairs(np.array([0]), np.array([1])), gate=False)
    return int(identity.verdicts(compared, c)[0]), compared


@pytest.mark.parametrize(("kind", "a", "changes", "expected"), CASES, ids=[c[0] for c in CASES])
def test_verdicts(kind: str, a: dict[str, Any], changes: dict[str, Any], expected: int) -> None:
    a = {**a, "birthday": dt.date(1971, 3, 14) if "birthday" in changes else None}
    verdict, _ = _verdict(a, {**a, **changes})
    assert verdict == expected


def test_a_last_name_is_rare_up_to_three_holders() -> None:
    """Two "Kervella" with nothing in common are namesakes only when the name is common
    in the base: at most RARE holders (the pair and one more) it is rare."""
    assert identity.RARE == 3
    web_form = {**GAELLE, **WEB_FORM}
    kervella = [
        rec(20 + n, first_name="Yves", last_name="Kervella", city="Brest", postcode="29200")
        for n in range(2)
    ]
    assert _verdict(GAELLE, web_form, kervella[:1])[0] == NONE
    assert _verdict(GAELLE, web_form, kervella)[0] == NAMESAKE


def test_the_same_first_name_on_a_switchboard_is_two_people() -> None:
    """A shared landline with the same first name is personal only when it is a direct
    line: borne by the pair alone, not by the company's other contacts."""
    lefort = {**MARIE, "last_name": "Lefort", "email": "marie.lefort@moreau-assurances.fr"}
    assert _verdict(MARIE, lefort)[0] == NONE
    colleagues = [
        rec(30 + n, first_name="Paul", last_name="Roux", phone_business=MARIE["phone_business"])
        for n in range(identity.DIRECT - 1)
    ]
    assert _verdict(MARIE, lefort, OTHERS + colleagues)[0] == TWO


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("j", "jacques", True),
        ("j p", "jean pierre", True),
        ("jp", "jean pierre", True),
        ("marie", "marie christine", True),
        ("christine", "marie christine", True),
        ("j pierre", "jean pierre", True),
        ("jean pierre", "jean paul", False),
        ("p", "jacques", False),
        ("pj", "jean pierre", False),
        ("jeanne", "jean", False),
        ("anne", "marie", False),
        ("", "marie", False),
        # Short forms (domain.first_names): alike; masculine and feminine forms are not.
        ("manu", "emmanuel", True),
        ("chris", "jean christophe", True),
        ("seb", "sebastien", True),
        ("louis", "louise", False),
        ("marc", "marcel", False),
        ("christophe", "christine", False),
    ],
)
def test_same_first_name(a: str, b: str, same: bool) -> None:
    assert identity.same_first_name(a, b) is same
    assert identity.same_first_name(b, a) is same


def test_capped_scores_and_reason_codes() -> None:
    scores = np.array([97, 100, 40, 99])
    verdict = np.array([identity.NAMESAKE, identity.TWO_PEOPLE, identity.NAMESAKE, 0])
    assert identity.cap_scores(scores, verdict).tolist() == [identity.CAP, identity.CAP, 40, 99]
    assert identity.CAP < 85  # below the default threshold
    assert set(identity.REASON_CODES.values()) == {"namesake", "two_people"}
