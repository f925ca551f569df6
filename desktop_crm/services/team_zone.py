"""The team's business time zone ("Fuseau horaire de l'équipe"), a team setting.

Stored in ``app_setting`` (no schema change) and installed in ``domain.clock`` by the
window and the command line when a database opens: "today", the clock dialogs propose and
the history dates shown all follow it. Europe/Paris when never set; an unknown stored value
falls back to Europe/Paris with a message in the log (``use_team_timezone``), never a crash.
"""

from __future__ import annotations

from desktop_crm.domain.clock import TEAM_TIMEZONE, known_timezone, use_team_timezone
from desktop_crm.domain.errors import DomainError
from desktop_crm.domain.wording import TEAM, say
from desktop_crm.services.app_settings import store_setting
from desktop_crm.storage.models import AppSetting
from desktop_crm.storage.uow import UnitOfWork

SETTING_KEY = "team.timezone"

# The zones offered first: France, its neighbours and overseas, Quebec (any IANA zone this
# computer knows is accepted too, e.g. one set by a colleague).
LIKELY_ZONES = (
    "Europe/Paris",
    "Europe/Brussels",
    "Europe/Luxembourg",
    "Europe/Zurich",
    "Europe/Monaco",
    "Indian/Reunion",
    "Indian/Mayotte",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Cayenne",
    "America/Miquelon",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "Pacific/Wallis",
    "America/Montreal",
    "Africa/Casablanca",
    "Africa/Dakar",
    "Africa/Abidjan",
)


def stored_team_timezone(uow: UnitOfWork) -> str:
    """The zone stored for the team, as stored (Europe/Paris when never set)."""
    row = uow.session.get(AppSetting, SETTING_KEY)
    return (
        row.value.strip() if row is not None and row.value and row.value.strip() else TEAM_TIMEZONE
    )


def load_team_timezone(uow: UnitOfWork) -> str:
    """Install the stored zone as the business clock's (Paris if unknown) and return it."""
    return use_team_timezone(stored_team_timezone(uow))


def set_team_timezone(uow: UnitOfWork, name: str) -> str:
    """Store ``name`` as the team's zone (refused unless this computer knows it)."""
    name = (name or "").strip()
    if not known_timezone(name):
        raise DomainError(
            say(
                TEAM,
                "{zone} is not a time zone this computer knows: choose one in the list "
                "(Europe/Paris, Indian/Reunion…).",
            ).format(zone=name or "''")
        )
    store_setting(uow, SETTING_KEY, name)
    return name
