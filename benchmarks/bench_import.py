"""Import benchmark: 100,000-row CSV and XLSX into a database already holding 100,000 contacts.

Figures are printed as ratios to a baseline measured in the same run: reading the same file
with the bare reader (csv.reader / python-calamine) plus a raw sqlite3 ``executemany`` of the
same rows. Baseline and import alternate run by run (``--rounds``, median and p95, with the
load average); each import runs on a fresh copy of a seeded database cached between runs
and keyed by schema revision, seed and size (``--cache``). Targets (issue 19): CSV >= 0.12,
XLSX >= 0.2; undo <= 2x the import time.

    PYTHONPATH=. python benchmarks/bench_import.py [--rows 100000] [--existing 100000]
        [--rounds 5] [--cache DIR]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_cache import cached_database, fresh_copy

from desktop_crm.services.demo.data import LAST_NAMES

SEED_ON_FILE = 1  # the generator seed of the contacts on file (part of the cache key)

FIRST = [
    "Jean",
    "Marie",
    "Luc",
    "Hélène",
    "André",
    "Zoé",
    "Paul",
    "Anne",
    "Éric",
    "Léa",
    "Marc",
    "Sophie",
    "Hugo",
    "Chloé",
    "Louis",
    "Camille",
]
LAST = list(LAST_NAMES[:16])  # the demo data's surnames
CITIES = [
    ("75002", "Paris"),
    ("69002", "Lyon"),
    ("13001", "Marseille"),
    ("06000", "Nice"),
    ("59000", "Lille"),
    ("33000", "Bordeaux"),
    ("31000", "Toulouse"),
    ("44000", "Nantes"),
]
DOMAINS = ["orange.fr", "gmail.com", "free.fr", "yahoo.fr", "hotmail.fr", "laposte.net"]
HEADER = [
    "Civilité",
    "Prénom",
    "Nom",
    "Société",
    "E-mail",
    "Téléphone",
    "Mobile",
    "Adresse",
    "Code postal",
    "Ville",
]


def person(i: int, rng: random.Random) -> list[str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    postcode, city = rng.choice(CITIES)
    email = f"{first.lower()}.{last.lower()}{i}@{rng.choice(DOMAINS)}"
    if i % 97 == 0:
        email = email.replace(".fr", ".frr")  # a typo to suggest
    phone = f"0{rng.choice('12345')}{rng.randrange(10**8):08d}"
    mobile = (
        f"06 {rng.randrange(100):02d} {rng.randrange(100):02d} {rng.randrange(100):02d} "
        f"{rng.randrange(100):02d}"
    )
    return [
        rng.choice(["M.", "Mme", "Monsieur", "Madame"]),
        first,
        last,
        f"Société {last} {i % 5000}",
        email,
        phone,
        mobile,
        f"{i % 200} rue de la Paix",
        postcode,
        city,
    ]


def seed(db_url: str, count: int) -> None:
    from desktop_crm.services.contacts.records import lookup_keys
    from desktop_crm.services.importing.checks import check_row
    from desktop_crm.storage.models import Contact
    from desktop_crm.storage.uow import Database

    rng = random.Random(SEED_ON_FILE)
    db = Database(db_url)
    keys = (
        "civility",
        "first_name",
        "last_name",
        "company_name",
        "email",
        "phone_business",
        "phone_mobile",
        "address1",
        "postcode",
        "city",
    )
    with db.uow() as uow:
        conn = uow.session.connection()
        batch = []
        for i in range(count):
            values, _ = check_row(dict(zip(keys, person(10_000_000 + i, rng), strict=True)))
            batch.append({**values, **lookup_keys(values), "version": 1})
            if len(batch) == 5000:
                conn.execute(Contact.__table__.insert(), batch)
                batch = []
        if batch:
            conn.execute(Contact.__table__.insert(), batch)
        uow.commit()
    db.dispose()


def make_rows(count: int, existing: int) -> list[list[str]]:
    rng = random.Random(2)
    rows = [person(i, rng) for i in range(count)]
    # 5 % are people already on file (same e-mail as a seeded contact).
    seed_rng = random.Random(SEED_ON_FILE)
    seeded = [person(10_000_000 + i, seed_rng) for i in range(min(existing, count // 20))]
    for k, row in enumerate(seeded):
        rows[k * 20] = row
    return rows


def write_files(folder: Path, rows: list[list[str]]) -> tuple[Path, Path]:
    from openpyxl import Workbook

    csv_path = folder / "salon.csv"
    with csv_path.open("w", encoding="cp1252", errors="replace", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Contacts")
    sheet.append(["Salon 2026 - visiteurs"])
    sheet.append(HEADER)
    for row in rows:
        # Phones and postcodes as numbers, as a typed Excel file has them.
        sheet.append([*row[:5], int(row[5]), row[6], row[7], int(row[8]), row[9]])
    xlsx_path = folder / "salon.xlsx"
    workbook.save(xlsx_path)
    return csv_path, xlsx_path


def baseline(path: Path, folder: Path) -> float:
    """Bare reader + raw executemany of the same rows, in seconds."""
    start = time.perf_counter()
    if path.suffix == ".csv":
        with path.open(encoding="cp1252", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))[1:]
    else:
        import python_calamine

        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        rows = [[str(c) for c in r] for r in workbook.get_sheet_by_index(0).iter_rows()][2:]
    target = folder / f"raw-{path.suffix[1:]}.sqlite"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (" + ", ".join(f"c{i} TEXT" for i in range(10)) + ")")
    conn.executemany("INSERT INTO t VALUES (" + ", ".join("?" * 10) + ")", rows)
    conn.commit()
    conn.close()
    return time.perf_counter() - start


def clear_value_caches() -> None:
    """Start each import cold: the CSV and XLSX files hold the same people, so per-value
    caches warmed by the first import (or by seeding) would flatter the second one."""
    from desktop_crm.domain import emails, phones, text
    from desktop_crm.services.importing import keys as import_keys
    from desktop_crm.services.importing import matching as import_matching

    for cached in (
        emails.check_email,
        phones.check_phone,
        phones.format_phone,
        text._fold_slow,
        import_keys.fast_check_phone,
        import_keys.fast_check_email,
        import_keys.domain_verdict,
        import_keys._fold,
        import_matching.fold,
        import_matching.company_key,
        import_matching._name_key,
    ):
        clear = getattr(cached, "cache_clear", None)
        if clear is not None:  # some have a fast path and no cache any more
            clear()
    text._ACCENTS.clear()


def run_import(db_url: str, path: Path) -> tuple[float, float, int, int]:
    """The import pipeline the CLI and the wizard run, committed once, then its undo."""
    from desktop_crm.domain.progress import TaskControl
    from desktop_crm.services.importing.pipeline import ImportRequest, undo_batch
    from desktop_crm.services.importing.pipeline import run_import as pipeline_import
    from desktop_crm.storage.uow import Database

    db = Database(db_url)
    _ = db.user_id
    clear_value_caches()
    start = time.perf_counter()
    report = db.run(pipeline_import, TaskControl(), ImportRequest(str(path))).value.report
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    db.run(undo_batch, TaskControl(), report.batch_id or 0)
    undo = time.perf_counter() - start
    db.dispose()
    return elapsed, undo, report.created, report.skipped


def seeded_database(cache: Path, existing: int) -> Path:
    """The cached database of ``existing`` seeded contacts (built when missing), said with
    the load average at start."""
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    def build(path: Path) -> None:
        url = resolve_database(str(path))
        open_database(url, create=True).db.dispose()
        seed(url, existing)

    t0 = time.perf_counter()
    seeded, reused = cached_database(cache, "import", SEED_ON_FILE, existing, build)
    print(
        f"{existing} contacts on file: {seeded.name} "
        f"({'reused' if reused else f'built in {time.perf_counter() - t0:.1f} s'})"
    )
    print(f"load average at start: {', '.join(f'{v:.2f}' for v in os.getloadavg())}")
    return seeded


def _stats(samples: list[float]) -> tuple[float, float]:
    """(median, p95) in seconds."""
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[
        min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--existing", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="alternated baseline/import runs")
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()),
        help="folder of the cached seeded databases (keyed by schema revision, seed, size)",
    )
    parser.add_argument(
        "--serial",
        action="store_true",
        help="check rows in this process only (no helper process)",
    )
    args = parser.parse_args()
    if args.serial:
        import desktop_crm.services.importing.check_helper as helping

        helping.MAX_HELPERS = 0
    from desktop_crm.storage.location import resolve_database

    seeded = seeded_database(args.cache, args.existing)
    from desktop_crm.services.importing.check_helper import helper_count

    helpers = helper_count()
    print(
        f"check helper processes: {helpers} ({os.cpu_count()} cores; "
        + (
            "the import checks on them and this process, the baseline on this process only)"
            if helpers
            else "the import checks in this process, as the baseline reads)"
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path, xlsx_path = write_files(folder, make_rows(args.rows, args.existing))
        work = folder / "crm.sqlite"
        url = resolve_database(str(work))
        times: dict[str, dict[str, list[float]]] = {
            label: {"base": [], "import": [], "undo": []} for label in ("CSV", "XLSX")
        }
        counts: dict[str, tuple[int, int]] = {}
        for path in (csv_path, xlsx_path):
            baseline(path, folder)  # warm the page cache for both formats
        # Rounds alternate the bare baseline and the import (each on a fresh copy of the
        # seeded database), so that the shared machine's drift stays out of the ratio.
        for _ in range(args.rounds):
            for label, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
                times[label]["base"].append(baseline(path, folder))
                fresh_copy(seeded, work)
                elapsed, undo, created, skipped = run_import(url, path)
                times[label]["import"].append(elapsed)
                times[label]["undo"].append(undo)
                counts[label] = (created, skipped)
        load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
        print(f"{args.rounds} alternated rounds; load average at the end: {load} (shared machine)")
        for label, target in (("CSV", 0.12), ("XLSX", 0.2)):
            base, base95 = _stats(times[label]["base"])
            elapsed, elapsed95 = _stats(times[label]["import"])
            undo, undo95 = _stats(times[label]["undo"])
            created, skipped = counts[label]
            ratio = base / elapsed
            print(
                f"{label}: {args.rows} rows imported in median {elapsed:.2f} s, p95 "
                f"{elapsed95:.2f} s ({args.rows / elapsed:,.0f} rows/s; {created} created, "
                f"{skipped} duplicates skipped); baseline median {base:.2f} s, p95 "
                f"{base95:.2f} s ({args.rows / base:,.0f} rows/s)"
            )
            print(
                f"{label}: ratio baseline / import, median {ratio:.3f}, p95 "
                f"{base95 / elapsed95:.3f} (target >= {target}) "
                f"{'OK' if ratio >= target else 'BELOW TARGET'}"
            )
            print(
                f"{label}: undo median {undo:.2f} s, p95 {undo95:.2f} s = {undo / elapsed:.2f} x "
                f"the import (target <= 2) {'OK' if undo <= 2 * elapsed else 'ABOVE TARGET'}"
            )


if __name__ == "__main__":
    main()
