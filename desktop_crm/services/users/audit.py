"""Who created, changed and deleted what, and when (issue 15's audit trail).

* created / changed: the history entries the services already write (``contact_created``,
  ``opportunity_created``, ``field_changed``), signed by their author (on a team database a
  trigger takes the author from the session);
* deleted: ``deletion_log``. On a team database (PostgreSQL after ``team setup``) a trigger
  writes it from the session, whatever the client does; elsewhere (SQLite, plain PostgreSQL)
  the delete services write it with the app's user. An erasure (RGPD) writes a fixed label,
  never the person's name. A merge deletes the merged records: logged too (below, from the
  merge's own journal, once it is complete); undoing the merge brings them back and leaves
  the line, as it leaves the merge log's (``merge_record.undone_at`` says it was undone).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, func, insert, inspect, or_, select
from sqlalchemy.orm import Mapper

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.storage.models import Contact, DeletionRecord, History, MergeRecord, User, utcnow
from desktop_crm.storage.team import AUDIT_LABEL_SETTING, team_enabled
from desktop_crm.storage.uow import UnitOfWork

ERASED_LABEL = "(erased: right to erasure)"
CREATED_TYPES = (HistoryType.CONTACT_CREATED, HistoryType.OPPORTUNITY_CREATED)
_LABEL_MAX = 200


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit: when, who, what was done to which record."""

    at: dt.datetime
    user: str
    action: str  # "created" | "changed" | "deleted"
    table: str
    record_id: int | None
    label: str
    detail: str


def contact_label(first_name: str | None, last_name: str | None) -> str:
    return " ".join(p for p in (first_name, last_name) if p).strip()


def record_deletion(
    uow: UnitOfWork, table: str, record_id: int, label: str | None, *, private: bool = False
) -> None:
    """Log a deletion as the app's user; on a team database the server's trigger does it."""
    if _server_logs(uow):
        return
    uow.session.add(
        DeletionRecord(
            table_name=table,
            record_id=record_id,
            label=(label or "")[:_LABEL_MAX] or None,
            private=private,
            user_id=uow.user_id,
        )
    )


def _server_logs(uow: UnitOfWork) -> bool:
    """Whether the database's trigger logs deletions (a team database, whoever connects:
    a member or the maintenance account)."""
    uow.db.resolve_team()
    if uow.db.team:
        return True
    return uow.db.backend == "postgresql" and team_enabled(uow.session.connection())


def erasing(uow: UnitOfWork) -> None:
    """Before an erasure deletes the contact: the deletion log must not keep the name.

    On PostgreSQL the (team) trigger reads a transaction-local setting for its label."""
    if uow.db.backend == "postgresql":
        uow.session.execute(select(func.set_config(AUDIT_LABEL_SETTING, ERASED_LABEL, True)))


def erased(uow: UnitOfWork, contact_ids: list[int]) -> None:
    """After an erasure: the app's deletion log rows (fixed label) and the setting reset."""
    if not _server_logs(uow):
        for contact_id in contact_ids:
            record_deletion(uow, "contact", contact_id, ERASED_LABEL)
    if uow.db.backend == "postgresql":
        uow.session.execute(select(func.set_config(AUDIT_LABEL_SETTING, "", True)))


def _user_id(uow: UnitOfWork, user: str | None) -> int | None:
    if not user:
        return None
    key = user.strip().casefold()
    for uid, login, name in uow.session.execute(select(User.id, User.login, User.display_name)):
        if key in (str(login).casefold(), str(name or "").casefold()) or key == str(uid):
            return int(uid)
    raise DomainError(
        say(
            TEAM,
            "No team member is called '{user}'. Use a login or a name from "
            "'desktop-crm users list'.",
        ).format(user=user),
        code="not_found",
    )


