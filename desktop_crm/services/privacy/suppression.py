"""The suppression list: addresses and phones that must never be contacted again.

Only a salted hash is kept (the salt is this database's UUID), so an erased person's
address cannot be read back from the list, while a re-import of the same address is
still recognised. Values are normalised first: e-mails trimmed and case-folded, phones
turned into E.164 (a number that cannot be parsed is hashed as its digits).

Each row also says why it is there (``reason``: "objection", "erased", "unsubscribed"…)
and from where (``source``), never whose address it was.

Legacy rows: before the salted list, e-mail addresses were stored as the plain SHA-256 of
the case-folded address (``legacy_hash``). Those rows cannot be re-salted (the addresses of
erased persons are gone), so every check here also matches the legacy hash of an e-mail:
an old opt-out keeps working for ever, and a new suppression is always written salted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select

from desktop_crm.domain.phones import check_phone
from desktop_crm.services.database_id import database_id
from desktop_crm.storage.models import Suppression
from desktop_crm.storage.uow import UnitOfWork

# "sms" lists mobile numbers that refused text messages only; a number on the "phone" list
# is not texted either (the oracle checks both).
CHANNELS = ("email", "phone", "sms")
_CHUNK = 400  # two hashes per value, below SQLite's bound-parameter limit


@dataclass(frozen=True)
class SuppressionInfo:
    """Why a value is on the list: since when, the reason and the source (no address)."""

    channel: str
    created_at: dt.datetime
    reason: str | None
    source: str | None
    legacy: bool = False  # matched an unsalted hash written before the salted list


def normalise(channel: str, value: str) -> str:
    """The form of ``value`` that is hashed: the same person gives the same text."""
    text = (value or "").strip()
    if channel == "email":
        return text.casefold()
    if channel in ("phone", "sms"):
        checked = check_phone(text)
        return checked.e164 or re.sub(r"\D", "", text)
    raise ValueError(f"No suppression list for the channel {channel!r}.")


def value_hash(uow: UnitOfWork, channel: str, value: str) -> str:
    """The salted hash stored for ``value`` on ``channel`` in this database."""
    return _salted(database_id(uow), channel, value)


def _salted(salt: str, channel: str, value: str) -> str:
    data = f"{salt}:{channel}:{normalise(channel, value)}".encode()
    return hashlib.sha256(data).hexdigest()


def legacy_hash(channel: str, value: str) -> str | None:
    """The unsalted hash the first e-mail merge stored (e-mail only), or None."""
    if channel != "email":
        return None
    return hashlib.sha256(value.strip().casefold().encode("utf-8")).hexdigest()


def _hashes(uow: UnitOfWork, channel: str, value: str, salt: str | None = None) -> list[str]:
    """The salted hash of ``value`` (``salt``: the database's UUID, when already read), then
    its legacy hash if it has one."""
    found = [_salted(salt or database_id(uow), channel, value)]
    old = legacy_hash(channel, value)
    if old is not None:
        found.append(old)
    return found


def suppressed_hashes(uow: UnitOfWork, channel: str) -> set[str]:
    """Every hash on the list for ``channel`` (one query; compare with ``value_hash``)."""
    return set(
        uow.session.scalars(select(Suppression.value_hash).where(Suppression.channel == channel))
    )


def _empty(uow: UnitOfWork, channel: str) -> bool:
    """No row for ``channel``: nothing to hash (and the database's UUID is not created)."""
    return (
        uow.session.scalar(select(Suppression.id).where(Suppression.channel == channel).limit(1))
        is None
    )


def list_is_empty(uow: UnitOfWork) -> bool:
    """No suppression at all on any channel."""
    return uow.session.scalar(select(Suppression.id).limit(1)) is None


def suppressed_values(uow: UnitOfWork, channel: str, values: Iterable[str | None]) -> set[str]:
    """Which of ``values`` are on the list for ``channel`` (batched; salted or legacy)."""
    if _empty(uow, channel):
        return set()
    by_hash: dict[str, str] = {}
    for value in values:
        if value and value.strip():
            for digest in _hashes(uow, channel, value):
                by_hash[digest] = value
    found: set[str] = set()
    digests = list(by_hash)
    for start in range(0, len(digests), _CHUNK):
        part = digests[start : start + _CHUNK]
        for digest in uow.session.scalars(
            select(Suppression.value_hash).where(
                Suppression.channel == channel, Suppression.value_hash.in_(part)
            )
        ):
            found.add(by_hash[digest])
    return found


def suppression_info(uow: UnitOfWork, channel: str, value: str | None) -> SuppressionInfo | None:
    """The list's row for ``value`` on ``channel`` (the oldest when several), or None."""
    if not value or not value.strip() or _empty(uow, channel):
        return None
    hashes = _hashes(uow, channel, value)
    row = uow.session.scalars(
        select(Suppression)
        .where(Suppression.channel == channel, Suppression.value_hash.in_(hashes))
        .order_by(Suppression.created_at, Suppression.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return SuppressionInfo(
        channel, row.created_at, row.reason, row.source, legacy=row.value_hash != hashes[0]
    )


def is_suppressed(uow: UnitOfWork, channel: str, value: str | None) -> bool:
    return suppression_info(uow, channel, value) is not None


def add_suppression(
    uow: UnitOfWork,
    channel: str,
    value: str | None,
    *,
    reason: str | None = None,
    source: str | None = None,
) -> bool:
    """Put ``value`` on the list; False when it was empty or already there."""
    if not value or not value.strip() or is_suppressed(uow, channel, value):
        return False
    uow.session.add(
        Suppression(
            channel=channel,
            value_hash=value_hash(uow, channel, value),
            reason=(reason or "")[:30] or None,
            source=(source or "").strip()[:250] or None,
        )
    )
    uow.session.flush()
    return True


def add_suppressions(
    uow: UnitOfWork,
    channel: str,
    values: Iterable[str | None],
    *,
    reason: str | None = None,
    source: str | None = None,
) -> int:
    """``add_suppression`` for many values at once, in a few queries whatever their number:
    each value not yet on the list (salted or legacy hash) is put on it once. Returns the
    number of rows added."""
    filled = [value for value in values if value and value.strip()]
    if not filled:
        return 0
    salt = database_id(uow)
    wanted = [(value, _hashes(uow, channel, value, salt)) for value in filled]
    present: set[str] = set()
    if not _empty(uow, channel):
        digests = list(dict.fromkeys(d for _v, hashes in wanted for d in hashes))
        for start in range(0, len(digests), _CHUNK * 2):
            part = digests[start : start + _CHUNK * 2]
            present.update(
                uow.session.scalars(
                    select(Suppression.value_hash).where(
                        Suppression.channel == channel, Suppression.value_hash.in_(part)
                    )
                )
            )
    added = 0
    for _value, hashes in wanted:
        if present.intersection(hashes):
            continue
        uow.session.add(
            Suppression(
                channel=channel,
                value_hash=hashes[0],
                reason=(reason or "")[:30] or None,
                source=(source or "").strip()[:250] or None,
            )
        )
        present.add(hashes[0])
        added += 1
    uow.session.flush()
    return added


def lift_suppressions(uow: UnitOfWork, channel: str, values: Iterable[str | None]) -> int:
    """``lift_suppression`` for many values at once (one delete per few hundred values)."""
    filled = [value for value in values if value and value.strip()]
    if not filled:
        return 0
    salt = database_id(uow)
    digests = list(dict.fromkeys(d for v in filled for d in _hashes(uow, channel, v, salt)))
    removed = 0
    for start in range(0, len(digests), _CHUNK * 2):
        part = digests[start : start + _CHUNK * 2]
        result = uow.session.execute(
            delete(Suppression).where(
                Suppression.channel == channel,
                Suppression.value_hash.in_(part),
                (Suppression.reason.is_(None)) | (Suppression.reason != "erased"),
            )
        )
        removed += int(getattr(result, "rowcount", 0) or 0)
    uow.session.flush()
    return removed


def lift_suppression(uow: UnitOfWork, channel: str, value: str | None) -> int:
    """Take ``value`` off the list for ``channel`` after a new explicit opt-in (rows added
    for an erasure stay). Returns the number of rows removed."""
    if not value or not value.strip():
        return 0
    result = uow.session.execute(
        delete(Suppression).where(
            Suppression.channel == channel,
            Suppression.value_hash.in_(_hashes(uow, channel, value)),
            (Suppression.reason.is_(None)) | (Suppression.reason != "erased"),
        )
    )
    uow.session.flush()
    return int(getattr(result, "rowcount", 0) or 0)
