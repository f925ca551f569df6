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

CASES: list[tuple[str, dict[str, Any], int]] = [
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
    # (A limit: names a typo apart are alike; the weights decide, as for a duplicate.)
    (
        "colleague whose names are a typo apart",
        {**COLLEAGUE, "first_name": "Jeanne", "last_name": "Marin"},
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


def _verdict(a: dict[str, Any], b: dict[str, Any]) -> tuple[int, ev.Compared]:
    c = ev.prepare_columns([rec(1, **a), rec(2, **b)])
    compared = ev.compare(c, encode_pairs(np.array([0]), np.array([1])), gate=False)
    return int(identity.verdicts(compared, c)[0]), compared


@pytest.mark.parametrize(("kind", "changes", "expected"), CASES, ids=[c[0] for c in CASES])
def test_verdicts(kind: str, changes: dict[str, Any], expected: int) -> None:
    jean = {**JEAN, "birthday": dt.date(1971, 3, 14) if "birthday" in changes else None}
    verdict, _ = _verdict(jean, {**JEAN, **changes})
    assert verdict == expected


def test_capped_scores_and_reason_codes() -> None:
    scores = np.array([97, 100, 40, 99])
    verdict = np.array([identity.NAMESAKE, identity.TWO_PEOPLE, identity.NAMESAKE, 0])
    assert identity.cap_scores(scores, verdict).tolist() == [identity.CAP, identity.CAP, 40, 99]
    assert identity.CAP < 85  # below the default threshold
    assert set(identity.REASON_CODES.values()) == {"namesake", "two_people"}
