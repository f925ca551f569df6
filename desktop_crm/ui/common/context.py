"""What every view receives: the operation runner (and through it the database) and settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from desktop_crm import APP_NAME, ORG_NAME
from desktop_crm.ui.common.operations import Operations

if TYPE_CHECKING:
    from desktop_crm.services.setup import Database


def app_settings() -> QSettings:
    """Preferences in an INI file (never the Windows registry: easy to back up and support)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


@dataclass
class AppContext:
    """Shared by the main window and every view; views never hold a database session.

    Every read and write goes through ``ops`` (one database thread, change notices).
    """

    ops: Operations
    settings: QSettings

    @property
    def db(self) -> Database:
        """The open database: its name, backend and user. Never open a unit of work on it."""
        return self.ops.db
