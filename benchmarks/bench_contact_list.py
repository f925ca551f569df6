"""Contact list benchmark: first page, jump to end, page-down frames, memory, lookups.

Run: python benchmarks/bench_contact_list.py [--sizes 100000 1000000] [--cache DIR]
Each figure is printed beside the same query issued directly with sqlite3 in the same run.
Targets (issue 19): first page <= 100 ms at 1M, page-down frame median <= 16 ms and p95 <=
33 ms at 1M, a 256-row page read (phones formatted) <= 10 ms, memory growth <= 100 MB,
lookup results on screen <= 100 ms after the debounce.
--demo measures the demo database (companies with legal forms: "sarl" finds a sixth).
The databases are cached in --cache (default: the system temp folder) between runs.
--cold drops the operating system's file cache before each size's measurement (Linux, as
root: ``sync; echo 3 > /proc/sys/vm/drop_caches``), as after a reboot; where it cannot, it
says so and runs warm. Each size's header says whether its run was cold or warm.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from alternating import cached_database, load_average  # noqa: E402

QUERIES = ("lefevre", "mart", "0612", "+33 6 12", "jean dup", "69", "ly", "soc")
# The demo database (--demo): company names with legal forms, "sarl" finds about a sixth.
DEMO_QUERIES = ("sarl", "lefevre", "ly", "jean dup")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


SEED = 3


def build(path: Path, n: int) -> None:
    from desktop_crm.services.contacts.records import bulk_insert_contacts
    from desktop_crm.services.demo.data import FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, TOWNS
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    rng = random.Random(SEED)
    firsts = (*FIRST_NAMES_F, *FIRST_NAMES_M)
    opened = open_database(resolve_database(str(path)))
    chunk = 50_000
    for start in range(0, n, chunk):
        rows = []
        for i in range(start, min(n, start + chunk)):
            town = rng.choice(TOWNS)
            rows.append(
                {
                    "first_name": rng.choice(firsts),
                    "last_name": rng.choice(LAST_NAMES),
                    "company_name": f"Société {rng.randrange(20_000)}",
                    "phone_business": f"+33{rng.choice('12345')}{rng.randrange(10**8):08d}",
                    "phone_mobile": f"+336{rng.randrange(10**8):08d}",
                    "email": f"c{i}@exemple.fr",
                    "city": town[0] if isinstance(town, tuple) else str(town),
                    "postcode": f"{rng.randrange(1000, 96000):05d}",
                    "status": rng.choice(("Prospect", "Client", "Suspect")),
                }
            )
        with opened.db.uow() as uow:
            bulk_insert_contacts(uow, rows)
            uow.commit()
    opened.db.dispose()


def build_demo(path: Path, n: int, seed: int) -> None:
    """The demo database the app offers (companies, activities, history), as users see it."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_crm",
            "demo",
            "--contacts",
            str(n),
            "--seed",
            str(seed),
            "--db",
            str(path),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def measure(path: Path, queries: tuple[str, ...] = QUERIES) -> dict[str, object]:
    """Run in a fresh process so the memory figure is the list's own."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_crm.domain import phones
    from desktop_crm.services.contacts import list_data, lookup
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.storage.uow import Database
    from desktop_crm.ui import i18n
    from desktop_crm.ui.common.context import AppContext
    from desktop_crm.ui.common.gui_gc import install_gui_collector
    from desktop_crm.ui.common.operations import Operations
    from desktop_crm.ui.contacts.list_view import ContactListView

    app = QApplication([])
    # As the app runs (desktop_crm/app.py): its style (a Python style whose painting methods
    # were called for every cell made a frame 8 ms slower), and the cyclic collector run on
    # the GUI thread between events, not inside a paint.
    app.setStyle(i18n.accent_safe_style("Fusion"))
    install_gui_collector(app)
    db = Database(resolve_database(str(path)))
    raw = sqlite3.connect(path)
    cols = (
        "id, last_name, first_name, company_name, phone_business, phone_mobile, email, "
        "city, postcode, status, job_title, last_reach, edited_at"
    )
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    context = AppContext(Operations(db), settings)
    view = ContactListView(context)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    # PySide6 builds a class's Python enums at its first use from Python (~15-30 ms): done
    # here, not inside the first timing (the app has done it long before its first lookup).
    view.table.viewport().grab()
    rss0 = rss_mb()
    out: dict[str, object] = {}

    def paint() -> None:
        # Rows arrive from the database thread: paint (asking for the pages shown), and when
        # a page had to be read, wait for it and paint the rows: the time to rows on screen.
        view.table.viewport().grab()
        if not view.model.loading_pages():
            return
        while view.model.loading_pages():
            context.ops.wait()
            # Deliver the answers only (queued calls), not the window's own repaint.
            app.sendPostedEvents(None, QEvent.Type.MetaCall)
        view.table.viewport().grab()

    def run_lookup(text: str) -> None:
        """As the app does it, through the database thread, until the result is shown."""
        shown: list[int] = []
        view.lookup_finished.connect(lambda _text, count: shown.append(count))
        view.lookup_edit.blockSignals(True)
        view.lookup_edit.setText(text)
        view.lookup_edit.blockSignals(False)
        view.run_lookup()
        while not shown:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        view.lookup_finished.disconnect()

    # First page, as the list view does it: count, first ids and their rows read on the
    # database thread, painted; then the full id list (in the background) replaces the prefix.
    started = time.perf_counter()
    run_lookup("")
    paint()
    t_first = time.perf_counter() - started
    started = time.perf_counter()
    while not view.model.is_complete():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    ids = view.model.ids()
    t_ids = time.perf_counter() - started
    started = time.perf_counter()
    raw.execute(
        f"SELECT {cols} FROM contact ORDER BY last_name_key, first_name_key, id LIMIT 256"
    ).fetchall()
    t_raw_first = time.perf_counter() - started
    out["first_page_ms"] = _ms(t_first)
    out["all_ids_ms"] = _ms(t_ids)
    out["first_page_sqlite3_ms"] = _ms(t_raw_first)

    started = time.perf_counter()
    view.table.scrollToBottom()
    paint()
    out["jump_to_end_ms"] = _ms(time.perf_counter() - started)
    started = time.perf_counter()
    raw.execute(
        f"SELECT {cols} FROM contact ORDER BY last_name_key DESC, first_name_key DESC, "
        "id DESC LIMIT 256"
    ).fetchall()
    out["jump_to_end_sqlite3_ms"] = _ms(time.perf_counter() - started)

    view.table.scrollToTop()
    paint()
    bar = view.table.verticalScrollBar()
    frames = []
    for _ in range(80):
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        paint()
        frames.append(time.perf_counter() - started)
    out["page_down_frame_median_ms"] = _ms(statistics.median(frames))
    out["page_down_frame_p95_ms"] = _ms(sorted(frames)[int(len(frames) * 0.95)])
    # Paging as a user does, key press after key press: between two presses (30 a second at
    # most) the event loop runs: the pages read ahead arrive, the collector's timer may fire.
    # The idle time is not timed.
    idle_frames = []
    for _ in range(80):
        context.ops.wait()
        app.processEvents()
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        paint()
        idle_frames.append(time.perf_counter() - started)
    out["paging_frame_median_ms"] = _ms(statistics.median(idle_frames))
    out["paging_frame_p95_ms"] = _ms(sorted(idle_frames)[int(len(idle_frames) * 0.95)])
    raw_frames = []
    for page in range(40):
        chunk = list(ids[page * 256 : (page + 1) * 256])
        started = time.perf_counter()
        raw.execute(
            f"SELECT {cols} FROM contact WHERE id IN ({','.join('?' * len(chunk))})", chunk
        ).fetchall()
        raw_frames.append(time.perf_counter() - started)
    out["page_sqlite3_median_ms"] = _ms(statistics.median(raw_frames))
    # The 256-row page read itself (the service the model calls on the database thread:
    # rows with phones formatted), alternated with the bare sqlite3 read of the same ids.
    # The phone cache is cleared before each page: a million numbers defeat any cache.
    context.ops.wait()
    fetched, bare = [], []
    pages = max(1, len(ids) // 256)
    with db.uow(write=False) as uow:
        for page in range(60):
            chunk = list(ids[(page * 997 % pages) * 256 :][:256])
            phones._format_phone_library.cache_clear()
            started = time.perf_counter()
            list_data.fetch_page(uow, chunk)
            fetched.append(time.perf_counter() - started)
            started = time.perf_counter()
            raw.execute(
                f"SELECT {cols} FROM contact WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            bare.append(time.perf_counter() - started)
    out["fetch_page_median_ms"] = _ms(statistics.median(fetched))
    out["fetch_page_p95_ms"] = _ms(sorted(fetched)[int(len(fetched) * 0.95)])
    out["fetch_page_sqlite3_ms"] = _ms(statistics.median(bare))

    rng = random.Random(1)
    for _ in range(300):  # wander around the list: the page cache must stay bounded
        bar.setValue(rng.randrange(bar.maximum() + 1))
        paint()
    out["memory_growth_mb"] = round(rss_mb() - rss0, 1)
    out["cached_pages"] = view.model.cached_pages()

    lookups: dict[str, dict[str, float]] = {}
    for query in queries:
        timings, raws = [], []
        for _ in range(3):
            # As the view does: a long result shows its first page before all its ids.
            started = time.perf_counter()
            run_lookup(query)
            paint()
            timings.append(time.perf_counter() - started)
            count = view.model.rowCount()
            # The full id list of a long result (read once the first page painted) arrives
            # before the next query.
            while view.is_looking_up() or context.ops.is_busy():
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            found = range(count)
            sql, params = lookup.lookup_sql(query)
            started = time.perf_counter()
            raw.execute(sql, params).fetchall()
            raws.append(time.perf_counter() - started)
        lookups[query] = {
            "ms": _ms(statistics.median(timings)),
            "sqlite3_ms": _ms(statistics.median(raws)),
            "found": len(found),
        }
    out["lookups"] = lookups
    view.close()
    context.ops.wait()
    db.dispose()
    return out


DROP_CACHES = Path("/proc/sys/vm/drop_caches")


def drop_os_cache() -> str | None:
    """Empty the OS file cache (Linux, root); None when done, else why it could not."""
    if not sys.platform.startswith("linux"):
        return "not Linux"
    if os.geteuid() != 0 or not os.access(DROP_CACHES, os.W_OK):
        return "not root"
    os.sync()
    try:
        DROP_CACHES.write_text("3\n")
    except OSError as exc:
        return str(exc)
    return None


def report(size: int, r: dict[str, object], cache: str = "warm") -> None:
    def ratio(a: object, b: object) -> str:
        return f"{float(a) / max(float(b), 0.01):.1f}x"  # type: ignore[arg-type]

    print(f"\n== {size:,} contacts == (machine shared; load average {load_average()})")
    print(f"OS file cache   {cache}")
    print(
        f"first page      {r['first_page_ms']:>8} ms (all ids in background: "
        f"{r['all_ids_ms']} ms)  "
        f"sqlite3 LIMIT 256: {r['first_page_sqlite3_ms']} ms  "
        f"ratio {ratio(r['first_page_ms'], r['first_page_sqlite3_ms'])}  target <= 100 ms"
    )
    print(
        f"jump to end     {r['jump_to_end_ms']:>8} ms  sqlite3 last 256: "
        f"{r['jump_to_end_sqlite3_ms']} ms"
    )
    print(
        f"page-down frame {r['page_down_frame_median_ms']:>8} ms median "
        f"(p95 {r['page_down_frame_p95_ms']})  sqlite3 page by ids: "
        f"{r['page_sqlite3_median_ms']} ms  (back to back, no idle between frames)"
    )
    print(
        f"paging frame    {r['paging_frame_median_ms']:>8} ms median "
        f"(p95 {r['paging_frame_p95_ms']})  key after key, pages read ahead  "
        "target <= 16 ms (p95 <= 33)"
    )
    print(
        f"page read       {r['fetch_page_median_ms']:>8} ms median "
        f"(p95 {r['fetch_page_p95_ms']})  256 rows, phones formatted, cache cleared; "
        f"sqlite3 same ids: {r['fetch_page_sqlite3_ms']} ms  target <= 10 ms"
    )
    print(
        f"memory growth   {r['memory_growth_mb']:>8} MB ({r['cached_pages']} pages cached)  "
        "target <= 100 MB"
    )
    for query, t in r["lookups"].items():  # type: ignore[attr-defined]
        print(
            f"lookup {query!r:12} {t['ms']:>8} ms  sqlite3 same SQL {t['sqlite3_ms']} ms  "
            f"ratio {ratio(t['ms'], t['sqlite3_ms'])}  ({t['found']:,} found)  "
            "target <= 100 ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument(
        "--demo", action="store_true", help="measure the demo database (lookups such as sarl)"
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="drop the OS file cache before each size (Linux, root; else runs warm)",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, DEMO_QUERIES if args.demo else QUERIES)))
        return
    for size in args.sizes:
        path = cached_database(args.cache, "demo" if args.demo else "list", size, SEED)
        if not path.exists():
            started = time.perf_counter()
            (build_demo(path, size, SEED) if args.demo else build(path, size))
            print(f"built {path} in {time.perf_counter() - started:.0f} s")
        cache = "warm (the database file was read before: it may be in the OS cache)"
        if args.cold:
            why = drop_os_cache()
            if why is None:
                cache = "cold (dropped before this size)"
            else:
                print(f"cannot drop the OS file cache ({why}): this run is warm")
        result = subprocess.run(
            [sys.executable, __file__, "--measure", str(path), *(["--demo"] if args.demo else [])],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        report(size, json.loads(result.stdout.strip().splitlines()[-1]), cache)


if __name__ == "__main__":
    main()
