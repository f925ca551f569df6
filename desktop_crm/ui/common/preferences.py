"""Preferences: interface language, the click-to-dial handler and the calendar's hours."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
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
from desktop_crm.ui.home.preference import SETTING_KEY as HOME_KEY
from desktop_crm.ui.home.preference import show_at_start
from desktop_crm.ui.i18n import SETTING_KEY as LANGUAGE_KEY


class PreferencesDialog(QDialog):
    """Edits the user's preferences; ``edit()`` returns True when saved."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
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

    @classmethod
    def edit(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        dialog = cls(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        return True
