"""Foundation benchmark: bulk contact inserts vs raw sqlite3, open time, GUI start-up.

Run: python benchmarks/bench_foundation.py [--contacts 100000]
Every figure is printed with a baseline measured in the same run (machines are noisy).
Targets (issue "Foundation"): bulk path >= 0.2 x raw executemany; window shown <= 1.5 s.
"""

from __future__ import annotations

import argparse
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

from desktop_crm.services.contacts.records import bulk_insert_contacts  # noqa: E402
from desktop_crm.services.setup import open_database  # noqa: E402
from desktop_crm.storage.location import resolve_database  # noqa: E402


def make_rows(n: int, seed: int = 1) -> list[dict[str, object]]:
    rng = random.Random(seed)
    first = ["Hélène", "Jean", "Loïc", "Chloé", "Éric", "Anaïs"]
    last = ["Lefèvre", "Dupont", "Martin", "Garnier", "Rousseau", "Chevalier"]
    towns = [("Lyon", "69003"), ("Paris", "75011"), ("Nantes", "44000"), ("Lille", "59000")]
    rows = []
    for i in range(n):
        town, postcode = rng.choice(towns)
        rows.append(
            {
                "civility": "M.",
                "first_name": rng.choice(first),
                "last_name": rng.choice(last),
                "company_name": f"Société {i % 997}",
                "phone_business": f"+3347{i % 10000000:07d}",
                "phone_mobile": f"+336{i % 100000000:08d}",
                "email": f"c{i}@exemple.fr",
                "address1": f"{i % 200} rue de la Paix",
                "postcode": postcode,
                "city": town,
            }
        )
    return rows


def bench_inserts(n: int, folder: Path) -> tuple[float, float]:
    rows = make_rows(n)
    # Raw baseline: the same table (same schema and indexes), plain executemany.
    raw_path = folder / "raw.sqlite"
    opened = open_database(resolve_database(str(raw_path)))
    opened.db.dispose()
    columns = list(rows[0])
    conn = sqlite3.connect(raw_path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    values = [tuple(r[c] for c in columns) for r in rows]
    started = time.perf_counter()
    conn.executemany(
        f"INSERT INTO contact ({', '.join(columns)}, version, created_at, edited_at, "
        "do_not_mail, do_not_call, do_not_email, npai, email_invalid, to_review, "
        "last_name_key, first_name_key, company_key, city_key, email_key, phone_key, "
        f"mobile_key) VALUES ({', '.join('?' * len(columns))}, 1, CURRENT_TIMESTAMP, "
        "CURRENT_TIMESTAMP, 0, 0, 0, 0, 0, 0, '', '', '', '', '', '', '')",
        values,
    )
    conn.commit()
    raw = time.perf_counter() - started
    conn.close()

    service_path = folder / "service.sqlite"
    opened = open_database(resolve_database(str(service_path)))
    started = time.perf_counter()
    with opened.db.uow() as uow:
        bulk_insert_contacts(uow, rows)
        uow.commit()
    service = time.perf_counter() - started
    opened.db.dispose()
    return n / raw, n / service


def timed_process(code: str, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
    )
    return time.perf_counter() - started


def median_of(runs: int, code: str, env: dict[str, str] | None = None) -> float:
    return statistics.median(timed_process(code, env) for _ in range(runs))


def time_to_output(code: str, marker: str, env: dict[str, str]) -> float:
    """Seconds from spawning a process to the line ``marker`` on its standard output."""
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            if marker in line:
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError("the process ended before showing its window")
        proc.wait()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        raw_rate, service_rate = bench_inserts(args.contacts, folder)
        print(
            f"insert {args.contacts} contacts: raw sqlite3 executemany {raw_rate:,.0f}/s, "
            f"services bulk path {service_rate:,.0f}/s, ratio {service_rate / raw_rate:.2f} "
            "(target >= 0.20)"
        )

        big = folder / "big.sqlite"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop_crm",
                "demo",
                "--contacts",
                str(args.contacts),
                "--db",
                str(big),
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        bare = median_of(
            args.runs,
            f"import sqlite3; c = sqlite3.connect({str(big)!r}); "
            "print(c.execute('select count(*) from contact')"
            ".fetchone())",
        )
        ours = median_of(
            args.runs,
            (
                "from desktop_crm.services.setup import open_database\n"
                "from desktop_crm.storage.location import resolve_database\n"
                "from sqlalchemy import text\n"
                f"r = open_database(resolve_database({str(big)!r}))\n"
                "with r.db.uow(write=False) as u: print(u.session.scalar("
                "text('select count(*) from contact')))\n"
            ),
        )
        print(
            f"process start to an open, counted {args.contacts}-contact database: "
            f"{ours:.2f} s (bare python+sqlite3 {bare:.2f} s, ratio {ours / bare:.1f})"
        )

        env = {
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "DESKTOP_CRM_EXIT_AFTER_SHOW": "1",
        }
        bare_code = (
            "from PySide6.QtWidgets import QApplication, QMainWindow\n"
            "a = QApplication([]); w = QMainWindow(); w.show(); a.processEvents()\n"
            "print('window shown', flush=True)\n"
        )
        app_code = (
            "import sys\nfrom desktop_crm.cli import main\n"
            f"sys.exit(main(['--db', {str(big)!r}]))\n"
        )
        bare_qt = statistics.median(
            time_to_output(bare_code, "window shown", env) for _ in range(args.runs)
        )
        app = statistics.median(
            time_to_output(app_code, "window shown", env) for _ in range(args.runs)
        )
        print(
            f"start-up to a shown main window on {args.contacts} contacts: {app:.2f} s "
            f"(bare Qt window {bare_qt:.2f} s, ratio {app / bare_qt:.1f}; target <= 1.5 s)"
        )


if __name__ == "__main__":
    main()
