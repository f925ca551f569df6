"""French for the contact list's provisional count (issue 19, cold cache)."""

from __future__ import annotations

FR: dict[str, str] = {}

FR_BY_CONTEXT: dict[tuple[str, str], str] = {
    ("ContactListView", "%1 contacts, counting…"): "%1 contacts, comptage en cours…",
}
