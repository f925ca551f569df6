"""A team member's address may be one of the company network (``alice@societe.local``,
``alice@intranet``): email-validator refuses those, a contact's check keeps refusing them,
the team's check accepts them with every other syntax rule kept."""

from __future__ import annotations

import pytest

from desktop_crm.domain.emails import check_email, check_network_email


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("alice@societe.local", "alice@societe.local"),
        (" Alice@Societe.LOCAL ", "Alice@societe.local"),
        ("alice@intranet", "alice@intranet"),
        ("alice@société.local", "alice@société.local"),
        ("jean@exemple.fr", "jean@exemple.fr"),
    ],
)
def test_addresses_of_a_company_network_are_accepted(typed: str, stored: str) -> None:
    assert check_network_email(typed).normalised == stored
    assert check_network_email(typed).ok


@pytest.mark.parametrize(
    "typed",
    [
        "pas-mail",
        "alice@",
        "@societe.local",
        "alice@.local",
        "a b@societe.local",
        "alice@societe..local",
        "alice@[10.0.0.1]",
        "alice@soc_iete.local",
    ],
)
def test_what_is_not_an_address_is_still_refused(typed: str) -> None:
    assert check_network_email(typed).normalised is None
    assert not check_network_email(typed).ok


@pytest.mark.parametrize("typed", ["alice@societe.local", "alice@intranet"])
def test_a_contact_s_address_is_checked_as_before(typed: str) -> None:
    """Imports and contact cards keep refusing an address no one outside can write to."""
    assert check_email(typed).normalised is None


def test_a_likely_typo_keeps_its_suggestion() -> None:
    check = check_network_email("jean@gmial.com")
    assert check.suggestion == "jean@gmail.com"
