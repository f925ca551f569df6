"""Defining user fields: add, relabel, rename, change choices, reorder, remove."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, select

from desktop_crm.domain.custom_fields import (
    LABEL_LENGTH,
    CustomFieldSpec,
    CustomKind,
    name_problem,
    parse_choices,
)
from desktop_crm.domain.errors import (
    ConflictError,
    DomainError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from desktop_crm.domain.fields import Record
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.text import clean
from desktop_crm.domain.wording import RECORD, say
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import (
    ActivitySeries,
    CompanyFieldValue,
    ContactFieldValue,
    CustomField,
)
from desktop_crm.storage.uow import UnitOfWork

RECORDS: tuple[Record, ...] = ("contact", "company")


def value_model(record: Record) -> type[ContactFieldValue] | type[CompanyFieldValue]:
    return ContactFieldValue if record == "contact" else CompanyFieldValue


def to_spec(row: CustomField) -> CustomFieldSpec:
    return CustomFieldSpec(
        id=row.id,
        record=row.record,  # type: ignore[arg-type]
        name=row.name,
        label=row.label,
        kind=CustomKind(row.kind),
        choices=parse_choices(row.choices) if row.kind == CustomKind.CHOICE else (),
        position=row.position,
        version=row.version,
    )


def _check_record(record: str) -> Record:
    if record not in RECORDS:
        raise DomainError(
            say(RECORD, "'{record}' is not contact or company.").format(record=record),
            code="invalid",
        )
    return record  # type: ignore[return-value]


def custom_fields(uow: UnitOfWork, record: Record = "contact") -> tuple[CustomFieldSpec, ...]:
    """The user fields of contacts or companies, in their card order."""
    rows = uow.session.scalars(
        select(CustomField)
        .where(CustomField.record == _check_record(record))
        .order_by(CustomField.position, CustomField.id)
    )
    return tuple(to_spec(row) for row in rows)


def find_field(uow: UnitOfWork, record: Record, name: str) -> CustomFieldSpec:
    return to_spec(_load_by_name(uow, record, name))


def _load_by_name(uow: UnitOfWork, record: Record, name: str) -> CustomField:
    row = uow.session.scalar(
        select(CustomField).where(
            CustomField.record == _check_record(record), CustomField.name == name.strip()
        )
    )
    if row is None:
        raise NotFoundError(
            (
                say(RECORD, "There is no contact field named '{name}'.")
                if record == "contact"
                else say(RECORD, "There is no company field named '{name}'.")
                if record == "company"
                else say(RECORD, "There is no {record} field named '{name}'.")
            ).format(record=record, name=name),
            name=name,
        )
    return row


def _load(uow: UnitOfWork, field_id: int) -> CustomField:
    row = uow.session.get(CustomField, field_id)
    if row is None:
        raise NotFoundError(
            say(RECORD, "Field #{id} does not exist (a colleague may have removed it).").format(
                id=field_id
            ),
            field_id=field_id,
        )
    return row


def _clean_label(label: str | None, name: str) -> str:
    label = clean(label) or name.replace("_", " ").capitalize()
    if len(label) > LABEL_LENGTH:
        raise ValidationError(
            [FieldProblem("label", "too_long", f"The label is longer than {LABEL_LENGTH}.")]
        )
    return label


def _clean_choices(kind: CustomKind, choices: Iterable[str] | str | None) -> str | None:
    if kind is not CustomKind.CHOICE:
        return None
    text = choices if isinstance(choices, str) else "\n".join(choices or ())
    cleaned = parse_choices(text)
    if not cleaned:
        raise ValidationError(
            [
                FieldProblem(
                    "choices",
                    "required",
                    say(RECORD, "A choice field needs at least one choice."),
                )
            ]
        )
    return "\n".join(cleaned)


def _check_name(uow: UnitOfWork, record: Record, name: str, *, own_id: int | None = None) -> None:
    problem = name_problem(name, record)
    if problem is None:
        clash = uow.session.scalar(
            select(CustomField.id).where(CustomField.record == record, CustomField.name == name)
        )
        if clash is not None and clash != own_id:
            problem = (
                say(RECORD, "There is already a company field named '{name}'.")
                if record == "company"
                else say(RECORD, "There is already a contact field named '{name}'.")
            ).format(name=name)
    if problem is not None:
        raise ValidationError([FieldProblem("name", "invalid", problem)])


def define_field(
    uow: UnitOfWork,
    record: Record,
    name: str,
    kind: str,
    label: str | None = None,
    choices: Iterable[str] | str | None = None,
) -> CustomFieldSpec:
    """Add a user field at the end of the record's fields."""
    require(uow, Permission.EDIT_FIELDS)
    record = _check_record(record)
    name = name.strip()
    try:
        field_kind = CustomKind(kind)
    except ValueError:
        kinds = ", ".join(k.value for k in CustomKind)
        raise ValidationError(
            [FieldProblem("kind", "invalid", f"'{kind}' is not a field type ({kinds}).")]
        ) from None
    _check_name(uow, record, name)
    last = uow.session.scalar(
        select(func.max(CustomField.position)).where(CustomField.record == record)
    )
    row = CustomField(
        record=record,
        name=name,
        label=_clean_label(label, name),
        kind=field_kind.value,
        choices=_clean_choices(field_kind, choices),
        position=(last if last is not None else -1) + 1,
    )
    uow.session.add(row)
    uow.session.flush()
    return to_spec(row)


