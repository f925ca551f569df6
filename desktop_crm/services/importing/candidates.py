"""The contacts on file a small import may hit, found through the lookup-key indexes.

``matching.load_index`` reads the matching fields of every contact and keeps those the
file's rows may hit (``Wanted``): ~0.3 s at 100,000 contacts and ~3 s at 1,000,000, for a
file of 50 rows as for one of 100,000. A trade-show file of a few hundred rows can only hit
the contacts that share one of its e-mail addresses or phones, and those are found here
through the indexes of the lookup keys (``email_key``, ``phone_key``, ``mobile_key``).

Two kinds of contact have no such index to be found by: those with a second e-mail address
(it has no key), and, when some row has a name and no phone, the named contacts with no
international phone (their identity key has no phone part). One scan in the database finds
them, in C rather than row by row in Python.

What this gives is a superset of what ``Wanted`` keeps, in id order: each key is a function
of the field ``Wanted`` compares (the folded address of the lower-cased one, the digits of
the number), so a contact it would keep is always among them. ``load_index`` then filters
them exactly as before, so the match index is the same (a test compares both ways, on
SQLite and on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import and_, func, not_, or_, select
from sqlalchemy.engine import Connection

from desktop_crm.domain.phones import phone_digits
from desktop_crm.domain.text import fold
from desktop_crm.services.importing.keys import contact_keys
from desktop_crm.storage.models import Contact

# At most this many keys (e-mail addresses and phones of the file) are looked up in the
# indexes: beyond it, reading every contact once costs less than the look-ups.
MAX_KEYS = 20_000
# ...and only while the contacts on file outnumber the keys this many times. Measured at
# 100,000 contacts (session 10): a key costs ~10 us through the index, a contact ~3 us read
# and filtered in Python.
CONTACTS_PER_KEY = 4
_CHUNK = 2_000  # keys or ids per statement (well under every driver's parameter limit)


def worth_looking_up(keys: int, contacts: int) -> bool:
    """Whether looking ``keys`` keys up beats reading ``contacts`` contacts."""
    return keys <= MAX_KEYS and keys * CONTACTS_PER_KEY <= contacts


def contacts_estimate(connection: Connection) -> int:
    """About how many contacts are on file: the highest id, read off the primary key."""
    return int(connection.execute(select(func.max(Contact.id))).scalar() or 0)


def email_lookup_keys(emails: Iterable[str]) -> list[str]:
    """The ``email_key`` of each address as ``Wanted`` holds it (stripped, lower-cased):
    the same as the key of any address that strips and lower-cases to it."""
    return sorted({fold(email)[:254] for email in emails} - {""})


def phone_lookup_keys(phones: Iterable[str]) -> tuple[list[str], list[str]]:
    """The ``phone_key`` / ``mobile_key`` a contact with one of these stored numbers has
    (the contact form's and the import's ways of working it out, which a test keeps equal),
    and the numbers with no key (no digits: "+"), which only their text can find."""
    keys: set[str] = set()
    keyless: list[str] = []
    for number in phones:
        found = {phone_digits(number), contact_keys({"phone_business": number})["phone_key"]}
        if "" in found:
            keyless.append(number)
        keys.update(found)
    return sorted(keys - {""}), sorted(keyless)


def candidate_rows(
    connection: Connection,
    columns: Sequence[Any],
    emails: Iterable[str],
    phones: Iterable[str],
    blank: bool,
) -> list[Sequence[Any]]:
    """``columns`` of every contact that may share a key with the rows (see the module), in
    id order."""
    ids: set[int] = set()
    for chunk in _chunks(email_lookup_keys(emails)):
        ids.update(
            connection.execute(select(Contact.id).where(Contact.email_key.in_(chunk))).scalars()
        )
    phone_keys, keyless = phone_lookup_keys(phones)
    for chunk in _chunks(phone_keys):
        found = select(Contact.id).where(
            or_(Contact.phone_key.in_(chunk), Contact.mobile_key.in_(chunk))
        )
        ids.update(connection.execute(found).scalars())
    for chunk in _chunks(keyless):  # (no checked number is keyless: never more than a few)
        found = select(Contact.id).where(
            or_(Contact.phone_business.in_(chunk), Contact.phone_mobile.in_(chunk))
        )
        ids.update(connection.execute(found).scalars())
    # Those no index finds: a second address; with a name and no international phone.
    unkeyed = [and_(Contact.email2.is_not(None), Contact.email2 != "")]
    if blank:
        named = or_(
            func.coalesce(Contact.first_name, "") != "",
            func.coalesce(Contact.last_name, "") != "",
        )
        international = or_(
            func.coalesce(Contact.phone_business, "").like("+%"),
            func.coalesce(Contact.phone_mobile, "").like("+%"),
        )
        unkeyed.append(and_(named, not_(international)))
    ids.update(connection.execute(select(Contact.id).where(or_(*unkeyed))).scalars())
    rows: list[Sequence[Any]] = []
    for chunk in _chunks(sorted(ids)):
        query = select(*columns).where(Contact.id.in_(chunk)).order_by(Contact.id)
        rows.extend(tuple(row) for row in connection.execute(query))
    return rows


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
