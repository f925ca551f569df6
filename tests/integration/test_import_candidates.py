"""A small import finds the contacts it may hit through the key indexes (``candidates``),
and the match index is the same as from reading every contact, on awkward data, on both
backends; the keys it looks up are those of every address and number it must find."""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.domain.text import fold
from desktop_crm.services.contacts.records import bulk_insert_contacts
from desktop_crm.services.importing import candidates
from desktop_crm.services.importing.matching import MatchIndex, Wanted, email_key, load_index
from desktop_crm.storage.uow import Database

EMAILS = (
    "jean.dupont@ex.fr", " Jean.Dupont@EX.fr ", "hélène@ex.fr", "HÉLÈNE@EX.FR", "zoë@ex.fr",
    "straße@ex.de", "STRASSE@ex.de", "İnce@ex.tr", "KELVIN\u212a@ex.fr", "a\u00a0b@ex.fr",
    "", None,
)  # fmt: skip
PHONES = ("+33612345678", "+33612345679", "+442071838750", "0612345678", "+", "", None)
NAMES = ("Jean", "", None, "Élise")


def _fill(db: Database, seed: int, count: int = 400) -> None:
    rng = random.Random(seed)
    rows = [
        {
            "first_name": rng.choice(NAMES),
            "last_name": rng.choice(NAMES),
            "company_name": rng.choice(("ACME", "Dupont SARL", None)),
            "email": rng.choice(EMAILS),
            "email2": rng.choice((None, None, None, "", "Autre@Ex.fr", "hélène@ex.fr")),
            "phone_business": rng.choice(PHONES),
            "phone_mobile": rng.choice(PHONES),
        }
        for _ in range(count)
    ]
    with db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()


def _both_ways(db: Database, wanted: Wanted) -> tuple[MatchIndex, MatchIndex]:
    keep = candidates.MAX_KEYS
    with db.uow() as uow:
        try:
            candidates.MAX_KEYS = 0  # every contact read
            read_all = load_index(uow.session, wanted)
            candidates.MAX_KEYS = keep
            looked_up = load_index(uow.session, wanted)
        finally:
            candidates.MAX_KEYS = keep
    return read_all, looked_up


@pytest.mark.parametrize("blank", [False, True])
def test_looking_keys_up_finds_what_reading_everything_finds(db: Database, blank: bool) -> None:
    _fill(db, seed=10)
    emails = frozenset(k for e in EMAILS if "@" in (k := email_key(e)))
    phones = frozenset(p for p in PHONES if p and p.startswith("+"))
    wanted = Wanted(emails | {"autre@ex.fr", "nobody@ex.fr"}, phones, blank)
    with db.uow() as uow:  # (the 400 contacts outnumber the keys: the look-up is taken)
        keys = len(wanted.emails) + len(wanted.phones)
        assert candidates.worth_looking_up(
            keys, candidates.contacts_estimate(uow.session.connection())
        )
    read_all, looked_up = _both_ways(db, wanted)
    assert looked_up == read_all
    assert read_all.labels  # (something was found: the comparison means something)


def test_the_first_contact_with_a_key_wins_both_ways(db: Database) -> None:
    with db.uow() as uow:
        bulk_insert_contacts(
            uow,
            [
                {"last_name": "Un", "email": "same@ex.fr", "phone_business": "+33612345678"},
                {"last_name": "Deux", "email": "SAME@ex.fr", "phone_business": "+33612345678"},
                {"last_name": "Trois", "email2": "same@ex.fr"},
                *({"last_name": f"Autre {i}"} for i in range(40)),
            ],
        )
        uow.commit()
    wanted = Wanted(frozenset({"same@ex.fr"}), frozenset({"+33612345678"}), False)
    read_all, looked_up = _both_ways(db, wanted)
    assert looked_up == read_all
    hit = looked_up.by_email["same@ex.fr"]
    assert looked_up.labels[hit[1]] == "Un"


def test_a_big_file_reads_every_contact() -> None:
    assert candidates.worth_looking_up(1_000, 100_000)
    assert not candidates.worth_looking_up(30_000, 1_000_000)  # (too many keys to send)
    assert not candidates.worth_looking_up(100_000, 100_000)  # (the benchmark's import)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=12))
def test_an_address_and_its_lowered_form_have_one_key(text: str) -> None:
    """What makes the look-up a superset: the key of an address is that of its stripped,
    lower-cased form, which is what the rows' addresses are compared as."""
    assert fold(text) == fold(text.strip().lower())


def test_every_character_folds_as_its_lowered_form() -> None:
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        assert fold(char) == fold(char.lower()), hex(code)
