"""Google labels and Outlook categories of an imported row: the groups its contact joins."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Table, func, select

from desktop_crm.services.groups.groups import PATH_SEPARATOR

# Google's own labels, not the user's: every contact has "* myContacts" (written without
# its star in Gmail's vCards).
SYSTEM_LABELS = frozenset(
    {"mycontacts", "my contacts", "starred", "other", "other contacts", "all contacts"}
)
ALWAYS_SYSTEM = frozenset({"mycontacts", "my contacts", "starred"})
_SEPARATORS = re.compile(r"\s*(?::::|;)\s*")
MAX_GROUP_NAME = 120


def group_names(text: str | None) -> list[str]:
    """Group names from "* myContacts ::: Clients ::: Salon 2026" (Google) or
    "Clients; Salon 2026" (Outlook categories): system labels dropped, "* Friends" ->
    "Friends", each name once, in the file's order."""
    names: dict[str, str] = {}
    for part in _SEPARATORS.split(text or ""):
        name = part.strip()
        system = name.startswith("*")
        name = name.lstrip("*").strip()
        key = name.casefold()
        if not name or key in ALWAYS_SYSTEM or (system and key in SYSTEM_LABELS):
            continue
        names.setdefault(name.casefold(), name[:MAX_GROUP_NAME])
    return list(names.values())


def existing_group(conn: Connection, table: Table, name: str) -> int | None:
    """The group an import's group name means: the top-level group of that name; else a
    path ("Salons/Salon Lyon 2026"); else the one group of that name anywhere in the tree,
    case aside ("Salon Lyon 2026" is the "Salons › Salon Lyon 2026" the team made, not a
    second group beside it); None when there is none, or several (a new one is made)."""
    top = conn.execute(
        select(table.c.id).where(table.c.name == name, table.c.parent_id.is_(None))
    ).scalar()
    if top is not None:
        return int(top)
    parts = [p.strip() for p in name.split(PATH_SEPARATOR) if p.strip()]
    if len(parts) > 1:
        parent: Any = None
        for part in parts:
            parent = conn.execute(
                select(table.c.id).where(
                    table.c.parent_id.is_(None) if parent is None else table.c.parent_id == parent,
                    func.lower(table.c.name) == part.lower(),
                )
            ).scalar()
            if parent is None:
                return None
        return int(parent)
    named = (
        conn.execute(
            select(table.c.id).where(func.lower(table.c.name) == name.strip().lower()).limit(2)
        )
        .scalars()
        .all()
    )
    return int(named[0]) if len(named) == 1 else None
