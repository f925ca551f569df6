"""Export contacts (a lookup or a selection) to XLSX, CSV for French Excel, or vCard 3.0."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select

from desktop_crm.domain.contacts import EDITABLE_FIELDS, PHONE_FIELDS
from desktop_crm.domain.custom_fields import CustomFieldSpec, CustomKind, format_value
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.fields import CONTACT_CATALOGUE, DEFAULT_EXPORT, export_header
from desktop_crm.domain.files import writing_file
from desktop_crm.domain.phones import format_phone
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.wording import REPORT, say
from desktop_crm.interchange.vcard_write import NOTES_KEY, UID_KEY, contact_uid, write_vcard
from desktop_crm.interchange.writers import write_csv, write_xlsx
from desktop_crm.services.contacts.lookup import lookup_condition
from desktop_crm.services.fields import custom_fields, values_for
from desktop_crm.services.importing.model import ImportReport
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import AppSetting, Contact, Note, User
from desktop_crm.storage.uow import UnitOfWork

FORMATS = ("xlsx", "csv", "vcf")
DEFAULT_COLUMNS: tuple[str, ...] = DEFAULT_EXPORT
# French headers (from the field catalogue): they are what the team reads in Excel, and they
# map back on import.
FIELD_LABELS_FR: dict[str, str] = {
    spec.name: spec.export_header for spec in CONTACT_CATALOGUE if spec.export_header
}
_CHUNK = 2_000


@dataclass(frozen=True)
class ExportResult:
    """What was written: the file, its format and the number of contacts."""

    path: str
    format: str
    count: int
    # An export for a mailing (``for_channel``): who the sending oracle left out, and why
    # (contact id, name, reason code).
    excluded: tuple[tuple[int, str, str], ...] = ()


def format_for(path: str | Path, explicit: str | None = None) -> str:
    fmt = (explicit or Path(path).suffix.lstrip(".")).lower()
    fmt = {"vcard": "vcf", "txt": "csv"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise DomainError(
            say(REPORT, "Unknown export format '{fmt}': use xlsx, csv or vcf.").format(fmt=fmt),
            code="bad_format",
        )
    return fmt


def lookup_query(
    text: str | None = None,
    contact_ids: Sequence[int] | None = None,
    backend: str = "sqlite",
) -> Select[Any]:
    """Contacts the lookup box finds for ``text`` (services.lookup), or the given ids;
    ordered by name."""
    query = select(Contact)
    if contact_ids is not None:
        query = query.where(Contact.id.in_(list(contact_ids)))
    if text and text.strip():
        query = query.where(lookup_condition(text, backend))
    return query.order_by(Contact.last_name_key, Contact.first_name_key, Contact.id)


def _records(uow: UnitOfWork, query: Select[Any]) -> Iterator[dict[str, Any]]:
    for contact in uow.session.scalars(query.execution_options(yield_per=_CHUNK)):
        yield _values(contact)


def _values(contact: Contact) -> dict[str, Any]:
    values = {name: getattr(contact, name) for name in EDITABLE_FIELDS}
    values[_ID] = contact.id
    for name in PHONE_FIELDS:
        # National format reads naturally in Excel and imports back to the same E.164.
        values[name] = format_phone(values[name]) if values[name] else None
    return values


_ID = "_contact_id"  # carried along to fetch user field values; never a column


def _with_custom(
    uow: UnitOfWork,
    records: Iterator[dict[str, Any]],
    specs: Sequence[CustomFieldSpec],
    kind: str,
) -> Iterator[dict[str, Any]]:
    """The records with their user fields' values, fetched a slice of contacts at a time.

    CSV gets French text (30/06/2027, 12,5, Oui); XLSX gets dates and numbers as such.
    """
    batch: list[dict[str, Any]] = []

    def flush() -> Iterator[dict[str, Any]]:
        found = values_for(uow, "contact", [r[_ID] for r in batch], specs)
        for record in batch:
            values = found.get(record[_ID], {})
            for spec in specs:
                value = values.get(spec.name)
                if kind == "csv" or spec.kind is CustomKind.YESNO:
                    record[spec.name] = format_value(spec, value) or None
                else:
                    record[spec.name] = value
            yield record
        batch.clear()

    for record in records:
        batch.append(record)
        if len(batch) >= _CHUNK:
            yield from flush()
    if batch:
        yield from flush()


DATABASE_UUID_KEY = "database_uuid"
_UUID_NAMESPACE = uuid.UUID("6f1d3f1e-3b0a-4f55-9a43-1c6c2f0d7e21")


def database_uuid(uow: UnitOfWork) -> str:
    """An identifier of this database, the same at every export (never written here, since
    exports run read-only): the ``database_uuid`` setting when there is one, else derived
    from the first user's login and creation instant, which no other database shares."""
    stored = uow.session.get(AppSetting, DATABASE_UUID_KEY)
    if stored is not None and stored.value:
        try:
            return str(uuid.UUID(stored.value))
        except ValueError:
            pass
    first = uow.session.execute(
        select(User.login, User.created_at).order_by(User.id).limit(1)
    ).first()
    seed = f"{first.login}|{first.created_at.isoformat()}" if first else "empty"
    return str(uuid.uuid5(_UUID_NAMESPACE, seed))


