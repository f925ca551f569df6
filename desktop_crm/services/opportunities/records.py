"""One opportunity: create, edit (optimistic version), delete, change stage, close won/lost
(reason, competitor, history, the sale and the "opportunity won" series), reopen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select

from desktop_crm.domain.clock import Clock, SystemClock, wall_to_utc
from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.errors import (
    ConflictError,
    FieldProblem,
    NotFoundError,
    ValidationError,
)
from desktop_crm.domain.opportunities import (
    DEFAULT_CURRENCY,
    STATUS_INACTIVE,
    STATUS_LABELS_FR,
    STATUS_LOST,
    STATUS_OPEN,
    STATUS_WON,
    ZERO,
    OpportunityInput,
    OpportunityView,
    ProductLine,
    check_probability,
    close_day,
    is_finite_amount,
    line_amount,
    to_decimal,
    weighted,
)
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.wording import OPPORTUNITY, TEAM, say
from desktop_crm.services.users.amounts import amounts_hidden, refuse_hidden_amounts
from desktop_crm.services.users.audit import record_deletion
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import (
    ActivitySeries,
    Company,
    Contact,
    History,
    Opportunity,
    OpportunityLine,
    Product,
    Sale,
    SalesProcess,
    SalesStage,
    User,
)
from desktop_crm.storage.uow import UnitOfWork


def contact_label(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


def _load(uow: UnitOfWork, opportunity_id: int) -> Opportunity:
    opp = uow.session.get(Opportunity, opportunity_id)
    if opp is None:
        raise NotFoundError(
            say(OPPORTUNITY, "Opportunity #{id} does not exist (any more).").format(
                id=opportunity_id
            )
        )
    return opp


def _check_version(opp: Opportunity, expected_version: int | None) -> None:
    if expected_version is not None and opp.version != expected_version:
        raise ConflictError("Opportunity", opp.id, opp.name, their_version=opp.version)


def _contact_names(uow: UnitOfWork, contact_id: int | None) -> tuple[str, str | None]:
    if contact_id is None:
        return "", None
    row = uow.session.execute(
        select(Contact.first_name, Contact.last_name, Contact.company_name).where(
            Contact.id == contact_id
        )
    ).first()
    if row is None:
        return "", None
    return contact_label(row[0], row[1]), row[2]


amounts_hidden_here = amounts_hidden  # one rule: services/users/amounts.py


def _loaded_lines(uow: UnitOfWork, opp: Opportunity, no_amounts: bool) -> list[OpportunityLine]:
    if not no_amounts or opp.id is None:
        return list(opp.lines)
    # A lazy load would select the hidden price columns: a plain select leaves them out.
    stmt = select(OpportunityLine).where(OpportunityLine.opportunity_id == opp.id)
    return list(uow.session.scalars(stmt))


def to_view(uow: UnitOfWork, opp: Opportunity) -> OpportunityView:
    """The full card of a loaded opportunity, names resolved."""
    session = uow.session
    contact_name, contact_company = _contact_names(uow, opp.contact_id)
    referrer_name, _ = _contact_names(uow, opp.referrer_contact_id)
    company_name = (
        session.scalar(select(Company.name).where(Company.id == opp.company_id))
        if opp.company_id
        else None
    ) or (contact_company or "")
    process_name = (
        session.scalar(select(SalesProcess.name).where(SalesProcess.id == opp.process_id))
        if opp.process_id
        else None
    ) or ""
    stage_name = (
        session.scalar(select(SalesStage.name).where(SalesStage.id == opp.stage_id))
        if opp.stage_id
        else None
    ) or ""
    manager = (
        session.scalar(select(User.display_name).where(User.id == opp.record_manager_id))
        if opp.record_manager_id
        else None
    ) or ""
    no_amounts = amounts_hidden_here(uow)
    amount = ZERO if no_amounts else to_decimal(opp.amount)
    lines = tuple(
        ProductLine(
            line.product_id,
            line.name,
            to_decimal(line.quantity),
            ZERO if no_amounts else to_decimal(line.unit_price),
            to_decimal(line.discount_pct),
            ZERO if no_amounts else to_decimal(line.amount),
        )
        for line in sorted(_loaded_lines(uow, opp, no_amounts), key=lambda x: (x.position, x.id))
    )
    return OpportunityView(
        id=opp.id,
        name=opp.name,
        contact_id=opp.contact_id,
        contact_name=contact_name,
        company_id=opp.company_id,
        company_name=company_name,
        process_id=opp.process_id,
        process_name=process_name,
        stage_id=opp.stage_id,
        stage_name=stage_name,
        probability=opp.probability,
        amount=amount,
        weighted=weighted(amount, opp.probability),
        currency=opp.currency or DEFAULT_CURRENCY,
        expected_close=opp.expected_close,
        status=opp.status,
        reason=opp.reason,
        competitor=opp.competitor,
        referrer_contact_id=opp.referrer_contact_id,
        referrer_name=referrer_name,
        referred_by=opp.referred_by,
        campaign_id=opp.campaign_id,
        details=opp.details,
        record_manager_id=opp.record_manager_id,
        manager_name=manager,
        closed_at=opp.closed_at,
        created_at=opp.created_at,
        lines=lines,
        version=opp.version,
        amounts_hidden=no_amounts,
    )


def get_opportunity(uow: UnitOfWork, opportunity_id: int) -> OpportunityView:
    return to_view(uow, _load(uow, opportunity_id))


# --- writing -----------------------------------------------------------------------------


def _today(clock: Clock | None) -> dt.date:
    return (clock or SystemClock()).now().date()


def _history(
    uow: UnitOfWork,
    opp: Opportunity,
    type_: HistoryType,
    regarding: str,
    *,
    result: str | None = None,
    details: str | None = None,
    field_name: str | None = None,
    old: str | None = None,
    new: str | None = None,
) -> None:
    uow.session.add(
        History(
            contact_id=opp.contact_id,
            company_id=opp.company_id,
            opportunity_id=opp.id,
            type=type_,
            user_id=uow.user_id,
            regarding=regarding[:250],
            result=result[:120] if result else None,
            details=details,
            field_name=field_name,
            old_value=old,
            new_value=new,
        )
    )


def _stage_name(uow: UnitOfWork, stage_id: int | None) -> str:
    if stage_id is None:
        return ""
    return uow.session.scalar(select(SalesStage.name).where(SalesStage.id == stage_id)) or ""


def _resolve_stage(
    uow: UnitOfWork, process_id: int | None, stage_id: int | None
) -> tuple[int | None, SalesStage | None]:
    """The (process, stage) pair to store: the stage must belong to the process; a missing
    process is the stage's, or the default process starting at its first stage."""
    from desktop_crm.services.opportunities.processes import default_process_id

    stage = uow.session.get(SalesStage, stage_id) if stage_id is not None else None
    if stage_id is not None and stage is None:
        raise NotFoundError(
            say(OPPORTUNITY, "Sales stage #{id} does not exist (any more).").format(id=stage_id)
        )
    if process_id is None:
        process_id = stage.process_id if stage is not None else default_process_id(uow)
    elif uow.session.get(SalesProcess, process_id) is None:
        raise NotFoundError(
            say(OPPORTUNITY, "Sales process #{id} does not exist (any more).").format(id=process_id)
        )
    if stage is not None and stage.process_id != process_id:
        raise ValidationError(
            [FieldProblem("stage_id", "bad_stage", "The stage is not a stage of this process.")]
        )
    if stage is None and stage_id is None and process_id is not None:
        stage = uow.session.scalars(
            select(SalesStage)
            .where(SalesStage.process_id == process_id)
            .order_by(SalesStage.position, SalesStage.id)
            .limit(1)
        ).first()
    return process_id, stage


