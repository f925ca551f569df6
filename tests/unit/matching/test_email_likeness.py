"""E-mails compared by their parts before the "@", the domain apart, and role addresses
("contact@", "info@") no evidence: both duplicate scans (``domain.matching_channels``,
``services.duplicates.evidence``), with their sentences in English and in the command
line's French.

Whole addresses made colleagues alike: "marc.durand@acme.fr" / "marc.dupont@acme.fr" were
"e-mails close (89 %)", and two colleagues sharing "contact@acme.fr" were proposed at 95
on that address alone ("same e-mail, proposed on its own")."""

from __future__ import annotations

import pytest

from desktop_crm.cli.import_texts import reason_fr
from desktop_crm.domain.emails import is_role_address
from desktop_crm.domain.matching import (
    How,
    MatchMode,
    PairScore,
    RecordKind,
    default_settings,
    prepare,
    reason,
    reason_text,
    score_pair,
    settings_from,
)
from desktop_crm.domain.matching_channels import local_likeness
from desktop_crm.services.duplicates import evidence as ev
from tests.unit.matching.test_evidence import _filler, rec

KIND = RecordKind.CONTACT
ACME = {
    "company_name": "Acme Industrie",
    "address1": "5 rue Pasteur",
    "postcode": "69003",
    "city": "Lyon",
}


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("contact@acme.fr", True),
        ("Contact@ACME.fr", True),
        ("info@acme.fr", True),
        ("accueil@acme.fr", True),
        ("commercial@acme.fr", True),
        ("service.client@acme.fr", True),
        ("contact2@acme.fr", True),
        ("comptabilité@acme.fr", True),
        ("marc.durand@acme.fr", False),
        ("marc@acme.fr", False),
        ("contact.durand@acme.fr", False),
        ("", False),
    ],
)
def test_role_addresses(address: str, role: bool) -> None:
    assert is_role_address(address) is role


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("marc.durand@acme.fr", "marc.dupont@acme.fr", 0, 60),  # the same first name only
        ("jean.dupont@acme.fr", "jean.dupond@acme.fr", 80, 99),  # a typo
        ("j.dupont@acme.fr", "jean.dupont@acme.fr", 85, 95),  # an initial
        ("jdupont@acme.fr", "jean.dupont@acme.fr", 75, 95),
        ("jean.dupont@acme.fr", "jean.dupont@gmail.com", 100, 100),  # (the domain apart)
    ],
)
def test_local_parts_compared_word_by_word(a: str, b: str, low: int, high: int) -> None:
    assert low <= local_likeness(a, b) <= high
    assert local_likeness(b, a) == local_likeness(a, b)


def _pair(
    a: dict[str, str], b: dict[str, str], fields: tuple[str, ...] = ("name", "email", "company")
) -> PairScore | None:
    settings = settings_from(list(fields), MatchMode.FUZZY, 0)
    return score_pair(
        prepare({"id": 1, **a}, settings), prepare({"id": 2, **b}, settings), settings
    )


def _durand(email: str, last: str = "Durand", first: str = "Marc") -> dict[str, str]:
    return {"first_name": first, "last_name": last, "email": email, **ACME}


def test_colleagues_at_one_domain_are_not_close_by_their_emails() -> None:
    pair = _pair(_durand("marc.durand@acme.fr"), _durand("marc.dupont@acme.fr", "Dupont"))
    assert pair is not None
    email = {fs.field: fs for fs in pair.fields}["email"]
    assert (email.how, email.score) == (How.DIFFERENT, 0)  # (was "close", 89 %)
    r = reason(email, {"email": "marc.durand@acme.fr"}, {"email": "marc.dupont@acme.fr"}, KIND)
    assert reason_text(r).startswith("different e-mails: ")
    assert reason_fr(r).startswith("e-mails différents : ")
    assert pair.score < 60


