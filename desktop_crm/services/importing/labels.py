"""Google labels and Outlook categories of an imported row: the groups its contact joins."""

from __future__ import annotations

import re

# Google's own labels, not the user's: every contact has "* myContacts".
SYSTEM_LABELS = frozenset({"mycontacts", "starred", "other", "other contacts", "all contacts"})
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
        if not name or (system and name.casefold() in SYSTEM_LABELS):
            continue
        names.setdefault(name.casefold(), name[:MAX_GROUP_NAME])
    return list(names.values())
