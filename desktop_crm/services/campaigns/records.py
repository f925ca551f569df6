"""Campaign cards: create, read, update, delete, with their cost lines and target list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, insert, select

from desktop_crm.domain import wording
from desktop_crm.domain.campaigns import (
    CAMPAIGN_STATUSES,
    CHANNELS,
    STATUS_TARGETED,
    ZERO,
    CostLine,
    total_cost,
    validate_cost_line,
)
from desktop_crm.domain.errors import FieldProblem, NotFoundError, ValidationError
from desktop_crm.domain.wording import CAMPAIGN, say
from desktop_crm.services.groups.groups import members_select, resolve_group_id
from desktop_crm.storage.models import Campaign, CampaignCost, CampaignMember, Contact, Group, User
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class CampaignInput:
    """What the campaign card (or ``campaigns create``) saves."""

    name: str
    channel: str = "mail"
    objective: str | None = None
    description: str | None = None
    offer: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    target_group_id: int | None = None
    template_name: str | None = None
    budget: Decimal = ZERO
    expected_response_rate: Decimal | None = None  # percent: 2.5 = 2,5 %
    owner_id: int | None = None
    status: str = "draft"
    costs: tuple[CostLine, ...] = ()


@dataclass(frozen=True)
class CampaignView:
    """A campaign card as the screens and the command line show it."""

    id: int
    version: int
    name: str
    channel: str
    objective: str | None
    description: str | None
    offer: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    target_group_id: int | None
    target_group: str | None
    template_name: str | None
    budget: Decimal
    expected_response_rate: Decimal | None
    owner_id: int | None
    owner: str | None
    status: str
    costs: tuple[CostLine, ...]
    total_cost: Decimal
    targets: int


def _load(uow: UnitOfWork, campaign_id: int) -> Campaign:
    campaign = uow.session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFoundError(
            say(CAMPAIGN, "Campaign #{id} does not exist (any more).").format(id=campaign_id)
        )
    return campaign


def campaign_id_by_name(uow: UnitOfWork, name: str) -> int:
    """The id of the campaign called ``name`` (case-insensitive) or "#12"; NotFoundError
    naming the known campaigns otherwise."""
    text = name.strip()
    if text.startswith("#") and text[1:].isdigit():
        found = uow.session.scalar(select(Campaign.id).where(Campaign.id == int(text[1:])))
    else:
        found = uow.session.scalar(
            select(Campaign.id).where(func.lower(Campaign.name) == text.lower())
        )
    if found is None:
        names = list(uow.session.scalars(select(Campaign.name).order_by(Campaign.name)))
        known = ", ".join(names[:12]) if names else say(CAMPAIGN, "no campaign yet")
        raise NotFoundError(
            say(
                CAMPAIGN,
                "No campaign is called '{name}'. Known campaigns: {known}. 'desktop-crm "
                "campaigns list' shows them all.",
            ).format(name=name, known=known)
        )
    return int(found)


def group_id_by_name(uow: UnitOfWork, name: str) -> int:
    """The group named ``name`` (path, name or "#12"); NotFoundError with a hint."""
    found = resolve_group_id(uow, name)
    if found is None:
        raise NotFoundError(
            say(
                CAMPAIGN, "No group is called '{name}'. 'desktop-crm groups list' shows the groups."
            ).format(name=name)
        )
    return found


def to_view(uow: UnitOfWork, campaign: Campaign) -> CampaignView:
    group = (
        uow.session.scalar(select(Group.name).where(Group.id == campaign.target_group_id))
        if campaign.target_group_id
        else None
    )
    owner = (
        uow.session.scalar(select(User.display_name).where(User.id == campaign.owner_id))
        if campaign.owner_id
        else None
    )
    costs = tuple(
        CostLine(c.label, c.kind, Decimal(c.quantity), Decimal(c.unit_cost), Decimal(c.amount))
        for c in campaign.costs
    )
    targets = uow.session.scalar(
        select(func.count()).where(CampaignMember.campaign_id == campaign.id)
    )
    return CampaignView(
        id=campaign.id,
        version=campaign.version,
        name=campaign.name,
        channel=campaign.channel or "",
        objective=campaign.objective,
        description=campaign.description,
        offer=campaign.offer,
        start_date=campaign.start_date,
        end_date=campaign.end_date,
        target_group_id=campaign.target_group_id,
        target_group=group,
        template_name=campaign.template_name,
        budget=Decimal(campaign.budget or 0),
        expected_response_rate=(
            None
            if campaign.expected_response_rate is None
            else Decimal(campaign.expected_response_rate)
        ),
        owner_id=campaign.owner_id,
        owner=owner,
        status=campaign.status or "draft",
        costs=costs,
        total_cost=total_cost(costs) if costs else Decimal(campaign.cost or 0),
        targets=int(targets or 0),
    )


def get_campaign(uow: UnitOfWork, campaign_id: int) -> CampaignView:
    return to_view(uow, _load(uow, campaign_id))


# The longest name the campaign table holds (``Campaign.name``).
NAME_LENGTH = 160


def _validate(uow: UnitOfWork, data: CampaignInput, campaign_id: int = 0) -> str:
    problems: list[FieldProblem] = []
    name = " ".join((data.name or "").split())
    if not name:
        needed = say(CAMPAIGN, "The campaign needs a name.")
        problems.append(FieldProblem("name", "required", needed))
    elif len(name) > NAME_LENGTH:  # the column's size: it was cut there without a word
        too_long = say(
            CAMPAIGN, "A campaign name is at most {length} characters (this one has {count})."
        ).format(length=NAME_LENGTH, count=wording.count(len(name)))
        problems.append(FieldProblem("name", "too_long", too_long))
    elif uow.session.scalar(
        select(Campaign.id).where(
            func.lower(Campaign.name) == name.lower(), Campaign.id != campaign_id
        )
    ):
        problems.append(
            FieldProblem(
                "name",
                "duplicate",
                say(CAMPAIGN, "A campaign is already called '{name}'.").format(name=name),
            )
        )
    if data.channel not in CHANNELS:
        problems.append(
            FieldProblem(
                "channel",
                "unknown",
                f"Unknown channel '{data.channel}'; use one of: {', '.join(CHANNELS)}.",
            )
        )
    if data.status not in CAMPAIGN_STATUSES:
        problems.append(
            FieldProblem(
                "status",
                "unknown",
                f"Unknown status '{data.status}'; use one of: {', '.join(CAMPAIGN_STATUSES)}.",
            )
        )
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.append(
            FieldProblem(
                "end_date", "range", say(CAMPAIGN, "The campaign cannot end before it starts.")
            )
        )
    if not data.budget.is_finite() or data.budget < 0:
        problems.append(FieldProblem("budget", "range", "The budget must be a positive amount."))
    rate = data.expected_response_rate
    if rate is not None and (not rate.is_finite() or rate < 0 or rate > 100):
        problems.append(
            FieldProblem(
                "expected_response_rate",
                "range",
                "The expected response rate is a percentage between 0 and 100.",
            )
        )
    for line in data.costs:
        problem = validate_cost_line(line)
        if problem:
            problems.append(FieldProblem("costs", "invalid", problem))
    if data.target_group_id is not None and uow.session.get(Group, data.target_group_id) is None:
        problems.append(FieldProblem("target_group_id", "missing", "The target group is gone."))
    if problems:
        raise ValidationError(problems)
    return name


def _apply(uow: UnitOfWork, campaign: Campaign, data: CampaignInput, name: str) -> None:
    campaign.name = name
    campaign.channel = data.channel
    campaign.objective = data.objective or None
    campaign.description = data.description or None
    campaign.offer = data.offer or None
    campaign.start_date = data.start_date
    campaign.end_date = data.end_date
    campaign.target_group_id = data.target_group_id
    campaign.template_name = (data.template_name or "").strip()[:160] or None
    campaign.budget = data.budget
    campaign.expected_response_rate = data.expected_response_rate
    campaign.owner_id = data.owner_id
    campaign.status = data.status
    campaign.costs = [
        CampaignCost(
            position=i,
            label=line.label.strip()[:160],
            kind=line.kind,
            quantity=line.quantity,
            unit_cost=line.unit_cost,
            amount=line.amount,
        )
        for i, line in enumerate(data.costs)
    ]
    # campaign.cost stays the total of the lines (the list and old readers use it).
    campaign.cost = total_cost(data.costs)


def create_campaign(
    uow: UnitOfWork, data: CampaignInput, *, add_targets: bool = True
) -> CampaignView:
    """A new campaign; with a target group and ``add_targets``, the group's members now
    become its targets (a dynamic group is read once, at creation)."""
    name = _validate(uow, data)
    campaign = Campaign(version=1)
    _apply(uow, campaign, data, name)
    if campaign.owner_id is None:
        campaign.owner_id = uow.user_id
    uow.session.add(campaign)
    uow.session.flush()
    if add_targets and data.target_group_id is not None:
        add_group_targets(uow, campaign.id)
    return to_view(uow, campaign)


def update_campaign(
    uow: UnitOfWork, campaign_id: int, data: CampaignInput, *, expected_version: int | None = None
) -> CampaignView:
    campaign = _load(uow, campaign_id)
    if expected_version is not None and campaign.version != expected_version:
        from desktop_crm.domain.errors import ConflictError

        raise ConflictError("Campaign", campaign.id, campaign.name)
    name = _validate(uow, data, campaign_id)
    _apply(uow, campaign, data, name)
    uow.session.flush()
    return to_view(uow, campaign)


def delete_campaign(uow: UnitOfWork, campaign_id: int) -> int:
    """Delete a campaign, its cost lines and its target list; history entries,
    opportunities and sales keep existing without their campaign."""
    campaign = _load(uow, campaign_id)
    uow.session.delete(campaign)
    uow.session.flush()
    return campaign_id


def add_group_targets(uow: UnitOfWork, campaign_id: int) -> int:
    """Add the target group's current members who are not targets yet; returns how many."""
    campaign = _load(uow, campaign_id)
    if campaign.target_group_id is None:
        return 0
    members = members_select(uow, campaign.target_group_id).subquery()
    existing = select(CampaignMember.contact_id).where(CampaignMember.campaign_id == campaign_id)
    new_ids = list(
        uow.session.scalars(
            select(members.c.id).where(members.c.id.not_in(existing)).order_by(members.c.id)
        )
    )
    if new_ids:
        uow.session.execute(
            insert(CampaignMember),
            [
                {"campaign_id": campaign_id, "contact_id": c, "status": STATUS_TARGETED}
                for c in new_ids
            ],
        )
        uow.note_changes("campaign_member", "created", [campaign_id], contact_ids=new_ids)
    return len(new_ids)


