"""A history entry's subject and result as a report prints them, in the report's language.

The contact card report printed what is stored: "company_name: SAS Transports Garnier →
Société Coopérative…" (a column's name) and "outgoing" / "incoming" in the Result column of
a French report. The card's History tab says them with the field's label and in words.
"""

from __future__ import annotations

from desktop_crm.domain.fields import field
from desktop_crm.domain.reports import pick
from desktop_crm.domain.wording import say

_DIRECTIONS = {"outgoing": ("Outgoing", "Sortant"), "incoming": ("Incoming", "Entrant")}
_EMPTY = "∅"


def field_name(name: str, language: str, known: dict[str, tuple[str, str]]) -> str:
    """A contact field's label: ``known`` (code → English, French), else the catalogue's
    label (French through the window's catalogue), else the code."""
    if name in known:
        en, fr = known[name]
        return pick(language, en, fr)
    try:
        label = field(name).full_label
    except KeyError:
        return name
    return say("ImportFields", label) if language.startswith("fr") else label


def history_subject(
    regarding: str | None,
    name: str | None,
    old: str | None,
    new: str | None,
    language: str,
    known: dict[str, tuple[str, str]],
) -> str:
    """The Subject column: a contact field's change as "Ville : Créteil → Saint-Genis…";
    any other change (an opportunity's stage or status, a user field) as it was said when it
    was written, which names the opportunity or the user field's label."""
    if name and name not in known and not _contact_field(name):
        name = None
    if not name:
        if regarding == "Contact created":  # stored in English; the Type column says it
            return ""
        if regarding and regarding.startswith("Import: "):
            return pick(language, regarding, "Import : " + regarding.removeprefix("Import: "))
        return regarding or ""
    colon = " : " if language.startswith("fr") else ": "
    return f"{field_name(name, language, known)}{colon}{old or _EMPTY} → {new or _EMPTY}"


def _contact_field(name: str) -> bool:
    try:
        field(name)
    except KeyError:
        return False
    return True


def history_result(stored: str | None, language: str) -> str:
    """The Result column: a call's direction in words, anything else as stored."""
    if stored in _DIRECTIONS:
        en, fr = _DIRECTIONS[stored]
        return pick(language, en, fr)
    return stored or ""
