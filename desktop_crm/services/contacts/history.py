"""Timeline queries: a contact's or a company's history, newest first, filtered and searched."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select

from desktop_crm.domain.constants import HISTORY_LABELS_FR, HistoryType
from desktop_crm.services.users.amounts import amounts_hidden, mask_amounts
from desktop_crm.storage.models import Contact, History, User
from desktop_crm.storage.uow import UnitOfWork

TIMELINE_LIMIT = 1000


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a timeline, with the names it refers to already resolved."""

    id: int
    occurred_at: dt.datetime
    type: str
    result: str | None
    regarding: str | None
    details: str | None
    duration_s: int | None
    user_name: str | None
    contact_id: int | None
    contact_name: str | None
    field_name: str | None
    old_value: str | None
    new_value: str | None

    @property
    def type_label(self) -> str:
        try:
            return HISTORY_LABELS_FR[HistoryType(self.type)]
        except ValueError:
            return self.type


# Entries the program wrote with an opportunity's amount in their text (before amounts were
# left out of it): shown to a role that may not see amounts with the amounts masked.
_AMOUNT_TYPES = frozenset(
    {HistoryType.OPPORTUNITY_CREATED, HistoryType.OPPORTUNITY_WON, HistoryType.OPPORTUNITY_LOST}
)


def _query(
    condition: object,
    types: Collection[str] | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    search: str | None,
    user_ids: Collection[int] = (),
    amounts: bool = True,
) -> Any:
    stmt = (
        select(History, User.display_name, Contact.first_name, Contact.last_name)
        .outerjoin(User, User.id == History.user_id)
        .outerjoin(Contact, Contact.id == History.contact_id)
        .where(condition)  # type: ignore[arg-type]
    )
    if types:
        stmt = stmt.where(History.type.in_(list(types)))
    if user_ids:  # "by" filter: entries written by these team members
        stmt = stmt.where(History.user_id.in_(list(user_ids)))
    if since is not None:
        stmt = stmt.where(History.occurred_at >= since)
    if until is not None:
        stmt = stmt.where(History.occurred_at < until)
    if search:
        pattern = f"%{search.strip()}%"
        stmt = stmt.where(
            or_(
                History.regarding.ilike(pattern),
                # Masked amounts are not searched either (Restricted): no guessing by search.
                History.details.ilike(pattern)
                if amounts
                else and_(History.type.not_in(list(_AMOUNT_TYPES)), History.details.ilike(pattern)),
                History.result.ilike(pattern),
                History.new_value.ilike(pattern),
                History.old_value.ilike(pattern),
            )
        )
    return stmt.order_by(History.occurred_at.desc(), History.id.desc()).limit(TIMELINE_LIMIT)


def _entries(uow: UnitOfWork, stmt: Any) -> list[HistoryEntry]:
    out = []
    no_amounts = amounts_hidden(uow)
    for h, user_name, first, last in uow.session.execute(stmt):
        details = h.details
        if no_amounts and h.type in _AMOUNT_TYPES:
            details = mask_amounts(uow, details)
        name = " ".join(p for p in (first, last) if p) or None
        out.append(
            HistoryEntry(
                id=h.id,
                occurred_at=h.occurred_at,
                type=h.type,
                result=h.result,
                regarding=h.regarding,
                details=details,
                duration_s=h.duration_s,
                user_name=user_name,
                contact_id=h.contact_id,
                contact_name=name,
                field_name=h.field_name,
                old_value=h.old_value,
                new_value=h.new_value,
            )
        )
    return out


def contact_history(
    uow: UnitOfWork,
    contact_id: int,
    *,
    types: Collection[str] | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    search: str | None = None,
    user_ids: Collection[int] = (),
) -> list[HistoryEntry]:
    """A contact's timeline, newest first (at most ``TIMELINE_LIMIT`` entries)."""
    condition = History.contact_id == contact_id
    query = _query(condition, types, since, until, search, user_ids, not amounts_hidden(uow))
    return _entries(uow, query)


def company_history(
    uow: UnitOfWork,
    company_id: int,
    *,
    types: Collection[str] | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    search: str | None = None,
    user_ids: Collection[int] = (),
) -> list[HistoryEntry]:
    """The history of a company and of all its contacts, in one timeline."""
    members = select(Contact.id).where(Contact.company_id == company_id)
    condition = or_(History.company_id == company_id, History.contact_id.in_(members))
    query = _query(condition, types, since, until, search, user_ids, not amounts_hidden(uow))
    return _entries(uow, query)
