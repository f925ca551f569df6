"""Who a report covers: the contacts of ``ReportParams`` as one SQL condition.

``contact_ids`` (the current selection) wins over ``group``, which wins over ``lookup``
(the lookup box's text, searched as the contact list searches it); nothing means every
contact. The condition is a sub-select (or a literal id list), never a Python loop, so a
report over 100 000 contacts costs one query per table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, true

from desktop_crm.domain.clock import SystemClock, utc_to_wall, wall_to_utc
from desktop_crm.domain.errors import DomainError, NotFoundError
from desktop_crm.domain.reports import ReportParams, pick
from desktop_crm.domain.wording import REPORT, say
from desktop_crm.storage.models import Contact, User
from desktop_crm.storage.uow import UnitOfWork


class ReportInputError(DomainError):
    """A report was asked with a missing or impossible parameter; the message says which."""

    code = "invalid"


@dataclass(frozen=True)
class Population:
    """The contacts a report reads: ``ids_select`` (None: all) and its description."""

    ids_select: Any
    text: str

    def condition(self, column: Any) -> Any:
        """``column IN (the population)`` — or TRUE for every contact."""
        if self.ids_select is None:
            return true()
        return column.in_(self.ids_select)


def population(uow: UnitOfWork, params: ReportParams) -> Population:
    """The population of ``params`` (contact ids > group > lookup > all)."""
    lang = params.language
    if params.contact_ids is not None:
        ids = sorted({int(i) for i in params.contact_ids})
        # Literal integers: no limit on bound parameters (SQLite, PostgreSQL) at 100 000 ids.
        literal: Any = bindparam("report_ids", ids, expanding=True, literal_execute=True)
        n = len(ids)
        return Population(
            select(Contact.id).where(Contact.id.in_(literal)),
            pick(lang, f"{n} selected contact(s)", f"{n} contact(s) sélectionné(s)"),
        )
    if params.group:
        from desktop_crm.services.groups.groups import find_group, members_select

        text = params.group.strip()
        try:
            node = find_group(uow, text)
        except NotFoundError:
            if not text.isdigit():
                raise
            node = find_group(uow, "#" + text)
        return Population(
            members_select(uow, node.id),
            pick(lang, f"Group « {node.name} »", f"Groupe « {node.name} »"),
        )
    if params.lookup and params.lookup.strip():
        from desktop_crm.services.contacts.lookup import lookup_condition

        backend = uow.session.get_bind().dialect.name
        text = params.lookup.strip()
        return Population(
            select(Contact.id).where(lookup_condition(text, backend)),
            pick(lang, f"Lookup « {text} »", f"Recherche « {text} »"),
        )
    return Population(None, pick(lang, "All contacts", "Tous les contacts"))


def today() -> dt.date:
    """Today in the team's time zone (how activities and the week are counted)."""
    return SystemClock().now().date()


def period(params: ReportParams, default_days: int = 7) -> tuple[dt.date, dt.date]:
    """The inclusive period of ``params``; by default the current week (Monday–Sunday)."""
    start, end = params.date_from, params.date_to
    if start is None and end is None:
        monday = today() - dt.timedelta(days=today().weekday())
        return monday, monday + dt.timedelta(days=default_days - 1)
    if start is None:
        assert end is not None
        start = end - dt.timedelta(days=default_days - 1)
    if end is None:
        end = start + dt.timedelta(days=default_days - 1)
    if end < start:
        raise ReportInputError(
            say(
                REPORT,
                "The period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}): "
                "give --from before --to.",
            ).format(end=end, start=start)
        )
    return start, end


def period_text(language: str, start: dt.date, end: dt.date) -> str:
    return (
        f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"
        if language.startswith("fr")
        else (f"{start.isoformat()} – {end.isoformat()}")
    )


def utc_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start, end] as Paris days, in naive UTC (how history moments are stored)."""
    return (
        wall_to_utc(dt.datetime.combine(start, dt.time())),
        wall_to_utc(dt.datetime.combine(end + dt.timedelta(days=1), dt.time())),
    )


def wall(moment: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC moment as the team's wall-clock time (what the report shows)."""
    return utc_to_wall(moment) if moment is not None else None


def user_filter(uow: UnitOfWork, params: ReportParams) -> tuple[int, str] | None:
    """The user named by ``params.user`` (login or display name): (id, display name).

    Without ``reports_across_users`` (Standard, Restricted) a report is about one's own work:
    a colleague is refused, and no user means oneself."""
    from desktop_crm.services.activities.agenda import find_user
    from desktop_crm.services.users.scope import scoped_user_id

    wanted = find_user(uow, params.user) if params.user else None
    user_id = scoped_user_id(uow, wanted.id if wanted else None)
    if user_id is None:
        return None
    if wanted is not None and wanted.id == user_id:
        return wanted.id, wanted.display_name
    return user_id, user_names(uow).get(user_id, "")


def user_names(uow: UnitOfWork) -> dict[int, str]:
    return {uid: name for uid, name in uow.session.execute(select(User.id, User.display_name))}


def with_user(language: str, text: str, user: tuple[int, str] | None) -> str:
    if user is None:
        return text
    return text + pick(language, f" — user {user[1]}", f" — utilisateur {user[1]}")
