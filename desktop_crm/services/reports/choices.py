"""What the report dialog offers: the users and the campaigns, read in one call."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_crm.services.activities.agenda import UserChoice
from desktop_crm.services.users.scope import across_users, reportable_users
from desktop_crm.storage.models import Campaign
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class ReportChoices:
    users: tuple[UserChoice, ...]
    campaigns: tuple[str, ...]
    across_users: bool = True  # False: the user filter offers oneself only


def report_choices(uow: UnitOfWork) -> ReportChoices:
    campaigns = tuple(
        uow.session.scalars(
            select(Campaign.name).order_by(Campaign.start_date.desc().nulls_last(), Campaign.name)
        )
    )
    return ReportChoices(tuple(reportable_users(uow)), campaigns, across_users(uow))
