"""Start-up benchmark: process spawn to the contact table's first painted rows.

Run: python benchmarks/bench_startup.py [--contacts 100000] [--rounds 7] [--cache DIR]

The subject is the app on a cached --contacts database, timed from spawning the process to
the end of the first paint event of the contact table that drew rows read from the database
(a paint probe, not ``show()``). The baseline is a bare
PySide6 window timed to its own first paint event. Runs alternate baseline and subject, in
two cases: the package's bytecode compiled (as ``bootstrap start`` leaves it) and not
compiled (every module compiled at every launch: PYTHONDONTWRITEBYTECODE=1 and no
__pycache__). Each case runs from its own copy of the package, so the source tree is left
alone. ``--baseline DIR`` adds another checkout (the main branch) to the same rounds.
Target (issue 19): subject median <= 4x the bare window's median, same run. The home page
(first view by default) is turned off in the run's own settings: the list is measured;
``--home`` leaves it on and measures to the home page's first paint instead. ``--card`` adds,
from the same runs, the time to the contact card's first paint showing a contact (its title,
the first contact's name, painted): the rows' figures are measured as without it.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from alternating import cached_database, load_average, stats  # noqa: E402

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, lambda: (print("rows painted", flush=True), app.quit()))
        return False

app = QApplication([])
window = QMainWindow()
window.resize(1400, 860)
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""

# The app as the desktop-crm command starts it, on a QApplication made first so that a
# paint probe can watch it (the app reuses an existing QApplication): the probe prints the
# line just after the contact table painted rows read from the database (not blank cells
# waiting for their page). Nothing in the app is changed, so any checkout can be measured.
APP = """
import os, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView

class Probe(QObject):
    rows = False

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.rows and self.first_screen(watched):
            self.rows = True
            if not CARD:
                app.removeEventFilter(self)
            QCoreApplication.sendEvent(watched, event)  # the rows (the home page) drawn now
            print("rows painted", flush=True)
            if not CARD:
                os._exit(0)
            return True
        if CARD and self.card_shown(watched):
            app.removeEventFilter(self)
            QCoreApplication.sendEvent(watched, event)  # the contact's name drawn now
            print("card painted", flush=True)
            os._exit(0)
        return False

    def card_shown(self, watched):
        # --card: the contact card's title painted while the card holds a contact
        if watched.objectName() != "cardTitle":
            return False
        return getattr(watched.parent(), "contact", None) is not None

    def first_screen(self, watched):
        if SHOW_HOME:  # --home: the home page's first paint
            return watched.objectName() == "homeView"
        table = watched.parent()
        if isinstance(table, QTableView) and table.objectName() == "contactTable":
            model = table.model()
            return bool(model.rowCount() and getattr(model, "cached_pages", lambda: 1)())
        return False

app = QApplication(sys.argv[:1])
probe = Probe()
app.installEventFilter(probe)
# The list is the measured screen: the home page (first by default) is turned off, as
# Preferences does, in this run's own configuration folder (--home: on, and measured).
from PySide6.QtCore import QSettings
prefs = QSettings(
    QSettings.Format.IniFormat, QSettings.Scope.UserScope, "desktop-crm", "desktop-crm"
)
prefs.setValue("home/show_at_start", SHOW_HOME)
prefs.sync()
from desktop_crm.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def time_to_line(code: str, args: list[str], env: dict[str, str], marker: str) -> float:
    """Seconds from spawning ``python -c code`` to the line ``marker`` on its output (run in
    the folder of ``PYTHONPATH``: ``-c`` puts the working folder first on ``sys.path``)."""
    return time_to_lines(code, args, env, [marker])[0]


def time_to_lines(
    code: str, args: list[str], env: dict[str, str], markers: list[str]
) -> list[float]:
    """Seconds from spawning ``python -c code`` to each of ``markers``' lines, in order."""
    times: list[float] = []
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=env["PYTHONPATH"] or None,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if markers[len(times)] in line:
                times.append(time.perf_counter() - started)
                if len(times) == len(markers):
                    break
        else:
            raise RuntimeError(f"the process ended before printing {markers[len(times)]!r}")
        proc.wait()
    return times


