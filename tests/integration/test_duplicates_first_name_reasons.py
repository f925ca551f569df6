"""The reasons the duplicate review shows agree with the first-name rules, and the
"fields" scan reads the same table of first names as the all-evidence scan (real SQLite
databases, real scans).

- "jean.caradec@" and "jeanne.caradec@" are two people's e-mails, alike only through the
  last name: the review said "e-mails close" beside "probably two people"; it now says
  "e-mails differ by the first name", in both modes;
- the fields mode judged first names by their letters: "Chris" / "Christophe" were 67 %
  alike (missed), "Stéphane" / "Stéphanie" on one switchboard 94 % (proposed at 97).
"""

from __future__ import annotations

from typing import Any

from desktop_crm.domain.matching import FieldRule, MatchSettings, evidence_settings
from desktop_crm.services.duplicates.scan import CandidatePair, ScanResult, scan
from desktop_crm.storage.uow import Database
from tests.integration.test_duplicates_namesakes import _demo, _insert, _mail, _person, _stranger
from tests.integration.test_duplicates_nicknames import DOMAIN, SWITCHBOARD, TWO_NAMES_CASES

CLOSE = ("close", "very_close", "loose", "typo", "phonetic", "one_part")
# Colleagues at the cannery whose e-mails hold the first name the table tells apart.
ECHO_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    *TWO_NAMES_CASES,
    (
        "J. / Jeanne: an initial on one card, the e-mails tell the first names",
        _person(80, "J.", "Kerhervé", email=_mail("Jean", "Kerhervé", DOMAIN)),
        _person(81, "Jeanne", "Kerhervé"),
    ),
    (
        "Paul / Paulette written together, at home",
        _person(82, "Paul", "Guivarc'h", company_name=None, email="paulguivarch@gmail.com"),
        _person(83, "Paulette", "Guivarc'h", company_name=None, email="pauletteguivarch@gmail.com"),
    ),
]
FIELDS = MatchSettings(
    rules=(FieldRule("name"), FieldRule("email"), FieldRule("company")), threshold=0
)


def _cases(
    db: Database, table: list[tuple[str, dict[str, Any], dict[str, Any]]]
) -> dict[str, tuple[int, int]]:
    ids = _insert(db, [row for _, a, b in table for row in (a, b)])
    return {kind: (ids[2 * i], ids[2 * i + 1]) for i, (kind, _, _) in enumerate(table)}


def _codes(pair: CandidatePair, field: str) -> list[str]:
    return [r.code for r in pair.parts if r.field == field]


def _contradictions(result: ScanResult) -> list[str]:
    """Reasons that contradict the first-name rules: e-mails called alike beside first
    names said to differ, or two people's names called close."""
    out = []
    for p in result.pairs:
        names_differ = {"different", "other_first_name"} & {
            *_codes(p, "first_name"),
            *_codes(p, "name"),  # (the fields mode, names compared fuzzily)
        }
        if names_differ and set(_codes(p, "email")) & set(CLOSE):
            out.append(f"{p.a_label} / {p.b_label}: {p.reasons}")
        # "3 rue de la Gare" in two towns is not an address in common.
        if (
            p.parts
            and p.parts[0].code == "namesake"
            and {"same", "close"} & {*_codes(p, "address")}
        ):
            out.append(f"{p.a_label} / {p.b_label}: {p.reasons}")
        # "swapped, very close (28 %)" said of "Philippe Clément" / "Antoine Philippe".
        if any(r.code.startswith("swapped_") and r.score < 75 for r in p.parts):
            out.append(f"{p.a_label} / {p.b_label}: {p.reasons}")
        if any(r.code == "swapped_close" and r.score < 90 for r in p.parts):
            out.append(f"{p.a_label} / {p.b_label}: {p.reasons}")
        names = {*_codes(p, "first_name"), *_codes(p, "last_name")}
        if p.parts and p.parts[0].code == "two_people" and {"close", "very_close"} & names:
            out.append(f"{p.a_label} / {p.b_label}: {p.reasons}")
    return out


def test_all_evidence_reasons_agree_with_the_first_name_rules(sqlite_db: Database) -> None:
    _demo(sqlite_db, contacts=1500)
    cases = _cases(sqlite_db, ECHO_CASES)
    with sqlite_db.uow(write=False) as uow:
        low = scan(uow, evidence_settings(threshold=0))
    pairs = {(p.a, p.b): p for p in low.pairs}
    for kind, _, _ in ECHO_CASES:
        pair = pairs[cases[kind]]
        if not kind.startswith("J. /"):  # (an initial is alike: the rules decide by the rest)
            assert pair.score < 85, kind
            assert pair.parts[0].code == "two_people", kind
        email = [r for r in pair.reasons if r.startswith("e-mail")]
        assert len(email) == 1 and email[0].startswith("e-mails differ by the first name"), kind
        assert not any(r.startswith("e-mails close") for r in pair.reasons), kind
    # Nowhere in the whole scan (the demo base's look-alikes and namesakes too).
    assert len(low.pairs) > len(ECHO_CASES)
    wrong = _contradictions(low)
    assert not wrong, "\n".join(wrong)


