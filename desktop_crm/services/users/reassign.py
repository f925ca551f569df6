"""Give one person's records to another ("Paul leaves: his contacts go to Lucie")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import update

from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.roles import Permission
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.services.users.accounts import find_user
from desktop_crm.services.users.permissions import require
from desktop_crm.storage.models import Activity, Company, Contact, Group, Opportunity
from desktop_crm.storage.uow import UnitOfWork

CHUNK = 5000


@dataclass(frozen=True)
class ReassignResult:
    from_login: str
    to_login: str
    counts: dict[str, int]  # table -> rows given to the new manager

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def reassign(
    uow: UnitOfWork,
    from_login: str,
    to_login: str,
    *,
    contact_ids: Sequence[int] | None = None,
) -> ReassignResult:
    """Make ``to_login`` the record manager of ``from_login``'s records.

    Without ``contact_ids``: every contact, company, group, opportunity and open activity
    (history stays as it happened). With them (a lookup or a group's members): those
    contacts only, with their opportunities and open activities. On a team database the
    server lets the command touch only rows the session can see: a colleague's private
    records stay theirs unless the owner account runs it.
    """
    require(uow, Permission.MANAGE_USERS)
    source = find_user(uow, from_login)
    target = find_user(uow, to_login)
    if source.id == target.id:
        raise DomainError(say(TEAM, "Give two different users: --from and --to are the same."))
    if not target.active:
        raise DomainError(
            say(TEAM, "'{login}' is disabled: reassign to an active colleague.").format(
                login=target.login
            ),
            code="invalid",
        )
    counts: dict[str, int] = {}

    def run(kind: str, statement: object) -> None:
        result = uow.session.execute(statement)  # type: ignore[call-overload]
        counts[kind] = counts.get(kind, 0) + int(result.rowcount or 0)

    open_activity = (Activity.scheduled_for_id == source.id) & Activity.cleared.is_(False)
    if contact_ids is None:
        for model, kind in (
            (Contact, "contact"),
            (Company, "company"),
            (Group, "contact_group"),
            (Opportunity, "opportunity"),
        ):
            run(
                kind,
                update(model)
                .where(model.record_manager_id == source.id)
                .values(record_manager_id=target.id),
            )
        run("activity", update(Activity).where(open_activity).values(scheduled_for_id=target.id))
    else:
        ids = list(dict.fromkeys(int(i) for i in contact_ids))
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            run(
                "contact",
                update(Contact)
                .where(Contact.record_manager_id == source.id, Contact.id.in_(chunk))
                .values(record_manager_id=target.id),
            )
            run(
                "opportunity",
                update(Opportunity)
                .where(Opportunity.record_manager_id == source.id)
                .where(Opportunity.contact_id.in_(chunk))
                .values(record_manager_id=target.id),
            )
            run(
                "activity",
                update(Activity)
                .where(open_activity, Activity.contact_id.in_(chunk))
                .values(scheduled_for_id=target.id),
            )
    uow.note_bulk(*counts)
    return ReassignResult(source.login, target.login, counts)
