"""Preferences: interface language, the click-to-dial handler, the calendar's hours and, for
the whole team (stored in the database), the business time zone."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from desktop_crm.ui.activities.calendar_hours import (
    CalendarHours,
    calendar_hours,
    save_calendar_hours,
)
from desktop_crm.ui.calls.dial import SETTING_KEY as DIAL_KEY
from desktop_crm.ui.calls.dial import dial_scheme
from desktop_crm.ui.common.context import AppContext
from desktop_crm.ui.common.team_zone_choice import TeamZoneCombo
from desktop_crm.ui.home.preference import SETTING_KEY as HOME_KEY
from desktop_crm.ui.home.preference import show_at_start
from desktop_crm.ui.i18n import SETTING_KEY as LANGUAGE_KEY

_log = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    """Edits the user's preferences; ``edit()`` returns True when saved. Given the team's
    stored ``team_zone``, it offers to change it too (``chosen_zone()``, saved by the caller
    in the database: ``edit_preferences``)."""

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        team_zone: str | None = None,
        zone_editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, label in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("fr", "Français"),
        ):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(str(settings.value(LANGUAGE_KEY, "system"))))
        )
        self.dial = QComboBox(self)
        for code, label in (
            ("tel", self.tr("tel: (default softphone)")),
            ("callto", self.tr("callto: (Skype, Teams…)")),
            ("sip", self.tr("sip: (IP phone)")),
            ("none", self.tr("Do not dial, only log the call")),
        ):
            self.dial.addItem(label, code)
        self.dial.setCurrentIndex(max(0, self.dial.findData(dial_scheme(settings))))
        hours = calendar_hours(settings)
        self.first_hour, self.last_hour, self.day_start = (
            self._hour_box("calendarFirstHour", 0, 23, hours.first),
            self._hour_box("calendarLastHour", 1, 24, hours.last),
            self._hour_box("calendarDayStart", 0, 23, hours.day_start),
        )
        shown = QHBoxLayout()
        shown.addWidget(self.first_hour)
        shown.addWidget(QLabel(self.tr("to"), self))
        shown.addWidget(self.last_hour)
        shown.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Phone links open:"), self.dial)
        form.addRow(self.tr("Calendar shows from:"), shown)
        form.addRow(self.tr("Working day starts at:"), self.day_start)
        self.team_zone = TeamZoneCombo(team_zone, self) if team_zone is not None else None
        if self.team_zone is not None:
            self.team_zone.setEnabled(zone_editable)
            form.addRow(self.tr("Team time zone:"), self.team_zone)
        self.home = QCheckBox(self.tr("Show the home page at start"), self)
        self.home.setObjectName("showHome")
        self.home.setChecked(show_at_start(settings))
        form.addRow("", self.home)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _hour_box(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(low, high)
        box.setSuffix(":00")
        box.setValue(value)
        return box

    def save(self) -> None:
        first = self.first_hour.value()
        last = max(self.last_hour.value(), first + 1)
        start = min(max(self.day_start.value(), first), last - 1)
        save_calendar_hours(self.settings, CalendarHours(first, last, start))
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(DIAL_KEY, self.dial.currentData())
        self.settings.setValue(HOME_KEY, "true" if self.home.isChecked() else "false")
        self.settings.sync()

    def chosen_zone(self) -> str | None:
        """The team zone chosen (None when the dialog did not offer it)."""
        return self.team_zone.zone() if self.team_zone is not None else None

    @classmethod
    def edit(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        dialog = cls(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        return True


def edit_preferences(
    context: AppContext, parent: QWidget | None, on_saved: Callable[[], None]
) -> None:
    """File › Preferences: read the team's zone, ask, save the user's preferences and, if
    the zone changed, store it and move the business clock; ``on_saved`` then runs."""
    from desktop_crm.domain.clock import team_timezone, use_team_timezone
    from desktop_crm.domain.errors import DomainError
    from desktop_crm.services.team_zone import set_team_timezone, stored_team_timezone

    title = QCoreApplication.translate("PreferencesDialog", "Preferences")

    def failed(exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(parent, title, message)

    def stored(zone: str, readable: bool = True) -> None:
        use_team_timezone(zone)  # what a colleague may have set since the start
        read_only = not readable or bool(getattr(context.db, "read_only", False))
        dialog = PreferencesDialog(
            context.settings, parent, team_zone=zone, zone_editable=not read_only
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        dialog.save()
        chosen = dialog.chosen_zone()
        if chosen is None or chosen == zone or read_only:
            on_saved()
            return

        def written(name: str) -> None:
            use_team_timezone(name)
            on_saved()

        context.ops.run(
            set_team_timezone, chosen, on_done=written, on_error=failed, initiator=parent
        )

    def unreadable(exc: BaseException) -> None:
        # The other preferences are this computer's: they can still be changed; the zone
        # is shown as in force, not editable.
        _log.warning("The team time zone could not be read: %s", exc)
        stored(team_timezone(), readable=False)

    context.ops.read(stored_team_timezone, on_done=stored, on_error=unreadable)
