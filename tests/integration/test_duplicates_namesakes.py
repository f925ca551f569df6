"""Namesakes and colleagues are not duplicates (the all-evidence scan on real databases).

The demo database's 3,090 contacts gave 421 groups for 90 planted copies: namesakes ("Jean
Martin" at two companies in two towns) and colleagues sharing a company address scored 89
to 100.  Here: the demo generator's own data, and a table of hand-made cases (true
duplicates of each kind found; namesakes of each kind not proposed, or proposed below the
default threshold with the reason said first) in a demo base, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop_crm.domain.matching import evidence_settings
from desktop_crm.domain.text import fold
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.services.demo.duplicates import add_demo_duplicates
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.duplicates.evidence_identity import CAP
from desktop_crm.services.duplicates.scan import scan
from desktop_crm.storage.models import Contact
from desktop_crm.storage.uow import Database


def _demo(db: Database, contacts: int = 2000, seed: int = 1) -> int:
    """A demo base with its planted look-alikes; returns the last original contact's id."""
    with db.uow() as uow:
        generate_demo(uow, contacts, seed=seed)
        uow.session.flush()
        last = int(uow.session.scalar(select(func.max(Contact.id))) or 0)
        add_demo_duplicates(uow, rate=0.03, seed=seed)
        uow.commit()
    return last


def _digits(phone: str | None) -> str:
    return re.sub(r"\D", "", phone or "")[-9:]


def _planted(db: Database, last_original: int) -> set[tuple[int, int]]:
    """(original, copy) of every planted copy: the copy keeps the address and the phones."""
    with db.uow(write=False) as uow:
        rows = uow.session.execute(
            select(
                Contact.id,
                Contact.address1,
                Contact.postcode,
                Contact.phone_business,
                Contact.phone_mobile,
            )
        ).all()

    def key(r: Any) -> tuple[Any, ...]:
        return (r[1], r[2], _digits(r[3]), _digits(r[4]))

    originals: dict[tuple[Any, ...], list[int]] = {}
    for r in rows:
        if r[0] <= last_original:
            originals.setdefault(key(r), []).append(r[0])
    out = set()
    for r in rows:
        if r[0] > last_original:
            (original,) = originals[key(r)]
            out.add((original, r[0]))
    return out


def _same(pair: Any, field: str) -> bool:
    return any(r.field == field and r.code in ("same", "normalised") for r in pair.parts)


# (contacts, seed): before the two rules the first gave 225 pairs in 180 groups for 60
# planted copies (colleagues at one company address, at 99-100), the second 549 pairs in
# 424 groups for 90 (namesakes in other companies and towns, at 89-100).
@pytest.mark.parametrize(("contacts", "seed"), [(2000, 1), (3000, 7)])
def test_the_demo_base_gives_its_planted_copies_not_namesakes_nor_colleagues(
    db: Database, contacts: int, seed: int
) -> None:
    last = _demo(db, contacts, seed)
    planted = _planted(db, last)
    assert len(planted) == contacts * 3 // 100
    with db.uow(write=False) as uow:
        result = scan(uow, evidence_settings())
    found = {(p.a, p.b): p for p in result.pairs}
    assert planted <= set(found)
    # What else is proposed holds one identity: the same names with the same e-mail, or
    # at the same company and address (the generator gives a few people the same name at
    # one company, or the same free-mail address).
    extra = [p for key, p in found.items() if key not in planted]
    assert len(extra) <= 5
    for pair in extra:
        assert _same(pair, "first_name") and _same(pair, "last_name")
        assert _same(pair, "email") or (_same(pair, "company") and _same(pair, "address"))
    # Lowered to the cap, the two people come back, said to be two people first.
    with db.uow(write=False) as uow:
        low = scan(uow, evidence_settings(threshold=CAP))
    capped = [p for p in low.pairs if p.parts[0].code in ("namesake", "two_people")]
    assert len(capped) > len(planted)
    assert all(p.score <= CAP and (p.a, p.b) not in planted for p in capped)
    assert all(p.reasons[0].startswith("probably ") for p in capped)


# ------------------------------------------------------------------------ the case table


def _mail(first: str, last: str, domain: str) -> str:
    return f"{fold(first)}.{fold(last)}@{domain}".replace(" ", "-").replace("'", "")


def _person(n: int, first: str, last: str, **changes: Any) -> dict[str, Any]:
    """Someone at a cannery in Quimper, with own numbers (``n``) and e-mail."""
    return {
        "first_name": first,
        "last_name": last,
        "company_name": "SARL Conserverie Kerjean",
        "email": _mail(first, last, "kerjean-conserverie.fr"),
        "phone_business": f"+332984{n * 7919 % 100000:05d}",
        "phone_mobile": f"+336621{n * 7919 % 100000:05d}",
        "address1": "12 quai de l'Odet",
        "postcode": "29000",
        "city": "Quimper",
        **changes,
    }


