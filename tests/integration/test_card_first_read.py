"""The card's first contact at start-up (plain sqlite3, before SQLAlchemy) is the contact the
ordinary read gives, value for value and type for type; the first-read connection answers it
while the rest of the opening waits for the first screen, from another thread."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import text

from desktop_crm.domain.errors import NotFoundError
from desktop_crm.services.contacts import list_data
from desktop_crm.services.contacts.card_read import contact_for_card
from desktop_crm.services.contacts.records import get_contact
from desktop_crm.storage import database as storage_database
from desktop_crm.storage.database import Database
from desktop_crm.storage.models import Contact
from tests.integration.test_first_read import _deferred, _fill


def _fill_card_fields(db: Database) -> None:
    """Flags, dates and times stored the ORM's way, and a time without microseconds stored
    by plain SQL (as the database's own defaults and older imports store them)."""
    with db.uow() as uow:
        first = uow.session.get(Contact, 2)
        assert first is not None
        first.do_not_mail = True
        first.npai = True
        first.to_review = False
        first.contract_end = dt.date(2027, 2, 28)
        first.birthday = dt.date(1980, 12, 31)
        first.last_attempt = dt.datetime(2026, 1, 2, 3, 4, 5, 678901)
        first.last_meeting = dt.datetime(2025, 6, 1)
        first.equipment = "Imprimante « laser »\nligne 2"
        uow.session.execute(
            text("UPDATE contact SET last_letter = '2024-03-05 06:07:08' WHERE id = 3")
        )
        uow.commit()


def test_the_cards_first_read_shows_what_the_ordinary_read_shows(sqlite_db: Database) -> None:
    _fill(sqlite_db)
    _fill_card_fields(sqlite_db)
    first = _deferred(sqlite_db.url)
    try:
        ids = [
            int(i) for i in first.read(list_data.start_lookup, "", "last_name", False, 1, 50).ids
        ]
        assert len(ids) == 10
        for contact_id in ids:
            quick = first.read(contact_for_card, contact_id)
            assert first.first_reader is not None  # answered by the first-read connection
            ordinary = sqlite_db.read(get_contact, contact_id)
            assert quick == ordinary
            assert {k: type(v) for k, v in vars(quick).items()} == {
                k: type(v) for k, v in vars(ordinary).items()
            }
            assert sqlite_db.read(contact_for_card, contact_id) == ordinary  # the ORM's way
        flagged = first.read(contact_for_card, 2)
        assert flagged.do_not_mail is True and flagged.npai is True and flagged.to_review is False
        assert flagged.last_attempt == dt.datetime(2026, 1, 2, 3, 4, 5, 678901)
        assert first.read(contact_for_card, 3).last_letter == dt.datetime(2024, 3, 5, 6, 7, 8)
        with pytest.raises(NotFoundError) as quick_refusal:
            first.read(contact_for_card, 999)
        with pytest.raises(NotFoundError) as ordinary_refusal:
            sqlite_db.read(get_contact, 999)
        assert quick_refusal.value.message == ordinary_refusal.value.message
    finally:
        first.dispose()


def test_the_reader_answers_while_the_opening_waits_and_closes_after(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database thread waits in the rest of the opening until the first screen is
    shown; meanwhile the card's first contact is answered (the operation runner's side
    thread); once the gate opens, the reader is closed and the opening finishes."""
    monkeypatch.setattr(storage_database, "OPENING_WAIT_S", 600.0)  # only the gate below
    _fill(sqlite_db)
    first = _deferred(sqlite_db.url)
    try:
        first.read(list_data.start_lookup, "", "last_name", False, 1, 50)
        assert first.awaits_showing()
        opening = threading.Thread(target=first.finish_open)
        opening.start()
        answered, view = first.answer_first(contact_for_card, 1)
        assert answered and view is not None and view.last_name == "Éloïse"
        assert opening.is_alive()  # still waiting for the first screen
        first.opening_gate.set()
        opening.join(30)
        assert not opening.is_alive()
        assert first.first_reader is None
        assert first.answer_first(contact_for_card, 1) == (False, None)
        assert first.read(contact_for_card, 1) == sqlite_db.read(get_contact, 1)
    finally:
        first.dispose()
