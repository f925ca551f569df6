"""Activity series: templates, applying them to contacts, progress, shifts and triggers.

Applying a series to thousands of contacts is one unit of work with bulk Core inserts
(one ``series_run`` row per contact, one ``activity`` row per step). A ``series_run`` is
unique per (series, contact, trigger key), which is what makes automatic triggers fire only
once per contact even when the daily check runs on several computers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, insert, select

from desktop_crm.domain.alarms import alarm_ring_at_row
from desktop_crm.domain.clock import Clock, SystemClock
from desktop_crm.domain.constants import Channel
from desktop_crm.domain.errors import NotFoundError
from desktop_crm.domain.series import (
    SKIPPED_PREFIX,
    ChannelFlags,
    PendingStep,
    channel_block,
    lateness,
    plan_steps,
    shift_later_steps,
    skipped_result,
)
from desktop_crm.domain.wording import RECORD, say

# The templates (input, view, validation, CRUD, ready-made series) are in series_records.py;
# their names stay importable from here.
from desktop_crm.services.activities.series_records import (
    TRIGGER_DATE_FIELD as TRIGGER_DATE_FIELD,
)
from desktop_crm.services.activities.series_records import (
    TRIGGER_DATE_FIELDS as TRIGGER_DATE_FIELDS,
)
from desktop_crm.services.activities.series_records import (
    TRIGGER_OPPORTUNITY_WON as TRIGGER_OPPORTUNITY_WON,
)
from desktop_crm.services.activities.series_records import SeriesInput as SeriesInput
from desktop_crm.services.activities.series_records import SeriesView as SeriesView
from desktop_crm.services.activities.series_records import _load, _to_view, _user_date_fields
from desktop_crm.services.activities.series_records import create_series as create_series
from desktop_crm.services.activities.series_records import delete_series as delete_series
from desktop_crm.services.activities.series_records import find_series as find_series
from desktop_crm.services.activities.series_records import get_series as get_series
from desktop_crm.services.activities.series_records import list_series as list_series
from desktop_crm.services.activities.series_records import seed_series as seed_series
from desktop_crm.services.activities.series_records import update_series as update_series
from desktop_crm.services.contacts.lookup import lookup_ids
from desktop_crm.services.privacy.oracle import refused_channels
from desktop_crm.storage.models import (
    Activity,
    ActivitySeries,
    Contact,
    ContactFieldValue,
    Opportunity,
    SeriesRun,
    SeriesStep,
)
from desktop_crm.storage.uow import UnitOfWork

CHUNK = 1000
# Opportunities won this many days before the check still start their series (catch-up
# after holidays); older wins do not, so a new template does not flood the agenda.
WON_CATCH_UP_DAYS = 30


@dataclass(frozen=True)
class ApplyResult:
    """What applying a series did: runs and activities created, contacts skipped.

    ``activities`` counts every step written; ``skipped_steps`` those of them recorded as
    skipped (date already past, or a channel the contact refuses) instead of planned.
    """

    series_id: int
    runs: int
    activities: int
    skipped_contact_ids: tuple[int, ...] = ()
    run_ids: tuple[int, ...] = ()
    skipped_steps: int = 0


@dataclass(frozen=True)
class SeriesProgress:
    """One series running on a contact, as the contact card shows it."""

    run_id: int
    series_id: int
    series_name: str
    anchor_date: dt.date
    total: int
    done: int
    next_start: dt.datetime | None
    next_regarding: str | None
    skipped: int = 0  # steps not done on purpose (late start, channel refused)


# --- applying ---------------------------------------------------------------------------


def apply_series(
    uow: UnitOfWork,
    series_id: int,
    contact_ids: Sequence[int],
    anchor: dt.date,
    *,
    scheduled_for_id: int | None = None,
    trigger_key: str | None = None,
    not_before: dt.date | None = None,
    now: dt.datetime | None = None,
) -> ApplyResult:
    """Plan every step of a series for each contact, from ``anchor``, in bulk.

    Contacts that already ran this series with the same trigger key (by default: the same
    anchor date) are skipped, so applying twice by mistake plans nothing twice. Steps dated
    before ``not_before`` (a late trigger) and steps on a channel the contact refuses (a
    letter to an NPAI address, an e-mail after an objection, a call to "do not call") are
    written as skipped, with the reason in ``result`` (see ``domain.series``).
    """
    series = _load(uow, series_id)
    view = _to_view(series)
    key = trigger_key or f"manual:{anchor.isoformat()}"
    ids = list(dict.fromkeys(contact_ids))
    already: set[int] = set()
    for begin in range(0, len(ids), CHUNK):
        chunk = ids[begin : begin + CHUNK]
        already.update(
            uow.session.scalars(
                select(SeriesRun.contact_id).where(
                    SeriesRun.series_id == series_id,
                    SeriesRun.trigger_key == key,
                    SeriesRun.contact_id.in_(chunk),
                )
            )
        )
        known = set(uow.session.scalars(select(Contact.id).where(Contact.id.in_(chunk))))
        if len(known) != len(chunk):
            missing = min(set(chunk) - known)
            raise NotFoundError(say(RECORD, "Contact #{id} does not exist").format(id=missing))
    todo = [cid for cid in ids if cid not in already]
    planned = plan_steps(view.steps, anchor, not_before=not_before)
    step_ids = [s.id for s in series.steps]
    owner = scheduled_for_id or uow.user_id
    cleared_at = (now or SystemClock().now()).replace(microsecond=0)
    created = 0
    skipped_steps = 0
    run_ids: list[int] = []
    for begin in range(0, len(todo), CHUNK):
        chunk = todo[begin : begin + CHUNK]
        flags = channel_flags(uow, chunk)
        run_rows = [
            {
                "series_id": series_id,
                "contact_id": cid,
                "anchor_date": anchor,
                "trigger_key": key,
                "created_by_id": uow.user_id,
            }
            for cid in chunk
        ]
        runs = uow.session.execute(
            insert(SeriesRun).returning(
                SeriesRun.id, SeriesRun.contact_id, sort_by_parameter_order=True
            ),
            run_rows,
        ).all()
        uow.note_changes("series_run", "created", [r[0] for r in runs], contact_ids=chunk)
        rows: list[dict[str, Any]] = []
        for run_id, contact_id in runs:
            run_ids.append(run_id)
            for plan in planned:
                step = plan.step
                skipped = plan.skipped or channel_block(step.type, flags[contact_id])
                skipped_steps += skipped is not None
                rows.append(
                    {
                        "type": step.type,
                        "regarding": step.regarding,
                        "details": step.details,
                        "start_at": plan.start_at,
                        "timeless": False,
                        "duration_min": step.duration_min,
                        "priority": step.priority,
                        "scheduled_for_id": owner,
                        "scheduled_by_id": uow.user_id,
                        "contact_id": contact_id,
                        "series_run_id": run_id,
                        "series_step_id": step_ids[plan.position],
                        "private": False,
                        "cleared": skipped is not None,
                        "cleared_at": cleared_at if skipped else None,
                        "result": skipped_result(skipped) if skipped else None,
                        "alarm_dismissed": skipped is not None,
                        "recurrence_interval": 1,
                    }
                )
        for row in rows:  # bulk rows bypass the ORM hook that keeps alarm_at
            row["alarm_at"] = alarm_ring_at_row(row)
        for sub in range(0, len(rows), CHUNK):
            part = rows[sub : sub + CHUNK]
            made = uow.session.scalars(insert(Activity).returning(Activity.id), part).all()
            uow.note_changes(
                "activity", "created", made, contact_ids={row["contact_id"] for row in part}
            )
        created += len(rows)
    return ApplyResult(
        series_id, len(todo), created, tuple(sorted(already)), tuple(run_ids), skipped_steps
    )


def channel_flags(uow: UnitOfWork, contact_ids: Sequence[int]) -> dict[int, ChannelFlags]:
    """What each contact allows per channel (flags on the card, recorded objections)."""
    out: dict[int, ChannelFlags] = {}
    for begin in range(0, len(contact_ids), CHUNK):
        chunk = list(contact_ids[begin : begin + CHUNK])
        # Objections, the suppression list and erasures: the sending oracle's refusals.
        objections = refused_channels(uow, chunk)
        for row in uow.session.execute(
            select(
                Contact.id,
                Contact.do_not_mail,
                Contact.npai,
                Contact.do_not_email,
                Contact.email_invalid,
                Contact.do_not_call,
            ).where(Contact.id.in_(chunk))
        ):
            refused = objections.get(row.id, set())
            out[row.id] = ChannelFlags(
                do_not_mail=bool(row.do_not_mail),
                npai=bool(row.npai),
                post_opt_out=Channel.POST.value in refused,
                do_not_email=bool(row.do_not_email),
                email_opt_out=Channel.EMAIL.value in refused,
                email_invalid=bool(row.email_invalid),
                do_not_call=bool(row.do_not_call),
                phone_opt_out=Channel.PHONE.value in refused,
            )
    return out


def progress_for_contact(uow: UnitOfWork, contact_id: int) -> list[SeriesProgress]:
    """The series running on a contact: steps done out of total, and the next step."""
    counts = (
        select(
            SeriesRun.id,
            SeriesRun.series_id,
            ActivitySeries.name,
            SeriesRun.anchor_date,
            func.count(Activity.id),
            func.sum(case((Activity.cleared.is_(True), 1), else_=0)),
            func.sum(case((Activity.result.like(SKIPPED_PREFIX + "%"), 1), else_=0)),
        )
        .join(ActivitySeries, ActivitySeries.id == SeriesRun.series_id)
        .outerjoin(Activity, Activity.series_run_id == SeriesRun.id)
        .where(SeriesRun.contact_id == contact_id)
        .group_by(SeriesRun.id, SeriesRun.series_id, ActivitySeries.name, SeriesRun.anchor_date)
        .order_by(SeriesRun.anchor_date, SeriesRun.id)
    )
    result: list[SeriesProgress] = []
    for run_id, series_id, name, anchor, total, cleared, skipped in uow.session.execute(counts):
        upcoming = uow.session.execute(
            select(Activity.start_at, Activity.regarding)
            .where(Activity.series_run_id == run_id, Activity.cleared.is_(False))
            .order_by(Activity.start_at)
            .limit(1)
        ).first()
        result.append(
            SeriesProgress(
                run_id,
                series_id,
                name,
                anchor,
                int(total or 0),
                int(cleared or 0) - int(skipped or 0),
                upcoming[0] if upcoming else None,
                upcoming[1] if upcoming else None,
                int(skipped or 0),
            )
        )
    return result


def shift_after_clear(
    uow: UnitOfWork, activity_id: int, planned: dt.datetime, cleared: dt.datetime
) -> tuple[int, ...]:
    """When a series step is cleared late, move the run's later steps by the same delay."""
    act = uow.session.get(Activity, activity_id)
    if act is None or act.series_run_id is None:
        return ()
    series = uow.session.scalar(
        select(ActivitySeries)
        .join(SeriesRun, SeriesRun.series_id == ActivitySeries.id)
        .where(SeriesRun.id == act.series_run_id)
    )
    if series is None or not series.shift_on_late:
        return ()
    delay = lateness(planned, cleared)
    offsets = dict(
        uow.session.execute(
            select(SeriesStep.id, SeriesStep.day_offset).where(SeriesStep.series_id == series.id)
        ).all()
    )
    pending_rows = list(
        uow.session.scalars(
            select(Activity).where(
                Activity.series_run_id == act.series_run_id,
                Activity.cleared.is_(False),
                Activity.id != act.id,
            )
        )
    )
    # Steps whose template row was edited away fall back to their planned order by date.
    own_offset = offsets.get(act.series_step_id or -1, 0)
    pending = [
        PendingStep(
            row.id,
            offsets.get(
                row.series_step_id or -1, own_offset + 1 if row.start_at > planned else own_offset
            ),
            row.start_at,
        )
        for row in pending_rows
    ]
    moves = shift_later_steps(pending, own_offset, delay)
    for row in pending_rows:
        if row.id in moves:
            row.start_at = moves[row.id]
            row.alarm_dismissed = False
            row.alarm_snoozed_until = None
    uow.session.flush()
    return tuple(sorted(moves))


