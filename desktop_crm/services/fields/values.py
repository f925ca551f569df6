"""Reading and writing the values of user fields for contacts and companies."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import Table, delete, select, tuple_

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.custom_fields import (
    CustomFieldSpec,
    Value,
    format_value,
    from_columns,
    parse_value,
    to_columns,
)
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.fields import Record
from desktop_crm.domain.wording import RECORD, say
from desktop_crm.services.fields.definitions import custom_fields, value_model
from desktop_crm.storage.bulk import bulk_insert
from desktop_crm.storage.models import Company, Contact, History, utcnow
from desktop_crm.storage.uow import UnitOfWork

Values = dict[str, Value | None]
T = TypeVar("T")


def _batched(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _owner_column(record: Record) -> str:
    return "contact_id" if record == "contact" else "company_id"


def values_for(
    uow: UnitOfWork,
    record: Record,
    record_ids: Sequence[int],
    specs: Sequence[CustomFieldSpec] | None = None,
) -> dict[int, Values]:
    """The user field values of many records: {record id: {name: value}} (only set ones)."""
    specs = custom_fields(uow, record) if specs is None else specs
    by_id = {spec.id: spec for spec in specs}
    result: dict[int, Values] = {}
    if not by_id or not record_ids:
        return result
    model = value_model(record)
    owner = getattr(model, _owner_column(record))
    for chunk in _batched(record_ids, 900):
        rows = uow.session.execute(
            select(
                owner,
                model.field_id,
                model.value_text,
                model.value_number,
                model.value_date,
            ).where(owner.in_(chunk), model.field_id.in_(list(by_id)))
        )
        for owner_id, field_id, text, number, date in rows:
            spec = by_id[field_id]
            result.setdefault(owner_id, {})[spec.name] = from_columns(spec, text, number, date)
    return result


def values_of(uow: UnitOfWork, record: Record, record_id: int) -> Values:
    """One record's user field values by name (unset fields are absent)."""
    return values_for(uow, record, [record_id]).get(record_id, {})


def formatted_values_for(
    uow: UnitOfWork, record: Record, record_ids: Sequence[int], *, french: bool = True
) -> dict[int, dict[str, str]]:
    """Values as text (dd/mm/yyyy, 12,5, Oui/Non) for letters and exports."""
    specs = custom_fields(uow, record)
    by_name = {spec.name: spec for spec in specs}
    return {
        record_id: {
            name: format_value(by_name[name], value, french=french)
            for name, value in values.items()
        }
        for record_id, values in values_for(uow, record, record_ids, specs).items()
    }


def parse_values(
    specs: Sequence[CustomFieldSpec], values: Mapping[str, object]
) -> tuple[Values, list[FieldProblem]]:
    """Parse raw values (typed text, or values) by field name; unknown names are problems."""
    by_name = {spec.name: spec for spec in specs}
    parsed: Values = {}
    problems: list[FieldProblem] = []
    for name, raw in values.items():
        spec = by_name.get(name)
        if spec is None:
            problems.append(FieldProblem(name, "unknown_field", f"Unknown field '{name}'."))
            continue
        value, problem = parse_value(spec, raw)
        if problem is not None:
            problems.append(problem)
        else:
            parsed[name] = value
    return parsed, problems


