"""The start command writes the package's bytecode once, even under PYTHONDONTWRITEBYTECODE."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from desktop_crm import bootstrap


def test_compile_bytecode_writes_cache_for_every_module(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "desktop_crm"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "mod.py").write_text("VALUE = 1\n")
    monkeypatch.setattr(bootstrap, "ROOT", tmp_path)
    monkeypatch.setattr("sys.dont_write_bytecode", True)

    bootstrap.compile_bytecode()

    for source in package.rglob("*.py"):
        assert Path(importlib.util.cache_from_source(str(source))).is_file(), source


def test_compile_bytecode_keeps_fresh_files(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "desktop_crm"
    package.mkdir()
    (package / "__init__.py").write_text("A = 1\n")
    monkeypatch.setattr(bootstrap, "ROOT", tmp_path)
    bootstrap.compile_bytecode()
    cached = Path(importlib.util.cache_from_source(str(package / "__init__.py")))
    first = cached.stat().st_mtime_ns
    bootstrap.compile_bytecode()
    assert cached.stat().st_mtime_ns == first
    shutil.rmtree(package)
