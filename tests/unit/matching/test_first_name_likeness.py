"""The shared first-name rules both duplicate scans read (``domain.first_names``): one
person's first names (short forms, initials, parts of a compound) and two people's (two
names of the table), and e-mails that differ only by such a first name."""

from __future__ import annotations

import pytest

from desktop_crm.domain.first_names import (
    ALIKE,
    INITIAL,
    OTHER_NAME,
    first_name_likeness,
    other_first_name_in,
)
from desktop_crm.domain.matching import normalise_name


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
