"""Set up the environment if needed, then start the app or run the whole test suite.

    python3 -m desktop_crm.bootstrap start [desktop-crm arguments...]
    python3 -m desktop_crm.bootstrap test  [pytest arguments...]

Standard library only: this runs before any dependency is installed. The virtual
environment lives in ``.venv`` at the repository root and is refreshed when
``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("DESKTOP_CRM_VENV", ROOT / ".venv"))
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PYTHON = BIN / ("python.exe" if WINDOWS else "python")


def _say(message: str) -> None:
    print(f"[desktop-crm] {message}", flush=True)


def _stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extras.encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def ensure_environment(with_tests: bool) -> None:
    """Create ``.venv`` and install the project (editable) with the extras a command needs."""
    extras = "[test]" if with_tests else ""
    stamp_file = VENV / ".desktop-crm-stamp"
    wanted = _stamp(extras)
    current = stamp_file.read_text().split() if stamp_file.exists() else []
    # A venv set up with the test extras also serves "start".
    if wanted in current or (not with_tests and _stamp("[test]") in current):
        return
    if not PYTHON.exists():
        _say(f"creating the virtual environment in {VENV}")
        venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
    _say("installing dependencies (first run only; a few minutes)")
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}{extras}"], check=True, cwd=ROOT)
    build_translations()
    stamp_file.write_text(" ".join([*current, wanted]))


def build_translations() -> None:
    """Compile the Qt .ts translation sources into .qm files with pyside6-lrelease."""
    folder = ROOT / "resources" / "translations"
    lrelease = BIN / ("pyside6-lrelease.exe" if WINDOWS else "pyside6-lrelease")
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        result = subprocess.run(
            [str(lrelease), str(source), "-qm", str(target)], capture_output=True, text=True
        )
        if result.returncode != 0:
            _say(f"could not build {target.name}: {result.stderr.strip()}")


def run_tests(pytest_args: list[str]) -> int:
    """Lint, type-check, check the layers, then run pytest; non-zero if anything failed."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    steps = [
        ("ruff", [str(PYTHON), "-m", "ruff", "check", "desktop_crm", "tests", "benchmarks"]),
        (
            "format",
            [str(PYTHON), "-m", "ruff", "format", "--check", "desktop_crm", "tests", "benchmarks"],
        ),
        ("mypy", [str(PYTHON), "-m", "mypy", "desktop_crm"]),
        ("layers", [str(BIN / ("lint-imports.exe" if WINDOWS else "lint-imports"))]),
    ]
    failed = []
    for name, command in steps:
        _say(f"{name}: {' '.join(Path(c).name if i == 0 else c for i, c in enumerate(command))}")
        if subprocess.run(command, cwd=ROOT, env=env).returncode != 0:
            failed.append(name)
    _say("pytest")
    code = subprocess.run([str(PYTHON), "-m", "pytest", *pytest_args], cwd=ROOT, env=env).returncode
    if code != 0:
        failed.append("pytest")
    if failed:
        _say(f"FAILED: {', '.join(failed)}")
        return 1
    _say("all checks passed")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "test", "setup"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_environment(with_tests=command in {"test", "setup"})
    if command == "setup":
        return 0
    if command == "test":
        return run_tests(rest)
    return subprocess.run([str(PYTHON), "-m", "desktop_crm", *rest], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
