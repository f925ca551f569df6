"""The suppression list re-applied after every import and every merge.

A person whose e-mail or phone is on the list stays objected whatever a file or a merged
record says: an objection entry is added to the consent ledger (source "import file X" or
"merge"), and the import report flags the row (``ReportNote`` kind "suppressed"). In a merge
an objection on either record always wins; the merge adds a ledger entry saying so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select

from desktop_crm.domain.constants import Channel, ConsentStatus
from desktop_crm.services.duplicates.merge_snapshot import Journal
from desktop_crm.services.importing.model import ReportNote
from desktop_crm.services.privacy import consent, suppression
from desktop_crm.storage.models import Base, Contact, utcnow
from desktop_crm.storage.uow import UnitOfWork

_CHUNK = 900

# Which ledger channels a value on each list closes: a number someone asked not to be called
# on is not texted either.
_LISTS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("email", "email", (Channel.EMAIL.value,)),
    ("email", "email2", (Channel.EMAIL.value,)),
    ("phone", "phone_business", (Channel.PHONE.value,)),
    ("phone", "phone_home", (Channel.PHONE.value,)),
    ("phone", "phone_mobile", (Channel.PHONE.value, Channel.SMS.value)),
    ("sms", "phone_mobile", (Channel.SMS.value,)),
)


def suppressed_channels(uow: UnitOfWork, rows: Sequence[Mapping[str, Any]]) -> dict[int, set[str]]:
    """Per contact (rows with "id" and the contact's values), the channels closed by the
    suppression list."""
    out: dict[int, set[str]] = {}
    for list_channel, name, channels in _LISTS:
        values = [row.get(name) for row in rows]
        hits = suppression.suppressed_values(uow, list_channel, values)
        if not hits:
            continue
        for row in rows:
            if row.get(name) and row.get(name) in hits:
                out.setdefault(int(row["id"]), set()).update(channels)
    return out


def reapply_to_contacts(
    uow: UnitOfWork, contact_ids: Sequence[int], source: str
) -> dict[int, tuple[str, ...]]:
    """Check the contacts against the list; add an objection entry for every closed channel
    not already objected. Returns the closed channels per contact (all of them, even those
    already objected: the report says the person is on the list)."""
    if suppression.list_is_empty(uow):
        return {}  # nothing to re-apply (and no reading back of a large import)
    ids = list(dict.fromkeys(contact_ids))
    rows: list[dict[str, Any]] = []
    names = ("email", "email2", "phone_business", "phone_home", "phone_mobile")
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        query = select(Contact.id, *(getattr(Contact, n) for n in names)).where(
            Contact.id.in_(part)
        )
        rows += [dict(r._mapping) for r in uow.session.execute(query)]
    closed = suppressed_channels(uow, rows)
    by_channel: dict[str, list[int]] = {}
    for contact_id, channels in closed.items():
        for channel in channels:
            by_channel.setdefault(channel, []).append(contact_id)
    for channel, who in by_channel.items():
        current = consent.statuses_at(uow, who, channel)
        todo = [i for i in who if current.get(i) != ConsentStatus.OPT_OUT.value]
        if todo:
            consent.record_entries(
                uow,
                todo,
                channel,
                ConsentStatus.OPT_OUT.value,
                source=source,
                proof="On the suppression list (objection or erasure recorded earlier).",
                lift=False,
            )
    return {cid: tuple(sorted(ch)) for cid, ch in closed.items()}


def _closed_for(target: Any, closed: Mapping[int, tuple[str, ...]]) -> tuple[str, ...]:
    contact_id = getattr(target, "contact_id", None)
    return closed.get(contact_id, ()) if contact_id is not None else ()


def on_list(target: Any, closed: Mapping[int, tuple[str, ...]]) -> bool:
    """Whether an import row's contact (``target.contact_id``) is on the suppression list."""
    return bool(_closed_for(target, closed))


def suppressed_notes(target: Any, closed: Mapping[int, tuple[str, ...]]) -> tuple[ReportNote, ...]:
    """The import report's note for a contact on the suppression list (else nothing)."""
    channels = _closed_for(target, closed)
    if not channels:
        return ()
    return (
        ReportNote(
            "suppressed",
            code="suppressed",
            codes=channels,
            text="on the suppression list: stays objected for " + ", ".join(channels),
        ),
    )


def merge_entries(
    uow: UnitOfWork,
    journal: Journal,
    keep_id: int,
    others: Sequence[int],
    final: Mapping[str, Any],
) -> int:
    """After a contact merge: one ledger entry per channel whose state came from several
    records (the strictest, objection first, wins), and objections for the merged values on
    the suppression list. Written through the merge's journal (undo removes them). Returns
    the number of entries added."""
    consent_tbl = Base.metadata.tables["consent"]
    entry_tbl = Base.metadata.tables["consent_entry"]
    now = utcnow()
    source = f"Merge of #{', #'.join(map(str, others))} into #{keep_id}"
    current = {
        r["channel"]: r for r in journal.rows(consent_tbl, consent_tbl.c.contact_id == keep_id)
    }
    closed = suppressed_channels(uow, [{**final, "id": keep_id}]).get(keep_id, set())
    added = 0
    for channel in Channel:
        row = current.get(channel.value)
        status = row["status"] if row else None
        if channel.value in closed and status != ConsentStatus.OPT_OUT.value:
            status = ConsentStatus.OPT_OUT.value
            values = {
                "status": status,
                "recorded_at": now,
                "source": source[:250],
                "proof": "On the suppression list.",
                "recorded_by_id": journal.user_id,
            }
            if row is None:
                journal.insert(
                    consent_tbl,
                    {"contact_id": keep_id, "channel": channel.value, "version": 1, **values},
                )
            else:
                journal.update(
                    consent_tbl,
                    consent_tbl.c.id == row["id"],
                    {**values, "version": row["version"] + 1},
                )
            proof = "On the suppression list."
        elif row is not None:
            proof = f"Strictest state of the merged records (first recorded: {row['source']})"
        else:
            continue
        journal.insert(
            entry_tbl,
            {
                "contact_id": keep_id,
                "channel": channel.value,
                "status": status,
                "given_at": now,
                "recorded_at": now,
                "source": source[:250],
                "proof": proof,
                "basis": None,
                "recorded_by_id": journal.user_id,
            },
        )
        added += 1
    return added
