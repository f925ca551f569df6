"""``desktop-crm team setup``: the PostgreSQL side of the team rules, run by the owner."""

from __future__ import annotations

from desktop_crm.storage.team import SetupReport, setup_team
from desktop_crm.storage.uow import UnitOfWork


def set_up_team(uow: UnitOfWork) -> SetupReport:
    """Install roles, grants, row-level security and triggers (idempotent)."""
    return setup_team(uow.session.connection())
