"""Language: French catalogue plus qtbase_fr, chosen from the system or the preference."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from desktop_crm.ui import i18n

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("propagateSizeHints"),
]


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    yield qapp
    i18n.install(qapp, "en")


def test_switching_to_french_and_back(english, tmp_path: Path) -> None:  # type: ignore
    assert i18n.install(english, "fr") == "fr"
    assert QCoreApplication.translate("MainWindow", "Companies") == "Sociétés"
    assert QCoreApplication.translate("ContactCard", "Referred by") == "Recommandé par"
    # Qt's own catalogue: standard buttons come out in French too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    i18n.install(english, "en")
    assert QCoreApplication.translate("MainWindow", "Companies") == "Companies"


def test_main_window_in_french(qtbot, english, sqlite_db, tmp_path: Path) -> None:  # type: ignore
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.main_window import MainWindow

    i18n.install(english, "fr")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(Operations(sqlite_db), settings))
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Fichier", "&Édition", "&Affichage"]
    assert window.nav.item(1).text() == "Sociétés"


def test_preference_overrides_the_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen_language(settings) in {"en", "fr"}
    settings.setValue(i18n.SETTING_KEY, "fr")
    assert i18n.chosen_language(settings) == "fr"
    settings.setValue(i18n.SETTING_KEY, "en")
    assert i18n.chosen_language(settings) == "en"


def test_qm_is_built_when_missing(tmp_path: Path, monkeypatch) -> None:  # type: ignore
    shutil.copy(i18n.TRANSLATIONS_DIR / "desktop_crm_fr.ts", tmp_path)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    built = i18n.build_qm("fr")
    assert built == tmp_path / "desktop_crm_fr.qm"
    assert built.stat().st_size > 10_000
