"""What every view receives: the open database, the task runner and the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from desktop_crm import APP_NAME, ORG_NAME
from desktop_crm.storage.uow import Database
from desktop_crm.ui.common.tasks import TaskRunner


def app_settings() -> QSettings:
    """Preferences in an INI file (never the Windows registry: easy to back up and support)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)


@dataclass
class AppContext:
    """Shared by the main window and every view; views never hold a database session."""

    db: Database
    runner: TaskRunner
    settings: QSettings
