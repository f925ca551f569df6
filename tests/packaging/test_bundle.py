"""Smoke test of the PyInstaller bundle: the built executables run on a clean database.

Skipped unless the bundle was just built (see bundle.py): ``python3 -m desktop_crm.bootstrap
build`` builds it and then runs this file; the Windows workflow does the same.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

from tests.packaging.bundle import (
    DIST,
    EXE,
    GUI_EXE,
    WINDOWS,
    package_data_files,
    why_not_usable,
)

pytestmark = [pytest.mark.slow]
_reason = why_not_usable()
if _reason is not None:
    pytestmark.append(pytest.mark.skip(reason=_reason))

# Qt on the offscreen platform says this once; it is not an error of ours.
HARMLESS = ("propagateSizeHints",)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        DESKTOP_CRM_NO_KEYRING="1",
        HOME=str(tmp_path / "home"),  # preferences and default database away from the user's
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        APPDATA=str(tmp_path / "appdata"),
        LOCALAPPDATA=str(tmp_path / "localappdata"),
    )
    env.pop("DESKTOP_CRM_DB", None)
    return env


def _errors(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.strip() and not any(h in ln for h in HARMLESS)]


def _run(tmp_path: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(EXE), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=_env(tmp_path),
        cwd=tmp_path,
        timeout=timeout,
    )
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stderr}"
    return result


def test_the_bundle_holds_what_the_program_needs() -> None:
    internal = DIST / "_internal"
    assert GUI_EXE.exists()
    assert (internal / "migrations" / "env.py").exists()
    assert len(list((internal / "migrations" / "versions").glob("0*.py"))) >= 6
    assert (internal / "resources" / "translations" / "desktop_crm_fr.qm").exists()
    # The command line's French (cli/catalogue.py reads the .ts, not Qt's .qm).
    assert (internal / "resources" / "translations" / "desktop_crm_fr.ts").exists()
    assert list(internal.rglob("qtbase_fr.qm")), "Qt's own French catalogue"
    assert (internal / "desktop_crm" / "printing" / "sheets.json").exists()
    assert (internal / "resources" / "icons" / "desktop-crm-256.png").exists()
    for data in package_data_files():  # label sheets, fonts...
        assert (internal / data).exists(), data
    plugin = "qwindows.dll" if WINDOWS else "libqxcb.so"
    assert list(internal.rglob(plugin)), f"the Qt platform plugin {plugin}"
    assert list(internal.rglob("*.afm")) or list(internal.rglob("*.pfb")), "reportlab fonts"
    unused = [p.name for p in internal.rglob("*") if "WebEngine" in p.name or "Qt6Qml" in p.name]
    assert not unused, f"Qt modules that are not used: {unused[:5]}"


def test_the_console_executable_runs_the_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "smoke.sqlite")
    version = _run(tmp_path, "--version")
    assert version.stdout.strip()
    _run(tmp_path, "init", "--db", db)
    _run(tmp_path, "demo", "--contacts", "200", "--db", db, timeout=300)
    _run(tmp_path, "labels", "--sheet", "L7163", "-o", str(tmp_path / "x.pdf"), "--db", db)
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    _run(tmp_path, "db", "check", "--db", db)
    # A refusal in French under a French language: the bundle ships the catalogue it reads.
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    french = subprocess.run(
        [str(EXE), "import", str(old), "--db", db],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env={**_env(tmp_path), "DESKTOP_CRM_LANG": "fr"},
        cwd=tmp_path,
        timeout=120,
    )
    assert french.returncode == 1
    assert "C'est un ancien fichier Excel 97-2003 (.xls)" in french.stderr, french.stderr


def test_the_window_opens_and_stays_up(tmp_path: Path) -> None:
    db = str(tmp_path / "window.sqlite")
    _run(tmp_path, "init", "--db", db)
    env = _env(tmp_path)
    shown = subprocess.run(
        [str(EXE), "--db", db],
        capture_output=True,
        text=True,
        errors="replace",
        env={**env, "DESKTOP_CRM_EXIT_AFTER_SHOW": "1"},
        cwd=tmp_path,
        timeout=120,
    )
    assert shown.returncode == 0 and "window shown" in shown.stdout, shown.stderr
    assert not _errors(shown.stderr), shown.stderr
    # Both executables keep the window open for 3 seconds without an error.
    for exe, args in ((EXE, ["--db", db]), (GUI_EXE, [db])):
        process = subprocess.Popen(
            [str(exe), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            env=env,
            cwd=tmp_path,
        )
        time.sleep(3)
        alive = process.poll() is None
        process.terminate()
        _, stderr = process.communicate(timeout=30)
        assert alive, f"{exe.name} stopped: {stderr}"
        assert not _errors(stderr), stderr