def _stranger(n: int, first: str, last: str, **changes: Any) -> dict[str, Any]:
    """Someone at a haulier in Lyon, with own numbers (``n``) and e-mail."""
    return {
        "first_name": first,
        "last_name": last,
        "company_name": "Transports Morvan",
        "email": _mail(first, last, "morvan-transports.fr"),
        "phone_business": f"+334721{n * 7919 % 100000:05d}",
        "phone_mobile": f"+337451{n * 7919 % 100000:05d}",
        "address1": "8 rue Victor Hugo",
        "postcode": "69003",
        "city": "Lyon",
        **changes,
    }


# Each true duplicate: (kind, original, the copy's differences).
TRUE_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("typo in the last name", _person(1, "Yann", "Abgrall"), {"last_name": "Abgral"}),
    (
        "typo in the first name, no e-mail",
        _person(2, "Maïwenn", "Le Bihan"),
        {"first_name": "Maiwen", "email": None},
    ),
    (
        "accents, case and legal form",
        _person(3, "Hélène", "Lécuyer"),
        {"first_name": "Helene", "last_name": "LECUYER", "company_name": "Conserverie Kerjean"},
    ),
    (
        "first and last names swapped",
        _person(4, "Yannick", "Kerhervé"),
        {"first_name": "Kerhervé", "last_name": "Yannick"},
    ),
    (
        "same e-mail, name spelt otherwise, other phones",
        _person(5, "Anne-Sophie", "Vermeulen"),
        {
            "first_name": "Anne Sophie",
            "last_name": "Vermeullen",
            "phone_business": None,
            "phone_mobile": "+33611223344",
        },
    ),
    (
        "same mobile only: no e-mail, no company, no address",
        _person(6, "Ronan", "Tanguy"),
        {
            "email": None,
            "phone_business": None,
            "company_name": None,
            "address1": None,
            "postcode": None,
            "city": None,
        },
    ),
    (
        "same switchboard and company, accents dropped",
        _person(7, "Éloïse", "Guivarc'h"),
        {"first_name": "Eloise", "last_name": "Guivarch", "phone_mobile": None, "email": None},
    ),
]

SWITCHBOARD = "+33298400000"
TRUE_CASES += [
    (
        "married name at the same employer: same direct line, e-mail changed with the name",
        _person(8, "Marie", "Quéméner", phone_mobile=None),
        {"last_name": "Le Floch", "email": _mail("Marie", "Le Floch", "kerjean-conserverie.fr")},
    ),
    (
        "an initial at the same company: switchboard and contact@ / direct line",
        _person(
            9,
            "J.",
            "Kerbrat",
            phone_business=SWITCHBOARD,
            phone_mobile=None,
            email="contact@kerjean-conserverie.fr",
        ),
        {
            "first_name": "Jacques",
            "phone_business": _person(9, "", "")["phone_business"],
            "email": _mail("Jacques", "Kerbrat", "kerjean-conserverie.fr"),
        },
    ),
    (
        "a part of a compound first name at the same company: switchboard / direct line",
        _person(10, "Marie-Christine", "Le Gall", phone_business=SWITCHBOARD, phone_mobile=None),
        {
            "first_name": "Marie",
            "email": None,
            "phone_business": _person(10, "", "")["phone_business"],
        },
    ),
]

# Namesakes? The name is rare (no other contact bears it): one person's work card and
# web-form record, or someone who changed employer in the same town.  Not capped as two
# people (the weights decide their score).
RARE_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "rare name: work card / web form (mobile and private e-mail)",
        _person(
            40, "Gaëlle", "Kervella", phone_mobile=None, email="g.kervella@kerjean-conserverie.fr"
        ),
        {
            "company_name": None,
            "address1": None,
            "phone_business": None,
            "phone_mobile": "+33662184577",
            "email": "gaelle.kervella29@gmail.com",
        },
    ),
    (
        "rare name: changed employer in the same town",
        _person(41, "Yannick", "Quiniou", phone_mobile=None),
        {
            "company_name": "Menuiserie Guéguen",
            "address1": "3 rue Kéréon",
            "phone_business": "+33298123456",
            "email": "yannick.quiniou@gueguen-menuiserie.fr",
        },
    ),
]

