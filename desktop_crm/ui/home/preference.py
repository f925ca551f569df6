"""The preference "Show the home page at start", read at start-up without the home view."""

from __future__ import annotations

from typing import Any

SETTING_KEY = "home/show_at_start"


def show_at_start(settings: Any) -> bool:
    """The preference "Show the home page at start" (on unless turned off)."""
    return str(settings.value(SETTING_KEY, "true")).lower() not in {"false", "0", "no"}
