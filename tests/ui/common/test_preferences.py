"""The preferences dialog: shows the stored choices, saves them only when accepted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from desktop_crm.ui.calls.dial import SETTING_KEY as DIAL_KEY
from desktop_crm.ui.common.preferences import PreferencesDialog
from desktop_crm.ui.i18n import SETTING_KEY as LANGUAGE_KEY

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _reopen(settings: QSettings) -> QSettings:
    """The file as the next start would read it."""
    return QSettings(settings.fileName(), QSettings.Format.IniFormat)


def test_defaults_when_nothing_is_stored(qtbot, settings: QSettings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    assert dialog.dial.currentData() == "tel"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "system",
        "en",
        "fr",
    ]
    assert [dialog.dial.itemData(i) for i in range(dialog.dial.count())] == [
        "tel",
        "callto",
        "sip",
        "none",
    ]


def test_shows_the_stored_choices(qtbot, settings: QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, "fr")
    settings.setValue(DIAL_KEY, "sip")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert (dialog.language.currentData(), dialog.dial.currentData()) == ("fr", "sip")


def test_unknown_stored_values_fall_back_to_the_first_choice(qtbot, settings: QSettings) -> None:
    settings.setValue(LANGUAGE_KEY, "klingon")
    settings.setValue(DIAL_KEY, "pigeon")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    assert dialog.dial.currentIndex() == 0


def test_save_writes_both_choices_to_the_file(qtbot, settings: QSettings) -> None:
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.dial.setCurrentIndex(dialog.dial.findData("none"))
    dialog.save()
    again = _reopen(settings)
    assert (again.value(LANGUAGE_KEY), again.value(DIAL_KEY)) == ("en", "none")


@pytest.mark.parametrize("accepted", [True, False])
def test_edit_saves_only_when_accepted(
    qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, accepted: bool
) -> None:
    settings.setValue(LANGUAGE_KEY, "en")
    settings.sync()

    def fake_exec(self: PreferencesDialog) -> QDialog.DialogCode:
        qtbot.addWidget(self)
        self.language.setCurrentIndex(self.language.findData("fr"))
        self.dial.setCurrentIndex(self.dial.findData("callto"))
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)
    assert PreferencesDialog.edit(settings) is accepted
    again = _reopen(settings)
    if accepted:
        assert (again.value(LANGUAGE_KEY), again.value(DIAL_KEY)) == ("fr", "callto")
    else:
        assert again.value(LANGUAGE_KEY) == "en" and again.value(DIAL_KEY) is None
