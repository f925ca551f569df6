"""Merging duplicate contacts or companies, and undoing a merge exactly.

A merge keeps one record, fills its fields from the chosen winners, writes the differing
losing values into a note, moves every row that points at the merged records (the list of
referencing columns comes from the schema, see ``merge_refs``), keeps the strictest consent,
deletes the merged records and logs a "contact_merged" history entry.  Everything it changed
is journaled in a ``MergeRecord`` so "Undo merge" puts both records and every row back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, or_, select, update

from desktop_crm.domain.constants import CONSENT_STRICTNESS, ConsentStatus, HistoryType
from desktop_crm.domain.contacts import EDITABLE_FIELDS, PHONE_FIELDS
from desktop_crm.domain.errors import ConflictError, DomainError, NotFoundError
from desktop_crm.domain.matching import normalise_phone
from desktop_crm.domain.phones import format_phone
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.text import fold
from desktop_crm.domain.wording import MERGE, say
from desktop_crm.services.contacts.companies import COMPANY_FIELDS as CARD_COMPANY_FIELDS
from desktop_crm.services.contacts.companies import contact_company_fields, hidden_contacts_follow
from desktop_crm.services.contacts.records import lookup_keys
from desktop_crm.services.duplicates.merge_refs import (
    RefStrategy,
    related_counts,
    strategies,
    table,
)
from desktop_crm.services.duplicates.merge_snapshot import (
    Journal,
    Row,
    Touched,
    note_touched,
    restore,
    touched,
)
from desktop_crm.services.duplicates.merge_winners import default_winners, is_empty
from desktop_crm.services.privacy.reapply import merge_entries
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import Base, MergeRecord, utcnow
from desktop_crm.storage.team import set_merge_keep
from desktop_crm.storage.uow import UnitOfWork

# The company card's fields, plus the record manager (merged too, never edited there).
COMPANY_FIELDS: tuple[str, ...] = (*CARD_COMPANY_FIELDS, "record_manager_id")
# Opt-outs always survive: any record saying "do not ..." makes the kept one say so.
STRICT_FLAGS = ("do_not_mail", "do_not_call", "do_not_email", "to_review")
# Flags that describe one value travel with that value's winner.
FOLLOWING_FLAGS = {"npai": "address1", "email_invalid": "email"}
SYSTEM_DATES = ("last_reach", "last_attempt", "last_meeting", "last_letter", "last_email")
NOTE_LABELS_FR = {
    "civility": "Civilité",
    "first_name": "Prénom",
    "last_name": "Nom",
    "company_name": "Société",
    "job_title": "Fonction",
    "phone_business": "Téléphone",
    "phone_mobile": "Mobile",
    "phone_home": "Téléphone domicile",
    "phone_fax": "Fax",
    "email": "E-mail",
    "email2": "E-mail 2",
    "address1": "Adresse 1",
    "address2": "Adresse 2",
    "address3": "Adresse 3",
    "postcode": "Code postal",
    "city": "Ville",
    "name": "Raison sociale",
    "phone": "Téléphone",
    "fax": "Fax",
    "details": "Détails",
    "website": "Site web",
}


@dataclass(frozen=True)
class MergeResult:
    """What a merge did."""

    merge_id: int
    kind: str
    kept_id: int
    merged_ids: tuple[int, ...]
    moved: dict[str, int] = field(default_factory=dict)
    note_id: int | None = None


@dataclass(frozen=True)
class UnmergeResult:
    """What an undo restored."""

    merge_id: int
    kind: str
    kept_id: int
    restored_ids: tuple[int, ...]
    rows_restored: int
    # Record id -> its name after the undo (kept and restored records), to confirm.
    labels: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class MergeEntry:
    """One merge in the log (for an "Undo merge" list)."""

    id: int
    kind: str
    kept_id: int
    merged_ids: tuple[int, ...]
    created_at: dt.datetime
    undone_at: dt.datetime | None


def _show(name: str, value: Any) -> str:
    if name in PHONE_FIELDS or name in ("phone", "fax"):
        return format_phone(str(value)) or str(value)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def merge_contacts(
    uow: UnitOfWork,
    keep_id: int,
    other_ids: Sequence[int],
    winners: Mapping[str, int] | None = None,
    expected_versions: Mapping[int, int] | None = None,
) -> MergeResult:
    """Merge ``other_ids`` into ``keep_id``; ``winners`` maps a field to the record whose
    value wins (defaults from :func:`default_winners`). With ``expected_versions`` (the
    versions the user saw), a record a colleague changed since raises ``ConflictError``."""
    require(uow, Permission.MERGE)
    return _merge(uow, "contact", keep_id, other_ids, winners, expected_versions)


def merge_companies(
    uow: UnitOfWork,
    keep_id: int,
    other_ids: Sequence[int],
    winners: Mapping[str, int] | None = None,
    expected_versions: Mapping[int, int] | None = None,
) -> MergeResult:
    """Merge companies the same way; contacts, divisions and related rows follow."""
    require(uow, Permission.MERGE)
    return _merge(uow, "company", keep_id, other_ids, winners, expected_versions)


def _merge(
    uow: UnitOfWork,
    kind: str,
    keep_id: int,
    other_ids: Sequence[int],
    winners: Mapping[str, int] | None,
    expected_versions: Mapping[int, int] | None = None,
) -> MergeResult:
    others = [int(i) for i in dict.fromkeys(other_ids) if int(i) != keep_id]
    if not others:
        raise DomainError(
            say(MERGE, "Choose at least one other record to merge into the kept one."),
            code="merge_nothing",
        )
    main = table(kind)
    session = uow.session
    journal = Journal(session, uow.user_id)
    records = {
        int(r["id"]): r for r in journal.rows(main, main.c.id.in_([keep_id, *others]), lock=True)
    }
    for rid in (keep_id, *others):
        if rid not in records:
            gone = (
                say(
                    MERGE,
                    "Company #{id} does not exist (it may have been merged or deleted already).",
                )
                if kind == "company"
                else say(
                    MERGE,
                    "Contact #{id} does not exist (it may have been merged or deleted already).",
                )
            )
            raise NotFoundError(gone.format(id=rid), record_id=rid)
        seen = (expected_versions or {}).get(rid)
        if seen is not None and seen != records[rid]["version"]:
            raise ConflictError(kind.capitalize(), rid, _label(records[rid], kind))
    kept = records[keep_id]
    if uow.db.team and kept.get("private") and any(not records[i].get("private") for i in others):
        # The colleagues' rows of the shared record would follow it into a record only its
        # user sees (the triggers of migrations 0016 and 0017 refuse it too).
        refusal = (
            say(
                MERGE,
                "Keep the shared company, or make yours shared first: a private company "
                "cannot take in a shared one's contacts.",
            )
            if kind == "company"
            else say(
                MERGE,
                "Keep the shared contact, or make yours shared first: a private contact "
                "cannot take in a shared one's notes, history and activities.",
            )
        )
        raise DomainError(refusal, code="merge_private_keep")
    all_records = [kept, *(records[i] for i in others)]
    fields = EDITABLE_FIELDS if kind == "contact" else COMPANY_FIELDS
    chosen = {**default_winners(all_records, fields), **(winners or {})}
    for name, rid in chosen.items():
        if rid not in records or name not in fields:
            raise DomainError(
                say(MERGE, "Cannot take '{field}' from record #{id}.").format(field=name, id=rid),
                code="merge_field",
            )
    final = {name: records[chosen[name]][name] for name in fields}
    lost = _losing_values(all_records, final, fields)
    if kind == "contact":
        _settle_contact_values(all_records, final, chosen, records, lost)
    else:
        if final.get("parent_id") in (keep_id, *others):
            final["parent_id"] = None
    journal.remember(main, all_records)

    # The kept company and its ancestors once merged: none of them may become its division.
    # (A contact's referrer: never the kept contact itself, as before.)
    ancestors = (
        _ancestors(session, main, keep_id, final.get("parent_id"))
        if kind == "company"
        else {int(keep_id)}
    )
    moved: dict[str, int] = {}
    if kind == "contact":
        _unlink_self_referrals(journal, keep_id, others)
    for (table_name, column), strategy in strategies(kind).items():
        count = _move(
            journal, kind, table(table_name), column, strategy, keep_id, others, final, ancestors
        )
        if count:
            moved[table_name] = moved.get(table_name, 0) + count
    if kind == "contact":  # the ledger says who won; the suppression list is re-applied
        merge_entries(uow, journal, keep_id, others, final)
    final_version = int(kept["version"]) + 1
    final_values = {**final, "version": final_version, "edited_at": utcnow()}
    if kind == "contact":
        final_values.update(lookup_keys(final))
        # The merged contacts deleted first: the foreign keys unlink what pointed at them
        # (a referrer that was the duplicate itself) before the kept one takes its values.
        _delete_merged(uow, journal, kind, keep_id, others)
    else:
        final_values["name_key"] = fold(final.get("name"))[:160]
    session.execute(update(main).where(main.c.id == keep_id).values(**final_values))
    # A company takes its final values before the DELETE: the server (below) then sees its
    # final name and parent.
    if kind == "company":
        _delete_merged(uow, journal, kind, keep_id, others)
        # A colleague's private contacts (unseen, not in the journal) of the kept company,
        # those relinked from the merged ones included, take its final name.
        hidden_contacts_follow(uow, keep_id)

    record = MergeRecord(
        kind=kind,
        kept_id=keep_id,
        merged_ids=",".join(map(str, others)),
        snapshot_json="{}",
        user_id=uow.user_id,
    )
    session.add(record)
    session.flush()
    note_id = _write_note(journal, kind, keep_id, lost, records, others)
    _write_history(journal, kind, keep_id, others, records, record.id, moved)
    record.snapshot_json = journal.to_json({"kept_version": final_version})
    # Every row was written with Core statements: say which, so views get precise notices.
    note_touched(uow, [*journal.touched, touched(kind, "updated", {"id": keep_id})])
    uow.session.flush()
    return MergeResult(record.id, kind, keep_id, tuple(others), moved, note_id)


def _unlink_self_referrals(journal: Journal, keep_id: int, others: list[int]) -> None:
    """An opportunity of one of the merged contacts recommended by another of them (say, the
    kept contact's opportunity recommended by the duplicate) would end up recommended by its
    own contact once both point at the kept one: its referrer is unlinked instead, in the
    journal (undo puts it back). Only direct self-referral: nothing walks referral chains."""
    opp = table("opportunity")
    merged = [keep_id, *others]
    journal.update(
        opp,
        and_(
            opp.c.contact_id.in_(merged),
            opp.c.referrer_contact_id.in_(merged),
            or_(opp.c.contact_id.in_(others), opp.c.referrer_contact_id.in_(others)),
        ),
        {"referrer_contact_id": None},
    )


def _delete_merged(
    uow: UnitOfWork, journal: Journal, kind: str, keep_id: int, others: list[int]
) -> None:
    """Delete the merged records. On a team database, a colleague's private rows of them
    (unseen, not in the journal) are relinked to the kept record by the server as the DELETE
    runs (the triggers of migrations 0016 for companies, 0017 for contacts), instead of being
    unlinked or, for notes, history and activities, deleted by the foreign keys."""
    main = table(kind)
    if not uow.db.team:
        journal.delete(main, main.c.id.in_(others))
        return
    # The setting never outlives the DELETE: cleared after it; on any failure the savepoint's
    # rollback takes it back (a reset in a failed transaction would itself fail and hide the
    # DELETE's own error, so no "finally" here).
    session = uow.session
    with session.begin_nested():
        set_merge_keep(session.connection(), keep_id, kind)
        journal.delete(main, main.c.id.in_(others))
        set_merge_keep(session.connection(), None, kind)


def _losing_values(
    records: Sequence[Row], final: Mapping[str, Any], fields: Sequence[str]
) -> dict[int, dict[str, Any]]:
    lost: dict[int, dict[str, Any]] = {}
    for rec in records:
        for name in fields:
            value = rec.get(name)
            if isinstance(value, bool) or name.endswith("_id") or is_empty(value):
                continue
            if not _same(name, value, final.get(name)):
                lost.setdefault(int(rec["id"]), {})[name] = value
    return lost


def _same(name: str, a: Any, b: Any) -> bool:
    """Values that only differ in typing (case, accents, phone layout) are the same value."""
    if a == b:
        return True
    if isinstance(a, str) and isinstance(b, str):
        if name in PHONE_FIELDS or name in ("phone", "fax"):
            return normalise_phone(a) == normalise_phone(b)
        return fold(a) == fold(b)
    return False


def _settle_contact_values(
    records: Sequence[Row],
    final: dict[str, Any],
    chosen: Mapping[str, int],
    by_id: Mapping[int, Row],
    lost: dict[int, dict[str, Any]],
) -> None:
    """Strictest opt-outs, flags following their value, a losing e-mail into e-mail 2."""
    for flag in STRICT_FLAGS:
        final[flag] = any(bool(r.get(flag)) for r in records)
    for flag, source in FOLLOWING_FLAGS.items():
        final[flag] = bool(by_id[chosen[source]].get(flag))
    for name in SYSTEM_DATES:
        dates = [r[name] for r in records if r.get(name) is not None]
        final[name] = max(dates) if dates else None
    final["created_at"] = min(r["created_at"] for r in records)
    if not final.get("email2"):
        for rid, values in lost.items():
            spare = values.get("email")
            if spare and spare != final.get("email"):
                final["email2"] = spare
                del values["email"]
                if not values:
                    del lost[rid]
                break


def _move(
    journal: Journal,
    kind: str,
    tbl: Any,
    column: str,
    strategy: RefStrategy,
    keep_id: int,
    others: list[int],
    final: Mapping[str, Any],
    ancestors: set[int],
) -> int:
    col = tbl.c[column]
    if strategy is RefStrategy.MOVE:
        return journal.update(tbl, col.in_(others), {column: keep_id})
    if strategy is RefStrategy.COMPANY_LINK:
        # Every contact linked to the kept company shows its final name (the linked company's
        # name wins over one typed differently): the moved ones, and its own when the merge
        # took the other company's name. A new version each, as for a rename.
        given = final.get("name")
        name, key = contact_company_fields(str(given)) if given else (given, "")
        values = {
            column: keep_id,
            "company_name": name,
            "company_key": key,
            "version": tbl.c.version + 1,
        }
        differs = or_(tbl.c.company_name.is_distinct_from(name), tbl.c.company_key != key)
        journal.update(tbl, and_(col == keep_id, differs), values)
        return journal.update(tbl, col.in_(others), values)  # only these were moved
    if strategy is RefStrategy.PARENT:
        # Divisions of a merged company become divisions of the kept one; never the kept one
        # itself or one of its ancestors (a loop): those are unlinked, as a deletion would.
        journal.update(tbl, and_(col.in_(others), tbl.c.id.in_(ancestors)), {column: None})
        return journal.update(
            tbl, and_(col.in_(others), tbl.c.id.not_in(ancestors)), {column: keep_id}
        )
    if strategy is RefStrategy.CONSENT:
        return _merge_consents(journal, tbl, keep_id, others)
    return _move_unique(journal, tbl, column, keep_id, others)


def _unique_partners(tbl: Any, column: str) -> list[str]:
    """The other columns of the unique key that contains ``column``."""
    pk = [c.name for c in tbl.primary_key.columns]
    if column in pk and len(pk) > 1:
        return [c for c in pk if c != column]
    for constraint in tbl.constraints:
        names = [c.name for c in getattr(constraint, "columns", [])]
        if constraint.__class__.__name__ == "UniqueConstraint" and column in names:
            return [c for c in names if c != column]
    return []


def _move_unique(journal: Journal, tbl: Any, column: str, keep_id: int, others: list[int]) -> int:
    partners = _unique_partners(tbl, column)
    pk = [c.name for c in tbl.primary_key.columns]
    moved = 0
    for row in journal.rows(tbl, tbl.c[column].in_(others)):
        same = and_(tbl.c[column] == keep_id, *(tbl.c[p] == row[p] for p in partners))
        twin = journal.rows(tbl, same)
        where_row = and_(*(tbl.c[p] == row[p] for p in pk))
        if twin and pk == ["id"]:
            _repoint_children(journal, tbl, row["id"], twin[0]["id"])
            journal.delete(tbl, where_row)
        elif twin:
            if tbl.name == "group_member" and not row["excluded"] and twin[0]["excluded"]:
                # The merged contact was put in the group by hand: that wins over the kept
                # contact's exclusion (the merged person stays in the group).
                journal.update(tbl, same, {"excluded": False})
            journal.delete(tbl, where_row)
        elif column in pk:
            journal.delete(tbl, where_row)
            journal.insert(tbl, {**row, column: keep_id})
        else:
            journal.update(tbl, where_row, {column: keep_id})
        moved += 1
    return moved


def _ancestors(session: Any, tbl: Any, keep_id: int, parent_id: Any) -> set[int]:
    """``keep_id`` and the companies above it once its parent is ``parent_id`` (a loop made
    before stops the walk)."""
    found = {int(keep_id)}
    current = parent_id
    while current is not None and int(current) not in found:
        found.add(int(current))
        current = session.execute(select(tbl.c.parent_id).where(tbl.c.id == current)).scalar()
    return found


def _repoint_children(journal: Journal, parent: Any, old_id: int, new_id: int) -> None:
    """Rows pointing at a row about to be dropped follow its twin instead of losing the link."""
    for tbl in Base.metadata.tables.values():
        for fk in tbl.foreign_keys:
            if fk.column.table is parent and fk.parent.table is tbl:
                journal.update(tbl, fk.parent == old_id, {fk.parent.name: new_id})


def _strictness(row: Row) -> tuple[int, dt.datetime]:
    try:
        status = ConsentStatus(row["status"])
    except ValueError:
        status = ConsentStatus.UNKNOWN
    return (CONSENT_STRICTNESS[status], row["recorded_at"] or dt.datetime.min)


def _merge_consents(journal: Journal, tbl: Any, keep_id: int, others: list[int]) -> int:
    """One consent per channel; the strictest status (an opt-out) wins with its proof."""
    rows = journal.rows(tbl, tbl.c.contact_id.in_([keep_id, *others]))
    by_channel: dict[str, list[Row]] = {}
    for row in rows:
        by_channel.setdefault(row["channel"], []).append(row)
    changed = 0
    for channel_rows in by_channel.values():
        best = max(channel_rows, key=_strictness)
        holder = next((r for r in channel_rows if r["contact_id"] == keep_id), None)
        if holder is None:
            journal.update(tbl, tbl.c.id == best["id"], {"contact_id": keep_id})
            holder = best
        elif holder["id"] != best["id"]:
            values = {
                k: best[k] for k in ("status", "recorded_at", "source", "proof", "recorded_by_id")
            }
            journal.update(
                tbl, tbl.c.id == holder["id"], {**values, "version": holder["version"] + 1}
            )
        for row in channel_rows:
            if row["id"] != holder["id"]:
                journal.delete(tbl, tbl.c.id == row["id"])
        changed += sum(1 for row in channel_rows if row["contact_id"] != keep_id)
    return changed


def _label(row: Row, kind: str) -> str:
    if kind == "company":
        return str(row.get("name") or f"#{row['id']}")
    name = " ".join(str(p) for p in (row.get("first_name"), row.get("last_name")) if p)
    return name or str(row.get("company_name") or f"#{row['id']}")


def _write_note(
    journal: Journal,
    kind: str,
    keep_id: int,
    lost: Mapping[int, dict[str, Any]],
    records: Mapping[int, Row],
    others: list[int],
) -> int | None:
    """Losing values that differ go into a note on the kept record, so nothing typed is lost."""
    lines = []
    for rid in [*others, keep_id]:
        values = lost.get(rid)
        if not values:
            continue
        lines.append(f"Valeurs de « {_label(records[rid], kind)} » (n° {rid}) non retenues :")
        lines += [f"- {NOTE_LABELS_FR.get(k, k)} : {_show(k, v)}" for k, v in values.items()]
    if not lines:
        return None
    column = "contact_id" if kind == "contact" else "company_id"
    now = utcnow()
    return int(
        journal.insert(
            table("note"),
            {
                column: keep_id,
                "text": "Fusion de fiches.\n" + "\n".join(lines),
                "noted_at": now,
                "created_at": now,
                "edited_at": now,
                "version": 1,
                "private": False,
                "user_id": journal.user_id,
            },
        )
    )


def _write_history(
    journal: Journal,
    kind: str,
    keep_id: int,
    others: list[int],
    records: Mapping[int, Row],
    merge_id: int,
    moved: Mapping[str, int],
) -> None:
    names = ", ".join(f"{_label(records[i], kind)} (n° {i})" for i in others)
    details = {"merge_id": merge_id, "merged_ids": others, "moved": dict(moved)}
    journal.insert(
        table("history"),
        {
            "contact_id": keep_id if kind == "contact" else None,
            "company_id": keep_id if kind == "company" else None,
            "type": HistoryType.CONTACT_MERGED.value,
            "occurred_at": utcnow(),
            "regarding": f"Fusion avec {names}"[:250],
            "details": json.dumps(details),
            "user_id": journal.user_id,
            "private": False,
        },
    )


# --------------------------------------------------------------------------------- undo


def list_merges(uow: UnitOfWork, kind: str | None = None, limit: int = 100) -> list[MergeEntry]:
    stmt = select(MergeRecord).order_by(MergeRecord.id.desc()).limit(limit)
    if kind:
        stmt = stmt.where(MergeRecord.kind == kind)
    return [
        MergeEntry(m.id, m.kind, m.kept_id, _ids(m.merged_ids), m.created_at, m.undone_at)
        for m in uow.session.scalars(stmt)
    ]


def _ids(text: str) -> tuple[int, ...]:
    return tuple(int(i) for i in text.split(",") if i)


def unmerge(uow: UnitOfWork, merge_id: int, *, force: bool = False) -> UnmergeResult:
    """Undo a merge: the merged records come back and every moved row returns to them.

    Refused when a later merge involves the same records (undo that one first) or, unless
    ``force``, when the kept record was edited after the merge (the edit would be lost).
    On a team database, a colleague's private rows that the server relinked to the kept
    company or contact (never in the journal: the merging user could not see them) stay with
    it.
    """
    session = uow.session
    record = session.get(MergeRecord, merge_id)
    if record is None:
        raise NotFoundError(
            say(MERGE, "Merge #{id} does not exist.").format(id=merge_id), merge_id=merge_id
        )
    if record.undone_at is not None:
        raise DomainError(
            say(MERGE, "Merge #{id} was already undone.").format(id=merge_id),
            code="already_undone",
        )
    involved = {record.kept_id, *_ids(record.merged_ids)}
    later = session.scalars(
        select(MergeRecord).where(
            MergeRecord.id > merge_id,
            MergeRecord.kind == record.kind,
            MergeRecord.undone_at.is_(None),
        )
    ).all()
    for other in later:
        if involved & {other.kept_id, *_ids(other.merged_ids)}:
            raise DomainError(
                say(MERGE, "Undo merge #{id} first: it involves the same records.").format(
                    id=other.id
                ),
                code="later_merge",
                later_id=other.id,
            )
    snapshot = json.loads(record.snapshot_json)
    main = table(record.kind)
    current = session.execute(select(main.c.version).where(main.c.id == record.kept_id)).first()
    if current is None:
        raise NotFoundError(
            say(MERGE, "The kept record #{id} no longer exists.").format(id=record.kept_id)
        )
    if not force and current[0] != snapshot.get("kept_version"):
        raise DomainError(
            say(
                MERGE,
                "Record #{id} was edited after the merge; undoing the "
                "merge would lose that edit. Use --force to undo anyway.",
            ).format(id=record.kept_id),
            code="edited_since_merge",
            record_id=record.kept_id,
        )
    merged = list(_ids(record.merged_ids))
    taken = session.execute(select(main.c.id).where(main.c.id.in_(merged))).scalars().all()
    if taken:
        # SQLite hands the highest free id to the next new record: the merged record's id
        # may now belong to someone else, whom a restore would overwrite.
        raise DomainError(
            say(
                MERGE,
                "Cannot undo merge #{merge}: record id #{id} now belongs "
                "to a record created after the merge.",
            ).format(merge=merge_id, id=taken[0]),
            code="id_reused",
            record_id=taken[0],
        )
    written: list[Touched] = []
    rows = restore(session, snapshot, (record.kind,), written)
    if record.kind == "company":
        # The journal holds the contacts the user saw (restored as they were); a colleague's
        # private contacts of the kept company take back its restored name.
        hidden_contacts_follow(uow, record.kept_id)
    record.undone_at = utcnow()
    note_touched(uow, written)
    uow.session.flush()
    restored = _ids(record.merged_ids)
    return UnmergeResult(
        merge_id,
        record.kind,
        record.kept_id,
        restored,
        rows,
        _labels(uow, record.kind, (record.kept_id, *restored)),
    )


def _labels(uow: UnitOfWork, kind: str, ids: Sequence[int]) -> tuple[tuple[int, str], ...]:
    """Names of some records as the lists show them, for confirmations."""
    from desktop_crm.domain.matching import RecordKind
    from desktop_crm.services.duplicates.scan import load_records, record_label

    record_kind = RecordKind(kind)
    raw = load_records(uow, record_kind, ids)
    return tuple((i, record_label(raw[i], record_kind)) for i in ids if i in raw)


# ------------------------------------------------------------------------------ preview


@dataclass(frozen=True)
class MergePreview:
    """The records side by side for the merge dialog, with default winners and related rows."""

    kind: str
    ids: tuple[int, ...]
    fields: tuple[str, ...]
    values: dict[int, dict[str, Any]]
    labels: dict[int, str]
    winners: dict[str, int]
    related: dict[int, dict[str, int]]
    edited_at: dict[int, dt.datetime | None]
    # Names for id fields (record manager, company, parent company), keyed by field then id.
    names: dict[str, dict[int, str]] = field(default_factory=dict)
    versions: dict[int, int] = field(default_factory=dict)


def merge_preview(uow: UnitOfWork, kind: str, ids: Sequence[int]) -> MergePreview:
    """Load records to merge (never ORM objects) with everything attached to each."""
    main = table(kind)
    journal = Journal(uow.session)
    rows = {int(r["id"]): r for r in journal.rows(main, main.c.id.in_(list(ids)))}
    missing = [i for i in ids if i not in rows]
    if missing:
        absent = (
            say(MERGE, "Company #{id} does not exist.")
            if kind == "company"
            else say(MERGE, "Contact #{id} does not exist.")
        )
        raise NotFoundError(absent.format(id=missing[0]))
    fields = EDITABLE_FIELDS if kind == "contact" else COMPANY_FIELDS
    ordered = [rows[i] for i in ids]
    related = related_counts(uow.session, kind, list(ids))
    names: dict[str, dict[int, str]] = {}
    for name, target, label in (
        ("record_manager_id", "app_user", "display_name"),
        ("company_id", "company", "name"),
        ("parent_id", "company", "name"),
    ):
        if name not in fields:
            continue
        wanted = {rows[i][name] for i in ids if rows[i].get(name) is not None}
        if wanted:
            tbl = table(target)
            names[name] = {
                int(k): str(v)
                for k, v in uow.session.execute(
                    select(tbl.c.id, tbl.c[label]).where(tbl.c.id.in_(wanted))
                )
            }
    return MergePreview(
        kind,
        tuple(ids),
        tuple(fields),
        {i: {f: rows[i].get(f) for f in fields} for i in ids},
        {i: _label(rows[i], kind) for i in ids},
        default_winners(ordered, fields),
        related,
        {i: rows[i].get("edited_at") for i in ids},
        names,
        {i: int(rows[i]["version"]) for i in ids},
    )
