"""The sales processes editor: processes and their stages (order, probability, close days)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, select

from desktop_crm.domain.errors import DomainError, FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.opportunities import ProcessView, StageView, check_probability
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.wording import OPPORTUNITY, say
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import Opportunity, SalesProcess, SalesStage
from desktop_crm.storage.uow import UnitOfWork


def _stage_view(stage: SalesStage) -> StageView:
    return StageView(stage.id, stage.name, stage.position, stage.probability, stage.close_days)


def process_view(process: SalesProcess) -> ProcessView:
    """The plain value of a loaded process, stages in order."""
    stages = sorted(process.stages, key=lambda s: (s.position, s.id))
    return ProcessView(
        process.id,
        process.name,
        bool(process.is_default),
        tuple(_stage_view(s) for s in stages),
        process.version,
    )


def load_process(uow: UnitOfWork, process_id: int) -> SalesProcess:
    process = uow.session.get(SalesProcess, process_id)
    if process is None:
        raise NotFoundError(
            say(OPPORTUNITY, "Sales process #{id} does not exist (any more).").format(id=process_id)
        )
    return process


def load_stage(uow: UnitOfWork, stage_id: int) -> SalesStage:
    stage = uow.session.get(SalesStage, stage_id)
    if stage is None:
        raise NotFoundError(
            say(OPPORTUNITY, "Sales stage #{id} does not exist (any more).").format(id=stage_id)
        )
    return stage


def list_processes(uow: UnitOfWork) -> list[ProcessView]:
    """Every sales process, the default first, then by name."""
    processes = uow.session.scalars(
        select(SalesProcess).order_by(SalesProcess.is_default.desc(), SalesProcess.name)
    ).all()
    return [process_view(p) for p in processes]


def get_process(uow: UnitOfWork, process_id: int) -> ProcessView:
    return process_view(load_process(uow, process_id))


def default_process_id(uow: UnitOfWork) -> int | None:
    """The default process (or the first one when none is marked default)."""
    return uow.session.scalar(
        select(SalesProcess.id).order_by(SalesProcess.is_default.desc(), SalesProcess.id).limit(1)
    )


def find_process(uow: UnitOfWork, name: str) -> ProcessView:
    """A process by name (case-insensitive) or "#id"; NotFoundError naming it otherwise."""
    text = name.strip()
    if text.startswith("#") and text[1:].isdigit():
        return get_process(uow, int(text[1:]))
    found = uow.session.scalars(
        select(SalesProcess).where(func.lower(SalesProcess.name) == text.lower())
    ).first()
    if found is None:
        raise NotFoundError(
            say(OPPORTUNITY, "There is no sales process named '{text}'.").format(text=text)
        )
    return process_view(found)


def _clean(name: str, what: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise ValidationError([FieldProblem("name", "required", f"The {what} needs a name.")])
    if len(cleaned) > 120:
        raise ValidationError(
            [FieldProblem("name", "too_long", f"The {what} name is longer than 120 characters.")]
        )
    return cleaned


def _check_unique(uow: UnitOfWork, name: str, process_id: int = 0) -> None:
    clash = uow.session.scalar(
        select(SalesProcess.id).where(
            func.lower(SalesProcess.name) == name.lower(), SalesProcess.id != process_id
        )
    )
    if clash is not None:
        raise ValidationError(
            [FieldProblem("name", "duplicate", f"A sales process named '{name}' already exists.")]
        )


def _probability(value: int) -> int:
    try:
        return check_probability(value)
    except ValueError as exc:
        raise ValidationError([FieldProblem("probability", "range", str(exc))]) from None


def _close_days(value: int) -> int:
    if value < 0:
        raise ValidationError(
            [FieldProblem("close_days", "range", "Days to close cannot be negative.")]
        )
    return int(value)


def create_process(
    uow: UnitOfWork,
    name: str,
    stages: Sequence[tuple[str, int, int]] = (),
    *,
    is_default: bool = False,
) -> ProcessView:
    """A new process with stages given as (name, probability %, days to close)."""
    require(uow, Permission.EDIT_FIELDS)
    cleaned = _clean(name, "sales process")
    _check_unique(uow, cleaned)
    process = SalesProcess(name=cleaned, is_default=False)
    process.stages = [
        SalesStage(
            position=i,
            name=_clean(stage_name, "stage"),
            probability=_probability(prob),
            close_days=_close_days(days),
        )
        for i, (stage_name, prob, days) in enumerate(stages)
    ]
    uow.session.add(process)
    uow.session.flush()
    if is_default or default_process_id(uow) == process.id:
        set_default_process(uow, process.id)
    return process_view(process)


def rename_process(uow: UnitOfWork, process_id: int, name: str) -> ProcessView:
    require(uow, Permission.EDIT_FIELDS)
    process = load_process(uow, process_id)
    cleaned = _clean(name, "sales process")
    _check_unique(uow, cleaned, process_id)
    process.name = cleaned
    uow.session.flush()
    return process_view(process)


def set_default_process(uow: UnitOfWork, process_id: int) -> ProcessView:
    """Make one process the default (new opportunities start in it)."""
    require(uow, Permission.EDIT_FIELDS)
    process = load_process(uow, process_id)
    for other in uow.session.scalars(
        select(SalesProcess).where(SalesProcess.is_default.is_(True), SalesProcess.id != process_id)
    ):
        other.is_default = False
    process.is_default = True
    uow.session.flush()
    return process_view(process)


def _opportunities_using(uow: UnitOfWork, condition: ColumnElement[bool]) -> int:
    return int(
        uow.session.scalar(select(func.count()).select_from(Opportunity).where(condition)) or 0
    )


def delete_process(uow: UnitOfWork, process_id: int) -> int:
    """Delete a process no opportunity uses; refuses with the count otherwise."""
    require(uow, Permission.EDIT_FIELDS)
    process = load_process(uow, process_id)
    used = _opportunities_using(uow, Opportunity.process_id == process_id)
    if used:
        raise DomainError(
            (
                say(
                    OPPORTUNITY,
                    "The sales process '{name}' is used by {used} opportunity: "
                    "move them to another process first.",
                )
                if used == 1
                else say(
                    OPPORTUNITY,
                    "The sales process '{name}' is used by {used} opportunities: "
                    "move them to another process first.",
                )
            ).format(name=process.name, used=used),
            code="process_in_use",
            count=used,
        )
    was_default = process.is_default
    uow.session.delete(process)
    uow.session.flush()
    if was_default:
        other = default_process_id(uow)
        if other is not None:
            set_default_process(uow, other)
    return process_id


def add_stage(
    uow: UnitOfWork,
    process_id: int,
    name: str,
    probability: int,
    close_days: int = 30,
    *,
    position: int | None = None,
) -> ProcessView:
    """Add a stage at ``position`` (0-based; None appends) and renumber the others."""
    require(uow, Permission.EDIT_FIELDS)
    process = load_process(uow, process_id)
    ordered = sorted(process.stages, key=lambda s: (s.position, s.id))
    stage = SalesStage(
        name=_clean(name, "stage"),
        probability=_probability(probability),
        close_days=_close_days(close_days),
    )
    at = len(ordered) if position is None else max(0, min(position, len(ordered)))
    ordered.insert(at, stage)
    process.stages.append(stage)
    for i, s in enumerate(ordered):
        s.position = i
    uow.session.flush()
    return process_view(process)


def update_stage(
    uow: UnitOfWork,
    stage_id: int,
    *,
    name: str | None = None,
    probability: int | None = None,
    close_days: int | None = None,
) -> ProcessView:
    """Rename a stage or change its probability or days to close (None leaves a value)."""
    require(uow, Permission.EDIT_FIELDS)
    stage = load_stage(uow, stage_id)
    if name is not None:
        stage.name = _clean(name, "stage")
    if probability is not None:
        stage.probability = _probability(probability)
    if close_days is not None:
        stage.close_days = _close_days(close_days)
    uow.session.flush()
    return process_view(load_process(uow, stage.process_id))


def reorder_stages(uow: UnitOfWork, process_id: int, stage_ids: Sequence[int]) -> ProcessView:
    """Put the stages of a process in the given order (every stage, each once)."""
    require(uow, Permission.EDIT_FIELDS)
    process = load_process(uow, process_id)
    current = {s.id: s for s in process.stages}
    if sorted(stage_ids) != sorted(current):
        raise DomainError(
            say(OPPORTUNITY, "The new order must list every stage of the process exactly once."),
            code="bad_order",
        )
    for i, sid in enumerate(stage_ids):
        current[sid].position = i
    uow.session.flush()
    return process_view(process)


def delete_stage(uow: UnitOfWork, stage_id: int) -> ProcessView:
    """Delete a stage no opportunity is at; refuses with a clear message otherwise."""
    require(uow, Permission.EDIT_FIELDS)
    stage = load_stage(uow, stage_id)
    used = _opportunities_using(uow, Opportunity.stage_id == stage_id)
    if used:
        raise DomainError(
            (
                say(
                    OPPORTUNITY,
                    "The stage '{name}' is used by {used} opportunity: "
                    "move them to another stage before deleting it.",
                )
                if used == 1
                else say(
                    OPPORTUNITY,
                    "The stage '{name}' is used by {used} opportunities: "
                    "move them to another stage before deleting it.",
                )
            ).format(name=stage.name, used=used),
            code="stage_in_use",
            count=used,
        )
    process = load_process(uow, stage.process_id)
    process.stages.remove(stage)
    uow.session.delete(stage)
    for i, s in enumerate(sorted(process.stages, key=lambda s: (s.position, s.id))):
        s.position = i
    uow.session.flush()
    return process_view(process)


def move_opportunities_to_stage(uow: UnitOfWork, from_stage_id: int, to_stage_id: int) -> int:
    """Move every opportunity at one stage to another of the same process (before deleting).

    Each one follows ``change_stage``'s rule: an open (or inactive) opportunity takes the new
    stage's probability, a closed one keeps its own (100 % won, 0 % lost); each gets the
    "Étape modifiée" history entry. Returns how many were moved.
    """
    from desktop_crm.domain.opportunities import CLOSED_STATUSES
    from desktop_crm.services.opportunities.records import stage_history

    source, target = load_stage(uow, from_stage_id), load_stage(uow, to_stage_id)
    if source.process_id != target.process_id:
        raise DomainError(
            say(OPPORTUNITY, "Both stages must belong to the same process."), code="bad_stage"
        )
    if from_stage_id == to_stage_id:
        return 0
    moving = uow.session.scalars(
        select(Opportunity).where(Opportunity.stage_id == from_stage_id).order_by(Opportunity.id)
    ).all()
    for opp in moving:
        opp.stage_id = to_stage_id
        if opp.status not in CLOSED_STATUSES:
            opp.probability = target.probability
        stage_history(uow, opp, from_stage_id, to_stage_id)
    uow.session.flush()
    return len(moving)
