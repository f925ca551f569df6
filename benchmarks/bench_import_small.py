"""Small-file import benchmark: a 1,000-row trade-show CSV into a large database.

The usual import is a small file into a database that has grown: what the user waits for
is mostly finding the file's duplicates among the contacts on file. This measures the
whole import (read, checks, matching, write; rolled back, so each run sees the same
database) two ways, alternated run by run: the contacts the file may hit found through the
lookup-key indexes (``services.importing.candidates``, the subject) and every contact read
and filtered (the way before, the baseline, forced with ``candidates.MAX_KEYS = 0``).
Median and p95 of each, their ratio, and the load average are printed.

    PYTHONPATH=. python benchmarks/bench_import_small.py [--rows 1000]
        [--existing 100000] [--rounds 7] [--cache DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_cache import fresh_copy
from bench_import import _stats, clear_value_caches, make_rows, seeded_database, write_files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000)
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7, help="alternated runs of each way")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    from desktop_crm.domain.progress import TaskControl
    from desktop_crm.services.importing import candidates
    from desktop_crm.services.importing.pipeline import ImportRequest, run_import
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.storage.uow import Database

    seeded = seeded_database(args.cache, args.existing)
    keep = candidates.MAX_KEYS
    times: dict[str, list[float]] = {"read every contact": [], "key look-ups": []}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "crm.sqlite"
        fresh_copy(seeded, work)  # (the cached file is never written to)
        db = Database(resolve_database(str(work)))
        _ = db.user_id
        csv_path, _xlsx = write_files(Path(tmp), make_rows(args.rows, args.existing))
        request = ImportRequest(str(csv_path))
        outcome = None
        for _ in range(args.rounds):
            for label, limit in (("read every contact", 0), ("key look-ups", keep)):
                candidates.MAX_KEYS = limit
                clear_value_caches()
                with db.uow() as uow:  # (rolled back: every run sees the same database)
                    start = time.perf_counter()
                    outcome = run_import(uow, TaskControl(), request)
                    times[label].append(time.perf_counter() - start)
                    uow.rollback()
        candidates.MAX_KEYS = keep
        db.dispose()
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(f"{args.rounds} alternated rounds; load average at the end: {load} (shared machine)")
    assert outcome is not None
    report = outcome.report
    print(f"{args.rows} rows: {report.created} created, {report.skipped} duplicates skipped")
    base, base95 = _stats(times["read every contact"])
    subject, subject95 = _stats(times["key look-ups"])
    print(f"baseline, every contact read: median {base:.3f} s, p95 {base95:.3f} s")
    print(f"subject, key look-ups:        median {subject:.3f} s, p95 {subject95:.3f} s")
    print(f"ratio baseline / subject: median {base / subject:.2f} (higher is better)")


if __name__ == "__main__":
    main()
