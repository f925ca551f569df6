"""Writing an import plan in one transaction, and undoing it exactly.

Created contacts are inserted with bulk Core statements in chunks; every created or updated
contact gets an ``ImportChange`` row (updated ones with the values before and after) so that
"Undo this import" can restore the previous state field by field.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from desktop_crm.domain.bulk_work import gc_paused
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.contacts import DATE_FIELDS
from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.wording import IMPORT, say
from desktop_crm.interchange.headers import GROUPS_TARGET, HISTORY_TARGET, NOTE_TARGET
from desktop_crm.services.contacts.records import lookup_keys
from desktop_crm.services.importing.card_companies import card_company_values, write_card_companies
from desktop_crm.services.importing.companies import resolve_companies
from desktop_crm.services.importing.custom import restore_custom, write_custom
from desktop_crm.services.importing.keys import contact_keys, key_row
from desktop_crm.services.importing.labels import existing_group, group_names
from desktop_crm.services.importing.model import (
    ImportOptions,
    ImportReport,
    PlannedRow,
    ProblemPolicy,
    ReportNote,
    RowAction,
    UndoReport,
    UpdateMode,
)
from desktop_crm.services.importing.new_contacts import (
    KEY_FIELDS,
    empty_new_row,
    index_progress,
    insert_new_contacts,
    log_created,
)
from desktop_crm.services.importing.service import (
    COMPANY_KINDS,
    CancelCheck,
    ImportCancelled,
    ImportPlan,
    Progress,
    decide_notes,
    record_kind,
)
from desktop_crm.services.importing.write_report import (
    ReportLine,
    Target,
    import_report,
    report_rows,
)
from desktop_crm.services.privacy.reapply import on_list, reapply_to_contacts, suppressed_notes
from desktop_crm.storage.bulk import (
    bulk_insert,
    bulk_insert_ids,
    deferred_indexes,
    indexes_deferred,
    large_page_cache,
)
from desktop_crm.storage.models import (
    Company,
    Contact,
    Group,
    GroupMember,
    History,
    ImportBatch,
    ImportChange,
    Note,
    utcnow,
)
from desktop_crm.storage.uow import UnitOfWork
from desktop_crm.storage.wal import checkpoint_after_commit

CHUNK = 1_000
# New contacts go in bigger chunks: each chunk costs a few statements of its own, and 5,000
# rows still take well under a second, so progress and cancel stay responsive.
INSERT_CHUNK = 5_000


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


CONTACT = _table(Contact)
BATCHES = _table(ImportBatch)
CHANGES = _table(ImportChange)
COMPANIES = _table(Company)
NOTES = _table(Note)
HISTORY = _table(History)
GROUPS = _table(Group)
MEMBERS = _table(GroupMember)
# Opt-outs and return-to-sender flags can be set by an import, never cleared.
STICKY_FLAGS = frozenset({"do_not_mail", "do_not_call", "do_not_email", "npai"})
KEY_SOURCES = (
    "last_name",
    "first_name",
    "company_name",
    "city",
    "email",
    "phone_business",
    "phone_mobile",
)
BOOKKEEPING = frozenset({"edited_at", "import_batch_id"})
_REPORT_KINDS = {RowAction.ADD: "created", RowAction.UPDATE: "updated"}


def _dump(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _load(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in DATE_FIELDS:
        return dt.date.fromisoformat(value)
    if name == "edited_at":
        return dt.datetime.fromisoformat(value)
    return value


def _pending(target: Target) -> dict[str, Any]:
    if target.pending is None:
        target.pending = {}
    return target.pending


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _merge_into(target: dict[str, Any], values: dict[str, Any], options: ImportOptions) -> None:
    for name, value in values.items():
        if value in (None, ""):
            continue
        if name in STICKY_FLAGS or name in ("to_review", "email_invalid"):
            target[name] = bool(target.get(name)) or bool(value)
        elif options.update_mode is UpdateMode.FILL_EMPTY:
            if target.get(name) in (None, ""):
                target[name] = value
        elif options.overwrite_fields is None or name in options.overwrite_fields:
            target[name] = value


@gc_paused()
def apply_import(
    uow: UnitOfWork,
    plan: ImportPlan,
    options: ImportOptions,
    *,
    group: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    release: Callable[[], None] | None = None,
) -> ImportReport:
    """Write the plan in ``uow`` (the caller commits, or rolls back for a dry run).

    ``release``: called once the new contacts are inserted, when the caller has no further
    use for the plan's rows (it lets go of them: ``ImportPlan.release_rows``), so that the
    rows are freed while the indexes are built, rather than after (see ``_apply_import``).
    """
    # 256 MB of page cache (the database is 127 MB after 95,000 contacts into 100,000) also
    # keeps the new pages in memory for the indexes built after the insert: 64 MB spilled
    # them, and each of the 14 index builds read them back (1.25 s -> 1.07 s at 100,000).
    with large_page_cache(uow.session.connection()):
        checkpoint_after_commit(uow, len(plan.rows))  # (the WAL's copy after the commit)
        return _apply_import(uow, plan, options, group, progress, cancelled, release)


def _apply_import(
    uow: UnitOfWork,
    plan: ImportPlan,
    options: ImportOptions,
    group: str | None,
    progress: Progress | None,
    cancelled: CancelCheck | None,
    release_plan: Callable[[], None] | None = None,
) -> ImportReport:
    conn = uow.session.connection()
    now = utcnow()
    total = len(plan.rows)
    written: dict[int, RowAction] = {}
    targets: dict[int, Target] = {}  # row index -> target
    by_contact: dict[int, Target] = {}
    creates: list[Target] = []
    report: list[ReportLine] = []
    companies: list[tuple[int, dict[str, Any]]] = []  # report index, company values
    filled: set[str] = set()  # the columns some row's values fill
    plain: list[PlannedRow] = []  # rows created with nothing to say: reported later
    for row in plan.rows:
        filled.update(row.values)
    empty_row = empty_new_row(filled)
    for row in plan.rows:
        if not (row.problems or row.extras or row.match) and row.action is None:
            # Most rows: a new contact, nothing to say about it (what ``decide_notes`` and
            # the general case below give such a row, without their look-ups). Its report
            # line is made while the indexes are built (``while_indexes_build``).
            fresh = Target(keys=row.keys or None, values=row.values)
            creates.append(fresh)
            written[row.index] = RowAction.ADD
            targets[row.index] = fresh
            plain.append(row)
            continue
        action, notes = decide_notes(row, options, written)
        flagged = action is not RowAction.SKIP and any(
            options.policy_for(p.code) is ProblemPolicy.FLAG for p in row.problems
        )
        if action is not RowAction.SKIP and record_kind(row) in COMPANY_KINDS:
            # A vCard of an organisation (KIND:org, Apple's X-ABShowAs:COMPANY): a company.
            companies.append((len(report), card_company_values(row.values, row.extras, now)))
            report.append((row.line, "created", flagged, None, row.label, tuple(notes)))
            continue
        target: Target | None = None
        if action is RowAction.ADD or (action is RowAction.UPDATE and row.match is None):
            pending = {**empty_row, **row.values}
            if flagged:
                pending["to_review"] = True
            target = Target(pending=pending, keys=row.keys or None)
            creates.append(target)
            action = RowAction.ADD
        elif action is RowAction.UPDATE and row.match is not None:
            values = dict(row.values)
            if flagged:
                values["to_review"] = True
            if row.match.contact_id is not None:
                contact_id = row.match.contact_id
                target = by_contact.get(contact_id)
                if target is None:
                    target = by_contact[contact_id] = Target(pending={}, contact_id=contact_id)
            else:
                target = targets[row.match.row_index or 0]
                target.keys = None
                if target.values is not None:  # (its own copy now, at its final size)
                    target.pending, target.values = {**empty_row, **target.values}, None
            _merge_into(_pending(target), values, options)
        if target is not None:
            written[row.index] = action
            targets[row.index] = target
            joined = group_names(row.extras[GROUPS_TARGET]) if GROUPS_TARGET in row.extras else []
            target.add(row.extras.get(NOTE_TARGET), row.extras.get(HISTORY_TARGET), joined)
            if joined:
                notes.append(
                    ReportNote(
                        "added_to_groups",
                        codes=tuple(joined),
                        text="added to the groups " + ", ".join(joined),
                    )
                )
        label = row.label
        kind = _REPORT_KINDS.get(action, "skipped")
        report.append((row.line, kind, flagged, target, label, tuple(notes)))
    report += [
        (line, "skipped", False, None, "", (ReportNote("empty_row"),)) for line in plan.empty_lines
    ]
    _check(cancelled)
    deferred = deferred_indexes(uow.session, CONTACT, len(creates))  # (big imports, SQLite)
    total += deferred.work  # (the index builds after the insert move the progress too)

    batch_id = conn.execute(
        insert(BATCHES).returning(BATCHES.c.id),
        {
            "created_at": now,
            "user_id": uow.user_id,
            "file_name": plan.file_name[:260],
            "mapping_json": plan.mapping.to_json(plan.headers),
            "status": "applied",
        },
    ).scalar_one()
    changes: list[dict[str, Any]] = []
    done = 0
    company_ids = write_card_companies(uow, companies, report)

    # Updates first: they read the contacts as they are before this import.
    updated_ids = list(by_contact)
    for start in range(0, len(updated_ids), CHUNK):
        chunk = updated_ids[start : start + CHUNK]
        current = {
            r.id: r._asdict() for r in conn.execute(select(CONTACT).where(CONTACT.c.id.in_(chunk)))
        }
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for contact_id in chunk:
            target = by_contact[contact_id]
            before_row = current.get(contact_id)
            if before_row is None:
                gone = say(IMPORT, "Contact #{id} was deleted during the import.")
                raise NotFoundError(gone.format(id=contact_id))
            incoming = _pending(target)
            merged = {k: before_row[k] for k in incoming}
            _merge_into(merged, incoming, options)
            new = {k: v for k, v in merged.items() if v != before_row[k]}
            full = {**before_row, **new}
            new.update(
                {
                    k: v
                    for k, v in lookup_keys(
                        {
                            s: full[s]
                            for s in (
                                "last_name",
                                "first_name",
                                "company_name",
                                "city",
                                "email",
                                "phone_business",
                                "phone_mobile",
                            )
                        }
                    ).items()
                    if v != before_row[k]
                }
            )
            new["import_batch_id"] = batch_id
            new["edited_at"] = now
            before = {k: _dump(before_row[k]) for k in new}
            before["version"] = before_row["version"]
            after = {k: _dump(v) for k, v in new.items()}
            after["version"] = before_row["version"] + 1
            changes.append(
                {
                    "batch_id": batch_id,
                    "contact_id": contact_id,
                    "action": "updated",
                    "before_json": json.dumps({"before": before, "after": after}),
                }
            )
            groups.setdefault(tuple(sorted(new)), []).append({"_id": contact_id, **new})
        for columns, params in groups.items():
            stmt = (
                update(CONTACT)
                .where(CONTACT.c.id == bindparam("_id"))
                .values({c: bindparam(c) for c in columns} | {"version": CONTACT.c.version + 1})
            )
            conn.execute(stmt, params)
        done += len(chunk)
        if progress:
            progress(done, total)
        _check(cancelled)

    base = {
        "import_batch_id": batch_id,
        "created_at": now,
        "edited_at": now,
        "version": 1,
        "record_manager_id": uow.user_id,
    }
    # New contacts are attached to a Company from their company column (the missing ones
    # created), as they are inserted; updated ones are left as they were, so that undo
    # restores them exactly.
    company_of, linked_company_ids = resolve_companies(
        uow, [(_pending(t) if t.values is None else t.values).get("company_name") for t in creates]
    )
    # A big import into a small table: the contact indexes are built once at the end.
    built = index_progress(progress, lambda: _check(cancelled), len(plan.rows), total, deferred)
    custom_rows: list[tuple[int, dict[str, Any], bool]] = []
    reached: list[int] = []

    def while_indexes_build() -> None:
        # While the indexes are built (``indexes_deferred``'s ``meanwhile``: Python only, no
        # connection): the plain rows' report lines made (~0.2 s at 100,000 rows, off the
        # insert's way), the report put in file order (only now: the organisations' lines
        # were found by their place in it), and what the insert needed and nothing after it
        # does, freed on this thread as SQLite sorts on another (~0.2 s of a million
        # objects at 100,000 rows).
        report.extend(
            [(row.line, "created", False, targets[row.index], row.label, ()) for row in plain]
        )
        plain.clear()
        report.sort(key=itemgetter(0))
        # Written with plain SQL: say which rows, so the contact list and the open contact
        # hear (95,000 ids filed: ~0.1 s, here rather than after the builds).
        uow.note_changes(
            "contact", "created", [t.contact_id for t in creates if t.contact_id is not None]
        )
        for target in creates:
            target.values = target.pending = target.keys = None
        written.clear()
        targets.clear()
        if release_plan is not None:
            release_plan()

    with indexes_deferred(uow.session, deferred, built, meanwhile=while_indexes_build):
        for start in range(0, len(creates), INSERT_CHUNK):
            chunk_targets = creates[start : start + INSERT_CHUNK]
            chunk_rows = [_pending(t) if t.values is None else t.values for t in chunk_targets]
            chunk_keys = [
                t.keys or key_row(contact_keys(row))
                for t, row in zip(chunk_targets, chunk_rows, strict=True)
            ]
            # (A target with its own copy: its columns are read row by row.)
            copied = [i for i, t in enumerate(chunk_targets) if t.values is None]
            ids = insert_new_contacts(
                uow.session, chunk_rows, chunk_keys, copied, empty_row, filled, base, company_of
            )
            for target, new_id in zip(chunk_targets, ids, strict=True):
                target.contact_id = new_id
            log_created(uow, conn, batch_id, ids)
            done += len(chunk_targets)
            if progress:
                progress(min(done, total), total)
            _check(cancelled)
        # (What the rest needs of the rows and targets, before they are let go of.)
        custom_rows = [
            (target.contact_id, row.custom, target.contact_id in by_contact)
            for row in plan.rows
            if row.custom
            and (target := targets.get(row.index)) is not None
            and target.contact_id is not None
        ]
        reached = [t.contact_id for t in targets.values() if t.contact_id]

    custom_before = write_custom(uow, plan.custom_specs, custom_rows, options)
    extra = _write_extras(
        conn, uow, batch_id, plan.file_name, now, creates, by_contact, group or plan.mapping.group
    )
    # Notes and group memberships of updated contacts are logged with their change row.
    for change in changes:
        payload = json.loads(change["before_json"])
        payload["notes"] = extra.notes_by_contact.get(change["contact_id"], [])
        payload["groups"] = extra.groups_by_contact.get(change["contact_id"], [])
        if change["contact_id"] in custom_before:
            payload["custom"] = custom_before[change["contact_id"]]
        change["before_json"] = json.dumps(payload)
    for start in range(0, len(changes), CHUNK):
        bulk_insert(uow.session, CHANGES, None, changes[start : start + CHUNK])

    # The suppression list wins over the file: objected people stay objected, and say so.
    closed = reapply_to_contacts(uow, reached, f"import file {plan.file_name}")
    if closed:  # (an empty suppression list leaves the report as it is)
        report = [
            (
                *item[:2],
                item[2] or on_list(item[3], closed),
                *item[3:5],
                item[5] + suppressed_notes(item[3], closed),
            )
            for item in report
        ]
    result = import_report(batch_id, plan.file_name, report_rows(report))
    if linked_company_ids:
        uow.note_changes("company", "created", linked_company_ids)
    counts = {
        **result.counts(),
        "contacts_created": len(creates),
        "contacts_updated": len(by_contact),
        "created_group_id": extra.created_group_id,
        "created_group_ids": extra.created_group_ids,
        # Organisations' cards (vCard KIND:org) and companies made from the company column.
        "created_company_ids": [*company_ids, *linked_company_ids],
    }
    conn.execute(
        update(BATCHES).where(BATCHES.c.id == batch_id).values(counts_json=json.dumps(counts))
    )
    uow.note_changes("contact", "updated", updated_ids)  # (the created: ``while_indexes_build``)
    uow.note_changes("import_batch", "created", [batch_id])
    if company_ids:
        uow.note_changes("company", "created", company_ids)
    return result


@dataclass
class _Extras:
    notes_by_contact: dict[int, list[int]] = field(default_factory=dict)
    groups_by_contact: dict[int, list[int]] = field(default_factory=dict)
    created_group_id: int | None = None  # the group chosen for the whole import
    created_group_ids: list[int] = field(default_factory=list)  # from labels / categories


def _write_extras(
    conn: Connection,
    uow: UnitOfWork,
    batch_id: int,
    file_name: str,
    now: dt.datetime,
    creates: Sequence[Target],
    by_contact: dict[int, Target],
    group_name: str | None,
) -> _Extras:
    """Notes, history entries and group memberships of the written contacts."""
    extras = _Extras()
    all_targets = [*creates, *by_contact.values()]
    updated = set(by_contact)
    note_rows: list[dict[str, Any]] = [
        {
            "contact_id": t.contact_id,
            "user_id": uow.user_id,
            "noted_at": now,
            "text": text,
            "private": False,
            "version": 1,
            "created_at": now,
            "edited_at": now,
        }
        for t in all_targets
        for text in t.notes
    ]
    for start in range(0, len(note_rows), CHUNK):
        chunk = note_rows[start : start + CHUNK]
        ids = bulk_insert_ids(uow.session, NOTES, chunk)
        uow.note_changes("note", "created", ids, contact_ids={p["contact_id"] for p in chunk})
        for params, note_id in zip(chunk, ids, strict=True):
            if params["contact_id"] in updated:
                extras.notes_by_contact.setdefault(params["contact_id"], []).append(note_id)
    regarding = f"Import: {file_name}"[:250]
    history_rows: list[dict[str, Any]] = [
        {
            "contact_id": t.contact_id,
            "import_batch_id": batch_id,
            "type": str(HistoryType.CONTACT_IMPORTED),
            "occurred_at": now,
            "regarding": regarding,
            "details": text,
            "user_id": uow.user_id,
            "private": False,
        }
        for t in all_targets
        for text in t.history
    ]
    history_rows += [
        {
            "contact_id": cid,
            "import_batch_id": batch_id,
            "type": str(HistoryType.CONTACT_IMPORTED),
            "occurred_at": now,
            "regarding": regarding,
            "details": "Updated by an import.",
            "user_id": uow.user_id,
            "private": False,
        }
        for cid, t in by_contact.items()
        if not t.history
    ]
    for start in range(0, len(history_rows), CHUNK):
        chunk = history_rows[start : start + CHUNK]
        ids = bulk_insert_ids(uow.session, HISTORY, chunk)
        uow.note_changes(
            "history", "created", ids, contact_ids={row["contact_id"] for row in chunk}
        )
    memberships: dict[str, list[int]] = {}  # group name -> contacts, in order
    if group_name and group_name.strip():
        memberships[group_name.strip()[:120]] = [
            t.contact_id for t in all_targets if t.contact_id is not None
        ]
    for t in all_targets:
        for name in t.groups:
            if t.contact_id is not None:
                memberships.setdefault(name, []).append(t.contact_id)
    for name, ids in memberships.items():
        _join_group(conn, uow, name, ids, updated, now, extras, name == (group_name or "").strip())
    return extras


def _join_group(
    conn: Connection,
    uow: UnitOfWork,
    name: str,
    ids: list[int],
    updated: set[int],
    now: dt.datetime,
    extras: _Extras,
    whole_import: bool,
) -> None:
    """Add the contacts to the group ``name`` (``existing_group``; a new top-level group when
    there is none)."""
    table = GROUPS
    created = False
    found = existing_group(conn, GROUPS, name)
    group_id: int
    if found is not None:
        group_id = found
    else:
        group_id = conn.execute(
            insert(table).returning(table.c.id),
            {
                "name": name,
                "version": 1,
                "created_at": now,
                "edited_at": now,
            },
        ).scalar_one()
        created = True
        if whole_import:
            extras.created_group_id = group_id
        else:
            extras.created_group_ids.append(group_id)
    members = MEMBERS
    already: set[int] = set()
    updated_ids = [i for i in ids if i in updated]
    for start in range(0, len(updated_ids), CHUNK):
        already.update(
            conn.execute(
                select(members.c.contact_id).where(
                    members.c.group_id == group_id,
                    members.c.contact_id.in_(updated_ids[start : start + CHUNK]),
                )
            ).scalars()
        )
    rows: list[dict[str, Any]] = [
        {"group_id": group_id, "contact_id": i, "added_at": now}
        for i in dict.fromkeys(ids)
        if i not in already
    ]
    bulk_insert(uow.session, members, None, rows, chunk=CHUNK)
    if rows:
        # Memberships have no id of their own: the group changed, for these contacts.
        uow.note_changes(
            "contact_group",
            "created" if created else "updated",
            [group_id],
            contact_ids=[row["contact_id"] for row in rows],
        )
    elif created:
        uow.note_changes("contact_group", "created", [group_id])
    for row in rows:
        if row["contact_id"] in updated:
            extras.groups_by_contact.setdefault(row["contact_id"], []).append(group_id)


def _chunks(items: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@gc_paused()
def undo_import(uow: UnitOfWork, batch_id: int, *, progress: Progress | None = None) -> UndoReport:
    """Restore the state before an import: created contacts deleted, updated ones restored.

    A value edited by someone since the import is kept (and counted in ``kept_fields``).
    """
    conn = uow.session.connection()
    batches = BATCHES
    batch = conn.execute(select(batches).where(batches.c.id == batch_id)).one_or_none()
    if batch is None:
        raise NotFoundError(say(IMPORT, "There is no import #{id}.").format(id=batch_id))
    if batch.status == "undone":
        done = say(IMPORT, "Import #{id} was already undone.").format(id=batch_id)
        raise DomainError(done, code="already_undone")
    if batch.kind != "contacts":
        sales = say(
            IMPORT, "Import #{id} is a sales import: undo it with 'desktop-crm sales undo {id}'."
        )
        raise DomainError(sales.format(id=batch_id), code="invalid")
    changes_table = CHANGES
    changes = conn.execute(
        select(
            changes_table.c.contact_id, changes_table.c.action, changes_table.c.before_json
        ).where(changes_table.c.batch_id == batch_id)
    ).all()
    created = [c.contact_id for c in changes if c.action == "created"]
    updated = [c for c in changes if c.action == "updated"]
    total = len(changes) or 1
    checkpoint_after_commit(uow, len(changes))  # (the WAL's copy after the commit)
    restored = kept = 0
    restored_ids: list[int] = []
    deleted_notes: list[int] = []
    note_contacts: list[int] = []
    left_groups: dict[int, list[int]] = {}
    custom_before: dict[int, dict[str, str | None]] = {}
    for start in range(0, len(updated), CHUNK):
        chunk = updated[start : start + CHUNK]
        current = {
            r.id: r._asdict()
            for r in conn.execute(
                select(CONTACT).where(CONTACT.c.id.in_([c.contact_id for c in chunk]))
            )
        }
        for change in chunk:
            row = current.get(change.contact_id)
            payload = json.loads(change.before_json)
            if payload.get("notes"):
                conn.execute(delete(NOTES).where(NOTES.c.id.in_(payload["notes"])))
                deleted_notes.extend(payload["notes"])
                note_contacts.append(change.contact_id)
            for group_id in payload.get("groups", []):
                left_groups.setdefault(group_id, []).append(change.contact_id)
                conn.execute(
                    delete(MEMBERS).where(
                        MEMBERS.c.group_id == group_id, MEMBERS.c.contact_id == change.contact_id
                    )
                )
            if row is None:
                continue  # deleted since the import: nothing left to restore
            if payload.get("custom"):
                custom_before[change.contact_id] = payload["custom"]
            before, after = payload["before"], payload["after"]
            untouched = row["version"] == after["version"]
            values: dict[str, Any] = {}
            for name, new_value in after.items():
                if name == "version" or (name in KEY_FIELDS and not untouched):
                    continue
                if untouched or _dump(row[name]) == new_value:
                    values[name] = _load(name, before.get(name))
                elif name not in BOOKKEEPING:
                    kept += 1
            if not untouched:
                final = {**row, **values}
                values.update(lookup_keys({s: final[s] for s in KEY_SOURCES}))
            # Nobody edited the contact since: even its version number comes back.
            values["version"] = before["version"] if untouched else row["version"] + 1
            conn.execute(update(CONTACT).where(CONTACT.c.id == change.contact_id).values(values))
            restored += 1
            restored_ids.append(change.contact_id)
        if progress:
            progress(start + len(chunk), total)
    restore_custom(uow, custom_before)
    history = conn.execute(
        select(HISTORY.c.id, HISTORY.c.contact_id).where(HISTORY.c.import_batch_id == batch_id)
    ).all()
    conn.execute(delete(HISTORY).where(HISTORY.c.import_batch_id == batch_id))
    for chunk_ids in _chunks(created, 500):
        conn.execute(delete(CONTACT).where(CONTACT.c.id.in_(chunk_ids)))
        if progress:
            progress(len(updated) + len(chunk_ids), total)
    counts = json.loads(batch.counts_json or "{}")
    group_ids = [counts.get("created_group_id"), *counts.get("created_group_ids", [])]
    for group_id in filter(None, group_ids):
        members = MEMBERS
        left = conn.execute(
            select(members.c.contact_id).where(members.c.group_id == group_id).limit(1)
        ).first()
        if left is None:
            conn.execute(delete(GROUPS).where(GROUPS.c.id == group_id))
            uow.note_changes("contact_group", "deleted", [group_id])
    # Companies this import created (organisations' cards, the company column), unless
    # edited or given contacts since.
    company_ids = [int(i) for i in counts.get("created_company_ids", [])]
    for chunk_ids in _chunks(company_ids, 500):
        linked = set(
            conn.execute(
                select(CONTACT.c.company_id).where(CONTACT.c.company_id.in_(chunk_ids))
            ).scalars()
        )
        gone = [
            i
            for i in conn.execute(
                select(COMPANIES.c.id).where(
                    COMPANIES.c.id.in_(chunk_ids), COMPANIES.c.version == 1
                )
            ).scalars()
            if i not in linked
        ]
        if gone:
            conn.execute(delete(COMPANIES).where(COMPANIES.c.id.in_(gone)))
            uow.note_changes("company", "deleted", gone)
    conn.execute(
        update(batches).where(batches.c.id == batch_id).values(status="undone", undone_at=utcnow())
    )
    # Written with plain SQL: say which rows, so the views showing them refresh.
    uow.note_changes("contact", "deleted", created)
    uow.note_changes("contact", "updated", restored_ids)
    uow.note_changes(
        "history", "deleted", [h.id for h in history], contact_ids=[h.contact_id for h in history]
    )
    if deleted_notes:
        uow.note_changes("note", "deleted", deleted_notes, contact_ids=note_contacts)
    for group_id, member_ids in left_groups.items():
        uow.note_changes("contact_group", "updated", [group_id], contact_ids=member_ids)
    uow.note_changes("import_batch", "updated", [batch_id])
    return UndoReport(batch_id, len(created), restored, kept)
