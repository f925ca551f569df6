"""The test suite finds PostgreSQL where its installers put it, on Linux and on Windows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.pgserver import find_pg_bin


def _install(folder: Path, exe: str = "") -> Path:
    folder.mkdir(parents=True)
    for tool in ("initdb", "pg_ctl"):
        (folder / f"{tool}{exe}").write_bytes(b"")
    return folder


@pytest.fixture
def no_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)


@pytest.mark.usefixtures("no_path")
def test_windows_program_files_newest_version_first(tmp_path: Path) -> None:
    _install(tmp_path / "PostgreSQL" / "9.6" / "bin", ".exe")
    newest = _install(tmp_path / "PostgreSQL" / "16" / "bin", ".exe")
    _install(tmp_path / "PostgreSQL" / "17" / "bin")  # no .exe: not a Windows install
    found = find_pg_bin(platform="win32", environ={"ProgramFiles": str(tmp_path)})
    assert found == newest


@pytest.mark.usefixtures("no_path")
def test_nothing_installed_means_none(tmp_path: Path) -> None:
    assert find_pg_bin(platform="win32", environ={"ProgramFiles": str(tmp_path)}) is None


def test_the_path_comes_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tools = _install(tmp_path / "bin", ".exe")
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: str(tools / f"{name}.exe"))
    assert find_pg_bin(platform="win32", environ={}) == tools
