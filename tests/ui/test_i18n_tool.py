"""``pyside6-lrelease`` is found on Windows too (``Scripts\\pyside6-lrelease.exe``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_crm.ui import i18n


@pytest.fixture
def no_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)


@pytest.mark.usefixtures("no_path")
def test_the_windows_venv_tool_has_an_exe_suffix(tmp_path: Path) -> None:
    scripts = tmp_path / "venv" / "Scripts"
    scripts.mkdir(parents=True)
    (scripts / "pyside6-lrelease.exe").write_bytes(b"MZ")
    found = i18n.find_tool(
        "pyside6-lrelease",
        platform="win32",
        executable=str(scripts / "python.exe"),
        prefix=str(tmp_path / "venv"),
    )
    assert found == str(scripts / "pyside6-lrelease.exe")


@pytest.mark.usefixtures("no_path")
def test_a_system_python_on_windows_looks_in_its_scripts_folder(tmp_path: Path) -> None:
    # python.exe in the install folder, the tools in its Scripts\ subfolder.
    (tmp_path / "Scripts").mkdir()
    (tmp_path / "Scripts" / "pyside6-lrelease.exe").write_bytes(b"MZ")
    found = i18n.find_tool(
        "pyside6-lrelease",
        platform="win32",
        executable=str(tmp_path / "python.exe"),
        prefix=str(tmp_path),
    )
    assert found == str(tmp_path / "Scripts" / "pyside6-lrelease.exe")


@pytest.mark.usefixtures("no_path")
def test_linux_venv_tool_has_no_suffix(tmp_path: Path) -> None:
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "pyside6-lrelease").write_text("#!/bin/sh\n")
    found = i18n.find_tool(
        "pyside6-lrelease", platform="linux", executable=str(tmp_path / "bin" / "python")
    )
    assert found == str(tmp_path / "bin" / "pyside6-lrelease")
    assert i18n.find_tool("absent-tool", platform="linux", executable=str(tmp_path / "x")) is None


def test_the_path_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: f"/usr/bin/{name}")
    assert i18n.find_tool("pyside6-lrelease") == "/usr/bin/pyside6-lrelease"
