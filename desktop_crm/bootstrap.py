"""Set up the environment if needed, then start the app, run the tests or build the bundle.

    python3 -m desktop_crm.bootstrap start [desktop-crm arguments...]
    python3 -m desktop_crm.bootstrap test  [pytest arguments...]
    python3 -m desktop_crm.bootstrap build             # dist/desktop-crm/, then its smoke test
    python3 -m desktop_crm.bootstrap install-shortcut [--bundle]   # menu entry and icon

(``py -3 -m desktop_crm.bootstrap ...`` on Windows.)

Standard library only: this runs before any dependency is installed. The virtual
environment lives in ``.venv`` at the repository root and is refreshed when
``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("DESKTOP_CRM_VENV", ROOT / ".venv"))
WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PYTHON = BIN / ("python.exe" if WINDOWS else "python")
# Supports Python 3.8-3.14 and PySide6 6.x (hooks for Essentials); bump deliberately.
PYINSTALLER = "6.22.3"
DIST = ROOT / "dist" / "desktop-crm"
BUNDLE_EXE = DIST / ("desktop-crm.exe" if WINDOWS else "desktop-crm")
BUNDLE_GUI = DIST / ("desktop-crm-gui.exe" if WINDOWS else "desktop-crm-gui")
ICONS = ROOT / "resources" / "icons"


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


def compile_bytecode() -> None:
    """Write the package's bytecode once, so that start-up never compiles the sources, even
    where PYTHONDONTWRITEBYTECODE is set (it stops Python writing .pyc files, not reading them).
    Up-to-date files are skipped, so this costs a directory walk after the first time."""
    import compileall

    compileall.compile_dir(ROOT / "desktop_crm", quiet=1, workers=1)


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


def _venv_has(module: str, version: str) -> bool:
    code = f"import importlib.metadata as m; print(m.version({module!r}))"
    result = subprocess.run([str(PYTHON), "-c", code], capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.strip() == version


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(pytest_args: list[str]) -> int:
    """Build the one-folder bundle into dist/desktop-crm/ and run its smoke test on it."""
    ensure_environment(with_tests=True)  # pytest runs the smoke test afterwards
    if not _venv_has("pyinstaller", PYINSTALLER):
        _say(f"installing PyInstaller {PYINSTALLER}")
        subprocess.run(
            [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             f"pyinstaller=={PYINSTALLER}"],
            check=True,
        )  # fmt: skip
    build_translations()
    _say("building dist/desktop-crm/ with PyInstaller (a few minutes)")
    code = subprocess.run(
        [str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--distpath", str(ROOT / "dist"),
         "--workpath", str(ROOT / "build"), str(ROOT / "pyinstaller.spec")],
        cwd=ROOT,
    ).returncode  # fmt: skip
    if code != 0 or not BUNDLE_EXE.exists():
        _say("FAILED: PyInstaller did not build the bundle")
        return 1
    _say(f"built {DIST} ({_folder_size(DIST) / 1e6:.0f} MB); smoke test")
    env = {
        **os.environ,
        "DESKTOP_CRM_BUILD": "1",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    test = [str(PYTHON), "-m", "pytest", "tests/packaging/test_bundle.py", "-v", *pytest_args]
    code = subprocess.run(test, cwd=ROOT, env=env).returncode
    _say("bundle ready" if code == 0 else "FAILED: the smoke test of the bundle")
    return 0 if code == 0 else 1


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def install_shortcut(args: list[str]) -> int:
    """A menu entry with the icon: the desktop entry on Linux, a Start-menu .lnk on Windows.

    ``--bundle`` points it at dist/desktop-crm/ (built by ``build``); otherwise at the
    ``desktop-crm-gui`` of the environment that ``start`` uses.
    """
    if "--bundle" in args:
        if not BUNDLE_GUI.exists():
            _say(f"no bundle in {DIST}: run 'build' first")
            return 1
        target = BUNDLE_GUI
    else:
        ensure_environment(with_tests=False)
        target = BIN / ("desktop-crm-gui.exe" if WINDOWS else "desktop-crm-gui")
    return _windows_shortcut(target) if WINDOWS else _linux_shortcut(target)


def _linux_shortcut(target: Path) -> int:
    """Install resources/desktop-crm.desktop (Exec = ``target``) and the hicolor icons."""
    icons = _data_home() / "icons" / "hicolor"
    for png in sorted(ICONS.glob("desktop-crm-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        folder = icons / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, folder / "desktop-crm.png")
    (icons / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / "desktop-crm.svg", icons / "scalable" / "apps" / "desktop-crm.svg")
    entry = (ROOT / "resources" / "desktop-crm.desktop").read_text(encoding="utf-8")
    exec_line = '"' + str(target).replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = [f"Exec={exec_line}" if ln.startswith("Exec=") else ln for ln in entry.splitlines()]
    applications = _data_home() / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    desktop = applications / "desktop-crm.desktop"
    desktop.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for tool in (["update-desktop-database", str(applications)],
                 ["gtk-update-icon-cache", "-q", "-t", str(icons)]):  # fmt: skip
        if shutil.which(tool[0]):
            subprocess.run(tool, capture_output=True)
    _say(f"menu entry: {desktop} (runs {target})")
    return 0


def _windows_shortcut(target: Path) -> int:
    """Start menu › Desktop CRM.lnk through PowerShell's WScript.Shell (no pywin32 needed)."""
    programs = Path(os.environ["APPDATA"]) / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    link = programs / "Desktop CRM.lnk"
    icon = ICONS / "desktop-crm.ico"

    def quoted(value: object) -> str:  # a PowerShell single-quoted string
        return "'" + str(value).replace("'", "''") + "'"

    script = (
        "$s = (New-Object -ComObject WScript.Shell).CreateShortcut("
        f"{quoted(link)}); $s.TargetPath = {quoted(target)}; "
        f"$s.WorkingDirectory = {quoted(Path.home())}; $s.IconLocation = {quoted(icon)}; "
        "$s.Description = 'Desktop CRM'; $s.Save()"
    )
    command = ["powershell", "-NoProfile", "-ExecutionPolicy", "Bypass", "-Command", script]
    if subprocess.run(command).returncode != 0:
        _say("could not create the Start-menu shortcut")
        return 1
    _say(f"Start-menu shortcut: {link} (runs {target})")
    return 0


COMMANDS = {"start", "test", "setup", "build", "install-shortcut"}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "build":
        return build_bundle(rest)
    if command == "install-shortcut":
        return install_shortcut(rest)
    ensure_environment(with_tests=command in {"test", "setup"})
    if command == "setup":
        return 0
    if command == "test":
        return run_tests(rest)
    compile_bytecode()
    return subprocess.run([str(PYTHON), "-m", "desktop_crm", *rest], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