def _validate(data: OpportunityInput, *, closed: bool = False) -> str:
    problems = []
    name = " ".join((data.name or "").split())
    if not name:
        problems.append(FieldProblem("name", "required", "The opportunity needs a name."))
    if not closed and data.status not in (STATUS_OPEN, STATUS_INACTIVE):
        problems.append(
            FieldProblem(
                "status",
                "bad_status",
                "Close an opportunity as won or lost with close_opportunity (a reason is "
                "required).",
            )
        )
    if data.probability is not None:
        try:
            check_probability(data.probability)
        except ValueError as exc:
            problems.append(FieldProblem("probability", "range", str(exc)))
    if not is_finite_amount(data.amount):
        problems.append(FieldProblem("amount", "not_a_number", "The amount must be a number."))
    elif not data.lines and to_decimal(data.amount) < ZERO:
        problems.append(FieldProblem("amount", "range", "The amount cannot be negative."))
    if len(data.currency or "") != 3:
        problems.append(FieldProblem("currency", "bad_currency", "Use a 3-letter currency code."))
    for line in data.lines:
        if not all(
            is_finite_amount(v) for v in (line.quantity, line.unit_price, line.discount_pct)
        ):
            problems.append(
                FieldProblem(
                    "lines",
                    "not_a_number",
                    "A line's quantity, unit price and discount must be numbers.",
                )
            )
            continue
        try:
            line_amount(line.quantity, line.unit_price, line.discount_pct)
        except ValueError as exc:
            problems.append(FieldProblem("lines", "range", str(exc)))
    if problems:
        raise ValidationError(problems)
    return name[:200]


