"""``pip install .`` (not editable) gives a working program that finds its migrations.

Builds the wheel from a copy of the sources (a stale ``build/`` folder in the tree would
leak old files into it), installs it with ``--no-deps`` into a fresh venv that sees the
test environment's packages through a ``.pth`` line (nothing is downloaded but the build
backend, which pip's build isolation fetches), then runs the installed ``desktop-crm``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from desktop_crm.storage.migrate import SCHEMA_HEAD
from tests.packaging.bundle import package_data_files

pytestmark = pytest.mark.slow  # about 30 s: one wheel build, one venv

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"
NETWORK_ERRORS = ("No matching distribution", "Could not find a version", "NewConnectionError")


def _copy_sources(target: Path) -> None:
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("desktop_crm", "migrations", "resources"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    out = tmp_path_factory.mktemp("wheel")
    _copy_sources(src)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", str(out)],
        cwd=src,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0 and any(e in result.stderr for e in NETWORK_ERRORS):
        pytest.skip(f"pip could not fetch the build backend (offline?): {result.stderr[-300:]}")
    assert result.returncode == 0, result.stderr
    (built,) = out.glob("desktop_crm-*.whl")
    return built


def test_the_wheel_ships_the_migrations_inside_the_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop_crm/migrations/env.py" in names
    assert f"desktop_crm/migrations/versions/{SCHEMA_HEAD}_" in " ".join(names)
    assert "desktop_crm/printing/sheets.json" in names
    assert "desktop_crm/icons/desktop-crm-256.png" in names
    # Every data file of the package (label sheets, fonts...) travels with it.
    for data in package_data_files():
        assert data.as_posix() in names
    # No top-level "migrations" package that would clash with another project's.
    assert not [n for n in names if n.startswith("migrations/")]


def test_an_installed_wheel_creates_and_checks_a_database(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bin_dir = venv / ("Scripts" if WINDOWS else "bin")
    python = bin_dir / ("python.exe" if WINDOWS else "python")
    # The dependencies come from the test environment, after the venv's own packages; its
    # .pth files (the editable install of these sources) are not read from there.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "test-environment.pth").write_text("\n".join(sorted(ours)) + "\n")
    # (Without the caller's PYTHONPATH: a source tree on it, with its .egg-info, would make
    # pip take the package for installed already and skip the wheel and its scripts.)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=180,
        env=env,
    )
    program = bin_dir / ("desktop-crm.exe" if WINDOWS else "desktop-crm")
    env["DESKTOP_CRM_NO_KEYRING"] = "1"
    db = tmp_path / "x.sqlite"
    for args in (["init"], ["db", "upgrade"], ["db", "check"]):
        result = subprocess.run(
            [str(program), *args, "--db", str(db)],
            capture_output=True,
            text=True,
            cwd=tmp_path,  # not the source tree: the installed package must be used
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    where = subprocess.run(
        [str(python), "-c", "import desktop_crm.storage.migrate as m; print(m.migrations_dir())"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=True,
    ).stdout.strip()
    assert Path(where).parent == Path(site) / "desktop_crm"