def add_targets(uow: UnitOfWork, campaign_id: int, contact_ids: Sequence[int]) -> int:
    """Add contacts (a lookup, a selection) to the target list; returns how many were new."""
    _load(uow, campaign_id)
    wanted = set(contact_ids)
    existing = set(
        uow.session.scalars(
            select(CampaignMember.contact_id).where(CampaignMember.campaign_id == campaign_id)
        )
    )
    alive = set(uow.session.scalars(select(Contact.id).where(Contact.id.in_(wanted - existing))))
    new_ids = sorted(alive)
    if new_ids:
        uow.session.execute(
            insert(CampaignMember),
            [
                {"campaign_id": campaign_id, "contact_id": c, "status": STATUS_TARGETED}
                for c in new_ids
            ],
        )
        uow.note_changes("campaign_member", "created", [campaign_id], contact_ids=new_ids)
    return len(new_ids)


def remove_targets(uow: UnitOfWork, campaign_id: int, contact_ids: Sequence[int]) -> int:
    result = uow.session.execute(
        delete(CampaignMember).where(
            CampaignMember.campaign_id == campaign_id,
            CampaignMember.contact_id.in_(list(contact_ids)),
        )
    )
    uow.note_changes("campaign_member", "deleted", [campaign_id], contact_ids=contact_ids)
    return int(getattr(result, "rowcount", 0) or 0)