# --- triggers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StartedRun:
    """One series a trigger started for one contact: what was planned and what skipped."""

    run_id: int
    series_name: str
    contact_id: int
    contact_name: str
    planned: int
    skipped: int


@dataclass(frozen=True)
class TriggerReport:
    """What one trigger check did: runs created per series name, and each run."""

    runs_by_series: dict[str, int]
    started: tuple[StartedRun, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.runs_by_series.values())

    @property
    def skipped_steps(self) -> int:
        return sum(run.skipped for run in self.started)


# The report lists at most this many runs (the counts stay exact).
REPORT_RUNS = 500


def run_triggers(uow: UnitOfWork, *, clock: Clock | None = None) -> TriggerReport:
    """Apply every due automatic series once per contact (safe to call repeatedly).

    A trigger found late plans only the steps still ahead; the others are recorded as
    skipped, as are steps on a channel the contact refuses (see ``apply_series``).
    """
    now = (clock or SystemClock()).now()
    today = now.date()
    report: dict[str, int] = {}
    run_ids: list[int] = []
    active = uow.session.scalars(
        select(ActivitySeries).where(
            ActivitySeries.active.is_(True), ActivitySeries.trigger_kind.is_not(None)
        )
    ).all()
    for series in active:
        made: list[int] = []
        if series.trigger_kind == TRIGGER_OPPORTUNITY_WON:
            made = _fire_opportunity_won(uow, series, today, now)
        elif series.trigger_kind == TRIGGER_DATE_FIELD and series.trigger_field:
            made = _fire_date_field(uow, series, today, now)
        if made:
            report[series.name] = len(made)
            run_ids += made
    return TriggerReport(report, _started_runs(uow, run_ids[:REPORT_RUNS]))


