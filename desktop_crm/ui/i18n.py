"""Translations: the app's French catalogue plus Qt's own ``qtbase_fr``.

French on a French system, English otherwise; the "ui/language" preference ("system",
"en", "fr") overrides. The ``.qm`` file is built from the ``.ts`` source by the setup step
(``pyside6-lrelease``); if it is missing it is built here on first use.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QSize, QTranslator
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

from desktop_crm.domain import wording
from desktop_crm.locations import translations_folder

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = translations_folder()  # resources/translations, or inside a wheel
LANGUAGES = ("system", "en", "fr")
SETTING_KEY = "ui/language"
_installed: list[QTranslator] = []


def chosen_language(settings: QSettings | None) -> str:
    """ "fr" or "en": the preference, or the system's language."""
    value = str(settings.value(SETTING_KEY, "system")) if settings is not None else "system"
    if value in {"en", "fr"}:
        return value
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"desktop_crm_{language}.qm"


def build_qm(language: str) -> Path | None:
    """Compile the .ts into a .qm with pyside6-lrelease (when the setup step did not)."""
    ts = TRANSLATIONS_DIR / f"desktop_crm_{language}.ts"
    qm = qm_path(language)
    if not ts.exists():
        return None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = find_tool("pyside6-lrelease")
    if tool is None:
        log.warning("pyside6-lrelease not found: the interface stays in English")
        return None
    try:
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=60
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not build %s: %s", qm, exc)
        return None
    return qm if qm.exists() else None


def find_tool(
    name: str,
    *,
    platform: str = sys.platform,
    executable: str = sys.executable,
    prefix: str = sys.prefix,
) -> str | None:
    """A PySide6 command-line tool: on the PATH, else beside the interpreter (the venv's
    ``bin/``, or ``Scripts\\`` on Windows, where it is ``name.exe``)."""
    found = shutil.which(name)
    if found:
        return found
    windows = platform == "win32"
    folders = [Path(executable).parent]
    if windows:
        folders.append(Path(prefix) / "Scripts")
    suffixes = (".exe", ".cmd", ".bat", "") if windows else ("",)
    for folder in folders:
        for suffix in suffixes:
            candidate = folder / (name + suffix)
            if candidate.is_file():
                return str(candidate)
    return None


def qt_translation_folders() -> list[Path]:
    """Where Qt's own catalogues (qtbase_fr.qm: file dialogs, "Look in:", buttons) may be:
    Qt's translations path, then the PySide6 package's (a frozen or relocated install)."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        import PySide6

        folders.append(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - PySide6 is what we run on
        pass
    if getattr(sys, "frozen", False):
        folders.append(Path(getattr(sys, "_MEIPASS", ".")) / "PySide6" / "Qt" / "translations")
    return list(dict.fromkeys(folders))


def load_qtbase(translator: QTranslator) -> bool:
    """Load Qt's French catalogue into ``translator``; False when no folder has it."""
    for folder in qt_translation_folders():
        if translator.load(QLocale(QLocale.Language.French), "qtbase", "_", str(folder)):
            return True
    return False


def install(app: QCoreApplication, language: str) -> str:
    """Load the translators for ``language`` ("en" removes them). Returns the language."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # The domain's sentences (refusals...) go through the same catalogue: QCoreApplication
    # translate is safe on the database thread, where a refusal is raised.
    wording.set_translator(QCoreApplication.translate)
    if language != "fr":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return "en"
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt = QTranslator(app)
    if load_qtbase(qt):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        log.warning("qtbase_fr.qm not found: Qt's own dialogs stay in English")
    # Rebuilt when the .ts is newer; an installed bundle without lrelease keeps its .qm.
    path = build_qm("fr") or (qm_path("fr") if qm_path("fr").exists() else None)
    ours = QTranslator(app)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("French catalogue missing: the interface stays in English")
    return "fr"


class SortArrowStyle(QProxyStyle):
    """Column headers' style: sort arrows the Windows way (▲ ascending, ▼ descending).

    Fusion points a column's sort arrow down for an ascending order and up for a descending
    one; Windows (Explorer, Outlook, ACT!), macOS and Qt's own Windows style do the reverse,
    which is what the team reads: the duplicates, best score first, looked sorted from the
    lowest. ``AccentSafeStyle`` gives this style to each header it polishes: a Python
    ``drawPrimitive`` in the application's style would be called for every cell of every
    list (twice per cell, ~8 ms of a page-down frame of the contact list).
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            # QHeaderView asks for SortDown when ascending (Fusion's down arrow).
            flipped = QStyleOptionHeader(option)
            if option.sortIndicator == QStyleOptionHeader.SortIndicator.SortDown:
                flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortUp
            elif option.sortIndicator == QStyleOptionHeader.SortIndicator.SortUp:
                flipped.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


class AccentSafeStyle(QProxyStyle):
    """Fusion with tabs tall enough for capital accents, and sort arrows the Windows way.

    Fusion draws an unselected tab two pixels lower inside a rectangle sized to the font's
    height, which cut the accent off a capital letter: the print dialog's "Étiquettes" tab
    read "Etiquettes". A few more pixels of tab height keep it.

    The sort arrows are drawn by ``SortArrowStyle``, set on each column header as it is
    polished. This style overrides nothing that paints: Qt calls a painting method of the
    application's style for every cell of every list, and each call into Python costs.
    """

    EXTRA_TAB_HEIGHT = 4

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._headers = SortArrowStyle(name)
        self._headers.setParent(self)

    def polish(self, target: object) -> None:  # type: ignore[override]
        # Qt's three overloads (widget, palette, application) arrive here.
        if isinstance(target, QHeaderView) and target.style() is not self._headers:
            target.setStyle(self._headers)  # polishes the header with it
            return
        super().polish(target)  # type: ignore[call-overload]

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget,
    ) -> QSize:
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab:
            result.setHeight(result.height() + self.EXTRA_TAB_HEIGHT)
        return result


def accent_safe_style(name: str = "Fusion") -> QProxyStyle:
    """The application style ``name`` with tabs that keep capital accents."""
    return AccentSafeStyle(name)