@dataclass(frozen=True)
class Choice:
    """An id and its label, for the card's drop-down lists."""

    id: int
    label: str


def owner_choices(uow: UnitOfWork) -> list[Choice]:
    return [
        Choice(i, name)
        for i, name in uow.session.execute(
            select(User.id, User.display_name)
            .where(User.active.is_(True))
            .order_by(User.display_name)
        )
    ]


def group_choices(uow: UnitOfWork) -> list[Choice]:
    return [
        Choice(i, name)
        for i, name in uow.session.execute(select(Group.id, Group.name).order_by(Group.name))
    ]


def template_choices(uow: UnitOfWork) -> list[str]:
    """The names of the letter and e-mail templates (the campaign's message)."""
    from desktop_crm.storage.models import DocumentTemplate

    return sorted(
        set(uow.session.scalars(select(DocumentTemplate.name))), key=lambda n: n.casefold()
    )


@dataclass(frozen=True)
class CardData:
    """What the campaign card needs to open: the campaign (None for a new one) and the
    choices of its drop-down lists."""

    campaign: CampaignView | None
    owners: tuple[Choice, ...]
    groups: tuple[Choice, ...]
    templates: tuple[str, ...]
    current_user_id: int | None


def card_data(uow: UnitOfWork, campaign_id: int | None) -> CardData:
    return CardData(
        campaign=None if campaign_id is None else get_campaign(uow, campaign_id),
        owners=tuple(owner_choices(uow)),
        groups=tuple(group_choices(uow)),
        templates=tuple(template_choices(uow)),
        current_user_id=uow.user_id,
    )


def campaign_choices(uow: UnitOfWork) -> list[Choice]:
    """Every campaign, newest first: the "source campaign" of an opportunity."""
    rows = uow.session.execute(
        select(Campaign.id, Campaign.name).order_by(
            Campaign.start_date.desc().nulls_last(), Campaign.name
        )
    )
    return [Choice(int(i), str(n)) for i, n in rows]
