"""Benchmark: building each report (the document, before any writing) and the home figures
on a demo database, against a bare read of the same size measured in the same run.

Baseline: ``SELECT`` of the contact list's columns over every contact, fetched to Python
(the least the contact list report must do); ``count(*)`` of the history is printed beside
it. Each
measure is the median of ``--runs`` alternated runs. Every report is one grouped query plus
one detail query, so its ratio should stay flat when ``--contacts`` grows.

Run: ``python benchmarks/bench_reports.py [--contacts 20000] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from desktop_crm.domain.reports import ReportParams
from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.services.reports.home import home_figures
from desktop_crm.services.reports.registry import build, list_reports
from desktop_crm.services.setup import open_database
from desktop_crm.storage.location import resolve_database
from desktop_crm.storage.uow import Database, UnitOfWork


def _contact_rows(uow: UnitOfWork) -> int:
    return len(
        uow.session.execute(
            text(
                "SELECT last_name, first_name, company_name, phone_business, phone_mobile, "
                "email, postcode, city, status, last_reach FROM contact"
            )
        ).all()
    )


def _history_count(uow: UnitOfWork) -> int:
    return int(uow.session.execute(text("SELECT count(*) FROM history")).scalar_one())


def _median(db: Database, fn: Callable[[UnitOfWork], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        db.read(fn)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_database(str(Path(folder) / "bench.sqlite")), create=True).db
        db.run(generate_demo, args.contacts, seed=11)
        first = int(
            db.read(
                lambda uow: uow.session.execute(text("SELECT min(id) FROM contact")).scalar_one()
            )
        )
        today = dt.date.today()
        period = ReportParams(
            language="fr", date_from=today - dt.timedelta(days=90), date_to=today, contact_id=first
        )
        print(f"{args.contacts} contacts, median of {args.runs} runs")
        for spec in list_reports():
            base = _median(db, _contact_rows, args.runs)
            took = _median(db, lambda uow, n=spec.name: build(uow, n, period), args.runs)
            print(
                f"  {spec.name:<16} {took * 1000:8.1f} ms   ×{took / base:5.2f} of the contact read"
            )
        base = _median(db, _history_count, args.runs)
        took = _median(db, lambda uow: home_figures(uow, None, today), args.runs)
        print(
            f"  {'home figures':<16} {took * 1000:8.1f} ms   ×{took / base:5.2f} of count(history)"
        )
        db.dispose()


if __name__ == "__main__":
    main()
