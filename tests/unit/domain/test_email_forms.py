"""The two forms of an e-mail address: the one stored and the one compared.

Stored: trimmed, domain lower-cased, local part as typed (servers may treat it as
case-sensitive, and users expect to see what they typed). Compared (duplicates): the whole
address case-folded, since no two real mailboxes differ by case alone.
"""

from __future__ import annotations

import pytest

from desktop_crm.domain import emails, matching
from desktop_crm.domain.emails import check_email, email_for_storage, email_match_key
from desktop_crm.domain.matching import MatchMode, comparable


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("  Jean.Dupont@Orange.FR ", "Jean.Dupont@orange.fr"),
        ("marie@exemple.fr", "marie@exemple.fr"),
        ("no-at-sign", "no-at-sign"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_storage_form_keeps_the_local_part_and_lowers_the_domain(
    typed: str | None, stored: str | None
) -> None:
    assert email_for_storage(typed) == stored


def test_a_checked_address_is_stored_in_the_storage_form() -> None:
    for typed in ("Jean.Dupont@Orange.FR", "Élodie.Martin@Exemple.Fr", "a.b@SUB.Example.com"):
        check = check_email(typed)
        assert check.ok
        assert check.normalised == email_for_storage(check.normalised)
        assert check.normalised is not None and check.normalised.startswith(typed.split("@")[0])


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("  Jean.Dupont@Orange.FR ", "jean.dupont@orange.fr"),
        ("STRASSE@EXEMPLE.DE", "strasse@exemple.de"),
        ("Straße@exemple.de", "strasse@exemple.de"),  # case-folded, not only lower-cased
        ("", ""),
        (None, ""),
    ],
)
def test_match_key_folds_the_whole_address(typed: str | None, key: str) -> None:
    assert email_match_key(typed) == key


def test_duplicates_compare_addresses_by_the_match_key() -> None:
    a = comparable("email", MatchMode.NORMALISED, ("Jean.Dupont@Orange.fr", None))
    b = comparable("email", MatchMode.NORMALISED, ("jean.dupont@orange.FR ", ""))
    assert a == b == ("jean.dupont@orange.fr",)
    # "Exact" means exact: case differences are kept.
    exact_a = comparable("email", MatchMode.EXACT, ("Jean.Dupont@Orange.fr",))
    exact_b = comparable("email", MatchMode.EXACT, ("jean.dupont@orange.fr",))
    assert exact_a != exact_b


def test_there_is_no_ambiguous_normalise_email_left() -> None:
    assert not hasattr(emails, "normalise_email")
    assert not hasattr(matching, "normalise_email")
