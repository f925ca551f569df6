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


def test_file_dialogs_speak_french(qtbot, english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt's own catalogue (qtbase_fr) is found: the file dialog's labels are French."""
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QLabel

    i18n.install(english, "fr")
    (tmp_path / "Salons").mkdir()
    dialog = QFileDialog(None, "Ouvrir", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    # Qt 6.11's sources gained mnemonics ("&Look in:") that its qtbase_fr.qm lacks: our
    # catalogue translates them.
    assert "&Voir dans :" in texts and "&Fichiers de type :" in texts
    assert not any("Look in" in text or "Files of" in text for text in texts)
    # The "Type" column of a folder (a Qt 6 context that qtbase_fr lacks).
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    qtbot.waitUntil(lambda: model.index(str(tmp_path / "Salons")).isValid(), timeout=5000)
    folder = model.index(str(tmp_path / "Salons"))
    assert model.type(folder) == "Dossier"


def test_unselected_tabs_keep_capital_accents(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    """Fusion clipped the accent of an unselected "Étiquettes" tab; the app's style keeps it."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QTabWidget, QWidget

    def ink(style_name: str | None, text: str) -> int:
        tabs = QTabWidget()
        qtbot.addWidget(tabs)
        if style_name is not None:
            style = i18n.accent_safe_style(style_name)
            tabs.setStyle(style)
            tabs.tabBar().setStyle(style)
        tabs.addTab(QWidget(), "Lettres")
        tabs.addTab(QWidget(), text)  # not the current tab
        tabs.resize(300, 120)
        tabs.show()
        qtbot.waitExposed(tabs)
        image = tabs.tabBar().grab(tabs.tabBar().tabRect(1)).toImage()
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if QColor(image.pixel(x, y)).lightness() < 200
        )

    assert ink("Fusion", "Étiquettes") > ink("Fusion", "Etiquettes")


def test_sort_arrow_points_up_for_ascending_and_down_for_descending(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Fusion drew ▼ over an ascending column and ▲ over the duplicates sorted best first;
    the app's style draws them as Windows and macOS do (▲ ascending, ▼ descending)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QStandardItemModel
    from PySide6.QtWidgets import QStyleFactory, QTableView

    def arrow(app_style: bool, order: Qt.SortOrder) -> str:
        table = QTableView()
        qtbot.addWidget(table)
        style = i18n.accent_safe_style("Fusion") if app_style else QStyleFactory.create("Fusion")
        style.setParent(table)  # lives as long as the table that draws with it
        table.setStyle(style)
        table.horizontalHeader().setStyle(style)
        model = QStandardItemModel(2, 1, table)
        model.setHorizontalHeaderLabels([""])  # only the arrow is drawn in the section
        table.setModel(model)
        table.setSortingEnabled(True)
        table.sortByColumn(0, order)
        table.resize(200, 100)
        table.show()
        qtbot.waitExposed(table)
        header = table.horizontalHeader()
        image = header.grab().toImage()
        dark = [
            (x, y)
            for x in range(header.sectionSize(0) - 2)
            for y in range(2, image.height() - 2)
            if QColor(image.pixel(x, y)).lightness() < 150
        ]
        assert dark, "no arrow drawn"
        top, bottom = min(y for _x, y in dark), max(y for _x, y in dark)
        width_at = {y: sum(1 for _x, yy in dark if yy == y) for y in (top, bottom)}
        return "up" if width_at[top] < width_at[bottom] else "down"

    assert arrow(False, Qt.SortOrder.AscendingOrder) == "down"  # plain Fusion: the defect
    assert arrow(True, Qt.SortOrder.AscendingOrder) == "up"
    assert arrow(True, Qt.SortOrder.DescendingOrder) == "down"


def test_the_application_style_paints_no_cell_through_python(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Set as the application's style (as the app does), it gives each column header the
    arrow style, and keeps every painting method of lists in C++ (a Python override is
    called for each cell of every list: it made the contact list's frame 8 ms slower)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QStyleFactory, QTableView

    hot = ("drawPrimitive", "drawControl", "drawComplexControl", "pixelMetric", "styleHint")
    assert not [name for name in hot if name in vars(i18n.AccentSafeStyle)]
    app = QApplication.instance()
    before = app.style().name()
    app.setStyle(i18n.accent_safe_style("Fusion"))
    try:
        table = QTableView()
        qtbot.addWidget(table)
        table.setModel(QStandardItemModel(3, 2, table))
        table.show()
        qtbot.waitExposed(table)
        assert isinstance(table.horizontalHeader().style(), i18n.SortArrowStyle)
        assert isinstance(table.style(), i18n.AccentSafeStyle)
        # The palette and the application went through the style's other overloads.
        assert app.palette().base().color().isValid()
    finally:
        app.setStyle(QStyleFactory.create(before))
