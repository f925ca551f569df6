"""Contact use cases: create, read, update (with field history and conflict detection), delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm.exc import StaleDataError

from desktop_crm.domain.constants import TRACKED_CONTACT_FIELDS, HistoryType
from desktop_crm.domain.contacts import (
    CONTACT_VIEW_FIELDS,
    EDITABLE_FIELDS,
    KEY_SOURCES,
    ContactView,
    blocking_problems,
    normalise_contact_values,
)
from desktop_crm.domain.errors import (
    ConflictError,
    FieldConflict,
    ValidationError,
)
from desktop_crm.domain.phones import phone_digits
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.text import fold
from desktop_crm.services.contacts.card_read import not_found
from desktop_crm.services.users.audit import contact_label, record_deletion
from desktop_crm.services.users.permissions import refuse_read_only, require
from desktop_crm.storage.bulk import bulk_insert
from desktop_crm.storage.models import (
    Activity,
    CampaignMember,
    Consent,
    Contact,
    GroupMember,
    History,
    Note,
    Opportunity,
    Sale,
    utcnow,
)
from desktop_crm.storage.uow import UnitOfWork


def lookup_keys(values: Mapping[str, Any]) -> dict[str, str]:
    """The accent-free lookup columns for the given field values (only those present)."""
    keys: dict[str, str] = {}
    for key, source in KEY_SOURCES.items():
        if source in values:
            keys[key] = fold(values[source])[:254]
    if "phone_business" in values:
        keys["phone_key"] = phone_digits(values["phone_business"])
    if "phone_mobile" in values:
        keys["mobile_key"] = phone_digits(values["phone_mobile"])
    return keys


def to_view(contact: Contact) -> ContactView:
    """Copy an ORM contact into a frozen value the UI can keep."""
    return ContactView(**{name: getattr(contact, name) for name in CONTACT_VIEW_FIELDS})


def _label(contact: Contact | ContactView) -> str:
    name = " ".join(p for p in (contact.first_name, contact.last_name) if p)
    return name or contact.company_name or f"#{contact.id}"


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _validated(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = [name for name in values if name not in EDITABLE_FIELDS]
    cleaned, problems = normalise_contact_values(
        {k: v for k, v in values.items() if k not in unknown}
    )
    blocking = blocking_problems(problems)
    if unknown:
        from desktop_crm.domain.errors import FieldProblem

        blocking += [
            FieldProblem(name, "unknown_field", f"Unknown field '{name}'.") for name in unknown
        ]
    if blocking:
        raise ValidationError(blocking)
    return cleaned


def _load(uow: UnitOfWork, contact_id: int) -> Contact:
    contact = uow.session.get(Contact, contact_id)
    if contact is None:
        raise not_found(contact_id)
    return contact


def get_contact(uow: UnitOfWork, contact_id: int) -> ContactView:
    return to_view(_load(uow, contact_id))


def create_contact(uow: UnitOfWork, values: Mapping[str, Any]) -> ContactView:
    """Validate and store a new contact; writes a "Contact created" history entry."""
    cleaned = _validated(values)
    if not any(cleaned.get(f) for f in ("last_name", "first_name", "company_name")):
        from desktop_crm.domain.errors import FieldProblem

        raise ValidationError(
            [FieldProblem("last_name", "required", "Type at least a name or a company.")]
        )
    contact = Contact(**{"record_manager_id": uow.user_id, **cleaned}, **lookup_keys(cleaned))
    uow.session.add(contact)
    uow.session.flush()
    uow.session.add(
        History(
            contact_id=contact.id,
            company_id=contact.company_id,
            type=HistoryType.CONTACT_CREATED,
            user_id=uow.user_id,
            regarding="Contact created",
        )
    )
    uow.session.flush()
    return to_view(contact)


def _conflicts(
    current: Contact, changes: Mapping[str, Any], original: Mapping[str, Any] | None
) -> list[FieldConflict]:
    conflicts = []
    for name, mine in changes.items():
        theirs = getattr(current, name)
        base = original.get(name, theirs) if original is not None else None
        if theirs == mine:
            continue
        if original is not None and theirs == base:
            continue  # the colleague did not touch this field: no conflict
        conflicts.append(FieldConflict(name, base, mine, theirs))
    return conflicts


def update_contact(
    uow: UnitOfWork,
    contact_id: int,
    expected_version: int,
    changes: Mapping[str, Any],
    *,
    original: Mapping[str, Any] | None = None,
) -> ContactView:
    """Apply the user's changes if nobody saved the contact since ``expected_version``.

    ``original`` holds the values the user started from; with it, a colleague's changes to
    other fields are not conflicts. Otherwise ``ConflictError`` lists, per field, the
    original, the user's and the colleague's values, and nothing is written.
    """
    cleaned = _validated(changes)
    contact = _load(uow, contact_id)
    refuse_read_only(uow, "contact", [n for n, v in cleaned.items() if getattr(contact, n) != v])
    if contact.version != expected_version:
        theirs = {name: getattr(contact, name) for name in EDITABLE_FIELDS}
        raise ConflictError(
            "Contact",
            contact_id,
            _label(contact),
            _conflicts(contact, cleaned, original),
            theirs,
            contact.version,
        )
    now = utcnow()
    for name, new in cleaned.items():
        old = getattr(contact, name)
        if old == new:
            continue
        setattr(contact, name, new)
        if name in TRACKED_CONTACT_FIELDS:
            uow.session.add(
                History(
                    contact_id=contact.id,
                    company_id=contact.company_id,
                    type=HistoryType.FIELD_CHANGED,
                    user_id=uow.user_id,
                    occurred_at=now,
                    field_name=name,
                    old_value=_as_text(old),
                    new_value=_as_text(new),
                    regarding=f"{name}: {_as_text(old) or ''} → {_as_text(new) or ''}"[:250],
                )
            )
    for key, value in lookup_keys(cleaned).items():
        setattr(contact, key, value)
    label = _label(contact)
    try:
        # Flushed here, not at the caller's commit: the version check names the contact and
        # the view returned carries the new version.
        uow.session.flush()
    except StaleDataError:
        raise ConflictError("Contact", contact_id, label) from None
    return to_view(contact)


@dataclass(frozen=True)
class RelatedCounts:
    """What goes with a contact when it is deleted (shown in the confirmation)."""

    history: int
    notes: int
    activities: int
    opportunities: int
    sales: int
    groups: int
    campaigns: int
    consents: int


def related_counts(uow: UnitOfWork, contact_id: int) -> RelatedCounts:
    def count(model: Any) -> int:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(model).where(model.contact_id == contact_id)
            )
            or 0
        )

    return RelatedCounts(
        history=count(History),
        notes=count(Note),
        activities=count(Activity),
        opportunities=count(Opportunity),
        sales=count(Sale),
        groups=count(GroupMember),
        campaigns=count(CampaignMember),
        consents=count(Consent),
    )


def delete_contact(uow: UnitOfWork, contact_id: int, expected_version: int | None = None) -> None:
    """Delete a contact with its history, notes, activities and memberships.

    Opportunities and sales stay (they are the company's figures) without the contact link.
    """
    require(uow, Permission.DELETE)
    contact = _load(uow, contact_id)
    if expected_version is not None and contact.version != expected_version:
        raise ConflictError("Contact", contact_id, _label(contact))
    record_deletion(
        uow,
        "contact",
        contact_id,
        contact_label(contact.first_name, contact.last_name) or contact.company_name,
        private=bool(contact.private),
    )
    uow.session.delete(contact)
    uow.session.flush()


def bulk_insert_contacts(uow: UnitOfWork, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert many already-validated contacts in chunks, without ORM objects.

    Rows hold storage values (phones already E.164); lookup keys and timestamps are added
    here. The rows bypass the session on SQLite, so the contacts are reported as changed in
    bulk (their ids are not known without a query).
    """
    now = utcnow()
    defaults = {
        "version": 1,
        "created_at": now,
        "edited_at": now,
        "do_not_mail": False,
        "do_not_call": False,
        "do_not_email": False,
        "npai": False,
        "email_invalid": False,
        "to_review": False,
    }
    records = []
    columns: dict[str, None] = {}  # every row's columns, first seen first
    for row in rows:
        record = {**defaults, **row}
        record.update(lookup_keys_full(record))
        if record.keys() - columns.keys():
            columns.update(dict.fromkeys(record))
        records.append(record)
    if not records:
        return 0
    # A column some row leaves out is empty in that row (it used to take only the first
    # row's columns, and silently dropped the others' values).
    names = list(columns)
    complete = (r if len(r) == len(names) else {n: r.get(n) for n in names} for r in records)
    table = cast(Table, Contact.__table__)
    uow.note_bulk("contact")
    return bulk_insert(uow.session, table, names, complete)


def lookup_keys_full(values: Mapping[str, Any]) -> dict[str, str]:
    """All seven lookup keys (empty strings for missing fields), for inserts."""
    get = values.get
    return {
        "last_name_key": fold(get("last_name")),
        "first_name_key": fold(get("first_name")),
        "company_key": fold(get("company_name")),
        "city_key": fold(get("city")),
        "email_key": fold(get("email"))[:254],
        "phone_key": phone_digits(get("phone_business")),
        "mobile_key": phone_digits(get("phone_mobile")),
    }
