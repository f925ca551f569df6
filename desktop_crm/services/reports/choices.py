"""What the report dialog offers: the users and the campaigns, read in one call."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_crm.services.activities.agenda import UserChoice, list_users
from desktop_crm.storage.models import Campaign
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ReportChoices:
    users: tuple[UserChoice, ...]
    campaigns: tuple[str, ...]


def report_choices(uow: UnitOfWork) -> ReportChoices:
    campaigns = tuple(
        uow.session.scalars(
            select(Campaign.name).order_by(Campaign.start_date.desc().nulls_last(), Campaign.name)
        )
    )
    return ReportChoices(tuple(list_users(uow)), campaigns)