def _started_runs(uow: UnitOfWork, run_ids: Sequence[int]) -> tuple[StartedRun, ...]:
    if not run_ids:
        return ()
    skipped = case((Activity.result.like(SKIPPED_PREFIX + "%"), 1), else_=0)
    rows = uow.session.execute(
        select(
            SeriesRun.id,
            ActivitySeries.name,
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.company_name,
            func.count(Activity.id),
            func.sum(skipped),
        )
        .join(ActivitySeries, ActivitySeries.id == SeriesRun.series_id)
        .join(Contact, Contact.id == SeriesRun.contact_id)
        .outerjoin(Activity, Activity.series_run_id == SeriesRun.id)
        .where(SeriesRun.id.in_(list(run_ids)))
        .group_by(
            SeriesRun.id,
            ActivitySeries.name,
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.company_name,
        )
        .order_by(Contact.last_name, Contact.first_name, SeriesRun.id)
    ).all()
    started = []
    for run_id, name, contact_id, first, last, company, total, skip in rows:
        person = " ".join(p for p in (first, last) if p).strip()
        started.append(
            StartedRun(
                run_id,
                name,
                contact_id,
                person or company or f"#{contact_id}",
                int(total or 0) - int(skip or 0),
                int(skip or 0),
            )
        )
    return tuple(started)


