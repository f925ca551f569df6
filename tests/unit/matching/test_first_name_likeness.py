"""The shared first-name rules both duplicate scans read (``domain.first_names``): one
person's first names (short forms, initials, parts of a compound) and two people's (two
names of the table), and e-mails that differ only by such a first name."""

from __future__ import annotations

import pytest

from desktop_crm.cli.import_texts import reason_fr
from desktop_crm.domain.first_names import (
    ALIKE,
    INITIAL,
    OTHER_NAME,
    first_name_likeness,
    other_first_name_in,
)
from desktop_crm.domain.matching import (
    How,
    MatchMode,
    PairScore,
    Prepared,
    Reason,
    RecordKind,
    normalise_name,
    prepare,
    reason,
    reason_text,
    score_pair,
    settings_from,
)

KIND = RecordKind.CONTACT


@pytest.mark.parametrize(
    ("a", "b", "likeness"),
    [
        ("Chris", "Christophe", ALIKE),
        ("Manu", "Emmanuel", ALIKE),
        ("Seb", "Sébastien", ALIKE),
        ("Marie", "Marie-Christine", ALIKE),
        ("Jean", "Jean-Pierre", ALIKE),
        ("J.", "Jean", INITIAL),
        ("J.-P.", "Jean-Pierre", INITIAL),
        ("JP", "Jean-Pierre", INITIAL),
        ("Jean", "Jeanne", OTHER_NAME),
        ("Daniel", "Danielle", OTHER_NAME),
        ("Paul", "Paulette", OTHER_NAME),
        ("Marc", "Marcel", OTHER_NAME),
        ("Yann", "Yannick", ""),  # not in the table: the letters decide
        ("Jean", "JEAN", ""),  # the same name
    ],
)
def test_first_name_likeness(a: str, b: str, likeness: str) -> None:
    na, nb = normalise_name(a), normalise_name(b)
    assert first_name_likeness(na, nb) == likeness
    assert first_name_likeness(nb, na) == likeness


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        ("jean.dupont@x.fr", "jeanne.dupont@x.fr", True),
        ("jean.dupont@x.fr", "jeanne.dupont@y.fr", True),
        ("dupont_paul@x.fr", "dupont_paulette@x.fr", True),
        ("marc-le-corre@x.fr", "marcel-le-corre@x.fr", True),
        ("jeandupont@gmail.com", "jeannedupont@gmail.com", True),
        ("dupontjean@gmail.com", "dupontjeanne@gmail.com", True),
        ("louisdupont@x.fr", "louisedupont@x.fr", True),
        ("jeanedwards@x.fr", "jeanneedwards@x.fr", True),
        # One person's: a typo, a short form, the same address, an initial.
        ("jean.dupont@x.fr", "jean.dupond@x.fr", False),
        ("chris.martin@x.fr", "christophe.martin@x.fr", False),
        ("jean.dupont@x.fr", "jean.dupont@y.fr", False),
        ("jdupont@x.fr", "jeanne.dupont@x.fr", False),
        # More than the first name differs.
        ("jean.dupont@x.fr", "jeanne.dupond@x.fr", False),
    ],
)
def test_other_first_name_in_emails(a: str, b: str, other: bool) -> None:
    assert other_first_name_in(a, b) is other
    assert other_first_name_in(b, a) is other


def _pair(mode: MatchMode, a: tuple[str, str, str], b: tuple[str, str, str]) -> PairScore:
    settings = settings_from(["name", "email"], mode, 0)

    def prepared(i: int, row: tuple[str, str, str]) -> Prepared:
        first, last, email = row
        return prepare({"id": i, "first_name": first, "last_name": last, "email": email}, settings)

    scored = score_pair(prepared(1, a), prepared(2, b), settings)
    assert scored is not None
    return scored


@pytest.mark.parametrize("mode", [MatchMode.FUZZY, MatchMode.PHONETIC])
def test_the_fields_mode_reads_the_table(mode: MatchMode) -> None:
    """Name and e-mail compared fuzzily or by sound: "Jean" / "Jeanne" (the same sound)
    are two names, and their e-mails differ by the first name; "Chris" is "Christophe"."""
    two = _pair(
        mode, ("Jean", "Caradec", "jean.caradec@x.fr"), ("Jeanne", "Caradec", "jeanne.caradec@x.fr")
    )
    hows = {fs.field: fs.how for fs in two.fields}
    assert hows["name"] is How.OTHER_NAME
    assert hows["email"] in (How.OTHER_NAME, How.DIFFERENT)  # (phonetic e-mails: exact)
    assert two.score <= 60
    one = _pair(mode, ("Chris", "Le Du", "c.ledu@x.fr"), ("Christophe", "Le Du", "c.ledu@x.fr"))
    assert {fs.field: fs.how for fs in one.fields}["name"] is How.SHORT_FORM
    assert one.score >= 95


def test_the_new_reason_in_english_and_in_the_command_lines_french() -> None:
    r = Reason(
        "email",
        "jean.caradec@x.fr",
        "jeanne.caradec@x.fr",
        0,
        How.OTHER_NAME,
        False,
        "other_first_name",
    )
    assert reason_text(r) == (
        "e-mails differ by the first name: 'jean.caradec@x.fr' / 'jeanne.caradec@x.fr'"
    )
    assert reason_fr(r) == (
        "e-mails différant par le prénom : « jean.caradec@x.fr » / « jeanne.caradec@x.fr »"
    )


def test_names_are_said_swapped_only_when_the_crossed_names_are_alike() -> None:
    """ "Philippe Clément" / "Antoine Philippe" were "swapped, very close (28 %)"."""
    loose = _pair(MatchMode.FUZZY, ("Philippe", "Clément", ""), ("Antoine", "Philippe", ""))
    assert loose.fields[0].how is How.DIFFERENT  # (two names of the table, not swapped)
    r = reason(loose.fields[0], {"first_name": "Philippe"}, {"first_name": "Antoine"}, KIND)
    assert not r.code.startswith("swapped")
    crossed = _pair(MatchMode.FUZZY, ("Martin", "Jean", ""), ("Jean", "Martinn", ""))
    assert [fs.how for fs in crossed.fields] == [How.SWAPPED]
    r = reason(crossed.fields[0], {"first_name": "Martin"}, {"first_name": "Jean"}, KIND)
    assert r.code == "swapped_close" and crossed.score >= 90


def test_a_whole_name_shortened_is_said_of_its_first_name() -> None:
    """Fields mode compares whole names; "Chris Le Du" / "Christophe Le Du" is a first name
    shortened ("prénom abrégé"), not a "nom abrégé" (a French reader's last name)."""
    from desktop_crm.domain.matching import FieldScore, RecordKind, reason

    a = {"first_name": "Chris", "last_name": "Le Du"}
    b = {"first_name": "Christophe", "last_name": "Le Du"}
    for how, code, fr in (
        (How.SHORT_FORM, "short_form", "prénom abrégé ou diminutif"),
        (How.INITIAL, "initial", "prénom abrégé"),
    ):
        r = reason(FieldScore("name", 94, how), a, b, RecordKind.CONTACT)
        assert (r.code, r.field) == (code, "name")  # (the compared field stays "name")
        assert reason_text(r).startswith("first name ")
        assert reason_fr(r).startswith(fr)
