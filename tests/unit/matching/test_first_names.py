"""The table of French first names: short forms alike, two first names apart."""

from __future__ import annotations

import pytest

from desktop_crm.domain.first_names import (
    GROUPS,
    KNOWN_IDS,
    OTHER_NAME,
    SHORT_FORM,
    first_name_relation,
    short_form_of,
)
from desktop_crm.domain.matching import normalise_name


def _relation(a: str, b: str) -> str:
    """Both ways round, as a person types them (accents and case as normalising leaves them)."""
    x, y = normalise_name(a), normalise_name(b)
    there, back = first_name_relation(x, y), first_name_relation(y, x)
    assert there == back
    return there


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Chris", "Christophe"),
        ("Chris", "Christine"),
        ("Chris", "Christian"),
        ("Alex", "Alexandre"),
        ("Alex", "Alexandra"),
        ("Fred", "Frédéric"),
        ("FRED", "Frédérique"),
        ("Manu", "Emmanuel"),
        ("Manu", "Emmanuelle"),
        ("Nico", "Nicolas"),
        ("Seb", "Sébastien"),
        ("Séb.", "Sebastien"),
        ("Steph", "Stéphane"),
        ("Steph", "Stéphanie"),
        ("Stef", "Steph"),
        ("Domi", "Dominique"),
        ("Cath", "Catherine"),
        ("Cathy", "Catherine"),
        ("Mimi", "Michèle"),
        ("Mimi", "Émilie"),
        ("Babeth", "Élisabeth"),
        ("Isa", "Isabelle"),
        ("Véro", "Véronique"),
        ("Phil", "Philippe"),
        ("Tony", "Antoine"),
        ("Greg", "Grégory"),
        ("Max", "Maxime"),
        ("Ludo", "Ludovic"),
        ("Matthieu", "Mathieu"),
        ("Michelle", "Michèle"),
        ("Danièle", "Danielle"),
        ("Titia", "Laëtitia"),
    ],
)
def test_a_short_form_and_its_name_are_one_first_name(short: str, full: str) -> None:
    assert _relation(short, full) == SHORT_FORM
    assert short_form_of(normalise_name(short), normalise_name(full))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Masculine and feminine forms: two people.
        ("Jean", "Jeanne"),
        ("Louis", "Louise"),
        ("Daniel", "Danielle"),
        ("Paul", "Paulette"),
        ("Paul", "Pauline"),
        ("Michel", "Michèle"),
        ("Michel", "Michelle"),
        ("Denis", "Denise"),
        ("Gabriel", "Gabrielle"),
        ("Emmanuel", "Emmanuelle"),
        ("Stéphane", "Stéphanie"),
        ("Frédéric", "Frédérique"),
        ("François", "Françoise"),
        ("Gaël", "Gaëlle"),
        ("Christophe", "Christine"),
        ("Martin", "Martine"),
        ("René", "Renée"),
        # A name that only begins like another.
        ("Marc", "Marcel"),
        ("Jean", "Jeannine"),
        ("Luc", "Lucas"),
        ("Léo", "Léon"),
        ("Yves", "Yvette"),
        # Names sharing a short form are still two names.
        ("Alexandre", "Alexis"),
        ("Maxime", "Maximilien"),
        # A short form of one name is not another name.
        ("Manu", "Michel"),
        ("Chris", "Christelle-Marie"),  # (not in the table: the letters decide)
    ],
)
def test_two_first_names_stay_apart(a: str, b: str) -> None:
    expected = "" if "-" in b else OTHER_NAME
    assert _relation(a, b) == expected
    assert not short_form_of(normalise_name(a), normalise_name(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("Christophe", "Christophe"), ("Kevin", "Kev"), ("Yann", "Yannick"), ("Jean", "")],
)
def test_names_out_of_the_table_are_left_to_the_letters(a: str, b: str) -> None:
    assert _relation(a, b) == ""


def test_the_table_is_normalised_and_numbered() -> None:
    assert len(GROUPS) > 150
    for name in GROUPS:
        assert name == normalise_name(name) and name
    assert sorted(KNOWN_IDS.values()) == list(range(1, len(GROUPS) + 1))
    # Short forms of several names; every full name is one entry of its own.
    assert len(GROUPS["chris"]) == 5
    assert len(GROUPS["christophe"]) == 1
    # Spelling variants of one name share its entry.
    assert GROUPS["mathieu"] == GROUPS["matthieu"]
