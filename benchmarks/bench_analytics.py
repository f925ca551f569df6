"""Targeting analytics benchmark: each analysis (ABC, quartiles, quadrants, P−R, elasticity,
maturity, RFM, inactive) over all clients, against the bare SQL aggregate it needs.

Run: python benchmarks/bench_analytics.py [--clients 100000] [--sales 2000000] [--rounds 7]
     [--cache DIR]
The database holds ``--clients`` clients (80 % companies with one contact each, 20 %
contacts without a company), ``--sales`` sale lines over five years, 3 history entries per
client and the P field. The baseline is the one SQL statement (sqlite3, no ORM) that gives
the sums the method needs per client — the sales sums of the period (and, per method, the
previous period, the years, the last purchase day, the contacts made); the subject is
``run_analysis`` with its classification, the client names and P. Runs alternate; the ratio
is subject / baseline (median and p95).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from alternating import cached_database, compare  # noqa: E402

SEED = 13  # the cached database's name carries it (and the schema revision)

YEAR = 2025
FIRST_DAY = dt.date(2021, 1, 1)
CLIENT = (
    "coalesce(s.company_id, c.company_id), "
    "CASE WHEN coalesce(s.company_id, c.company_id) IS NULL THEN s.contact_id END"
)
SALES_FROM = "FROM sale s LEFT JOIN contact c ON c.id = s.contact_id"
CENTS = "CAST(round(s.amount * 100) AS INTEGER)"
BASE_SUM = (
    f"SELECT {CLIENT}, sum({CENTS}) {SALES_FROM} "
    "WHERE s.sold_on BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1, 2"
)
BASE_TWO_PERIODS = (
    f"SELECT {CLIENT}, sum(CASE WHEN s.sold_on >= '2025-01-01' THEN {CENTS} END), "
    f"sum(CASE WHEN s.sold_on < '2025-01-01' THEN {CENTS} END) {SALES_FROM} "
    "WHERE s.sold_on BETWEEN '2024-01-01' AND '2025-12-31' GROUP BY 1, 2"
)
BASE_YEARS = (
    f"SELECT {CLIENT}, strftime('%Y', s.sold_on), sum({CENTS}) {SALES_FROM} "
    "WHERE s.sold_on BETWEEN '2022-01-01' AND '2025-12-31' GROUP BY 1, 2, 3"
)
# Up to the end of the period keeps most rows: a table scan (NOT INDEXED) is the fastest
# plan for the baseline, as it is for the service.
BASE_RFM = (
    f"SELECT {CLIENT}, sum({CENTS}), count(*), max(s.sold_on) "
    f"{SALES_FROM.replace('sale s', 'sale s NOT INDEXED')} "
    "WHERE s.sold_on <= '2025-12-31' GROUP BY 1, 2"
)
BASE_CONTACTS = (
    "SELECT coalesce(h.company_id, c.company_id), count(*) FROM history h "
    "LEFT JOIN contact c ON c.id = h.contact_id WHERE h.type IN ('call_reached', "
    "'call_received', 'meeting_held', 'letter_sent', 'email_sent') AND h.occurred_at >= "
    "'2024-01-01' AND h.occurred_at < '2026-01-01' GROUP BY 1"
)
BASELINES = {
    "abc": (BASE_SUM,),
    "quartiles": (BASE_SUM,),
    "pr": (BASE_SUM,),
    "quadrants": (BASE_SUM, BASE_CONTACTS),
    "elasticity": (BASE_TWO_PERIODS, BASE_CONTACTS),
    "maturity": (BASE_YEARS,),
    "rfm": (BASE_RFM,),
    "inactive": (BASE_RFM,),
}


def build(path: Path, clients: int, sales: int) -> None:
    from desktop_crm.services.fields import define_field
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    opened = open_database(resolve_database(str(path)))
    opened.db.run(define_field, "company", "potentiel_ca", "number", "Potentiel (P)")
    field_id = opened.db.read(
        lambda uow: uow.session.execute(
            __import__("sqlalchemy").text("SELECT id FROM custom_field WHERE name='potentiel_ca'")
        ).scalar_one()
    )
    opened.db.dispose()
    rng = random.Random(SEED)
    companies = clients * 4 // 5
    solo = clients - companies
    raw = sqlite3.connect(path)
    now = "2026-01-01 00:00:00.000000"
    raw.executemany(
        "INSERT INTO company (id, name, name_key, status, version, created_at, edited_at) "
        "VALUES (?, ?, ?, 'Client', 1, ?, ?)",
        ((i, f"Société {i}", f"societe {i}", now, now) for i in range(1, companies + 1)),
    )
    raw.executemany(
        "INSERT INTO contact (id, last_name, last_name_key, first_name_key, company_key, "
        "city_key, email_key, phone_key, mobile_key, company_id, status, do_not_mail, "
        "do_not_call, do_not_email, npai, email_invalid, to_review, version, created_at, "
        "edited_at) VALUES (?, ?, ?, '', '', '', '', '', '', ?, 'Client', 0, 0, 0, 0, 0, 0, "
        "1, ?, ?)",
        (
            (i, f"Nom {i}", f"nom {i}", i if i <= companies else None, now, now)
            for i in range(1, companies + solo + 1)
        ),
    )
    raw.executemany(
        "INSERT INTO company_field_value (field_id, company_id, value_number) VALUES (?, ?, ?)",
        (
            (field_id, i, rng.randrange(1000, 500_000))
            for i in range(1, companies + 1)
            if rng.random() < 0.8
        ),
    )
    days = (dt.date(2026, 6, 30) - FIRST_DAY).days
    chunk = 200_000
    for start in range(0, sales, chunk):
        rows = []
        for _ in range(start, min(sales, start + chunk)):
            who = rng.randrange(1, clients + 1)
            day = FIRST_DAY + dt.timedelta(days=rng.randrange(days))
            amount = rng.randrange(1000, 500_000) / 100
            if who <= companies:
                rows.append((who, who, day.isoformat(), amount))
            else:
                rows.append((None, who, day.isoformat(), amount))
        raw.executemany(
            "INSERT INTO sale (company_id, contact_id, sold_on, amount, margin) "
            "VALUES (?, ?, ?, ?, 0)",
            rows,
        )
    kinds = ("call_reached", "meeting_held", "email_sent", "call_attempted")
    raw.executemany(
        "INSERT INTO history (contact_id, company_id, type, occurred_at, private) "
        "VALUES (?, ?, ?, ?, 0)",
        (
            (
                who,
                who if who <= companies else None,
                rng.choice(kinds),
                f"{FIRST_DAY + dt.timedelta(days=rng.randrange(days))} 10:00:00.000000",
            )
            for who in (rng.randrange(1, clients + 1) for _ in range(clients * 3))
        ),
    )
    raw.commit()
    raw.execute("ANALYZE")
    raw.close()


def measure(path: Path, rounds: int, methods: list[str]) -> dict[str, Any]:
    from desktop_crm.services.analytics.figures import Period
    from desktop_crm.services.analytics.run import AnalysisSpec, run_analysis
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.storage.uow import Database

    db = Database(resolve_database(str(path)))
    raw = sqlite3.connect(path)
    out: dict[str, Any] = {}
    for method in methods:
        statements = BASELINES[method]

        def baseline(statements: tuple[str, ...] = statements) -> int:
            return sum(len(raw.execute(sql).fetchall()) for sql in statements)

        def subject(method: str = method) -> int:
            with db.uow(write=False) as uow:
                return len(run_analysis(uow, AnalysisSpec(method, Period.year(YEAR))).rows)

        out[method] = {"clients": subject(), **compare(rounds, baseline, subject)}
        print(method, json.dumps(out[method]), file=sys.stderr)
    db.dispose()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--sales", type=int, default=2_000_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--methods", default=",".join(BASELINES))
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    path = cached_database(args.cache, f"analytics_{args.sales}_sales", args.clients, SEED)
    if not path.exists():
        started = time.perf_counter()
        try:
            build(path, args.clients, args.sales)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    result = {
        "clients": args.clients,
        "sales": args.sales,
        **measure(path, args.rounds, methods),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
