"""Preferences: interface language and the click-to-dial handler."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from desktop_crm.ui.calls.dial import SETTING_KEY as DIAL_KEY
from desktop_crm.ui.calls.dial import dial_scheme
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
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Phone links open"), self.dial)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(DIAL_KEY, self.dial.currentData())
        self.settings.sync()

    @classmethod
    def edit(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        dialog = cls(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        return True