def _lines(uow: UnitOfWork, lines: Sequence[ProductLine]) -> list[OpportunityLine]:
    out = []
    for i, line in enumerate(lines):
        name = (line.name or "").strip()
        if not name and line.product_id is not None:
            name = (
                uow.session.scalar(select(Product.name).where(Product.id == line.product_id)) or ""
            )
        out.append(
            OpportunityLine(
                position=i,
                product_id=line.product_id,
                name=(name or "—")[:200],
                quantity=to_decimal(line.quantity),
                unit_price=to_decimal(line.unit_price),
                discount_pct=to_decimal(line.discount_pct),
                amount=line_amount(line.quantity, line.unit_price, line.discount_pct),
            )
        )
    return out


def _apply(uow: UnitOfWork, opp: Opportunity, data: OpportunityInput, name: str) -> None:
    """Copy the card's values; the amount is the sum of the lines when there are lines."""
    opp.name = name
    opp.contact_id = data.contact_id
    company_id = data.company_id
    if company_id is None and data.contact_id is not None:
        company_id = uow.session.scalar(
            select(Contact.company_id).where(Contact.id == data.contact_id)
        )
    opp.company_id = company_id
    opp.currency = data.currency.upper()
    opp.expected_close = close_day(data.expected_close)
    opp.record_manager_id = data.record_manager_id
    opp.referrer_contact_id = data.referrer_contact_id
    opp.referred_by = data.referred_by
    opp.campaign_id = data.campaign_id
    opp.competitor = data.competitor
    opp.details = data.details
    opp.status = data.status
    if amounts_hidden_here(uow):
        # Restricted: amounts and lines are not theirs to see, so not theirs to change.
        if opp.id is None and data.lines:
            refuse_hidden_amounts(uow, say(TEAM, "add product lines"))
        if opp.id is None:
            opp.amount = to_decimal(data.amount)
        return
    new_lines = _lines(uow, data.lines)
    opp.lines = new_lines
    opp.amount = sum((x.amount for x in new_lines), ZERO) if new_lines else to_decimal(data.amount)


def create_opportunity(
    uow: UnitOfWork, data: OpportunityInput, *, clock: Clock | None = None
) -> OpportunityView:
    """A new opportunity; probability and expected close default from the stage."""
    name = _validate(data)
    process_id, stage = _resolve_stage(uow, data.process_id, data.stage_id)
    opp = Opportunity(process_id=process_id, stage_id=stage.id if stage else None)
    _apply(uow, opp, data, name)
    opp.probability = (
        data.probability if data.probability is not None else (stage.probability if stage else 0)
    )
    if opp.expected_close is None and stage is not None:
        opp.expected_close = _today(clock) + dt.timedelta(days=stage.close_days)
    if opp.record_manager_id is None:
        opp.record_manager_id = uow.user_id
    uow.session.add(opp)
    uow.session.flush()
    _history(
        uow,
        opp,
        HistoryType.OPPORTUNITY_CREATED,
        opp.name,
        # No amount in the text: history is readable by every role, the amount is not
        # (Restricted); it stays in the opportunity, where the server guards it.
        details=stage.name if stage else "",
    )
    uow.session.flush()
    return to_view(uow, opp)


