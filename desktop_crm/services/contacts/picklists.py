"""Editable drop-down lists ("Recommandé par", status, industry...)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select

from desktop_crm.domain.constants import DEFAULT_PICKLISTS
from desktop_crm.domain.text import clean
from desktop_crm.storage.models import PickList, PickListItem
from desktop_crm.storage.uow import UnitOfWork


def picklist_values(uow: UnitOfWork, key: str) -> list[str]:
    """The values of a pick list in their order (the defaults if the list is not stored)."""
    rows = uow.session.scalars(
        select(PickListItem.value)
        .join(PickList, PickList.id == PickListItem.picklist_id)
        .where(PickList.key == key)
        .order_by(PickListItem.position, PickListItem.id)
    )
    values = list(rows)
    if not values and key in DEFAULT_PICKLISTS:
        return list(DEFAULT_PICKLISTS[key][1])
    return values


def all_picklists(uow: UnitOfWork, keys: Sequence[str]) -> dict[str, list[str]]:
    return {key: picklist_values(uow, key) for key in keys}


def set_picklist_values(uow: UnitOfWork, key: str, values: Sequence[str]) -> list[str]:
    """Replace a list's values (order kept, blanks and repeats dropped)."""
    seen: set[str] = set()
    cleaned: list[str] = []
    for value in values:
        text = clean(value)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            cleaned.append(text[:160])
    picklist = uow.session.scalar(select(PickList).where(PickList.key == key))
    if picklist is None:
        label = DEFAULT_PICKLISTS.get(key, (key, ()))[0]
        picklist = PickList(key=key, label=label)
        uow.session.add(picklist)
        uow.session.flush()
    uow.session.execute(delete(PickListItem).where(PickListItem.picklist_id == picklist.id))
    if cleaned:
        uow.session.execute(
            insert(PickListItem),
            [
                {"picklist_id": picklist.id, "position": i, "value": v}
                for i, v in enumerate(cleaned)
            ],
        )
    # The items are replaced wholesale (picklist_item stays marked as changed in bulk); the
    # list itself is named so views showing it reload.
    uow.note_changes("picklist", "updated", (picklist.id,))
    return cleaned


def add_picklist_value(uow: UnitOfWork, key: str, value: str) -> list[str]:
    """Append a value typed by the user if the list does not have it yet."""
    values = picklist_values(uow, key)
    if (clean(value) or "").casefold() in {v.casefold() for v in values}:
        return values
    return set_picklist_values(uow, key, [*values, value])
