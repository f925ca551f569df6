"""Domain errors with stable codes that the UI and the command line turn into messages."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.domain.wording import CONFLICT, say


class DomainError(Exception):
    """Base of every error a user may see; ``code`` is stable, ``message`` is English."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.message = message
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        return self.message


class NotFoundError(DomainError):
    """A record the user asked for does not exist (any more)."""

    code = "not_found"


class ValidationError(DomainError):
    """One or more field values are invalid; ``problems`` lists them per field."""

    code = "invalid"

    def __init__(self, problems: list[FieldProblem]) -> None:
        text = "; ".join(f"{p.field}: {p.message}" for p in problems) or "invalid data"
        super().__init__(text)
        self.problems = problems


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field value, with a code, a readable message and an optional suggestion."""

    field: str
    code: str
    message: str
    suggestion: str | None = None


@dataclass(frozen=True)
class FieldConflict:
    """A field that a colleague changed while the user was editing the same record."""

    field: str
    original: Any
    mine: Any
    theirs: Any


class ConflictError(DomainError):
    """A save lost a race with a colleague's save (optimistic locking)."""

    code = "conflict"

    def __init__(
        self,
        entity: str,
        record_id: int,
        label: str,
        conflicts: list[FieldConflict] | None = None,
        theirs: Mapping[str, Any] | None = None,
        their_version: int | None = None,
    ) -> None:
        super().__init__(
            _conflict_template(entity).format(entity=entity, label=label, id=record_id),
            entity=entity,
            record_id=record_id,
        )
        self.entity = entity
        self.record_id = record_id
        self.label = label
        self.conflicts = conflicts or []
        self.theirs = dict(theirs or {})
        self.their_version = their_version


def _conflict_template(entity: str) -> str:
    """The sentence of a lost race, one per kind of record so that French can say "Le
    contact « X » (n° 3) a été modifié…" / "La société « X » (n° 3) a été modifiée…"."""
    templates = {
        "Contact": say(
            CONFLICT,
            "Contact '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Company": say(
            CONFLICT,
            "Company '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Opportunity": say(
            CONFLICT,
            "Opportunity '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Activity": say(
            CONFLICT,
            "Activity '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Series": say(
            CONFLICT,
            "Series '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Note": say(
            CONFLICT,
            "Note '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Field": say(
            CONFLICT,
            "Field '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Group": say(
            CONFLICT,
            "Group '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Campaign": say(
            CONFLICT,
            "Campaign '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
        "Record": say(
            CONFLICT,
            "Record '{label}' (#{id}) was changed by someone else since you opened it. "
            "Review both versions before saving again.",
        ),
    }
    if entity in templates:
        return templates[entity]
    return say(
        CONFLICT,
        "{entity} '{label}' (#{id}) was changed by someone else since you opened it. "
        "Review both versions before saving again.",
    )


class StorageError(DomainError):
    """The database cannot be opened or used (bad URL, locked, network share, disk full...)."""

    code = "storage"


@dataclass(frozen=True)
class Problems:
    """A list of field problems collected while validating one record."""

    items: list[FieldProblem] = field(default_factory=list)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(list(self.items))
