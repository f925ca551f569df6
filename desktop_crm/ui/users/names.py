"""How a team member is named on screen: their name, never their login."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def person_name(display_name: str | None) -> str:
    """The person's name, or "(no name)" for a row nobody named yet (never the login)."""
    return display_name or QCoreApplication.translate("Users", "(no name)")