# Each pair that is two people: (kind, a, b).
NAMESAKE_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "same name, another company, e-mail, phone and town",
        _person(20, "Loïc", "Bernard"),
        _stranger(20, "Loïc", "Bernard"),
    ),
    (
        "same name, same town, all else different",
        _person(21, "Soizic", "Dubois"),
        _stranger(
            21, "Soizic", "Dubois", address1="40 rue de Brest", postcode="29000", city="Quimper"
        ),
    ),
    (
        "same name written swapped, all else different",
        _person(22, "Gaël", "Petit"),
        _stranger(22, "Petit", "Gaël"),
    ),
    (
        "same name, e-mails alike at other providers, all else different",
        _person(23, "Tristan", "Durand", email="tristan.durand@orange.fr"),
        _stranger(23, "Tristan", "Durand", email="tristan.durand@free.fr"),
    ),
    (
        "names one letter apart, all else different",
        _person(24, "Jérôme", "Lefèvre"),
        _stranger(24, "Jérôme", "Lefebvre"),
    ),
    (
        "same name at the same street and number of another town",
        _person(25, "Katell", "Leroy"),
        _stranger(25, "Katell", "Leroy", address1="12 quai de l'Odet"),
    ),
    (
        "colleagues: same last name, same company and address, own phones and e-mails",
        _person(26, "Yves", "Caradec"),
        _person(27, "Anne", "Caradec"),
    ),
    (
        "colleagues: names close, same company and address, own phones and e-mails",
        _person(28, "Catherine", "Brun"),
        _person(29, "Béatrice", "Bernard"),
    ),
    (
        "colleagues sharing the switchboard, first names differ, own mobiles and e-mails",
        _person(30, "Gwenaël", "Le Roux"),
        _person(31, "Morgane", "Le Roux", phone_business=_person(30, "", "")["phone_business"]),
    ),
    (
        "family at home: same address, own mobiles and e-mails",
        _person(
            32,
            "Mathilde",
            "Jaouen",
            company_name=None,
            phone_business=None,
            email="mathilde.jaouen@gmail.com",
        ),
        _person(
            33,
            "Martin",
            "Jaouen",
            company_name=None,
            phone_business=None,
            email="martin.jaouen@gmail.com",
        ),
    ),
]


def _insert(db: Database, rows: list[dict[str, Any]]) -> list[int]:
    with db.uow() as uow:
        first = int(uow.session.scalar(select(func.max(Contact.id))) or 0) + 1
        bulk_insert_contacts(uow, rows)
        uow.commit()
    return list(range(first, first + len(rows)))


def test_the_case_table_in_a_demo_base(db: Database) -> None:
    """True duplicates of each kind found; namesakes and colleagues of each kind not
    proposed, nor grouped, and said to be two people when the threshold is lowered."""
    _demo(db)
    table = [(k, a, {**a, **changes}) for k, a, changes in TRUE_CASES] + NAMESAKE_CASES
    table += [(k, a, {**a, **changes}) for k, a, changes in RARE_CASES]
    ids = _insert(db, [row for _, a, b in table for row in (a, b)])
    cases = {kind: (ids[2 * i], ids[2 * i + 1]) for i, (kind, _, _) in enumerate(table)}
    with db.uow(write=False) as uow:
        result = scan(uow, evidence_settings())
        low = scan(uow, evidence_settings(threshold=0))
    pairs = {(p.a, p.b): p for p in result.pairs}
    missed = [kind for kind, _, _ in TRUE_CASES if cases[kind] not in pairs]
    assert not missed
    for kind, _, _ in TRUE_CASES:
        pair = pairs[cases[kind]]
        assert pair.score >= 85, kind
        # Explained, and never as two people.
        assert pair.reasons and pair.parts[0].code not in ("namesake", "two_people"), kind
    wrongly = [kind for kind, _, _ in NAMESAKE_CASES if cases[kind] in pairs]
    assert not wrongly
    together = [
        kind
        for kind, _, _ in NAMESAKE_CASES
        for g in result.groups
        if set(cases[kind]) <= set(g.ids)
    ]
    assert not together
    # Below the threshold they carry the reason why (when blocking met them at all:
    # "Gaël Riou" / "Riou Gaël" in other towns share no blocking key).
    scored = {(p.a, p.b): p for p in low.pairs}
    explained = {
        kind: scored[cases[kind]] for kind, _, _ in NAMESAKE_CASES if cases[kind] in scored
    }
    assert len(explained) == len(NAMESAKE_CASES) - 1
    for kind, pair in explained.items():
        assert pair.score <= CAP, kind
        assert pair.parts[0].code in ("namesake", "two_people"), kind
        assert pair.reasons[0].startswith("probably "), kind
    # Rare names are not namesakes: never capped as two people.
    for kind, _, _ in RARE_CASES:
        pair = scored[cases[kind]]
        assert pair.parts[0].code not in ("namesake", "two_people"), kind
