"""Duplicate scan benchmark: 100,000 and 1,000,000 contacts with ~5 % injected duplicates.

Run: python benchmarks/bench_duplicates.py [--sizes 100000 1000000]

For each size an SQLite database (cached between runs in --cache, keyed by schema revision,
seed and size) is filled with generated contacts whose duplicates
are known (accents dropped, case changed, legal form added or removed, phone reformatted,
first/last swapped, one-letter typos). A separate process (so that its peak memory is the
scan's own) then measures:

- the floor: one pass that reads the same records and only normalises them;
- the scan in the default "all evidence" mode and in the 3-field mode (company, name,
  phone), each in its own process, alternating floor and scan runs (median and p95);

and prints seconds, the ratio scan / floor, candidate pairs, pairs compared, precision and
recall against the known truth, and the peak resident memory of the process.
Targets (issue 21): 100k <= 6 s and <= 4x the floor; 1M <= 3 min and < 2 GB.
The hard, FEBRL-like data set is measured by benchmarks/bench_duplicates_hard.py.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_crm.domain import matching  # noqa: E402
from desktop_crm.domain.emails import email_match_key  # noqa: E402
from desktop_crm.domain.matching import default_settings, evidence_settings  # noqa: E402
from desktop_crm.domain.phonetic import phonetic_key  # noqa: E402
from desktop_crm.services.contacts.records import bulk_insert_contacts  # noqa: E402
from desktop_crm.services.duplicates.scan import iter_records, scan  # noqa: E402
from desktop_crm.services.setup import open_database  # noqa: E402
from desktop_crm.storage.location import resolve_database  # noqa: E402
from desktop_crm.storage.uow import Database  # noqa: E402
from tests.unit.matching.dup_synthetic import stream  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_cache import cached_database  # noqa: E402

SEED = 6  # the synthetic data's seed (part of the cache key)


def _clear_caches() -> None:
    for fn in (
        matching.normalise_name,
        matching.normalise_company,
        matching.normalise_phone,
        phonetic_key,
    ):
        fn.cache_clear()


def build(path: Path, n: int) -> tuple[float, Path]:
    """Fill a new database with ``n`` generated contacts; the truth goes to a JSON file."""
    url = resolve_database(str(path))
    db = open_database(url).db
    started = time.perf_counter()
    truth_path = path.with_suffix(".truth.json")
    copies: dict[int, list[int]] = {}
    truth: set[tuple[int, int]] = set()

    def rows() -> Iterator[dict[str, object]]:
        for record, pair in stream(n, seed=SEED):
            if pair:
                original, new = pair
                for other in (original, *copies.get(original, [])):
                    truth.add((other, new))
                copies.setdefault(original, []).append(new)
            yield record

    with db.uow() as uow:
        bulk_insert_contacts(uow, rows())
        uow.commit()
    db.dispose()
    truth_path.write_text(json.dumps(sorted(truth)))
    return time.perf_counter() - started, truth_path


def _floor(db: Database) -> tuple[float, int]:
    started = time.perf_counter()
    with db.uow(write=False) as uow:
        count = 0
        for row in iter_records(uow, matching.RecordKind.CONTACT):
            matching.normalise_name(row["first_name"])
            matching.normalise_name(row["last_name"])
            matching.normalise_company(row["company_name"])
            for column in ("phone_business", "phone_mobile", "phone_home"):
                matching.normalise_phone(row[column])
            email_match_key(row["email"])
            matching.normalise_postcode(row["postcode"])
            count += 1
    return time.perf_counter() - started, count


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def child(url: str, truth_path: str, mode: str, repeats: int) -> None:
    """Measure in a fresh process, alternating the floor pass and the scan ``repeats``
    times; print one JSON line (medians and p95, figures of the last scan)."""
    db = Database(url)
    settings = evidence_settings() if mode == "evidence" else default_settings()
    floors: list[float] = []
    scans: list[float] = []
    floor_cpu: list[float] = []
    scan_cpu: list[float] = []
    rss_floor = 0
    result = None
    count = 0
    for _ in range(repeats):
        _clear_caches()
        cpu = time.process_time()
        floor, count = _floor(db)
        floor_cpu.append(time.process_time() - cpu)
        floors.append(floor)
        rss_floor = rss_floor or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        _clear_caches()
        started = time.perf_counter()
        cpu = time.process_time()
        with db.uow(write=False) as uow:
            result = scan(uow, settings)
        scans.append(time.perf_counter() - started)
        scan_cpu.append(time.process_time() - cpu)
    assert result is not None
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    truth = {tuple(p) for p in json.loads(Path(truth_path).read_text())}
    found = {(p.a, p.b) for p in result.pairs}
    hits = len(found & truth)
    floor_med, scan_med = statistics.median(floors), statistics.median(scans)
    print(
        json.dumps(
            {
                "mode": mode,
                "records": count,
                "runs": repeats,
                "floor_s": round(floor_med, 2),
                "floor_p95_s": round(_quantile(floors, 0.95), 2),
                "scan_s": round(scan_med, 2),
                "scan_p95_s": round(_quantile(scans, 0.95), 2),
                "ratio": round(scan_med / floor_med, 2),
                "floor_cpu_s": round(statistics.median(floor_cpu), 2),
                "scan_cpu_s": round(statistics.median(scan_cpu), 2),
                "cpu_ratio": round(statistics.median(scan_cpu) / statistics.median(floor_cpu), 2),
                "pairs": len(found),
                "compared": result.compared,
                "true_pairs": len(truth),
                "precision": round(hits / max(1, len(found)), 4),
                "recall": round(hits / max(1, len(truth)), 4),
                "peak_mb": round(peak_kb / 1024),
                "peak_floor_mb": round(rss_floor / 1024),
                "oversized_blocks": result.oversized_blocks,
                "load": os.getloadavg()[0],
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--modes", nargs="+", default=["evidence", "fields"])
    parser.add_argument("--repeats", type=int, default=3, help="alternated floor/scan runs")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()),
        help="folder of the cached databases (keyed by schema revision, seed and size)",
    )
    args = parser.parse_args()
    if args.child:
        url, truth, mode, repeats = args.child
        child(url, truth, mode, int(repeats))
        return
    print(f"load average at start: {os.getloadavg()} (shared machine)")
    for n in args.sizes:
        built = [0.0]

        def fill(target: Path, n: int = n, built: list[float] = built) -> None:
            built[0] = build(target, n)[0]

        path, reused = cached_database(args.cache, "duplicates", SEED, n, fill)
        truth_path = path.with_suffix(".truth.json")  # written by build() beside it
        how = "reused" if reused else f"database filled in {built[0]:.1f} s"
        print(f"{n:>9,} contacts ({path.name}, {how})")
        for mode in args.modes:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    resolve_database(str(path)),
                    str(truth_path),
                    mode,
                    str(args.repeats),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            if out.returncode:
                sys.exit(out.stderr)
            f = json.loads(out.stdout.strip().splitlines()[-1])
            label = "all evidence (default)" if mode == "evidence" else "3 fields"
            print(f"  {label}: {f['runs']} alternated runs, load {f['load']:.2f}")
            print(
                f"    floor (read + normalise only) median {f['floor_s']:.2f} s, "
                f"p95 {f['floor_p95_s']:.2f} s"
            )
            print(
                f"    scan median {f['scan_s']:.2f} s, p95 {f['scan_p95_s']:.2f} s "
                f"= {f['ratio']:.2f} x the floor"
            )
            print(
                f"    candidate pairs {f['pairs']:,} (true {f['true_pairs']:,}), "
                f"pairs compared {f['compared']:,} ({f['compared'] / n:.2f} per record)"
            )
            print(
                f"    CPU time (the machine is shared): floor {f['floor_cpu_s']:.2f} s, "
                f"scan {f['scan_cpu_s']:.2f} s = {f['cpu_ratio']:.2f} x"
            )
            print(f"    precision {f['precision']:.4f}  recall {f['recall']:.4f}")
            print(
                f"    peak memory {f['peak_mb']:,} MB "
                f"(after the floor pass: {f['peak_floor_mb']:,} MB)"
            )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
