"""Activity reports: the weekly history per user (what a sales manager asks for on Monday)
and the activities due or overdue per user."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, func, select

from desktop_crm.domain.constants import HistoryType
from desktop_crm.domain.progress import TaskControl
from desktop_crm.domain.reports import Figure, ReportDocument, ReportParams, pick
from desktop_crm.services.reports.labels import activity_label, history_label, person
from desktop_crm.services.reports.population import (
    period,
    period_text,
    population,
    today,
    user_filter,
    user_names,
    utc_bounds,
    wall,
    with_user,
)
from desktop_crm.services.reports.tables import ColumnSpec, common, report_time, table
from desktop_crm.storage.models import Activity, Contact, History
from desktop_crm.storage.uow import UnitOfWork

# The outgoing calls (received calls are not "calls made").
CALLS_MADE = (
    HistoryType.CALL_ATTEMPTED,
    HistoryType.CALL_REACHED,
    HistoryType.CALL_LEFT_MESSAGE,
    HistoryType.CALL_WRONG_NUMBER,
)
# The columns of the weekly table: key, English, French, the history types it counts.
ACTIVITY_COLUMNS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("calls", "Calls made", "Appels passés", tuple(CALLS_MADE)),
    ("reached", "Reached", "Joints", (HistoryType.CALL_REACHED,)),
    ("received", "Calls received", "Appels reçus", (HistoryType.CALL_RECEIVED,)),
    ("meetings", "Meetings", "Rendez-vous", (HistoryType.MEETING_HELD,)),
    ("letters", "Letters", "Lettres", (HistoryType.LETTER_SENT,)),
    ("emails", "E-mails", "E-mails", (HistoryType.EMAIL_SENT,)),
)
COUNTED = tuple({t for _k, _en, _fr, types in ACTIVITY_COLUMNS for t in types})
DETAIL_LIMIT = 20_000


def history_by_user(
    uow: UnitOfWork, params: ReportParams, control: TaskControl | None = None
) -> ReportDocument:
    """Counts per user and type over the period (one grouped query), then the detail."""
    lang = params.language
    pop = population(uow, params)
    start, end = period(params)
    low, high = utc_bounds(start, end)
    user = user_filter(uow, params)
    where = [
        History.occurred_at >= low,
        History.occurred_at < high,
        History.type.in_(COUNTED),
        pop.condition(History.contact_id),
    ]
    if user is not None:
        where.append(History.user_id == user[0])
    sums = [
        func.sum(case((History.type.in_(types), 1), else_=0)).label(key)
        for key, _en, _fr, types in ACTIVITY_COLUMNS
    ]
    names = user_names(uow)
    nobody = pick(lang, "(no user)", "(sans utilisateur)")
    per_user: list[tuple[Any, ...]] = []
    for row in uow.session.execute(
        select(History.user_id, *sums).where(*where).group_by(History.user_id)
    ):
        counts = tuple(int(getattr(row, key) or 0) for key, *_ in ACTIVITY_COLUMNS)
        per_user.append((names.get(row.user_id or 0, nobody), *counts))
    per_user.sort(key=lambda r: str(r[0]).casefold())
    totals: tuple[Any, ...] = (
        "Total",
        *(sum(int(r[i + 1]) for r in per_user) for i in range(len(ACTIVITY_COLUMNS))),
    )
    counts_columns: tuple[ColumnSpec, ...] = (
        common("user", 1.6),
        *((key, en, fr, "int", 1.0) for key, en, fr, _t in ACTIVITY_COLUMNS),
    )
    if control is not None:
        control.check()
    detail = uow.session.execute(
        select(
            History.occurred_at,
            History.user_id,
            History.type,
            Contact.last_name,
            Contact.first_name,
            Contact.company_name,
            History.regarding,
            History.result,
        )
        .outerjoin(Contact, Contact.id == History.contact_id)
        .where(*where)
        .order_by(History.occurred_at, History.id)
        .limit(DETAIL_LIMIT + 1)
    ).all()
    notes: tuple[str, ...] = ()
    if len(detail) > DETAIL_LIMIT:
        detail = detail[:DETAIL_LIMIT]
        notes = (
            pick(
                lang,
                f"The detail shows the first {DETAIL_LIMIT} entries; the counts cover all.",
                f"Le détail montre les {DETAIL_LIMIT} premières entrées ; les totaux "
                "couvrent tout.",
            ),
        )
    detail_table = table(
        lang,
        ("Detail", "Détail"),
        (
            common("date", 1.35),
            common("user", 1.35),  # "Sophie Marchand" whole, not "Sophie Marcha…"
            common("type"),
            common("contact", 1.3),
            common("company", 1.3),
            common("regarding", 1.45),
        ),
        (
            (
                wall(d.occurred_at),
                names.get(d.user_id or 0, ""),
                history_label(d.type, lang),
                person(d.last_name, d.first_name),
                d.company_name or "",
                d.regarding or d.result or "",
            )
            for d in detail
        ),
    )
    calls, reached = int(totals[1]), int(totals[2])
    figures = (
        Figure(pick(lang, "Calls made", "Appels passés"), calls, "int"),
        Figure(pick(lang, "Reached", "Joints"), reached, "int"),
        Figure(
            pick(lang, "Reach rate", "Taux de joignabilité"),
            round(reached / calls, 4) if calls else 0.0,
            "percent",
        ),
        Figure(pick(lang, "Meetings", "Rendez-vous"), int(totals[4]), "int"),
        Figure(pick(lang, "Letters", "Lettres"), int(totals[5]), "int"),
        Figure(pick(lang, "E-mails", "E-mails"), int(totals[6]), "int"),
    )
    return ReportDocument(
        name="activity",
        title=pick(lang, "Activity by user", "Activité par utilisateur"),
        population=with_user(lang, f"{pop.text} — {period_text(lang, start, end)}", user),
        generated_at=report_time(),
        figures=figures,
        tables=(
            table(lang, ("Per user", "Par utilisateur"), counts_columns, per_user, totals),
            detail_table,
        ),
        notes=notes,
    )


def activities_due(
    uow: UnitOfWork, params: ReportParams, control: TaskControl | None = None
) -> ReportDocument:
    """Open activities late or due up to the end of the period (default: the next 7 days),
    counted per user, then listed."""
    lang = params.language
    pop = population(uow, params)
    day = today()
    end = params.date_to or day + dt.timedelta(days=6)
    midnight = dt.datetime.combine(day, dt.time())
    tomorrow = midnight + dt.timedelta(days=1)
    limit = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    user = user_filter(uow, params)
    where = [
        Activity.cleared.is_(False),
        Activity.start_at < limit,
        pop.condition(Activity.contact_id),
    ]
    if params.date_from is not None:
        where.append(Activity.start_at >= dt.datetime.combine(params.date_from, dt.time()))
    if user is not None:
        where.append(Activity.scheduled_for_id == user[0])
    overdue = Activity.start_at < midnight
    today_case = and_(Activity.start_at >= midnight, Activity.start_at < tomorrow)
    names = user_names(uow)
    nobody = pick(lang, "(no user)", "(sans utilisateur)")
    per_user: list[tuple[Any, ...]] = []
    for uid, late, now, later in uow.session.execute(
        select(
            Activity.scheduled_for_id,
            func.sum(case((overdue, 1), else_=0)),
            func.sum(case((today_case, 1), else_=0)),
            func.sum(case((Activity.start_at >= tomorrow, 1), else_=0)),
        )
        .where(*where)
        .group_by(Activity.scheduled_for_id)
    ):
        late, now, later = int(late or 0), int(now or 0), int(later or 0)
        per_user.append((names.get(uid or 0, nobody), late, now, later, late + now + later))
    per_user.sort(key=lambda r: str(r[0]).casefold())
    totals: tuple[Any, ...] = ("Total", *(sum(int(r[i]) for r in per_user) for i in range(1, 5)))
    if control is not None:
        control.check()
    rows = uow.session.execute(
        select(
            Activity.start_at,
            Activity.scheduled_for_id,
            Activity.type,
            Activity.priority,
            Contact.last_name,
            Contact.first_name,
            Contact.company_name,
            Activity.regarding,
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .where(*where)
        .order_by(Activity.scheduled_for_id, Activity.start_at, Activity.id)
        .limit(DETAIL_LIMIT)
    ).all()
    late_word = pick(lang, "late", "en retard")
    detail = table(
        lang,
        ("Activities", "Activités"),
        (
            common("when", 1.35),
            ("late", "Late", "Retard", "text", 0.6),
            common("for"),
            common("type", 0.8),
            common("contact", 1.3),
            common("company", 1.3),
            common("regarding", 1.8),
        ),
        (
            (
                r.start_at,
                late_word if r.start_at < midnight else "",
                names.get(r.scheduled_for_id or 0, nobody),
                activity_label(r.type, lang),
                person(r.last_name, r.first_name),
                r.company_name or "",
                r.regarding or "",
            )
            for r in rows
        ),
    )
    columns: tuple[ColumnSpec, ...] = (
        common("user", 1.6),
        ("overdue", "Overdue", "En retard", "int", 1.0),
        ("today", "Today", "Aujourd'hui", "int", 1.0),
        ("later", "Coming", "À venir", "int", 1.0),
        ("total", "Total", "Total", "int", 1.0),
    )
    return ReportDocument(
        name="activities-due",
        title=pick(lang, "Activities due and overdue", "Activités à faire et en retard"),
        population=with_user(
            lang,
            pick(
                lang,
                f"{pop.text} — up to {end.isoformat()}",
                f"{pop.text} — jusqu'au {end:%d/%m/%Y}",
            ),
            user,
        ),
        generated_at=report_time(),
        figures=(
            Figure(pick(lang, "Overdue", "En retard"), int(totals[1]), "int"),
            Figure(pick(lang, "Due today", "Pour aujourd'hui"), int(totals[2]), "int"),
            Figure(pick(lang, "Coming", "À venir"), int(totals[3]), "int"),
        ),
        tables=(
            table(lang, ("Per user", "Par utilisateur"), columns, per_user, totals),
            detail,
        ),
    )