def package_copy(folder: Path, compiled: bool, source: Path = ROOT) -> Path:
    """A copy of ``source``'s package (with its resources) in ``folder``, compiled or not."""
    shutil.copytree(
        source / "desktop_crm",
        folder / "desktop_crm",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    (folder / "resources").symlink_to(source / "resources")
    if compiled:
        compileall.compile_dir(folder / "desktop_crm", quiet=1, workers=1)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another checkout (e.g. the main branch) measured compiled in the same rounds",
    )
    parser.add_argument(
        "--home", action="store_true", help="the home page on: measured to its first paint"
    )
    parser.add_argument(
        "--card",
        action="store_true",
        help="also the time to the contact card's first paint showing the first contact",
    )
    args = parser.parse_args()
    app_code = APP.replace("SHOW_HOME", repr(args.home)).replace("CARD", repr(args.card))
    markers = ["rows painted", "card painted"] if args.card else ["rows painted"]
    import bench_contact_list

    db = cached_database(args.cache, "list", args.contacts, bench_contact_list.SEED)
    if not db.exists():
        bench_contact_list.build(db, args.contacts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = folder / "config"  # fresh preferences, kept between runs like a user's
        config.mkdir()
        cases = {
            "compiled": package_copy(folder / "compiled", compiled=True),
            "not compiled": package_copy(folder / "source", compiled=False),
        }
        if args.baseline:
            cases["baseline, compiled"] = package_copy(
                folder / "baseline", compiled=True, source=args.baseline
            )
        base_env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(config),
            "PYTHONDONTWRITEBYTECODE": "1",
            "DESKTOP_CRM_NO_KEYRING": "1",
        }
        envs = {name: {**base_env, "PYTHONPATH": str(path)} for name, path in cases.items()}
        bare_env = {**base_env, "PYTHONPATH": str(folder)}
        samples: dict[str, list[float]] = {"bare": []}
        cards: dict[str, list[float]] = {}
        cpu: dict[str, list[float]] = {}
        for name in cases:
            samples[name], cards[name], cpu[name] = [], [], []
        loads = [load_average()]
        # One warm-up each (disk cache, the preferences file), not counted.
        time_to_line(BARE, [], bare_env, "rows painted")
        for name in cases:
            time_to_lines(app_code, [str(db)], envs[name], markers)
        for _ in range(args.rounds):
            for name in cases:  # bare, compiled, bare, not compiled...: alternated
                samples["bare"].append(time_to_line(BARE, [], bare_env, "rows painted"))
                used = children_cpu()
                times = time_to_lines(app_code, [str(db)], envs[name], markers)
                cpu[name].append(children_cpu() - used)
                samples[name].append(times[0])
                cards[name].extend(times[1:])
            loads.append(load_average())
    bare = stats(samples["bare"])
    print(
        f"start-up to the first painted {'home page' if args.home else 'rows'}, "
        f"{args.contacts:,} contacts, "
        f"{args.rounds} alternated rounds (machine shared; load average before/after: "
        f"{loads[0]} / {loads[-1]})"
    )
    print(
        f"bare PySide6 window     median {bare['median_ms']:7.0f} ms  p95 {bare['p95_ms']:7.0f} ms"
    )
    for name in cases:
        s = stats(samples[name])
        ratio = s["median_ms"] / max(bare["median_ms"], 0.01)
        print(
            f"app, {name:13}      median {s['median_ms']:7.0f} ms  p95 {s['p95_ms']:7.0f} ms  "
            f"ratio {ratio:.2f}x  (target <= 4x)"
        )
    if args.card:
        print("the contact card painted with the first contact (same runs; gap: after the rows)")
        for name in cases:
            s = stats(cards[name])
            gap = stats([c - r for c, r in zip(cards[name], samples[name], strict=True)])
            ratio = s["median_ms"] / max(bare["median_ms"], 0.01)
            used = stats(cpu[name])
            print(
                f"card, {name:13}     median {s['median_ms']:7.0f} ms  p95 {s['p95_ms']:7.0f} ms  "
                f"ratio {ratio:.2f}x  gap median {gap['median_ms']:5.0f} ms "
                f"p95 {gap['p95_ms']:5.0f} ms  CPU median {used['median_ms']:5.0f} ms"
            )


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's ended children."""
    times = os.times()
    return times.children_user + times.children_system


if __name__ == "__main__":
    main()
