"""Free/busy of colleagues' private activities on a team database.

The server hides a private activity from everyone but the person it is scheduled for; the
``activity_busy`` view (``storage/team.py``) still gives everyone its times, never its
subject, details or contacts, so the calendar shows the slot as busy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text

from desktop_crm.domain.recurrence import Recurrence, occurrences_overlapping
from desktop_crm.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from desktop_crm.services.activities.agenda import CalendarItem


def busy_items(
    uow: UnitOfWork,
    start: dt.datetime,
    end: dt.datetime,
    user_ids: Collection[int],
    seen: Collection[int],
) -> list[CalendarItem]:
    """Busy blocks for private activities the session cannot read (not in ``seen``)."""
    from desktop_crm.services.activities.agenda import CalendarItem

    sql = (
        "SELECT b.id, b.scheduled_for_id, b.type, b.start_at, b.duration_min, b.timeless, "
        "b.cleared, b.priority, b.recurrence, b.recurrence_interval, b.recurrence_until, "
        "u.display_name FROM activity_busy b LEFT JOIN app_user u ON u.id = b.scheduled_for_id "
        "WHERE b.private AND b.start_at < :end"
    )
    params: dict[str, Any] = {"end": end}
    statement = text(sql)
    if user_ids:
        statement = text(sql + " AND b.scheduled_for_id IN :users").bindparams(
            bindparam("users", expanding=True)
        )
        params["users"] = list(user_ids)
    items: list[CalendarItem] = []
    for row in uow.session.execute(statement, params):
        if row.id in seen:
            continue
        rule = Recurrence.parse(row.recurrence, row.recurrence_interval, row.recurrence_until)
        length = dt.timedelta(days=1) if row.timeless else dt.timedelta(minutes=row.duration_min)
        for moment in occurrences_overlapping(row.start_at, length, rule, start, end):
            items.append(
                CalendarItem(
                    row.id,
                    moment,
                    moment + length,
                    row.type,
                    None,
                    row.priority,
                    row.timeless,
                    row.cleared,
                    rule is not None,
                    None,
                    None,
                    row.scheduled_for_id,
                    row.display_name,
                    True,
                    True,
                )
            )
    return items
