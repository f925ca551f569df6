"""The suppression list: addresses and phones that must never be contacted again.

Only a salted hash is kept (the salt is this database's UUID), so an erased person's
address cannot be read back from the list, while a re-import of the same address is
still recognised. Values are normalised first: e-mails trimmed and case-folded, phones
turned into E.164 (a number that cannot be parsed is hashed as its digits).
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import select

from desktop_crm.domain.phones import check_phone
from desktop_crm.services.database_id import database_id
from desktop_crm.storage.models import Suppression
from desktop_crm.storage.uow import UnitOfWork

CHANNELS = ("email", "phone")


def normalise(channel: str, value: str) -> str:
    """The form of ``value`` that is hashed: the same person gives the same text."""
    text = (value or "").strip()
    if channel == "email":
        return text.casefold()
    if channel == "phone":
        checked = check_phone(text)
        return checked.e164 or re.sub(r"\D", "", text)
    raise ValueError(f"No suppression list for the channel {channel!r}.")


def value_hash(uow: UnitOfWork, channel: str, value: str) -> str:
    """The salted hash stored for ``value`` on ``channel`` in this database."""
    salt = database_id(uow)
    data = f"{salt}:{channel}:{normalise(channel, value)}".encode()
    return hashlib.sha256(data).hexdigest()


def suppressed_hashes(uow: UnitOfWork, channel: str) -> set[str]:
    """Every hash on the list for ``channel`` (one query; compare with ``value_hash``)."""
    return set(
        uow.session.scalars(select(Suppression.value_hash).where(Suppression.channel == channel))
    )


def is_suppressed(uow: UnitOfWork, channel: str, value: str | None) -> bool:
    if not value or not value.strip():
        return False
    digest = value_hash(uow, channel, value)
    found = uow.session.scalar(
        select(Suppression.id).where(
            Suppression.channel == channel, Suppression.value_hash == digest
        )
    )
    return found is not None


def add_suppression(uow: UnitOfWork, channel: str, value: str | None) -> bool:
    """Put ``value`` on the list; False when it was empty or already there."""
    if not value or not value.strip() or is_suppressed(uow, channel, value):
        return False
    uow.session.add(Suppression(channel=channel, value_hash=value_hash(uow, channel, value)))
    uow.session.flush()
    return True
