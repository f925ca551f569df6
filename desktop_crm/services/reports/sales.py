"""Sales reports: the opportunity list and the pipeline by stage (count, amount, weighted).

Sums are done by the database in cents (``services/opportunities/listing``), in euros: an
opportunity in another currency is listed but never added to the euro totals.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select

from desktop_crm.domain.opportunities import DEFAULT_CURRENCY, STATUS_OPEN, ZERO
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.reports import (
    Column,
    Figure,
    ReportDocument,
    ReportParams,
    Table,
    pick,
)
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.services.opportunities.listing import from_sums, in_currency, sum_columns
from desktop_crm.services.reports.labels import person, status_label
from desktop_crm.services.reports.population import population, user_filter, with_user
from desktop_crm.services.reports.tables import report_time
from desktop_crm.services.users.amounts import refuse_hidden_amounts
from desktop_crm.storage.models import Contact, Opportunity, SalesProcess, SalesStage, User
from desktop_crm.storage.uow import UnitOfWork


def _where(uow: UnitOfWork, params: ReportParams) -> tuple[list[Any], str]:
    pop = population(uow, params)
    where: list[Any] = [pop.condition(Opportunity.contact_id)]
    user = user_filter(uow, params)
    if user is not None:
        where.append(Opportunity.record_manager_id == user[0])
    if params.date_from is not None:
        where.append(Opportunity.expected_close >= params.date_from)
    if params.date_to is not None:
        where.append(Opportunity.expected_close <= params.date_to)
    return where, with_user(params.language, pop.text, user)


def opportunity_list(
    uow: UnitOfWork, params: ReportParams, control: TaskControl | None = None
) -> ReportDocument:
    """Every opportunity of the population (the period bounds the expected close)."""
    refuse_hidden_amounts(uow, say(TEAM, "run a report of opportunity amounts"))
    lang = params.language
    where, text = _where(uow, params)
    rows = uow.session.execute(
        select(
            Opportunity.name,
            Contact.last_name,
            Contact.first_name,
            Contact.company_name,
            SalesStage.name.label("stage"),
            Opportunity.status,
            Opportunity.probability,
            Opportunity.amount,
            Opportunity.currency,
            Opportunity.expected_close,
            User.display_name,
        )
        .outerjoin(Contact, Contact.id == Opportunity.contact_id)
        .outerjoin(SalesStage, SalesStage.id == Opportunity.stage_id)
        .outerjoin(User, User.id == Opportunity.record_manager_id)
        .where(*where)
        .order_by(Opportunity.status, Opportunity.expected_close, Opportunity.id)
    ).all()
    table_rows = []
    total = weighted_total = ZERO
    open_count = 0
    for r in rows:
        amount = Decimal(r.amount or 0)
        weighted = (amount * r.probability / 100).quantize(Decimal("0.01"))
        in_euros = (r.currency or DEFAULT_CURRENCY).upper() == DEFAULT_CURRENCY
        if r.status == STATUS_OPEN and in_euros:
            total += amount
            weighted_total += weighted
            open_count += 1
        table_rows.append(
            (
                r.name,
                person(r.last_name, r.first_name),
                r.company_name or "",
                r.stage or "",
                status_label(r.status, lang),
                r.probability / 100,
                amount,
                weighted,
                r.expected_close,
                r.display_name or "",
            )
        )
    columns = (
        Column("name", pick(lang, "Opportunity", "Opportunité"), width=1.8),
        Column("contact", pick(lang, "Contact", "Contact"), width=1.2),
        Column("company", pick(lang, "Company", "Société"), width=1.3),
        Column("stage", pick(lang, "Stage", "Étape"), width=1.1),
        Column("status", pick(lang, "Status", "Statut"), width=0.7),
        Column("probability", pick(lang, "Prob.", "Prob."), "percent", 0.6),
        Column("amount", pick(lang, "Amount", "Montant"), "money", 1.0),
        Column("weighted", pick(lang, "Weighted", "Pondéré"), "money", 1.0),
        Column("close", pick(lang, "Close", "Clôture"), "date", 0.8),
        Column("manager", pick(lang, "Manager", "Responsable"), width=1.0),
    )
    return ReportDocument(
        name="opportunities",
        title=pick(lang, "Opportunity list", "Liste des opportunités"),
        population=text,
        generated_at=report_time(),
        figures=(
            Figure(pick(lang, "Opportunities", "Opportunités"), len(rows), "int"),
            Figure(pick(lang, "Open", "Ouvertes"), open_count, "int"),
            Figure(pick(lang, "Open amount", "Montant ouvert"), total, "money"),
            Figure(pick(lang, "Weighted", "Pondéré"), weighted_total, "money"),
        ),
        tables=(Table(None, columns, tuple(table_rows)),),
        notes=(
            pick(
                lang,
                "Totals: open opportunities in euros.",
                "Totaux : opportunités ouvertes en euros.",
            ),
        ),
    )


def pipeline(
    uow: UnitOfWork, params: ReportParams, control: TaskControl | None = None
) -> ReportDocument:
    """Open opportunities per stage of each process: count, amount and weighted amount."""
    refuse_hidden_amounts(uow, say(TEAM, "run the pipeline report"))
    lang = params.language
    where, text = _where(uow, params)
    sums = uow.session.execute(
        select(Opportunity.stage_id, *sum_columns())
        .where(*where, Opportunity.status == STATUS_OPEN, in_currency(DEFAULT_CURRENCY))
        .group_by(Opportunity.stage_id)
    ).all()
    by_stage = {stage_id: from_sums(c, cents, w) for stage_id, c, cents, w in sums}
    rows: list[tuple[Any, ...]] = []
    for sid, process, stage, probability in uow.session.execute(
        select(SalesStage.id, SalesProcess.name, SalesStage.name, SalesStage.probability)
        .join(SalesProcess, SalesProcess.id == SalesStage.process_id)
        .order_by(
            SalesProcess.is_default.desc(), SalesProcess.name, SalesStage.position, SalesStage.id
        )
    ):
        count, amount, weighted = by_stage.pop(sid, (0, ZERO, ZERO))
        rows.append((process, stage, probability / 100, count, amount, weighted))
    if by_stage:
        count = sum(v[0] for v in by_stage.values())
        amount = sum((v[1] for v in by_stage.values()), ZERO)
        weighted = sum((v[2] for v in by_stage.values()), ZERO)
        rows.append(("", pick(lang, "(no stage)", "(sans étape)"), None, count, amount, weighted))
    count = sum(int(r[3]) for r in rows)
    amount = sum((Decimal(r[4]) for r in rows), ZERO)
    weighted = sum((Decimal(r[5]) for r in rows), ZERO)
    columns = (
        Column("process", pick(lang, "Process", "Processus"), width=1.4),
        Column("stage", pick(lang, "Stage", "Étape"), width=1.6),
        Column("probability", pick(lang, "Probability", "Probabilité"), "percent", 0.8),
        Column("count", pick(lang, "Opportunities", "Opportunités"), "int", 0.9),
        Column("amount", pick(lang, "Amount", "Montant"), "money", 1.1),
        Column("weighted", pick(lang, "Weighted", "Pondéré"), "money", 1.1),
    )
    return ReportDocument(
        name="pipeline",
        title=pick(lang, "Pipeline by stage", "Pipeline par étape"),
        population=text,
        generated_at=report_time(),
        figures=(
            Figure(pick(lang, "Open opportunities", "Opportunités ouvertes"), count, "int"),
            Figure(pick(lang, "Amount", "Montant"), amount, "money"),
            Figure(pick(lang, "Weighted amount", "Montant pondéré"), weighted, "money"),
        ),
        tables=(Table(None, columns, tuple(rows), ("Total", "", None, count, amount, weighted)),),
        notes=(pick(lang, "Open opportunities in euros.", "Opportunités ouvertes en euros."),),
    )