def update_field(
    uow: UnitOfWork,
    field_id: int,
    *,
    label: str | None = None,
    name: str | None = None,
    choices: Iterable[str] | str | None = None,
    expected_version: int | None = None,
) -> CustomFieldSpec:
    """Relabel, rename or change the choices of a field (its kind never changes)."""
    require(uow, Permission.EDIT_FIELDS)
    row = _load(uow, field_id)
    if expected_version is not None and row.version != expected_version:
        raise ConflictError("Field", field_id, row.label)
    rewrite_queries = None
    if name is not None and name.strip() != row.name:
        _check_name(uow, row.record, name.strip(), own_id=row.id)  # type: ignore[arg-type]
        if row.record == "contact":
            from desktop_crm.services.groups.references import rename_field_in_queries

            # Series triggered by this date field follow it, and so do the groups' saved
            # queries naming it (letters name it in their text: the user renames it there).
            for series in uow.session.scalars(
                select(ActivitySeries).where(ActivitySeries.trigger_field == row.name)
            ):
                series.trigger_field = name.strip()
            rewrite_queries = rename_field_in_queries(uow, row.name, name.strip())
        row.name = name.strip()
    if label is not None:
        row.label = _clean_label(label, row.name)
    if choices is not None:
        row.choices = _clean_choices(CustomKind(row.kind), choices)
    uow.session.flush()
    if rewrite_queries is not None:
        rewrite_queries()
    return to_spec(row)


def reorder_fields(uow: UnitOfWork, record: Record, field_ids: Sequence[int]) -> None:
    """Put the record's fields in the order of ``field_ids`` (others keep theirs, after)."""
    require(uow, Permission.EDIT_FIELDS)
    rows = list(
        uow.session.scalars(
            select(CustomField)
            .where(CustomField.record == _check_record(record))
            .order_by(CustomField.position, CustomField.id)
        )
    )
    rank = {field_id: i for i, field_id in enumerate(field_ids)}
    rows.sort(key=lambda r: (rank.get(r.id, len(rank)), r.position, r.id))
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position
    uow.session.flush()


def count_values(uow: UnitOfWork, field_id: int) -> int:
    row = _load(uow, field_id)
    model = value_model(row.record)  # type: ignore[arg-type]
    return int(
        uow.session.scalar(
            select(func.count()).select_from(model).where(model.field_id == field_id)
        )
        or 0
    )


def remove_field(uow: UnitOfWork, field_id: int) -> int:
    """Remove a field and all its values; returns how many values went with it.

    Refused (InUseError naming them) while groups' saved queries name the field."""
    require(uow, Permission.EDIT_FIELDS)
    row = _load(uow, field_id)
    if row.record == "contact":
        from desktop_crm.services.groups.references import refuse_field_removal

        refuse_field_removal(uow, row.name, row.label)
    model = value_model(row.record)  # type: ignore[arg-type]
    removed = count_values(uow, field_id)
    # Values first: SQLite enforces the cascade only with foreign keys on; be explicit.
    uow.session.execute(delete(model).where(model.field_id == field_id))
    uow.session.delete(row)
    uow.session.flush()
    return removed


def remove_field_named(uow: UnitOfWork, record: Record, name: str) -> int:
    return remove_field(uow, _load_by_name(uow, record, name).id)
