"""Names of stored codes (history types, activity types, statuses) in a report's language."""

from __future__ import annotations

from desktop_crm.domain.constants import (
    ACTIVITY_LABELS_FR,
    HISTORY_LABELS_FR,
    ActivityType,
    HistoryType,
)


def history_label(code: str | None, language: str) -> str:
    """ "call_reached" → "Call reached" / "Appel joint"; unknown codes as stored."""
    if not code:
        return ""
    if language.startswith("fr"):
        try:
            return HISTORY_LABELS_FR.get(HistoryType(code), code)
        except ValueError:
            return code
    return code.replace("_", " ").capitalize()


def activity_label(code: str | None, language: str) -> str:
    if not code:
        return ""
    if language.startswith("fr"):
        try:
            return ACTIVITY_LABELS_FR.get(ActivityType(code), code)
        except ValueError:
            return code
    return {"todo": "To-do", "email": "E-mail"}.get(code, code.capitalize())


_STATUS = {
    "open": ("Open", "Ouverte"),
    "won": ("Won", "Gagnée"),
    "lost": ("Lost", "Perdue"),
    "inactive": ("Inactive", "Inactive"),
}


def status_label(code: str | None, language: str) -> str:
    en, fr = _STATUS.get(code or "", (code or "", code or ""))
    return fr if language.startswith("fr") else en


def person(last: str | None, first: str | None) -> str:
    """ "DUPONT Marie" as the lists show a contact (last name first)."""
    return " ".join(p for p in ((last or "").strip(), (first or "").strip()) if p)
