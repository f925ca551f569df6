"""Activity series templates: the editor's input, the view, validation, and listing,
finding, creating, updating and deleting a series; the ready-made series of a new database.
``series.py`` applies them, follows their progress and fires their triggers (every name
here stays importable from there)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop_crm.domain.custom_fields import CustomKind
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.series import StepTemplate, label_offset
from desktop_crm.domain.series_templates import READY_SERIES
from desktop_crm.domain.text import clean, fold
from desktop_crm.domain.wording import RECORD, say
from desktop_crm.services.fields.definitions import custom_fields
from desktop_crm.storage.models import ActivitySeries, SeriesStep
from desktop_crm.storage.uow import UnitOfWork

TRIGGER_OPPORTUNITY_WON = "opportunity_won"
TRIGGER_DATE_FIELD = "date_field"
# Contact date columns a "days before" trigger may watch.
TRIGGER_DATE_FIELDS = ("contract_end", "birthday")


@dataclass(frozen=True)
class SeriesInput:
    """A series template as the editor saves it."""

    name: str
    steps: tuple[StepTemplate, ...]
    description: str | None = None
    shift_on_late: bool = False
    trigger_kind: str | None = None
    trigger_field: str | None = None
    trigger_days_before: int | None = None
    active: bool = True


@dataclass(frozen=True)
class SeriesView:
    """A stored series template with its steps."""

    id: int
    name: str
    description: str | None
    shift_on_late: bool
    trigger_kind: str | None
    trigger_field: str | None
    trigger_days_before: int | None
    active: bool
    steps: tuple[StepTemplate, ...]
    version: int

    def to_input(self) -> SeriesInput:
        return SeriesInput(
            self.name,
            self.steps,
            self.description,
            self.shift_on_late,
            self.trigger_kind,
            self.trigger_field,
            self.trigger_days_before,
            self.active,
        )

    @property
    def summary(self) -> str:
        return ", ".join(label_offset(s.day_offset) for s in self.steps)


# --- templates --------------------------------------------------------------------------


def _user_date_fields(uow: UnitOfWork) -> dict[str, int]:
    """Contact user fields of kind date a trigger may watch: name -> field id."""
    return {
        spec.name: spec.id for spec in custom_fields(uow, "contact") if spec.kind is CustomKind.DATE
    }


def _validate(data: SeriesInput, user_dates: Collection[str] = ()) -> SeriesInput:
    problems: list[FieldProblem] = []
    name = clean(data.name)
    if not name:
        problems.append(FieldProblem("name", "required", "A series needs a name"))
    if not data.steps:
        problems.append(FieldProblem("steps", "required", "A series needs at least one step"))
    if data.trigger_kind not in (None, TRIGGER_OPPORTUNITY_WON, TRIGGER_DATE_FIELD):
        problems.append(
            FieldProblem("trigger_kind", "bad_trigger", f"Unknown trigger {data.trigger_kind!r}")
        )
    if data.trigger_kind == TRIGGER_DATE_FIELD:
        if data.trigger_field not in TRIGGER_DATE_FIELDS and data.trigger_field not in user_dates:
            problems.append(
                FieldProblem(
                    "trigger_field", "bad_field", "Choose a contact date field for the trigger"
                )
            )
        if data.trigger_days_before is None or data.trigger_days_before < 0:
            problems.append(
                FieldProblem(
                    "trigger_days_before", "bad_days", "Give the number of days before the date"
                )
            )
    if problems:
        raise ValidationError(problems)
    return SeriesInput(
        name=name or "",
        steps=tuple(sorted(data.steps, key=lambda s: s.day_offset)),
        description=(data.description or "").strip() or None,
        shift_on_late=data.shift_on_late,
        trigger_kind=data.trigger_kind,
        trigger_field=data.trigger_field if data.trigger_kind == TRIGGER_DATE_FIELD else None,
        trigger_days_before=(
            data.trigger_days_before if data.trigger_kind == TRIGGER_DATE_FIELD else None
        ),
        active=data.active,
    )


def _to_view(series: ActivitySeries) -> SeriesView:
    steps = tuple(
        StepTemplate(s.day_offset, s.type, s.regarding, s.priority, s.duration_min, s.details)
        for s in series.steps
    )
    return SeriesView(
        series.id,
        series.name,
        series.description,
        series.shift_on_late,
        series.trigger_kind,
        series.trigger_field,
        series.trigger_days_before,
        series.active,
        steps,
        series.version,
    )


def _step_rows(steps: Sequence[StepTemplate]) -> list[SeriesStep]:
    return [
        SeriesStep(
            position=i,
            day_offset=s.day_offset,
            type=s.type,
            regarding=s.regarding,
            priority=s.priority,
            duration_min=s.duration_min,
            details=s.details,
        )
        for i, s in enumerate(steps)
    ]


def _load(uow: UnitOfWork, series_id: int) -> ActivitySeries:
    series = uow.session.get(
        ActivitySeries, series_id, options=[selectinload(ActivitySeries.steps)]
    )
    if series is None:
        raise NotFoundError(say(RECORD, "Series #{id} does not exist").format(id=series_id))
    return series


def list_series(uow: UnitOfWork) -> list[SeriesView]:
    query = (
        select(ActivitySeries)
        .options(selectinload(ActivitySeries.steps))
        .order_by(ActivitySeries.name)
    )
    return [_to_view(s) for s in uow.session.scalars(query)]


def get_series(uow: UnitOfWork, series_id: int) -> SeriesView:
    return _to_view(_load(uow, series_id))


def find_series(uow: UnitOfWork, name: str) -> SeriesView:
    """A series by exact name, else by unique case-insensitive prefix (command line)."""
    views = list_series(uow)
    for view in views:
        if view.name == name:
            return view
    folded = fold(name)
    matches = [v for v in views if fold(v.name).startswith(folded)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(say(RECORD, "No series named {name!r}").format(name=name))
    raise ValidationError(
        [
            FieldProblem(
                "name", "ambiguous", "Several series match: " + ", ".join(v.name for v in matches)
            )
        ]
    )


def create_series(uow: UnitOfWork, data: SeriesInput) -> SeriesView:
    data = _validate(data, _user_date_fields(uow))
    series = ActivitySeries(
        name=data.name,
        description=data.description,
        shift_on_late=data.shift_on_late,
        trigger_kind=data.trigger_kind,
        trigger_field=data.trigger_field,
        trigger_days_before=data.trigger_days_before,
        active=data.active,
        steps=_step_rows(data.steps),
    )
    uow.session.add(series)
    uow.session.flush()
    return _to_view(series)


def update_series(
    uow: UnitOfWork,
    series_id: int,
    data: SeriesInput,
    *,
    expected_version: int | None = None,
) -> SeriesView:
    """Save a template; activities already planned from it are left as they are."""
    from desktop_crm.domain.errors import ConflictError

    data = _validate(data, _user_date_fields(uow))
    series = _load(uow, series_id)
    if expected_version is not None and series.version != expected_version:
        raise ConflictError("Series", series.id, series.name, their_version=series.version)
    for key in (
        "name",
        "description",
        "shift_on_late",
        "trigger_kind",
        "trigger_field",
        "trigger_days_before",
        "active",
    ):
        setattr(series, key, getattr(data, key))
    series.steps = _step_rows(data.steps)
    uow.session.flush()
    return _to_view(series)


def delete_series(uow: UnitOfWork, series_id: int) -> None:
    uow.session.delete(_load(uow, series_id))
    uow.session.flush()


def seed_series(uow: UnitOfWork) -> None:
    """Create the ready-made series a new database ships with (skips names already there)."""
    existing = set(uow.session.scalars(select(ActivitySeries.name)))
    for ready in READY_SERIES:
        if ready.name in existing:
            continue
        create_series(
            uow,
            SeriesInput(
                name=ready.name,
                steps=ready.steps,
                description=ready.description,
                shift_on_late=ready.shift_on_late,
                trigger_kind=ready.trigger_kind,
                trigger_field=ready.trigger_field,
                trigger_days_before=ready.trigger_days_before,
            ),
        )