def update_opportunity(
    uow: UnitOfWork, opportunity_id: int, expected_version: int, data: OpportunityInput
) -> OpportunityView:
    """Save the card; ConflictError when a colleague saved since ``expected_version``.

    A stage change writes "Étape modifiée" and, unless a probability is given, takes the new
    stage's probability; a change of expected close or of status writes history too.
    """
    opp = _load(uow, opportunity_id)
    _check_version(opp, expected_version)
    closed = opp.status in (STATUS_WON, STATUS_LOST)
    if closed:
        # Editing a closed opportunity keeps it closed; reopening is its own action.
        data = replace(data, status=opp.status)
    name = _validate(data, closed=closed)
    wanted_process = data.process_id if data.process_id is not None else opp.process_id
    wanted_stage = data.stage_id
    if wanted_stage is None and wanted_process == opp.process_id:
        wanted_stage = opp.stage_id  # no stage given: it stays where it is
    process_id, stage = _resolve_stage(uow, wanted_process, wanted_stage)
    # One UPDATE (one version step) for the whole save: no flush half-way.
    with uow.session.no_autoflush:
        old_stage_id, old_close, old_status = opp.stage_id, opp.expected_close, opp.status
        _apply(uow, opp, data, name)
        opp.process_id = process_id
        new_stage_id = stage.id if stage else None
        opp.stage_id = new_stage_id
        if closed:
            pass  # a closed opportunity keeps 100 % (won) or 0 % (lost)
        elif data.probability is not None:
            opp.probability = data.probability
        elif new_stage_id != old_stage_id:
            opp.probability = stage.probability if stage else 0
        stage_history(uow, opp, old_stage_id, new_stage_id)
        if old_close != opp.expected_close:
            _history(
                uow,
                opp,
                HistoryType.FIELD_CHANGED,
                f"{opp.name}: date de clôture prévue {_d(old_close)} → {_d(opp.expected_close)}",
                field_name="expected_close",
                old=_d(old_close),
                new=_d(opp.expected_close),
            )
        if old_status != opp.status:
            _history(
                uow,
                opp,
                HistoryType.FIELD_CHANGED,
                f"{opp.name}: {STATUS_LABELS_FR[old_status]} → {STATUS_LABELS_FR[opp.status]}",
                field_name="status",
                old=old_status,
                new=opp.status,
            )
    if opp.status == STATUS_WON and not amounts_hidden_here(uow):
        _update_sale(uow, opp)
    uow.session.flush()
    return to_view(uow, opp)


def _update_sale(uow: UnitOfWork, opp: Opportunity) -> None:
    """Keep the sale recorded when the opportunity was won in step with an edit of the won
    opportunity (amount, lines, contact, company, campaign): RFM/ABC and the won figures
    must agree. The sale keeps its date."""
    values = _sale_values(uow, opp)
    for sale in uow.session.scalars(select(Sale).where(Sale.opportunity_id == opp.id)):
        for name, value in values.items():
            if getattr(sale, name) != value:
                setattr(sale, name, value)