def _with_notes_and_uid(
    uow: UnitOfWork, records: Iterator[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """vCard records with their contact's shared notes (oldest first) and a stable UID;
    private notes stay in the database."""
    database = database_uuid(uow)
    batch: list[dict[str, Any]] = []

    def flush() -> Iterator[dict[str, Any]]:
        ids = [r[_ID] for r in batch]
        notes: dict[int, list[str]] = {}
        for start in range(0, len(ids), _IDS_PER_QUERY):
            rows = uow.session.execute(
                select(Note.contact_id, Note.text)
                .where(Note.contact_id.in_(ids[start : start + _IDS_PER_QUERY]))
                .where(Note.private.is_(False))
                .order_by(Note.noted_at, Note.id)
            )
            for contact_id, text in rows:
                if contact_id is not None and text and text.strip():
                    notes.setdefault(contact_id, []).append(text)
        for record in batch:
            record[NOTES_KEY] = notes.get(record[_ID], [])
            record[UID_KEY] = contact_uid(database, record[_ID])
            yield record
        batch.clear()

    for record in records:
        batch.append(record)
        if len(batch) >= _CHUNK:
            yield from flush()
    if batch:
        yield from flush()


# Drivers cap the parameters of one statement (PostgreSQL 65,535; some SQLite builds 32,766).
_IDS_PER_QUERY = 5_000


def _records_by_id_chunks(
    uow: UnitOfWork, contact_ids: list[int], lookup: str | None, backend: str
) -> Iterator[dict[str, Any]]:
    """A large selection, fetched in slices of ids, then given in the usual name order."""
    rows: list[tuple[tuple[str, str, int], dict[str, Any]]] = []
    for start in range(0, len(contact_ids), _IDS_PER_QUERY):
        query = lookup_query(lookup, contact_ids[start : start + _IDS_PER_QUERY], backend)
        for contact in uow.session.scalars(query):
            key = (contact.last_name_key, contact.first_name_key, contact.id)
            rows.append((key, _values(contact)))
        uow.session.expunge_all()
    rows.sort(key=lambda item: item[0])
    for _key, values in rows:
        yield values


def export_contacts(
    uow: UnitOfWork,
    path: str | Path,
    *,
    fmt: str | None = None,
    columns: Sequence[str] | None = None,
    lookup: str | None = None,
    contact_ids: Sequence[int] | None = None,
    group_id: int | None = None,
    for_channel: str | None = None,
) -> ExportResult:
    """Write the chosen contacts and columns (of a group's members now when ``group_id`` is
    given); text cells can never become formulas. ``for_channel`` (email, phone, sms, post):
    an export for a mailing, keeping only the contacts the sending oracle allows."""
    require(uow, Permission.EXPORT)
    kind = format_for(path, fmt)
    specs = custom_fields(uow, "contact")
    by_name = {spec.name: spec for spec in specs}
    # By default every user field follows the usual columns.
    chosen = list(columns or (*DEFAULT_COLUMNS, *by_name))
    unknown = [c for c in chosen if c not in EDITABLE_FIELDS and c not in by_name]
    if unknown:
        raise DomainError(
            say(REPORT, "Unknown column(s): {names}.").format(names=", ".join(unknown)),
            code="bad_columns",
        )
    backend = uow.session.get_bind().dialect.name
    if group_id is not None:
        from desktop_crm.services.groups.groups import member_ids

        members = member_ids(uow, group_id)
        if contact_ids is not None:
            requested = set(contact_ids)
            members = [cid for cid in members if cid in requested]
        contact_ids = members
    excluded: tuple[tuple[int, str, str], ...] = ()
    if for_channel is not None:
        contact_ids, excluded = _allowed_for(
            uow, lookup_query(lookup, contact_ids, backend), for_channel
        )
    if contact_ids is not None and len(contact_ids) > _IDS_PER_QUERY:
        records: Iterator[dict[str, Any]] = _records_by_id_chunks(
            uow, list(contact_ids), lookup, backend
        )
    else:
        records = _records(uow, lookup_query(lookup, contact_ids, backend))
    if kind == "vcf":
        with writing_file(path):
            count = write_vcard(path, _with_notes_and_uid(uow, records))
    else:
        wanted = [by_name[c] for c in chosen if c in by_name]
        if wanted:
            records = _with_custom(uow, records, wanted, kind)
        header = [by_name[c].label if c in by_name else export_header(c) for c in chosen]
        rows = ([r.get(c) for c in chosen] for r in records)
        writer = write_xlsx if kind == "xlsx" else write_csv
        count = writer(path, header, rows)
    return ExportResult(str(path), kind, count, excluded)


def _allowed_for(
    uow: UnitOfWork, query: Select[Any], channel: str
) -> tuple[list[int], tuple[tuple[int, str, str], ...]]:
    """The selected ids the sending oracle allows on ``channel``, and the others with why."""
    from desktop_crm.services.mailing.recipients import display_name
    from desktop_crm.services.privacy.oracle import decide_many, load_contacts

    ids = list(uow.session.scalars(query.with_only_columns(Contact.id)))
    views = load_contacts(uow, ids)
    decisions = decide_many(uow, views, channel)
    allowed = [v.id for v in views if decisions[v.id].allowed]
    excluded = tuple(
        (v.id, display_name(v), decisions[v.id].reason)
        for v in views
        if not decisions[v.id].allowed
    )
    return allowed, excluded


REPORT_HEADER = ("Ligne", "Action", "À vérifier", "Contact", "Nom", "Motifs")


def write_report(report: ImportReport, path: str | Path) -> str:
    """The import report as CSV or XLSX (by the file's extension)."""
    kind = format_for(path)
    rows = (
        [r.line, r.action, "oui" if r.flagged else "", r.contact_id or "", r.label, r.reasons]
        for r in report.rows
    )
    if kind == "xlsx":
        write_xlsx(path, REPORT_HEADER, rows, sheet_name="Rapport d'import")
    elif kind == "csv":
        write_csv(path, REPORT_HEADER, rows)
    else:
        raise DomainError(say(REPORT, "The report is written as .csv or .xlsx."), code="bad_format")
    return str(path)
