"""Opportunities benchmark: the pipeline (funnel) and the forecast on 100k opportunities.

Run: python benchmarks/bench_opportunities.py [--opportunities 100000] [--rounds 15] [--cache DIR]
Each figure is printed as a ratio against the bare SQL aggregate of the same figures run with
sqlite3 in the same run (medians and p95); baseline and subject runs alternate.
The database is cached in --cache (default: the system temp folder) between runs.
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
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from alternating import cached_database, compare  # noqa: E402

SEED = 12  # the cached database's name carries it (and the schema revision)

TODAY = dt.date(2026, 6, 15)
PIPELINE_SQL = (
    "SELECT stage_id, count(*), sum(amount), sum(amount * probability) FROM opportunity "
    "WHERE process_id = ? AND status = 'open' GROUP BY stage_id"
)
STAGES_SQL = (
    "SELECT id, name, position, probability FROM sales_stage WHERE process_id = ? "
    "ORDER BY position, id"
)
FORECAST_SQL = (
    "SELECT expected_close, count(*), sum(amount), sum(amount * probability) FROM opportunity "
    "WHERE status = 'open' AND expected_close >= ? AND expected_close < ? "
    "GROUP BY expected_close"
)
WON_SQL = (
    "SELECT count(*), sum(amount) FROM opportunity "
    "WHERE status = 'won' AND closed_at >= ? AND closed_at < ?"
)


def build(path: Path, n: int) -> None:
    from sqlalchemy import select

    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.bulk import bulk_insert
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.storage.models import Opportunity, SalesProcess, SalesStage

    rng = random.Random(SEED)
    opened = open_database(resolve_database(str(path)))
    with opened.db.uow() as uow:
        pid = uow.session.scalar(select(SalesProcess.id).where(SalesProcess.is_default))
        stages = uow.session.execute(
            select(SalesStage.id, SalesStage.probability).where(SalesStage.process_id == pid)
        ).all()
        now = dt.datetime(2026, 6, 1)
        rows = []
        for i in range(n):
            draw = rng.random()
            stage_id, prob = rng.choice(stages)
            status = "open" if draw < 0.7 else ("won" if draw < 0.85 else "lost")
            closed = (
                None
                if status == "open"
                else dt.datetime.combine(TODAY - dt.timedelta(days=rng.randrange(730)), dt.time(10))
            )
            rows.append(
                {
                    "name": f"Opportunité {i}",
                    "process_id": pid,
                    "stage_id": stage_id,
                    "probability": prob if status == "open" else (100 if status == "won" else 0),
                    "amount": Decimal(rng.randrange(10_000, 6_000_000)) / 100,
                    "currency": "EUR",
                    "expected_close": TODAY + dt.timedelta(days=rng.randrange(-60, 420)),
                    "status": status,
                    "closed_at": closed,
                    "version": 1,
                    "created_at": now,
                    "edited_at": now,
                }
            )
        bulk_insert(uow.session, Opportunity.__table__, None, rows)  # type: ignore[arg-type]
        uow.commit()
    opened.db.dispose()


def measure(path: Path, rounds: int) -> dict[str, Any]:
    from desktop_crm.domain.clock import wall_to_utc
    from desktop_crm.domain.opportunities import OpportunityFilter, add_months
    from desktop_crm.services.opportunities import analysis
    from desktop_crm.services.opportunities.processes import default_process_id
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.storage.uow import Database

    db = Database(resolve_database(str(path)))
    pid = db.read(default_process_id)
    raw = sqlite3.connect(path)
    first = TODAY.replace(day=1)
    end = add_months(first, 12)
    flt = OpportunityFilter()

    def pipeline_base() -> int:
        stages = raw.execute(STAGES_SQL, (pid,)).fetchall()
        sums = {r[0]: r for r in raw.execute(PIPELINE_SQL, (pid,)).fetchall()}
        return sum(sums[s[0]][1] for s in stages if s[0] in sums)

    def pipeline_subject() -> int:
        return db.read(analysis.pipeline, flt, pid).count

    def ts(day: dt.date) -> str:
        return wall_to_utc(dt.datetime.combine(day, dt.time())).isoformat(sep=" ")

    periods = []
    q_start = dt.date(TODAY.year, 3 * ((TODAY.month - 1) // 3) + 1, 1)
    for start, span in ((first, 1), (q_start, 3), (dt.date(TODAY.year, 1, 1), 12)):
        periods.append((ts(start), ts(add_months(start, span))))
        periods.append((ts(add_months(start, -span)), ts(start)))

    def forecast_base() -> int:
        months: dict[tuple[int, int], int] = {}
        for day, count, *_ in raw.execute(
            FORECAST_SQL, (first.isoformat(), end.isoformat())
        ).fetchall():
            key = (int(day[:4]), int(day[5:7]))
            months[key] = months.get(key, 0) + count
        for low, high in periods:
            raw.execute(WON_SQL, (low, high)).fetchone()
        return sum(months.values())

    def forecast_subject() -> int:
        result = db.read(analysis.forecast, flt, 12, TODAY)
        return sum(m.count for m in result.months)

    out: dict[str, Any] = {}
    assert pipeline_base() == pipeline_subject(), (pipeline_base(), pipeline_subject())
    out["open_in_pipeline"] = pipeline_subject()
    out["pipeline"] = compare(rounds, pipeline_base, pipeline_subject)
    assert forecast_base() == forecast_subject(), (forecast_base(), forecast_subject())
    out["open_in_forecast"] = forecast_subject()
    out["forecast"] = compare(rounds, forecast_base, forecast_subject)
    raw.close()
    db.dispose()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    path = cached_database(args.cache, "opportunities", args.opportunities, SEED)
    if not path.exists():
        started = time.perf_counter()
        build(path, args.opportunities)
        print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    result = {"opportunities": args.opportunities, **measure(path, args.rounds)}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
