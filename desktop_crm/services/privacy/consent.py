"""The consent ledger: per contact and channel, every consent or objection as an entry.

An entry says the status (opt-in, soft opt-in as a customer, objection, unknown), when it was
given, where (trade show, web form, phone call, import file…), the proof (free text or a
file's path), the lawful basis and who recorded it. Entries are only ever added: the current
state of a channel is its latest entry (by date given, then by entry order), mirrored in the
``consent`` table so that saved queries and lists read one row per channel.

Statuses keep the stored codes of ``ConsentStatus``: "opt_out" is the objection (Art. 21),
"soft_opt_in" the existing customer's soft opt-in (CPCE L.34-5).

An objection on e-mail, phone or SMS also puts the contact's address or numbers on the
salted suppression list (so a later re-import or merge cannot bring them back); a new
explicit opt-in takes them off again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop_crm.domain.constants import Channel, ConsentStatus
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.wording import PRIVACY, say
from desktop_crm.services.privacy import suppression
from desktop_crm.storage.models import Consent, ConsentEntry, Contact, User, utcnow
from desktop_crm.storage.uow import UnitOfWork

_CHUNK = 900

# Lawful bases of GDPR Art. 6(1) that a prospecting CRM meets.
BASES = ("consent", "legitimate_interest", "contract", "legal_obligation")

# Words accepted on the command line for a status (besides the stored codes).
STATUS_WORDS = {
    "objection": ConsentStatus.OPT_OUT.value,
    "opt_out": ConsentStatus.OPT_OUT.value,
    "opt-out": ConsentStatus.OPT_OUT.value,
    "optout": ConsentStatus.OPT_OUT.value,
    "opt_in": ConsentStatus.OPT_IN.value,
    "opt-in": ConsentStatus.OPT_IN.value,
    "optin": ConsentStatus.OPT_IN.value,
    "soft_opt_in": ConsentStatus.SOFT_OPT_IN.value,
    "soft-opt-in": ConsentStatus.SOFT_OPT_IN.value,
    "customer": ConsentStatus.SOFT_OPT_IN.value,
    "unknown": ConsentStatus.UNKNOWN.value,
}

# Which suppression lists an objection on a channel fills, from which contact fields.
_SUPPRESSED_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    Channel.EMAIL.value: (("email", "email"), ("email", "email2")),
    Channel.PHONE.value: (
        ("phone", "phone_business"),
        ("phone", "phone_mobile"),
        ("phone", "phone_home"),
    ),
    Channel.SMS.value: (("sms", "phone_mobile"),),
}


@dataclass(frozen=True)
class LedgerEntry:
    """One entry of the ledger (``recorded_by``: the team member's name)."""

    id: int
    contact_id: int
    channel: str
    status: str
    given_at: dt.datetime
    recorded_at: dt.datetime
    source: str | None
    proof: str | None
    basis: str | None
    recorded_by: str | None


@dataclass(frozen=True)
class ChannelState:
    """The current state of one channel and its history, newest first."""

    channel: str
    status: str
    given_at: dt.datetime | None
    source: str | None
    basis: str | None
    history: tuple[LedgerEntry, ...]


def parse_status(text: str) -> str:
    """The stored status code for a word ("objection", "customer", "opt_in"…)."""
    code = STATUS_WORDS.get((text or "").strip().casefold())
    if code is None:
        raise ValidationError(
            [
                FieldProblem(
                    "status",
                    "invalid",
                    say(
                        PRIVACY,
                        "Unknown consent status '{text}': use opt_in, soft_opt_in (customer), "
                        "objection or unknown.",
                    ).format(text=text),
                )
            ]
        )
    return code


def _check(channel: str, status: str, basis: str | None) -> None:
    problems = []
    if channel not in {c.value for c in Channel}:
        problems.append(
            FieldProblem(
                "channel", "invalid", f"Unknown channel {channel!r}: use email, phone, sms or post."
            )
        )
    if status not in {s.value for s in ConsentStatus}:
        unknown = say(PRIVACY, "Unknown consent status '{status}'.").format(status=status)
        problems.append(FieldProblem("status", "invalid", unknown))
    if basis and basis not in BASES:
        problems.append(
            FieldProblem(
                "basis", "invalid", f"Unknown lawful basis {basis!r}: use {', '.join(BASES)}."
            )
        )
    if problems:
        raise ValidationError(problems)


def _latest(entries: Sequence[ConsentEntry]) -> ConsentEntry | None:
    return max(entries, key=lambda e: (e.given_at, e.id), default=None)


def _sync_current(uow: UnitOfWork, contact_ids: Sequence[int], channel: str) -> None:
    """Make the ``consent`` row of the channel mirror the ledger's latest entry, for each
    contact: two queries per chunk of contacts, whatever their number."""
    for start in range(0, len(contact_ids), _CHUNK):
        part = contact_ids[start : start + _CHUNK]
        entries: dict[int, list[ConsentEntry]] = {}
        for entry in uow.session.scalars(
            select(ConsentEntry).where(
                ConsentEntry.contact_id.in_(part), ConsentEntry.channel == channel
            )
        ):
            entries.setdefault(entry.contact_id, []).append(entry)
        rows = {
            row.contact_id: row
            for row in uow.session.scalars(
                select(Consent).where(Consent.contact_id.in_(part), Consent.channel == channel)
            )
        }
        for contact_id in part:
            latest = _latest(entries.get(contact_id, []))
            if latest is None:
                continue
            current = rows.get(contact_id)
            if current is None:
                current = Consent(contact_id=contact_id, channel=channel)
                uow.session.add(current)
            current.status = latest.status
            current.recorded_at = latest.given_at
            current.source = latest.source
            current.proof = latest.proof
            current.recorded_by_id = latest.recorded_by_id


def record_entry(
    uow: UnitOfWork,
    contact_id: int,
    channel: str,
    status: str,
    *,
    source: str | None,
    proof: str | None = None,
    basis: str | None = None,
    given_at: dt.datetime | None = None,
) -> LedgerEntry:
    """Add one entry to the ledger (nothing is overwritten) and update the current state."""
    entries = record_entries(
        uow,
        [contact_id],
        channel,
        status,
        source=source,
        proof=proof,
        basis=basis,
        given_at=given_at,
    )
    return entries[0]


def record_entries(
    uow: UnitOfWork,
    contact_ids: Sequence[int],
    channel: str,
    status: str,
    *,
    source: str | None,
    proof: str | None = None,
    basis: str | None = None,
    given_at: dt.datetime | None = None,
    lift: bool = True,
) -> list[LedgerEntry]:
    """One entry per contact (a bulk update from a selection, an import, a merge).

    ``lift``: an explicit opt-in takes the contact's values off the suppression list;
    automatic entries (import, merge) pass False.
    """
    status = STATUS_WORDS.get(status, status)
    basis = (basis or "").strip() or None
    _check(channel, status, basis)
    source = (source or "").strip()[:250] or None
    if source is None:
        raise ValidationError(
            [
                FieldProblem(
                    "source",
                    "required",
                    say(PRIVACY, "Say where the consent or objection comes from."),
                )
            ]
        )
    ids = list(dict.fromkeys(contact_ids))
    contacts: dict[int, Contact] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        contacts.update(
            (c.id, c) for c in uow.session.scalars(select(Contact).where(Contact.id.in_(part)))
        )
    missing = [i for i in ids if i not in contacts]
    if missing:
        raise NotFoundError(say(PRIVACY, "Contact #{id} does not exist.").format(id=missing[0]))
    now = utcnow()
    when = given_at or now
    made: list[ConsentEntry] = []
    for contact_id in ids:
        entry = ConsentEntry(
            contact_id=contact_id,
            channel=channel,
            status=status,
            given_at=when,
            recorded_at=now,
            source=source,
            proof=(proof or "").strip() or None,
            basis=basis,
            recorded_by_id=uow.user_id,
        )
        uow.session.add(entry)
        made.append(entry)
    uow.session.flush()
    _sync_current(uow, ids, channel)
    # Each suppression list in one go (in the contacts' order, as one by one would).
    for list_channel in dict.fromkeys(c for c, _name in _SUPPRESSED_FIELDS.get(channel, ())):
        values = [
            getattr(contacts[contact_id], name)
            for contact_id in ids
            for c, name in _SUPPRESSED_FIELDS[channel]
            if c == list_channel
        ]
        if status == ConsentStatus.OPT_OUT.value:
            suppression.add_suppressions(
                uow, list_channel, values, reason="objection", source=source
            )
        elif status == ConsentStatus.OPT_IN.value and lift:
            suppression.lift_suppressions(uow, list_channel, values)
    uow.session.flush()
    names = _user_names(uow, {e.recorded_by_id for e in made})
    return [_view(e, names) for e in made]


def _user_names(uow: UnitOfWork, ids: set[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    return {
        u.id: u.display_name or u.login
        for u in uow.session.scalars(select(User).where(User.id.in_(wanted)))
    }


def _view(entry: ConsentEntry, names: dict[int, str]) -> LedgerEntry:
    return LedgerEntry(
        entry.id,
        entry.contact_id,
        entry.channel,
        entry.status,
        entry.given_at,
        entry.recorded_at,
        entry.source,
        entry.proof,
        entry.basis,
        names.get(entry.recorded_by_id) if entry.recorded_by_id is not None else None,
    )


def contact_ledger(uow: UnitOfWork, contact_id: int) -> list[ChannelState]:
    """The card's view: one state per channel (fixed order) with its history, newest first.

    A current ``consent`` row without any ledger entry (written by older code) shows as a
    one-entry history so that nothing recorded is hidden.
    """
    if uow.session.get(Contact, contact_id) is None:
        raise NotFoundError(say(PRIVACY, "Contact #{id} does not exist.").format(id=contact_id))
    entries = list(
        uow.session.scalars(select(ConsentEntry).where(ConsentEntry.contact_id == contact_id))
    )
    current = {
        c.channel: c
        for c in uow.session.scalars(select(Consent).where(Consent.contact_id == contact_id))
    }
    names = _user_names(uow, {e.recorded_by_id for e in entries})
    states = []
    for channel in Channel:
        mine = sorted(
            (e for e in entries if e.channel == channel.value),
            key=lambda e: (e.given_at, e.id),
            reverse=True,
        )
        history = tuple(_view(e, names) for e in mine)
        row = current.get(channel.value)
        if not history and row is not None:
            history = (
                LedgerEntry(
                    0,
                    contact_id,
                    channel.value,
                    row.status,
                    row.recorded_at,
                    row.recorded_at,
                    row.source,
                    row.proof,
                    None,
                    None,
                ),
            )
        status = _strictest_current(history[0].status if history else None, row)
        head = history[0] if history else None
        states.append(
            ChannelState(
                channel.value,
                status,
                head.given_at if head else None,
                head.source if head else None,
                head.basis if head else None,
                history,
            )
        )
    return states


def _strictest_current(ledger_status: str | None, row: Consent | None) -> str:
    """The ledger's status, unless the current row holds an objection the ledger lacks."""
    if row is not None and row.status == ConsentStatus.OPT_OUT.value:
        return ConsentStatus.OPT_OUT.value
    return ledger_status or (row.status if row is not None else ConsentStatus.UNKNOWN.value)


def statuses_at(
    uow: UnitOfWork, contact_ids: Sequence[int], channel: str, at: dt.datetime | None = None
) -> dict[int, str]:
    """The status of ``channel`` per contact at ``at`` (default: now), batched.

    The latest ledger entry given on or before ``at``; an objection in the current row
    (whatever wrote it) always counts; contacts with nothing recorded are missing.
    """
    out: dict[int, str] = {}
    ids = list(dict.fromkeys(contact_ids))
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        query = select(
            ConsentEntry.contact_id, ConsentEntry.status, ConsentEntry.given_at, ConsentEntry.id
        ).where(ConsentEntry.channel == channel, ConsentEntry.contact_id.in_(part))
        if at is not None:
            query = query.where(ConsentEntry.given_at <= at)
        best: dict[int, tuple[dt.datetime, int, str]] = {}
        for contact_id, status, given_at, entry_id in uow.session.execute(query):
            key = (given_at, entry_id, status)
            if contact_id not in best or key[:2] > best[contact_id][:2]:
                best[contact_id] = key
        out.update((cid, key[2]) for cid, key in best.items())
        for contact_id, status, recorded_at in uow.session.execute(
            select(Consent.contact_id, Consent.status, Consent.recorded_at).where(
                Consent.channel == channel, Consent.contact_id.in_(part)
            )
        ):
            if at is not None and recorded_at is not None and recorded_at > at:
                continue
            if status == ConsentStatus.OPT_OUT.value or contact_id not in out:
                out[contact_id] = status
    return out