def audit_entries(
    uow: UnitOfWork,
    *,
    since: dt.date | None = None,
    user: str | None = None,
    limit: int = 10_000,
) -> list[AuditEntry]:
    """Created, changed and deleted entries, newest first (rows the session may see)."""
    user_id = _user_id(uow, user)
    names = {
        int(uid): str(name or login)
        for uid, login, name in uow.session.execute(select(User.id, User.login, User.display_name))
    }
    start = dt.datetime.combine(since, dt.time()) if since else None
    entries: list[AuditEntry] = []
    hist = (
        select(
            History.occurred_at,
            History.user_id,
            History.type,
            History.contact_id,
            History.opportunity_id,
            History.field_name,
            History.old_value,
            History.new_value,
            History.regarding,
            Contact.first_name,
            Contact.last_name,
        )
        .outerjoin(Contact, Contact.id == History.contact_id)
        .where(or_(History.type.in_(CREATED_TYPES), History.type == HistoryType.FIELD_CHANGED))
        .order_by(History.occurred_at.desc(), History.id.desc())
        .limit(limit)
    )
    if start is not None:
        hist = hist.where(History.occurred_at >= start)
    if user_id is not None:
        hist = hist.where(History.user_id == user_id)
    for row in uow.session.execute(hist):
        is_opp = row.type == HistoryType.OPPORTUNITY_CREATED or (
            row.type == HistoryType.FIELD_CHANGED and row.opportunity_id is not None
        )
        table = "opportunity" if is_opp else "contact"
        record_id = row.opportunity_id if is_opp else row.contact_id
        label = contact_label(row.first_name, row.last_name)
        if row.type == HistoryType.FIELD_CHANGED:
            action = "changed"
            detail = f"{row.field_name or ''}: {row.old_value or ''} → {row.new_value or ''}"
        else:
            action = "created"
            detail = ""
            if is_opp:
                label = str(row.regarding or "")
        entries.append(
            AuditEntry(
                row.occurred_at,
                names.get(row.user_id, "") if row.user_id else "",
                action,
                table,
                record_id,
                label,
                detail if row.type == HistoryType.FIELD_CHANGED else "",
            )
        )
    dels = (
        select(DeletionRecord)
        .order_by(DeletionRecord.deleted_at.desc(), DeletionRecord.id.desc())
        .limit(limit)
    )
    if start is not None:
        dels = dels.where(DeletionRecord.deleted_at >= start)
    if user_id is not None:
        dels = dels.where(DeletionRecord.user_id == user_id)
    for rec in uow.session.scalars(dels):
        entries.append(
            AuditEntry(
                rec.deleted_at,
                names.get(rec.user_id, "") if rec.user_id else "",
                "deleted",
                rec.table_name,
                rec.record_id,
                rec.label or "",
                "",
            )
        )
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]


__all__ = [
    "ERASED_LABEL",
    "AuditEntry",
    "audit_entries",
    "contact_label",
    "erased",
    "erasing",
    "record_deletion",
]


def _merged_label(kind: str, row: dict[str, Any]) -> str | None:
    if kind == "contact":
        return contact_label(row.get("first_name"), row.get("last_name")) or row.get("company_name")
    return row.get("name")


@event.listens_for(MergeRecord, "after_update")
def _log_merged_records(_mapper: Mapper[Any], connection: Connection, target: MergeRecord) -> None:
    """A merge writes its journal (the merged records' rows before the merge) into its
    ``merge_record`` row as its last step: log each merged record as deleted then, with the
    name it had, as the user who merged (SQLite, plain PostgreSQL; the trigger does it on a
    team database). Not when the merge is undone (``undone_at`` set)."""
    state = inspect(target)
    if not state.attrs.snapshot_json.history.has_changes() or target.undone_at is not None:
        return
    if team_enabled(connection):
        return
    try:
        before = json.loads(target.snapshot_json).get("before", {})
    except ValueError:
        return
    rows = {int(r["id"]): r for r in before.get(target.kind, []) if "id" in r}
    for rid in (int(x) for x in str(target.merged_ids or "").split(",") if x.strip()):
        row = rows.get(rid, {})
        label = _merged_label(target.kind, row)
        connection.execute(
            insert(DeletionRecord.__table__).values(  # type: ignore[arg-type]
                deleted_at=utcnow(),
                table_name=target.kind,
                record_id=rid,
                label=(label or "")[:_LABEL_MAX] or None,
                private=bool(row.get("private") or False),
                user_id=target.user_id,
            )
        )
