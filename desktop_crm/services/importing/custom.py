"""User fields in imports: columns mapped by header, values checked per row, then written.

A column whose header equals a user field's label or name (accents, case and punctuation
ignored) fills that field, rather than a standard field the header guesser found by alias:
the team defined that label on purpose. Its target in the mapping is ``custom:<name>``.
Bad values are row problems (code ``custom_invalid``, flagged by default): the row is
imported, that value is not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop_crm.domain.custom_fields import (
    CustomFieldSpec,
    CustomKind,
    Value,
    format_value,
    parse_value,
)
from desktop_crm.domain.errors import FieldProblem
from desktop_crm.interchange.headers import header_key
from desktop_crm.services.fields.definitions import custom_fields
from desktop_crm.services.fields.values import bulk_set_values, values_for
from desktop_crm.services.importing.checks import parse_date
from desktop_crm.services.importing.model import ImportMapping, ImportOptions, UpdateMode
from desktop_crm.storage.uow import UnitOfWork

PREFIX = "custom:"
INVALID = "custom_invalid"


def target(name: str) -> str:
    return PREFIX + name


def map_custom_headers(
    specs: Sequence[CustomFieldSpec], headers: Sequence[str], mapping: ImportMapping
) -> None:
    """Map the columns whose header names a user field (each field once).

    Called on a mapping made from the headers (not on one the user edited or loaded).
    """
    by_key: dict[str, CustomFieldSpec] = {}
    for spec in specs:
        by_key.setdefault(header_key(spec.name), spec)
        by_key.setdefault(header_key(spec.label), spec)
    used = {t for targets in mapping.columns.values() for t in targets}
    for index, header in enumerate(headers):
        found = by_key.get(header_key(header or ""))
        if found is None or target(found.name) in used:
            continue
        mapping.columns[index] = [target(found.name)]
        used.add(target(found.name))


def check_custom(
    specs: Sequence[CustomFieldSpec], raw: Mapping[str, str]
) -> tuple[dict[str, Value | None], list[FieldProblem]]:
    """The row's user field values (name -> parsed value) and their problems."""
    values: dict[str, Value | None] = {}
    problems: list[FieldProblem] = []
    for spec in specs:
        text = raw.get(target(spec.name))
        if not text:
            continue
        if spec.kind is CustomKind.DATE and text.isdigit():
            # An Excel date typed as a plain number (46349): read as a standard date field
            # reads it, not refused as "not a date".
            day = parse_date(text)
            value, problem = (day, None) if day is not None else parse_value(spec, text)
        else:
            value, problem = parse_value(spec, text)
        if problem is not None:
            # The report names the field already ("potentiel: ..."), as for standard fields.
            message = problem.message.removeprefix(f"{spec.label}: ")
            problems.append(FieldProblem(spec.name, INVALID, message))
        elif value is not None:
            values[spec.name] = value
    return values, problems


def write_custom(
    uow: UnitOfWork,
    specs: Sequence[CustomFieldSpec],
    rows: Sequence[tuple[int, Mapping[str, Value | None], bool]],
    options: ImportOptions,
) -> dict[int, dict[str, str | None]]:
    """Store the rows' user field values: (contact id, values, is an update).

    Updates follow the import's mode (fill empty fields, or overwrite). Returns, per updated
    contact, the previous values as text, kept in the batch's change log for the undo.
    """
    if not specs or not rows:
        return {}
    by_name = {spec.name: spec for spec in specs}
    updated = sorted({contact_id for contact_id, _values, is_update in rows if is_update})
    before = values_for(uow, "contact", updated, specs) if updated else {}
    undo: dict[int, dict[str, str | None]] = {}
    writes: list[tuple[int, Mapping[str, Value | None]]] = []
    for contact_id, values, is_update in _merged(rows, options):
        chosen = dict(values)
        if is_update:
            current = before.get(contact_id, {})
            if options.update_mode is UpdateMode.FILL_EMPTY:
                chosen = {n: v for n, v in chosen.items() if current.get(n) is None}
            elif options.overwrite_fields is not None:
                chosen = {n: v for n, v in chosen.items() if target(n) in options.overwrite_fields}
            if chosen:
                kept = undo.setdefault(contact_id, {})
                for name in chosen:
                    old = current.get(name)
                    kept.setdefault(
                        name,
                        None if old is None else format_value(by_name[name], old, french=False),
                    )
        if chosen:
            writes.append((contact_id, chosen))
    bulk_set_values(uow, "contact", writes, specs)
    return undo


def _merged(
    rows: Sequence[tuple[int, Mapping[str, Value | None], bool]],
    options: ImportOptions,
) -> list[tuple[int, dict[str, Value | None], bool]]:
    """One entry per contact, as the import merges repeated rows for standard fields: the
    first non-empty value when filling empty fields, the last one when overwriting (a field
    left out of ``overwrite_fields`` keeps its first value)."""
    merged: dict[int, tuple[dict[str, Value | None], bool]] = {}
    for contact_id, values, is_update in rows:
        chosen, _update = merged.setdefault(contact_id, ({}, is_update))
        for name, value in values.items():
            if value is None or value == "":
                continue
            overwrite = options.update_mode is not UpdateMode.FILL_EMPTY and (
                options.overwrite_fields is None or target(name) in options.overwrite_fields
            )
            if overwrite or name not in chosen:
                chosen[name] = value
    return [(cid, chosen, is_update) for cid, (chosen, is_update) in merged.items()]


def restore_custom(uow: UnitOfWork, before: Mapping[int, Mapping[str, str | None]]) -> None:
    """Put back the user field values an import replaced (fields removed since are skipped)."""
    if not before:
        return
    by_name = {spec.name: spec for spec in custom_fields(uow, "contact")}
    rows: list[tuple[int, Mapping[str, Value | None]]] = []
    for contact_id, values in before.items():
        restored: dict[str, Value | None] = {}
        for name, text in values.items():
            spec = by_name.get(name)
            if spec is not None:
                restored[name] = parse_value(spec, text)[0]
        if restored:
            rows.append((contact_id, restored))
    bulk_set_values(uow, "contact", rows, tuple(by_name.values()))
