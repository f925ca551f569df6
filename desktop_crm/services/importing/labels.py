"""Google labels and Outlook categories of an imported row: the groups its contact joins."""

from __future__ import annotations

import re

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