def test_a_typo_in_the_email_stays_close_and_another_domain_is_said() -> None:
    typo = _pair(
        _durand("jean.dupont@acme.fr", "Dupont", "Jean"),
        _durand("jean.dupond@acme.fr", "Dupond", "Jean"),
    )
    assert typo is not None
    email = {fs.field: fs for fs in typo.fields}["email"]
    assert email.how is How.SIMILAR and email.score >= 80
    home = _pair(
        _durand("jean.dupont@orange.fr", "Dupont", "Jean"),
        _durand("jean.dupont@free.fr", "Dupont", "Jean"),
    )
    assert home is not None
    email = {fs.field: fs for fs in home.fields}["email"]
    assert (email.how, email.score) == (How.OTHER_DOMAIN, 90)
    r = reason(email, {"email": "jean.dupont@orange.fr"}, {"email": "jean.dupont@free.fr"}, KIND)
    assert reason_text(r) == (
        "same e-mail before the @, at another domain: "
        "'jean.dupont@orange.fr' / 'jean.dupont@free.fr'"
    )
    assert reason_fr(r) == (
        "même e-mail avant l'@, sur un autre domaine : "
        "« jean.dupont@orange.fr » / « jean.dupont@free.fr »"
    )


def test_a_shared_role_address_is_no_evidence_in_the_fields_mode() -> None:
    """Marc Durand and Marc Dupond share contact@acme.fr: no longer proposed at 95 on that
    address (default settings: company, name, phone; e-mail proposes on its own)."""
    settings = default_settings()
    a = {"id": 1, **_durand("contact@acme.fr")}
    b = {"id": 2, **_durand("contact@acme.fr", "Dupond")}
    before_threshold = score_pair(prepare(a, settings), prepare(b, settings), settings)
    assert before_threshold is None  # (was 95: "same e-mail (proposed on its own)")
    # One person's own address still proposes on its own.
    c = {"id": 3, **_durand("marc.durand@acme.fr", "Dupond")}
    d = {"id": 4, **_durand("marc.durand@acme.fr")}
    own = score_pair(prepare(c, settings), prepare(d, settings), settings)
    assert own is not None and own.score >= 95
    # Compared as a field, the role address is said and counted neither way.
    pair = _pair(_durand("contact@acme.fr"), _durand("contact@acme.fr", "Dupond"))
    without = _pair(_durand(""), _durand("", "Dupond"))
    assert pair is not None and without is not None
    email = {fs.field: fs for fs in pair.fields}["email"]
    assert email.how is How.ROLE
    assert pair.score == without.score
    r = reason(email, {"email": "contact@acme.fr"}, {"email": "contact@acme.fr"}, KIND)
    assert r.code == "role_address"
    assert reason_text(r) == "generic e-mail (contact@, info@…), not a person's: 'contact@acme.fr'"
    assert reason_fr(r) == (
        "e-mail générique (contact@, info@…), pas celui d'une personne : « contact@acme.fr »"
    )
    # Beside a person's own address: no evidence either way, not "different".
    mixed = _pair(_durand("contact@acme.fr"), _durand("marc.durand@acme.fr"))
    assert mixed is not None
    assert {fs.field: fs.how for fs in mixed.fields}["email"] is How.ROLE


def test_a_shared_role_address_is_no_evidence_in_the_all_evidence_mode() -> None:
    records = [
        rec(1, first_name="Marie", last_name="Roux", email="contact@acme.fr", **ACME),
        rec(2, first_name="Marie", last_name="Rioux", email="contact@acme.fr", **ACME),
        rec(3, first_name="Hugo", last_name="Lemoine", email="h.lemoine@acme.fr", **ACME),
        rec(4, first_name="Hugo", last_name="Lemoine", email="h.lemoine@acme.fr"),
        *_filler(10, 40),
    ]
    found = {
        (a, b): why for a, b, _, why in ev.find_duplicates(ev.prepare_columns(records), 0).pairs
    }
    codes = {r.field: r.code for r in found[(1, 2)]}
    assert codes["email"] == "role_address"  # (was "same", a personal identifier)
    assert {r.field: r.code for r in found[(3, 4)]}["email"] == "same"


def test_the_same_local_part_at_another_domain_is_said_so_in_the_all_evidence_mode() -> None:
    card = {**ACME, "phone_mobile": "+33612445566"}
    records = [
        rec(1, first_name="Joséphine", last_name="Le Gall", email="jo.legall@orange.fr", **card),
        rec(2, first_name="Jo", last_name="Le Gall", email="jo.legall@free.fr", **card),
        *_filler(10, 40),
    ]
    found = {(a, b): why for a, b, _, why in ev.find_duplicates(ev.prepare_columns(records)).pairs}
    assert {r.field: r.code for r in found[(1, 2)]}["email"] == "other_domain"  # (was "close")
