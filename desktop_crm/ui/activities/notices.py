"""Which change notices concern a view of activities (task list, calendar, alarms)."""

from __future__ import annotations

from collections.abc import Collection

from desktop_crm.domain.changes import Changes

ACTIVITY_KINDS = ("activity", "activity_contact", "series_run")


def concerns_activities(changes: Changes, shown_contact_ids: Collection[int]) -> bool:
    """True if activities changed, or a contact whose name is shown was renamed or removed."""
    if changes.touches(*ACTIVITY_KINDS):
        return True
    if not shown_contact_ids:
        return False
    if "contact" in changes.bulk:
        return True
    return not changes.ids("contact", "updated", "deleted").isdisjoint(shown_contact_ids)
