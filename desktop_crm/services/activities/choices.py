"""What the activity dialogs and views offer: team members, "Regarding" texts, who is using it."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.services.activities.agenda import UserChoice, list_users, regarding_choices
from desktop_crm.storage.uow import UnitOfWork


@dataclass(frozen=True)
class PlanningChoices:
    """The users to schedule for, the "Regarding" pick list and the current user's id."""

    users: tuple[UserChoice, ...] = ()
    regarding: tuple[str, ...] = ()
    me: int | None = None
    # Whether colleagues' calendars may be set side by side (reports_across_users).
    across_users: bool = True


def planning_choices(uow: UnitOfWork) -> PlanningChoices:
    """Everything the schedule dialog and the user filters need, read at once."""
    me = uow.db.user_id  # resolved (and the user created) on the database thread
    from desktop_crm.services.users.scope import across_users

    return PlanningChoices(
        tuple(list_users(uow)), tuple(regarding_choices(uow)), me, across_users(uow)
    )