def _existing_keys(
    uow: UnitOfWork, series_id: int, contact_ids: Sequence[int]
) -> set[tuple[int, str]]:
    found: set[tuple[int, str]] = set()
    for begin in range(0, len(contact_ids), CHUNK):
        chunk = contact_ids[begin : begin + CHUNK]
        found.update(
            uow.session.execute(
                select(SeriesRun.contact_id, SeriesRun.trigger_key).where(
                    SeriesRun.series_id == series_id, SeriesRun.contact_id.in_(chunk)
                )
            )
        )
    return found


def _fire_opportunity_won(
    uow: UnitOfWork, series: ActivitySeries, today: dt.date, now: dt.datetime
) -> list[int]:
    since = dt.datetime.combine(today - dt.timedelta(days=WON_CATCH_UP_DAYS), dt.time())
    rows = uow.session.execute(
        select(Opportunity.id, Opportunity.contact_id, Opportunity.closed_at)
        .where(
            Opportunity.status == "won",
            Opportunity.contact_id.is_not(None),
            Opportunity.closed_at >= since,
        )
        .order_by(Opportunity.id)
    ).all()
    existing = _existing_keys(uow, series.id, [r[1] for r in rows if r[1] is not None])
    made: list[int] = []
    for opp_id, contact_id, closed_at in rows:
        key = f"opportunity:{opp_id}"
        if contact_id is None or closed_at is None or (contact_id, key) in existing:
            continue
        made += apply_series(
            uow,
            series.id,
            [contact_id],
            closed_at.date(),
            trigger_key=key,
            not_before=today,
            now=now,
        ).run_ids
        existing.add((contact_id, key))
    return made


def _fire_date_field(
    uow: UnitOfWork, series: ActivitySeries, today: dt.date, now: dt.datetime
) -> list[int]:
    horizon = today + dt.timedelta(days=series.trigger_days_before or 0)
    if series.trigger_field in TRIGGER_DATE_FIELDS:
        column = getattr(Contact, series.trigger_field or "")
        query = select(Contact.id, column).where(
            column.is_not(None), column >= today, column <= horizon
        )
    else:
        # A user-defined date field: an index range scan on (field, value_date).
        field_id = _user_date_fields(uow).get(series.trigger_field or "")
        if field_id is None:
            return []  # the field was removed since: the series waits
        value = ContactFieldValue.value_date
        query = select(ContactFieldValue.contact_id, value).where(
            ContactFieldValue.field_id == field_id, value >= today, value <= horizon
        )
    rows = uow.session.execute(query).all()
    existing = _existing_keys(uow, series.id, [r[0] for r in rows])
    by_date: dict[dt.date, list[int]] = {}
    for contact_id, day in rows:
        if (contact_id, f"{series.trigger_field}:{day.isoformat()}") not in existing:
            by_date.setdefault(day, []).append(contact_id)
    made: list[int] = []
    for day, ids in sorted(by_date.items()):
        made += apply_series(
            uow,
            series.id,
            ids,
            day,
            trigger_key=f"{series.trigger_field}:{day.isoformat()}",
            not_before=today,
            now=now,
        ).run_ids
    return made


def lookup_contact_ids(uow: UnitOfWork, text: str, *, limit: int | None = None) -> list[int]:
    """Contacts the list's lookup box finds for ``text`` (see services.lookup)."""
    if not text.strip():
        return []
    return list(lookup_ids(uow, text, limit=limit))