def _d(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def stage_history(
    uow: UnitOfWork, opp: Opportunity, old_stage_id: int | None, new_stage_id: int | None
) -> None:
    if old_stage_id == new_stage_id:
        return
    old_name, new_name = _stage_name(uow, old_stage_id), _stage_name(uow, new_stage_id)
    _history(
        uow,
        opp,
        HistoryType.OPPORTUNITY_STAGE_CHANGED,
        f"{opp.name}: {old_name} → {new_name}",
        field_name="stage",
        old=old_name or None,
        new=new_name or None,
        details=f"Probabilité {opp.probability} %",
    )


def change_stage(
    uow: UnitOfWork,
    opportunity_id: int,
    expected_version: int | None,
    stage_id: int,
    *,
    probability: int | None = None,
) -> OpportunityView:
    """Move an open opportunity to another stage of its process (the kanban's drop)."""
    opp = _load(uow, opportunity_id)
    _check_version(opp, expected_version)
    if opp.status != STATUS_OPEN:
        raise ValidationError(
            [FieldProblem("stage_id", "closed", "Reopen the opportunity before moving it.")]
        )
    process_id, stage = _resolve_stage(uow, opp.process_id, stage_id)
    assert stage is not None
    old = opp.stage_id
    opp.process_id = process_id
    opp.stage_id = stage.id
    opp.probability = (
        check_probability(probability) if probability is not None else stage.probability
    )
    stage_history(uow, opp, old, stage.id)
    uow.session.flush()
    return to_view(uow, opp)


def delete_opportunity(
    uow: UnitOfWork, opportunity_id: int, expected_version: int | None = None
) -> int:
    """Delete an opportunity and its lines (its history and sale stay, unlinked)."""
    require(uow, Permission.DELETE)
    opp = _load(uow, opportunity_id)
    _check_version(opp, expected_version)
    record_deletion(uow, "opportunity", opportunity_id, opp.name)
    uow.session.delete(opp)
    uow.session.flush()
    return opportunity_id


# --- closing -----------------------------------------------------------------------------


def close_opportunity(
    uow: UnitOfWork,
    opportunity_id: int,
    expected_version: int | None,
    status: str,
    reason: str,
    competitor: str | None = None,
    closed_on: dt.date | None = None,
    *,
    clock: Clock | None = None,
) -> OpportunityView:
    """Close as won or lost: the reason is required, the competitor kept when lost.

    Sets the close date (``closed_on``, Paris day, default today), writes history on the
    contact; won records the sale (amount, date, first line's product family, margin) and
    starts the "opportunity won" series for the contact once.
    """
    opp = _load(uow, opportunity_id)
    _check_version(opp, expected_version)
    if status == STATUS_WON:
        refuse_hidden_amounts(
            uow, say(TEAM, "close an opportunity as won (the sale holds its amount)")
        )
    problems = []
    if status not in (STATUS_WON, STATUS_LOST):
        problems.append(FieldProblem("status", "bad_status", "Close as 'won' or 'lost'."))
    cleaned_reason = " ".join((reason or "").split())
    if not cleaned_reason:
        problems.append(
            FieldProblem(
                "reason",
                "required",
                "Choose the reason the opportunity was "
                f"{'won' if status == STATUS_WON else 'lost'} before closing it.",
            )
        )
    if opp.status in (STATUS_WON, STATUS_LOST):
        problems.append(
            FieldProblem("status", "closed", "The opportunity is already closed: reopen it first.")
        )
    if problems:
        raise ValidationError(problems)
    now = (clock or SystemClock()).now()
    day = closed_on or now.date()
    opp.status = status
    opp.reason = cleaned_reason[:120]
    if status == STATUS_LOST:
        opp.competitor = (competitor or "").strip()[:160] or opp.competitor
    elif competitor:
        opp.competitor = competitor.strip()[:160]
    # Noon, Paris time, for a given day: the UTC timestamp stays on the same calendar day.
    opp.closed_at = wall_to_utc(
        now if closed_on is None else dt.datetime.combine(day, dt.time(12, 0))
    )
    opp.probability = 100 if status == STATUS_WON else 0
    if status == STATUS_WON:
        _history(
            uow,
            opp,
            HistoryType.OPPORTUNITY_WON,
            opp.name,
            result=opp.reason,
            details=f"Raison : {opp.reason}",  # no amount: see opportunity_created above
        )
        _record_sale(uow, opp, day)
        uow.session.flush()
        fire_won_series(uow, opp, day, today=now.date())
    else:
        detail = f"Raison : {opp.reason}"
        if opp.competitor:
            detail += f" · Concurrent : {opp.competitor}"
        _history(
            uow, opp, HistoryType.OPPORTUNITY_LOST, opp.name, result=opp.reason, details=detail
        )
    uow.session.flush()
    return to_view(uow, opp)


def _record_sale(uow: UnitOfWork, opp: Opportunity, day: dt.date) -> None:
    """The purchase RFM and ABC read: amount, day, margin, first line's product family."""
    uow.session.add(Sale(sold_on=day, reference=f"OPP-{opp.id}", **_sale_values(uow, opp)))


def _sale_values(uow: UnitOfWork, opp: Opportunity) -> dict[str, Any]:
    """What a won opportunity's sale records, but its date and reference."""
    lines = sorted(opp.lines, key=lambda x: (x.position, x.id))
    family: str | None = None
    margin = Decimal("0")
    costs = {}
    product_ids = [x.product_id for x in lines if x.product_id is not None]
    if product_ids:
        costs = {
            pid: (fam, to_decimal(cost))
            for pid, fam, cost in uow.session.execute(
                select(Product.id, Product.family, Product.cost).where(Product.id.in_(product_ids))
            )
        }
    for line in lines:
        fam, cost = costs.get(line.product_id or 0, (None, ZERO))
        if family is None and fam:
            family = fam
        margin += to_decimal(line.amount) - cost * to_decimal(line.quantity)
    return {
        "contact_id": opp.contact_id,
        "company_id": opp.company_id,
        "opportunity_id": opp.id,
        "campaign_id": opp.campaign_id,
        "amount": to_decimal(opp.amount),
        "margin": margin if lines else ZERO,
        "product_family": family,
    }


def fire_won_series(uow: UnitOfWork, opp: Opportunity, day: dt.date, *, today: dt.date) -> int:
    """Start every active "opportunity won" series for the opportunity's contact, once per
    opportunity (the same trigger key as the periodic check, so it never runs twice)."""
    from desktop_crm.services.activities.series import TRIGGER_OPPORTUNITY_WON, apply_series

    if opp.contact_id is None:
        return 0
    series_ids = uow.session.scalars(
        select(ActivitySeries.id).where(
            ActivitySeries.active.is_(True),
            ActivitySeries.trigger_kind == TRIGGER_OPPORTUNITY_WON,
        )
    ).all()
    runs = 0
    for series_id in series_ids:
        runs += apply_series(
            uow,
            series_id,
            [opp.contact_id],
            day,
            trigger_key=f"opportunity:{opp.id}",
            not_before=today,
        ).runs
    return runs


def reopen_opportunity(
    uow: UnitOfWork,
    opportunity_id: int,
    expected_version: int | None,
    *,
    stage_id: int | None = None,
) -> OpportunityView:
    """Reopen a closed (or inactive) opportunity; the sale a win recorded is taken back."""
    opp = _load(uow, opportunity_id)
    _check_version(opp, expected_version)
    if opp.status == STATUS_OPEN:
        return to_view(uow, opp)
    old_status = opp.status
    if old_status == STATUS_WON:
        uow.session.execute(
            delete(Sale).where(Sale.opportunity_id == opp.id),
            execution_options={"synchronize_session": False},
        )
    process_id, stage = _resolve_stage(
        uow, opp.process_id, stage_id if stage_id is not None else opp.stage_id
    )
    opp.process_id = process_id
    opp.stage_id = stage.id if stage else None
    opp.status = STATUS_OPEN
    opp.closed_at = None
    opp.reason = None
    opp.probability = stage.probability if stage else 0
    _history(
        uow,
        opp,
        HistoryType.FIELD_CHANGED,
        f"{opp.name}: {STATUS_LABELS_FR[old_status]} → {STATUS_LABELS_FR[STATUS_OPEN]}",
        field_name="status",
        old=old_status,
        new=STATUS_OPEN,
    )
    uow.session.flush()
    return to_view(uow, opp)
