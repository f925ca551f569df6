"""« Fuseau horaire de l'équipe » in File › Preferences: the team's business time zone.

The zone is a team setting stored in the database (``services/team_zone``), read when the
dialog opens and written when it is saved; the business clock (``domain.clock``) follows at
once, and the views are refreshed by the caller.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_crm.domain.clock import TEAM_TIMEZONE, known_timezone
from desktop_crm.services.team_zone import LIKELY_ZONES


def _t(text: str) -> str:
    return QCoreApplication.translate("TeamZone", text)


def zone_places() -> dict[str, str]:
    """Where each likely zone is used, in the window's language."""
    return {
        "Europe/Paris": _t("Metropolitan France"),
        "Europe/Brussels": _t("Belgium"),
        "Europe/Luxembourg": _t("Luxembourg"),
        "Europe/Zurich": _t("Switzerland"),
        "Europe/Monaco": _t("Monaco"),
        "Indian/Reunion": _t("Réunion"),
        "Indian/Mayotte": _t("Mayotte"),
        "America/Guadeloupe": _t("Guadeloupe"),
        "America/Martinique": _t("Martinique"),
        "America/Cayenne": _t("French Guiana"),
        "America/Miquelon": _t("Saint Pierre and Miquelon"),
        "Pacific/Noumea": _t("New Caledonia"),
        "Pacific/Tahiti": _t("French Polynesia (Tahiti)"),
        "Pacific/Wallis": _t("Wallis and Futuna"),
        "America/Montreal": _t("Quebec (Montreal)"),
        "Africa/Casablanca": _t("Morocco"),
        "Africa/Dakar": _t("Senegal"),
        "Africa/Abidjan": _t("Côte d'Ivoire"),
    }


def utc_offset(zone: str, when: dt.datetime | None = None) -> str:
    """The zone's offset at ``when`` (now by default): "UTC+1", "UTC−4", "UTC+5:30"."""
    moment = when or dt.datetime.now(dt.UTC)
    offset = moment.astimezone(ZoneInfo(zone)).utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


class TeamZoneCombo(QComboBox):
    """The likely zones, "Place — Zone/Name (UTC+n)", the stored one chosen (another known
    zone stored by a colleague is added; an unknown one shows Paris, what the clock uses)."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamTimeZone")
        places = zone_places()
        zones = list(LIKELY_ZONES)
        if current not in zones and known_timezone(current):
            zones.append(current)
        for zone in zones:
            place = places.get(zone, zone.rsplit("/", 1)[-1].replace("_", " "))
            self.addItem(f"{place} — {zone} ({utc_offset(zone)})", zone)
        chosen = self.findData(current if known_timezone(current) else TEAM_TIMEZONE)
        self.setCurrentIndex(max(0, chosen))
        self.setToolTip(
            _t(
                "The time zone of the team's dates: today, the times the dialogs propose and "
                "the history. Shared by everyone using this database."
            )
        )

    def zone(self) -> str:
        return str(self.currentData())
