"""Where the PyInstaller bundle is and whether a test may use it (never builds it).

The bundle takes minutes to build, so the default test run never builds it: the bundle
tests run when ``DESKTOP_CRM_BUILD=1`` (set by ``bootstrap build`` and the Windows workflow,
after building; then a missing bundle is an error), or when ``dist/desktop-crm`` exists and
is newer than every source it is built from; otherwise they are skipped with the reason.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "desktop-crm"
WINDOWS = sys.platform == "win32"
EXE = DIST / ("desktop-crm.exe" if WINDOWS else "desktop-crm")
GUI_EXE = DIST / ("desktop-crm-gui.exe" if WINDOWS else "desktop-crm-gui")
SOURCES = ("desktop_crm", "migrations", "resources", "pyinstaller.spec", "pyproject.toml")


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                newest = max(newest, file.stat().st_mtime)
    return newest


def why_not_usable() -> str | None:
    """None when the bundle tests should run, else the reason to skip them."""
    if os.environ.get("DESKTOP_CRM_BUILD") == "1":
        return None  # built just before: a missing bundle must fail, not skip
    if not EXE.exists():
        return (
            "no bundle in dist/desktop-crm (build it with 'python3 -m desktop_crm.bootstrap "
            "build', which runs these tests, or set DESKTOP_CRM_BUILD=1 after building)"
        )
    if EXE.stat().st_mtime < newest_source():
        return "dist/desktop-crm is older than the sources: rebuild it with 'bootstrap build'"
    return None


def package_data_files() -> list[Path]:
    """The package's data files (label sheets, fonts...), relative to the repository root."""
    return [
        path.relative_to(ROOT)
        for path in (ROOT / "desktop_crm").rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    ]
