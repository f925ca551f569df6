"""The icon and the menu entry: files present, desktop entry valid, window icon set."""

from __future__ import annotations

import configparser
import struct
from pathlib import Path

import pytest

from desktop_crm import bootstrap

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_icon_comes_in_every_size() -> None:
    assert (ICONS / "desktop-crm.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = (ICONS / f"desktop-crm-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (ICONS / "desktop-crm.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5


def test_the_desktop_entry_is_complete() -> None:
    entry = _entry(ROOT / "resources" / "desktop-crm.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Name[fr]"] and entry["Comment"]
    assert entry["Exec"] == "desktop-crm-gui" and entry["Icon"] == "desktop-crm"
    assert entry["Categories"] == "Office;ContactManagement;"


def test_install_shortcut_writes_the_entry_and_the_icons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(bootstrap.shutil, "which", lambda _name: None)  # no cache tools
    target = tmp_path / "my programs" / "desktop-crm-gui"
    assert bootstrap._linux_shortcut(target) == 0
    entry = _entry(tmp_path / "applications" / "desktop-crm.desktop")
    assert entry["Exec"] == f'"{target}"'
    assert entry["Icon"] == "desktop-crm"
    hicolor = tmp_path / "icons" / "hicolor"
    assert (hicolor / "48x48" / "apps" / "desktop-crm.png").exists()
    assert (hicolor / "256x256" / "apps" / "desktop-crm.png").exists()
    assert (hicolor / "scalable" / "apps" / "desktop-crm.svg").exists()


def test_the_application_gets_the_icon(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_crm.app import _set_icon

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _set_icon(app)
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert 256 in {size.width() for size in icon.availableSizes()}