def set_values(
    uow: UnitOfWork, record: Record, record_id: int, values: Mapping[str, object]
) -> Values:
    """Validate and store some user field values of one record (empty text clears).

    Every value is checked before anything is written; a ``ValidationError`` names each bad
    field. Changes on a contact write "Field changed" history entries. Returns all the
    record's values after the change.
    """
    specs = custom_fields(uow, record)
    parsed, problems = parse_values(specs, values)
    if problems:
        raise ValidationError(problems)
    owner_model: Any = Contact if record == "contact" else Company
    owner = uow.session.get(owner_model, record_id)
    if owner is None:
        gone = (
            say(RECORD, "Contact #{id} does not exist.")
            if record == "contact"
            else say(RECORD, "Company #{id} does not exist.")
        )
        raise NotFoundError(gone.format(id=record_id))
    by_name = {spec.name: spec for spec in specs}
    model: Any = value_model(record)
    owner_key = _owner_column(record)
    now = utcnow()
    changed = False
    for name, value in parsed.items():
        spec = by_name[name]
        row = uow.session.get(model, {"field_id": spec.id, owner_key: record_id})
        old = (
            None
            if row is None
            else from_columns(spec, row.value_text, row.value_number, row.value_date)
        )
        if old == value:
            continue
        changed = True
        if value is None:
            uow.session.delete(row)
        elif row is None:
            uow.session.add(
                model(field_id=spec.id, **{owner_key: record_id}, **to_columns(spec, value))
            )
        else:
            for column, stored in to_columns(spec, value).items():
                setattr(row, column, stored)
        if record == "contact":
            old_text = format_value(spec, old, french=False)
            new_text = format_value(spec, value, french=False)
            uow.session.add(
                History(
                    contact_id=record_id,
                    company_id=owner.company_id,
                    type=HistoryType.FIELD_CHANGED,
                    user_id=uow.user_id,
                    occurred_at=now,
                    field_name=name[:60],
                    old_value=old_text or None,
                    new_value=new_text or None,
                    regarding=f"{spec.label}: {old_text} → {new_text}"[:250],
                )
            )
    uow.session.flush()
    if changed:
        contact_ids = [record_id] if record == "contact" else []
        uow.note_changes(record, "updated", [record_id], contact_ids=contact_ids)
    return values_of(uow, record, record_id)


def bulk_set_values(
    uow: UnitOfWork,
    record: Record,
    rows: Iterable[tuple[int, Mapping[str, Value | None]]],
    specs: Sequence[CustomFieldSpec] | None = None,
    *,
    fresh: bool = False,
) -> int:
    """Store already-parsed values for many records (imports): replaces, never adds history.

    ``fresh``: the records were just created and have no values yet (nothing to replace).

    ``rows`` are (record id, {field name: value}); a None value clears. Returns how many
    values were written.
    """
    specs = custom_fields(uow, record) if specs is None else specs
    by_name = {spec.name: spec for spec in specs}
    model: Any = value_model(record)
    owner_key = _owner_column(record)
    owner = getattr(model, owner_key)
    # One value per (field, record): a record named twice keeps its last value, so the
    # inserts never meet the (field_id, owner) unique key twice.
    latest: dict[tuple[int, int], dict[str, Any] | None] = {}
    owners: set[int] = set()
    for record_id, values in rows:
        for name, value in values.items():
            spec = by_name[name]
            owners.add(record_id)
            latest[(spec.id, record_id)] = (
                None
                if value is None
                else {"field_id": spec.id, owner_key: record_id, **to_columns(spec, value)}
            )
    keys = list(latest)
    inserts = [row for row in latest.values() if row is not None]
    if not keys:
        return 0
    for chunk in [] if fresh else _batched(keys, 400):
        uow.session.execute(delete(model).where(tuple_(model.field_id, owner).in_(chunk)))
    columns = ["field_id", owner_key, "value_text", "value_number", "value_date"]
    written = bulk_insert(uow.session, cast(Table, model.__table__), columns, inserts)
    uow.note_changes(
        model.__tablename__,
        "created",
        sorted(owners),
        contact_ids=sorted(owners) if record == "contact" else (),
    )
    return written


def merge_texts_for(uow: UnitOfWork, contact_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """Every contact user field as merge text (``{{potentiel}}``), empty when unset, so a
    template naming a user field never reports it unknown."""
    specs = custom_fields(uow, "contact")
    if not specs:
        return {}
    empty = {spec.name: "" for spec in specs}
    texts = formatted_values_for(uow, "contact", contact_ids)
    return {contact_id: {**empty, **texts.get(contact_id, {})} for contact_id in contact_ids}
