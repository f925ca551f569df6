"""The contact card's read of one contact, answerable at start-up before SQLAlchemy loads.

At start-up the card shows the list's first contact right after the rows' first paint,
while the rest of the database opening (SQLAlchemy, the models) waits: its read is a first
read (``storage/first_read.py``), answered through the SQLite driver with the columns and
value types that ``records.get_contact`` gives (compared on awkward data in
``tests/integration/test_card_first_read.py``). Given a unit of work (every later read, and
any server database) it is ``records.get_contact`` itself.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING, Any

from desktop_crm.domain.contacts import CONTACT_VIEW_FIELDS, ContactView
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.wording import RECORD, say
from desktop_crm.storage.database import first_read

if TYPE_CHECKING:
    from desktop_crm.storage.uow import UnitOfWork

# Column types of ``storage.models.Contact`` that SQLite stores as text or integers.
_BOOLEANS = frozenset(
    {"do_not_mail", "do_not_call", "do_not_email", "npai", "email_invalid", "to_review"}
)
_DATES = frozenset({"contract_end", "birthday"})
_DATETIMES = frozenset(
    {
        "created_at",
        "edited_at",
        "last_reach",
        "last_attempt",
        "last_meeting",
        "last_letter",
        "last_email",
    }
)
_SELECT = f"SELECT {', '.join(CONTACT_VIEW_FIELDS)} FROM contact WHERE id = ?"


@first_read  # the card's first contact at start-up, before SQLAlchemy loads
def contact_for_card(uow: UnitOfWork, contact_id: int) -> ContactView:
    """The contact ``contact_id`` as the card shows it (``records.get_contact``)."""
    if getattr(uow, "session", None) is None:  # the first-read connection (SQLite)
        connection = uow.sqlite_connection()
        assert connection is not None
        row = connection.execute(_SELECT, (contact_id,)).fetchone()
        if row is None:
            raise not_found(contact_id)
        try:
            values = {n: _value(n, raw) for n, raw in zip(CONTACT_VIEW_FIELDS, row, strict=True)}
        except ValueError as exc:  # a value stored oddly: the ordinary read says what it is
            raise sqlite3.DataError(str(exc)) from exc
        return ContactView(**values)
    from desktop_crm.services.contacts.records import get_contact

    return get_contact(uow, contact_id)


def not_found(contact_id: int) -> NotFoundError:
    return NotFoundError(
        say(
            RECORD,
            "Contact #{id} does not exist (it may have been deleted or merged by a colleague).",
        ).format(id=contact_id),
        contact_id=contact_id,
    )


def _value(name: str, raw: Any) -> Any:
    """A stored value as SQLAlchemy's SQLite types give it (Boolean, Date, naive DateTime)."""
    if raw is None:
        return None
    if name in _BOOLEANS:
        return bool(raw)
    if name in _DATES:
        return dt.date.fromisoformat(raw)
    if name in _DATETIMES:
        return dt.datetime.fromisoformat(raw)
    return raw
