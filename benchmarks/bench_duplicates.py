"""Duplicate scan benchmark: 100,000 and 1,000,000 contacts with ~5 % injected duplicates.

Run: python benchmarks/bench_duplicates.py [--sizes 100000 1000000]

For each size a fresh SQLite database is filled with generated contacts whose duplicates
are known (accents dropped, case changed, legal form added or removed, phone reformatted,
first/last swapped, one-letter typos). A separate process (so that its peak memory is the
scan's own) then measures:

- the floor: one pass that reads the same records and only normalises them;
- the scan with the default settings (read, prepare, block, score, explain);

and prints seconds, the ratio scan / floor, candidate pairs, pairs compared, precision and
recall against the known truth, and the peak resident memory of the process.
Targets (issue 6): 100k <= 10 s and <= 5x the floor, precision and recall >= 0.95;
1M <= 3 min and < 2 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_crm.domain import matching  # noqa: E402
from desktop_crm.domain.phonetic import phonetic_key  # noqa: E402
from desktop_crm.services.contacts.records import bulk_insert_contacts  # noqa: E402
from desktop_crm.services.duplicates.scan import iter_records, scan  # noqa: E402
from desktop_crm.services.setup import open_database  # noqa: E402
from desktop_crm.storage.location import resolve_database  # noqa: E402
from desktop_crm.storage.uow import Database  # noqa: E402
from tests.unit.matching.dup_synthetic import stream  # noqa: E402


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
        for record, pair in stream(n):
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


def child(url: str, truth_path: str) -> None:
    """Measure in a fresh process: floor pass, then the scan; print one JSON line."""
    db = Database(url)
    _clear_caches()
    started = time.perf_counter()
    with db.uow(write=False) as uow:
        count = 0
        for row in iter_records(uow, matching.RecordKind.CONTACT):
            matching.normalise_name(row["first_name"])
            matching.normalise_name(row["last_name"])
            matching.normalise_company(row["company_name"])
            for column in ("phone_business", "phone_mobile", "phone_home"):
                matching.normalise_phone(row[column])
            matching.normalise_email(row["email"])
            matching.normalise_postcode(row["postcode"])
            count += 1
    floor = time.perf_counter() - started
    rss_floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _clear_caches()
    started = time.perf_counter()
    with db.uow(write=False) as uow:
        result = scan(uow)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    truth = {tuple(p) for p in json.loads(Path(truth_path).read_text())}
    found = {(p.a, p.b) for p in result.pairs}
    hits = len(found & truth)
    print(
        json.dumps(
            {
                "records": count,
                "floor_s": round(floor, 2),
                "scan_s": round(seconds, 2),
                "ratio": round(seconds / floor, 2),
                "pairs": len(found),
                "compared": result.compared,
                "true_pairs": len(truth),
                "precision": round(hits / max(1, len(found)), 4),
                "recall": round(hits / max(1, len(truth)), 4),
                "peak_mb": round(peak_kb / 1024),
                "peak_floor_mb": round(rss_floor / 1024),
                "oversized_blocks": result.oversized_blocks,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--child", nargs=2, metavar=("URL", "TRUTH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        for n in args.sizes:
            path = Path(folder) / f"dup{n}.sqlite"
            built, truth_path = build(path, n)
            out = subprocess.run(
                [sys.executable, __file__, "--child", resolve_database(str(path)), str(truth_path)],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{n:>9,} contacts (database filled in {built:.1f} s)")
            print(f"  floor (read + normalise only) {figures['floor_s']:>7.2f} s")
            print(
                f"  scan with default settings    {figures['scan_s']:>7.2f} s  "
                f"= {figures['ratio']:.2f} x the floor"
            )
            print(
                f"  candidate pairs {figures['pairs']:,} (true {figures['true_pairs']:,}), "
                f"pairs compared {figures['compared']:,} "
                f"({figures['compared'] / n:.2f} per record), oversized blocks "
                f"{figures['oversized_blocks']}"
            )
            print(f"  precision {figures['precision']:.4f}  recall {figures['recall']:.4f}")
            print(
                f"  peak memory {figures['peak_mb']:,} MB "
                f"(after the floor pass: {figures['peak_floor_mb']:,} MB)"
            )
            sys.stdout.flush()


if __name__ == "__main__":
    main()
