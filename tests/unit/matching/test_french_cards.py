"""What a French sales team's cards carry, in both duplicate scans: a title typed into the
name ("Mme Sylvie", "M. Renaud"), a last name with the birth or spouse's name ("Durand née
Martin"), a company's switchboard on every colleague's card, a CEDEX postal box instead of
the street.  Each case failed before (the figures in the comments are the old ones)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_crm.cli.import_texts import reason_fr
from desktop_crm.domain import person_names
from desktop_crm.domain.matching import (
    How,
    MatchSettings,
    RecordKind,
    default_settings,
    prepare,
    reason,
    reason_text,
    score_pair,
)
from desktop_crm.domain.matching_channels import mark_switchboards
from desktop_crm.services.duplicates import evidence as ev
from desktop_crm.services.duplicates.evidence_columns import normalise_city
from desktop_crm.services.duplicates.evidence_identity import CAP
from desktop_crm.services.duplicates.scan import scan_prepared
from tests.unit.matching.test_evidence import _filler, rec

SWITCHBOARD = "+33472000000"
ACME = {
    "company_name": "Acme Industrie",
    "address1": "5 rue Pasteur",
    "postcode": "69003",
    "city": "Lyon",
}


@pytest.mark.parametrize(
    ("raw", "first", "last"),
    [
        ("Mme Sylvie", "sylvie", "sylvie"),
        ("Mme", "", ""),
        ("Melle", "melle", "melle"),  # (alone: perhaps "Maëlle" mistyped)
        ("Melle Sylvie", "sylvie", "sylvie"),
        ("M", "m", "m"),
        ("M. Renaud", "renaud", "renaud"),
        ("Dr Martin", "martin", "martin"),
        ("M. P.", "m p", "p"),  # (initials in a first name)
        ("Durand née Martin", "durand nee martin", "durand"),
        ("Martin épouse Durand", "martin epouse durand", "durand"),
        ("Martin ép. Durand", "martin ep durand", "durand"),
        ("Vve Durand", "vve durand", "durand"),
        ("Jean-Pierre", "jean pierre", "jean pierre"),
        ("de La Fontaine", "de la fontaine", "de la fontaine"),
        ("Marie", "marie", "marie"),
    ],
)
def test_names_without_titles_and_in_use(raw: str, first: str, last: str) -> None:
    assert person_names.first_name(raw) == first
    assert person_names.last_name(raw) == last


def _fields(a: dict[str, Any], b: dict[str, Any]) -> Any:
    settings = MatchSettings(threshold=0)  # (company, name, phone)
    return score_pair(
        prepare({"id": 1, **a}, settings), prepare({"id": 2, **b}, settings), settings
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Sylvie", "Barbier"), ("Mme Sylvie", "Barbier")),
        (("Mme Claire", "Durand née Martin"), ("Claire", "Durand")),
        (("Claire", "Durand née Martin"), ("Claire", "Durand")),  # (74: 52 % alike)
        (("Odile", "Guerin épouse Faure"), ("Odile", "Faure")),  # (68)
    ],
)
def test_titles_and_birth_names_in_the_fields_mode(a: tuple[str, str], b: tuple[str, str]) -> None:
    card = {**ACME, "phone_mobile": "+33662110604"}
    pair = _fields(
        {**card, "first_name": a[0], "last_name": a[1]},
        {**card, "first_name": b[0], "last_name": b[1]},
    )
    names = {fs.field: fs for fs in pair.fields}["name"]
    assert names.score == 100
    assert pair.score >= 95
    r = reason(
        names,
        {"first_name": a[0], "last_name": a[1]},
        {"first_name": b[0], "last_name": b[1]},
        RecordKind.CONTACT,
    )
    assert r.code == "name_in_use"  # (not "same once accents, case and punctuation…")
    assert reason_text(r).startswith(
        "same name once a title (Mme, M.) or a birth name (née…) is set aside: "
    )
    assert reason_fr(r).startswith(
        "même nom, civilité (Mme, M.) ou nom de naissance (née…) mis à part : "
    )


def _colleagues() -> list[dict[str, Any]]:
    """Six colleagues reached through the switchboard, no own number nor e-mail."""
    names = [
        ("Marie", "Martin"),
        ("Marie", "Morin"),
        ("Paul", "Girard"),
        ("Luc", "Garnier"),
        ("Anne", "Morel"),
        ("Marc", "Dupuis"),
    ]
    return [
        rec(i, first_name=first, last_name=last, phone_business=SWITCHBOARD, **ACME)
        for i, (first, last) in enumerate(names, 1)
    ]


def test_a_switchboard_makes_no_duplicates_in_the_fields_mode() -> None:
    settings = default_settings()  # (company, name, phone at 85)
    prepared = [prepare(r, settings) for r in _colleagues()]
    # Before: Marie Martin / Marie Morin reached 85 on the switchboard.
    mark_switchboards(prepared, settings)
    found, _, _ = scan_prepared(prepared, settings)
    assert found == []
    low = MatchSettings(threshold=0)
    a, b = _colleagues()[:2]
    pair = _fields_marked(a, b, low)
    phone = {fs.field: fs for fs in pair.fields}["phone"]
    assert phone.how is How.SWITCHBOARD
    r = reason(phone, a, b, RecordKind.CONTACT)
    assert reason_text(r) == (
        "phone of a switchboard (shared by several contacts), not a person's: '04 72 00 00 00'"
    )
    assert reason_fr(r) == (
        "téléphone d'un standard (partagé par plusieurs contacts), pas celui d'une personne"
        " : « 04 72 00 00 00 »"
    )
    # A direct line borne by two cards only is a person's: still "same phone".
    one = [rec(1, first_name="Hugo", last_name="Lemoine", phone_business="+33472000042", **ACME)]
    one.append({**one[0], "id": 2, "first_name": "H."})
    prepared = [prepare(r, settings) for r in one]
    mark_switchboards(prepared, settings)
    found, _, _ = scan_prepared(prepared, settings)
    assert len(found) == 1
    assert {fs.field: fs.how for fs in found[0].fields}["phone"] is not How.SWITCHBOARD


def _fields_marked(a: dict[str, Any], b: dict[str, Any], settings: MatchSettings) -> Any:
    prepared = [prepare(r, settings) for r in _colleagues()]
    mark_switchboards(prepared, settings)
    pa = next(p for p in prepared if p.id == a["id"])
    pb = next(p for p in prepared if p.id == b["id"])
    return score_pair(pa, pb, settings)


def test_a_switchboard_makes_no_duplicates_in_the_all_evidence_mode() -> None:
    """Before: "Marie Morin" / "Anne Morel" at 100 on the company, its address and the
    switchboard ("same phone")."""
    records = [*_colleagues(), *_filler(10, 40)]
    found = {
        (a, b): (s, why)
        for a, b, s, why in ev.find_duplicates(ev.prepare_columns(records), 0).pairs
    }
    score, why = found[(2, 5)]
    assert score <= CAP and why[0].code == "two_people"
    assert {r.field: r.code for r in why}["phone"] == "switchboard"
    assert all(r.code != "same" for r in why if r.field == "phone")
    proposed = {ab for ab, (s, _) in found.items() if s >= 85 and max(ab) <= 6}
    assert (2, 5) not in proposed


def test_titles_and_a_cedex_box_in_the_all_evidence_mode() -> None:
    card = {**ACME, "phone_mobile": "+33662110604"}
    records = [
        rec(1, first_name="Sylvie", last_name="Bertin", **card),
        rec(2, first_name="Mme", last_name="Bertin", **card),  # (not proposed at all)
        rec(3, first_name="Olivier", last_name="Renaud", phone_mobile="+33662110777", **ACME),
        rec(4, first_name=None, last_name="M. Renaud", phone_mobile="+33662110777", **ACME),
        rec(5, first_name="Bruno", last_name="Carpentier", phone_mobile="+33662110999", **ACME),
        rec(
            6,
            first_name="Bruno",
            last_name="Carpentier",
            phone_mobile="+33662110999",
            company_name="Acme Industrie",
            address1="BP 1234",
            postcode="69401",
            city="Lyon Cedex 03",
        ),
        *_filler(10, 40),
    ]
    found = {(a, b): why for a, b, _, why in ev.find_duplicates(ev.prepare_columns(records)).pairs}
    assert (1, 2) in found
    assert {r.field: r.code for r in found[(3, 4)]}["last_name"] == "same"  # (was a typo)
    # A postal box is no address: not "different addresses" (a conflict) any more.
    assert "address" not in {r.field for r in found[(5, 6)]}
    assert normalise_city("Lyon Cedex 03") == "lyon"


def test_compound_first_names_and_particles_in_the_all_evidence_mode() -> None:
    """ "J.-P." / "Jean-Pierre" was "first names close (78 %)": now abbreviated, as the
    fields mode says it; particles written together or dropped stay alike."""
    card = {**ACME, "phone_mobile": "+33662110604"}
    pairs = [
        (("Jean-Pierre", "Lefort"), ("J.-P.", "Lefort"), "first_name", "initial"),
        (("Jean-Pierre", "Lenoir"), ("JP", "Lenoir"), "first_name", "initial"),
        (("Jean-Pierre", "Lemaire"), ("Jean Pierre", "Lemaire"), "first_name", "same"),
        (("Marie-Christine", "Roy"), ("Marie", "Roy"), "first_name", "short_form"),
        (("Hélène", "de La Fontaine"), ("Hélène", "Delafontaine"), "last_name", "typo"),
        (("Hugues", "de La Fontaine"), ("Hugues", "La Fontaine"), "last_name", "typo"),
    ]
    records = []
    for k, (a, b, _, _) in enumerate(pairs):
        phone = {**card, "phone_mobile": f"+3366211{k:04d}"}
        records.append(rec(2 * k + 1, first_name=a[0], last_name=a[1], **phone))
        records.append(rec(2 * k + 2, first_name=b[0], last_name=b[1], **phone))
    found = {
        (a, b): why
        for a, b, _, why in ev.find_duplicates(ev.prepare_columns(records + _filler(20, 40))).pairs
    }
    for k, (a, b, field, code) in enumerate(pairs):
        why = found[(2 * k + 1, 2 * k + 2)]
        assert {r.field: r.code for r in why}[field] == code, (a, b)