def test_fields_mode_reads_the_table_of_first_names(sqlite_db: Database) -> None:
    """Default fields (company, name, phone): short forms, initials and compound parts are
    one person's; the table's two names are two people's, even on one switchboard."""
    same = [
        ("Chris / Christophe, same direct line", "Christophe", "Chris"),
        ("Manu / Emmanuel, same direct line", "Emmanuel", "Manu"),
        ("Seb / Sébastien, same direct line", "Sébastien", "Seb"),
        ("J. / Jacques, same direct line", "Jacques", "J."),
        ("J.-P. / Jean-Pierre, same direct line", "Jean-Pierre", "J.-P."),
        ("Marie / Marie-Christine, same direct line", "Marie-Christine", "Marie"),
    ]
    two = [
        ("Jean / Jeanne", "Jean", "Jeanne"),
        ("Daniel / Danielle", "Daniel", "Danielle"),
        ("Paul / Paulette", "Paul", "Paulette"),
        ("Marc / Marcel", "Marc", "Marcel"),
        ("Stéphane / Stéphanie", "Stéphane", "Stéphanie"),
    ]
    table = [
        (kind, _person(90 + i, a, "Le Du"), _person(90 + i, b, "Le Du", phone_mobile=None))
        for i, (kind, a, b) in enumerate(same)
    ]
    table += [  # colleagues on the switchboard, own mobiles and e-mails
        (
            kind,
            _person(120 + 2 * i, a, "Cosquer", phone_business=SWITCHBOARD),
            _person(121 + 2 * i, b, "Cosquer", phone_business=SWITCHBOARD),
        )
        for i, (kind, a, b) in enumerate(two)
    ]
    cases = _cases(sqlite_db, table)
    with sqlite_db.uow(write=False) as uow:
        result = scan(uow, MatchSettings())
        low = scan(uow, MatchSettings(threshold=0))
    pairs = {(p.a, p.b): p for p in result.pairs}
    for kind, _, b in same:
        pair = pairs.get(cases[kind])
        assert pair is not None and pair.score >= 85, kind
        name = next(r for r in pair.parts if r.field == "name")
        expected = "initial" if b.startswith("J.") else "short_form"
        assert name.code == expected, kind
        assert any(set(cases[kind]) <= set(g.ids) for g in result.groups), kind
    scored = {(p.a, p.b): p for p in low.pairs}
    for kind, _, _ in two:
        assert cases[kind] not in pairs, kind
        pair = scored[cases[kind]]
        assert pair.score < 85, kind
        assert _codes(pair, "name") == ["other_first_name"], kind
    jean = scored[cases["Jean / Jeanne"]].reasons
    assert "names differ by the first name: 'Jean Cosquer' / 'Jeanne Cosquer'" in jean


def test_fields_mode_emails_that_differ_by_the_first_name(sqlite_db: Database) -> None:
    """Name, e-mail and company compared (fuzzy), threshold lowered to 0."""
    _demo(sqlite_db, contacts=800)
    cases = _cases(sqlite_db, ECHO_CASES)
    with sqlite_db.uow(write=False) as uow:
        low = scan(uow, FIELDS)
    pairs = {(p.a, p.b): p for p in low.pairs}
    for kind, _, _ in ECHO_CASES:
        pair = pairs[cases[kind]]
        assert pair.score < 85, kind
        assert _codes(pair, "email") == ["other_first_name"], kind
        assert any(r.startswith("e-mails differ by the first name") for r in pair.reasons)
    # Two people at one company's domain, first and last names different: not close either.
    ids = sorted(
        cases[f"{n}, colleagues"][0] for n in ("Daniel / Danielle", "Christophe / Christine")
    )
    pair = pairs[(ids[0], ids[1])]
    assert _codes(pair, "name") == ["different"]
    assert _codes(pair, "email") == ["different"]
    wrong = _contradictions(low)
    assert not wrong, "\n".join(wrong)


def test_namesakes_at_one_street_address_in_two_towns(sqlite_db: Database) -> None:
    """Two Jean Martin at "3 rue de la Gare", in La Rochelle and in Montreuil, nothing else
    in common: namesakes, the address said to be in another town (not "same address")."""
    _demo(sqlite_db, contacts=600)
    gare = {"address1": "3 rue de la Gare", "phone_business": None}
    rochelle = _stranger(1, "Jean", "Martin", postcode="17000", city="La Rochelle", **gare)
    montreuil = _person(2, "Jean", "Martin", postcode="93100", city="Montreuil", **gare)
    others = [_stranger(3 + i, f, "Martin") for i, f in enumerate(("Luc", "Anne", "Rémi"))]
    cases = _cases(sqlite_db, [("namesakes", rochelle, montreuil), ("others", *others[:2])])
    _insert(sqlite_db, others[2:])
    with sqlite_db.uow(write=False) as uow:
        low = scan(uow, evidence_settings(threshold=0))
    pair = {(p.a, p.b): p for p in low.pairs}[cases["namesakes"]]
    assert pair.parts[0].code == "namesake"
    assert _codes(pair, "address") == ["other_town"]
    assert "address in another town: '3 rue de la Gare'" in pair.reasons
    wrong = _contradictions(low)
    assert not wrong, "\n".join(wrong)
