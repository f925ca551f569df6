"""The figures of the home dashboard, read in one call: today's and overdue activities,
calls this week against last week, the pipeline by stage, the last campaigns' response rate.

Every figure is one grouped query; nothing loops over contacts. ``user_id`` None means the
whole team (activities and calls of everybody).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select

from desktop_crm.domain.clock import week_start
from desktop_crm.domain.opportunities import Pipeline
from desktop_crm.services.opportunities.analysis import pipeline
from desktop_crm.services.reports.activity import CALLS_MADE
from desktop_crm.services.reports.labels import person
from desktop_crm.services.reports.population import utc_bounds, wall
from desktop_crm.services.users.amounts import amounts_hidden as amounts_hidden_here
from desktop_crm.storage.models import Activity, Campaign, CampaignMember, Contact, History
from desktop_crm.storage.uow import UnitOfWork

LIST_LENGTH = 40  # the home page shows as many as its tile has room for
CAMPAIGNS_SHOWN = 5


@dataclass(frozen=True)
class HomeActivity:
    """One line of the short list of things to do."""

    id: int
    start_at: dt.datetime
    type: str
    regarding: str
    contact_id: int | None
    contact_name: str
    overdue: bool
    timeless: bool = False  # a to-do for the day: no "00:00" before it


@dataclass(frozen=True)
class CampaignRate:
    """A campaign's targets and responses (responded_at set); only campaigns with targets."""

    id: int
    name: str
    targets: int
    responses: int

    @property
    def rate(self) -> float:
        return self.responses / self.targets if self.targets else 0.0


@dataclass(frozen=True)
class HomeFigures:
    today: dt.date
    due_today: int
    overdue: int
    activities: tuple[HomeActivity, ...]
    calls_this_week: tuple[int, ...]  # Monday … Sunday
    calls_last_week: tuple[int, ...]
    pipeline: Pipeline
    campaigns: tuple[CampaignRate, ...]
    # A role that may not see amounts (Restricted) gets the counts per stage (the pipeline's
    # amounts are zeros, ``pipeline.amounts_hidden``) and this flag.
    amounts_hidden: bool = False

    @property
    def calls_this_week_total(self) -> int:
        return sum(self.calls_this_week)

    @property
    def calls_last_week_total(self) -> int:
        return sum(self.calls_last_week)


def _calls_per_day(
    uow: UnitOfWork, user_id: int | None, monday: dt.date
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Calls made per day of last week and of this week (moments are read in UTC and
    counted on the team's wall-clock day)."""
    last_monday = monday - dt.timedelta(days=7)
    low, high = utc_bounds(last_monday, monday + dt.timedelta(days=6))
    where = [History.occurred_at >= low, History.occurred_at < high, History.type.in_(CALLS_MADE)]
    if user_id is not None:
        where.append(History.user_id == user_id)
    # Grouped by the UTC hour: at most 14 × 24 rows whatever the volume, then placed on
    # their Paris day here (the database has no notion of the team's time zone).
    hour = func.strftime("%Y-%m-%d %H", History.occurred_at)
    if uow.session.get_bind().dialect.name != "sqlite":
        hour = func.to_char(History.occurred_at, "YYYY-MM-DD HH24")
    days = [0] * 14
    for stamp, count in uow.session.execute(
        select(hour, func.count()).where(*where).group_by(hour)
    ):
        moment = wall(dt.datetime.strptime(stamp, "%Y-%m-%d %H"))
        assert moment is not None
        index = (moment.date() - last_monday).days
        if 0 <= index < 14:
            days[index] += int(count)
    return tuple(days[7:]), tuple(days[:7])


def home_figures(
    uow: UnitOfWork, user_id: int | None, today: dt.date, now: dt.datetime | None = None
) -> HomeFigures:
    """What the home dashboard shows for ``user_id`` on ``today`` (None: everybody, for
    those who may see colleagues' work; others always get their own figures).

    Overdue is what the task list calls overdue at ``now``: a timed activity whose time has
    passed, an activity without a time from an earlier day ("En retard : 162" on the home
    page opened a list of 189). Without ``now``, overdue is what starts before ``today``."""
    from desktop_crm.services.users.scope import scoped_user_id

    user_id = scoped_user_id(uow, user_id)
    midnight = dt.datetime.combine(today, dt.time())
    tomorrow = midnight + dt.timedelta(days=1)
    late = or_(
        Activity.start_at < midnight,
        and_(Activity.timeless.is_(False), Activity.start_at < max(now or midnight, midnight)),
    )
    where = [Activity.cleared.is_(False), Activity.start_at < tomorrow]
    if user_id is not None:
        where.append(Activity.scheduled_for_id == user_id)
    overdue, due_today = uow.session.execute(
        select(
            func.coalesce(func.sum(case((late, 1), else_=0)), 0),
            func.coalesce(func.sum(case((late, 0), else_=1)), 0),
        ).where(*where)
    ).one()
    rows = uow.session.execute(
        select(
            Activity.id,
            Activity.start_at,
            Activity.type,
            Activity.regarding,
            Activity.contact_id,
            Contact.last_name,
            Contact.first_name,
            late.label("late"),
            Activity.timeless,
        )
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .where(*where)
        # Today's still to do first (in time order), then the latest overdue ones.
        .order_by(
            case((late, 1), else_=0),
            case((late, None), else_=Activity.start_at),
            Activity.start_at.desc(),
            Activity.id,
        )
        .limit(LIST_LENGTH)
    ).all()
    activities = tuple(
        HomeActivity(
            r.id,
            r.start_at,
            r.type,
            r.regarding or "",
            r.contact_id,
            person(r.last_name, r.first_name),
            bool(r.late),
            bool(r.timeless),
        )
        for r in rows
    )
    this_week, last_week = _calls_per_day(uow, user_id, week_start(today))
    responded = func.count(CampaignMember.responded_at)
    campaigns = tuple(
        CampaignRate(cid, name, int(targets or 0), int(answers or 0))
        for cid, name, targets, answers in uow.session.execute(
            select(Campaign.id, Campaign.name, func.count(CampaignMember.contact_id), responded)
            .outerjoin(CampaignMember, CampaignMember.campaign_id == Campaign.id)
            .group_by(Campaign.id, Campaign.name, Campaign.start_date)
            # A campaign without targets yet (being prepared) has no rate to show.
            .having(func.count(CampaignMember.contact_id) > 0)
            .order_by(Campaign.start_date.desc().nulls_last(), Campaign.id.desc())
            .limit(CAMPAIGNS_SHOWN)
        )
    )
    hidden = amounts_hidden_here(uow)
    return HomeFigures(
        today=today,
        due_today=int(due_today or 0),
        overdue=int(overdue or 0),
        activities=activities,
        calls_this_week=this_week,
        calls_last_week=last_week,
        pipeline=pipeline(uow),  # counts only for a role without amounts
        campaigns=campaigns,
        amounts_hidden=hidden,
    )
