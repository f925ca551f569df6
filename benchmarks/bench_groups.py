"""Groups benchmark: opening a dynamic group of ~10 % of the contacts, and a 6-condition query.

Run: python benchmarks/bench_groups.py [--contacts 1000000] [--rounds 9] [--cache DIR]
Each figure is printed as a ratio against the bare SQL of the same query run with sqlite3 in
the same run; baseline and subject runs alternate. Target (issue 11): a dynamic group of
100k contacts opens (ids + count) in <= 300 ms on a 1M-contact database.
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from alternating import cached_database, compare  # noqa: E402

SEED = 11  # the cached database's name carries it (and the schema revision)

TODAY = dt.date(2026, 6, 15)
GROUP_QUERY = 'status = "Client" and last_reach older than 3 months'
GROUP_SQL = (
    "SELECT id FROM contact WHERE status = 'Client' AND last_reach < ? "
    "ORDER BY last_name_key, first_name_key, id"
)
SIX_QUERY = (
    'status in ("Client", "Prospect") and postcode starts with "6" and city != "Paris" '
    "and last_reach in the last 12 months and email is not empty and do_not_mail = no"
)
SIX_SQL = (
    "SELECT id FROM contact WHERE status IN ('Client', 'Prospect') "
    "AND postcode >= '6' AND postcode < '7' AND city_key != 'paris' "
    "AND last_reach >= ? AND last_reach < ? AND email_key != '' "
    "AND (do_not_mail IS NULL OR do_not_mail = 0) "
    "ORDER BY last_name_key, first_name_key, id"
)
STATUSES = (("Client", 0.125), ("Prospect", 0.4), ("Suspect", 0.3), ("Partenaire", 0.175))


def build(path: Path, n: int) -> None:
    from desktop_crm.services.contacts.records import bulk_insert_contacts
    from desktop_crm.services.demo.data import FIRST_NAMES_F, FIRST_NAMES_M, LAST_NAMES, TOWNS
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    rng = random.Random(SEED)
    firsts = (*FIRST_NAMES_F, *FIRST_NAMES_M)
    names, weights = zip(*STATUSES, strict=True)
    opened = open_database(resolve_database(str(path)))
    noon = dt.datetime.combine(TODAY, dt.time(12))
    chunk = 50_000
    for start in range(0, n, chunk):
        rows = []
        for i in range(start, min(n, start + chunk)):
            town = rng.choice(TOWNS)
            reach = None if rng.random() < 0.1 else noon - dt.timedelta(days=rng.randrange(720))
            rows.append(
                {
                    "first_name": rng.choice(firsts),
                    "last_name": rng.choice(LAST_NAMES),
                    "company_name": f"Société {rng.randrange(20_000)}",
                    "email": f"c{i}@exemple.fr" if rng.random() < 0.8 else None,
                    "city": town[0] if isinstance(town, tuple) else str(town),
                    "postcode": f"{rng.randrange(1000, 96000):05d}",
                    "status": rng.choices(names, weights)[0],
                    "last_reach": reach,
                    "do_not_mail": rng.random() < 0.05,
                }
            )
        with opened.db.uow() as uow:
            bulk_insert_contacts(uow, rows)
            uow.commit()
    opened.db.dispose()


def measure(path: Path, rounds: int) -> dict[str, Any]:
    from desktop_crm.domain.clock import FixedClock
    from desktop_crm.domain.query import shift
    from desktop_crm.services.groups import groups, query
    from desktop_crm.storage.location import resolve_database
    from desktop_crm.storage.uow import Database

    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(9)))
    db = Database(resolve_database(str(path)))
    with db.uow() as uow:
        existing = groups.resolve_group_id(uow, "Bench clients")
        if existing is None:
            existing = groups.create_group(uow, "Bench clients", query_text=GROUP_QUERY).id
            uow.commit()
        group_id = existing
    raw = sqlite3.connect(path)
    cutoff = f"{shift(TODAY, -3, 'months').isoformat()} 00:00:00.000000"
    low = f"{shift(TODAY, -12, 'months').isoformat()} 00:00:00.000000"
    high = f"{(TODAY + dt.timedelta(days=1)).isoformat()} 00:00:00.000000"
    out: dict[str, Any] = {}

    count_sql = "SELECT count(*) FROM contact WHERE status = 'Client' AND last_reach < ?"

    def group_base() -> tuple[int, int]:
        # The ids in list order; their number is the count (one query, as open_group does).
        ids = [row[0] for row in raw.execute(GROUP_SQL, (cutoff,)).fetchall()]
        return len(ids), len(ids)

    def group_open() -> tuple[int, int]:
        with db.uow(write=False) as uow:
            opened = groups.open_group(uow, group_id, clock=clock)
        return len(opened.ids), opened.count

    def count_base() -> int:
        return int(raw.execute(count_sql, (cutoff,)).fetchone()[0])

    def count_subject() -> int:
        with db.uow(write=False) as uow:
            return groups.count_members(uow, group_id, clock=clock)

    def six_base() -> int:
        return len(raw.execute(SIX_SQL, (low, high)).fetchall())

    def six_query() -> int:
        with db.uow(write=False) as uow:
            return len(query.matching_ids(uow, SIX_QUERY, clock=clock))

    n_base, n_subject = group_base(), group_open()
    assert n_base == n_subject, (n_base, n_subject)
    out["group_members"] = n_subject[0]
    out["open_group_ids_and_count"] = compare(rounds, group_base, group_open)
    assert count_base() == count_subject()
    out["count_members_only"] = compare(rounds, count_base, count_subject)
    assert six_base() == six_query(), (six_base(), six_query())
    out["six_condition_matches"] = six_query()
    out["six_condition_query_ids"] = compare(rounds, six_base, six_query)
    with db.uow(write=False) as uow:
        out["group_plan"] = query.explain_query(uow, GROUP_QUERY, clock=clock)
        out["six_condition_plan"] = query.explain_query(uow, SIX_QUERY, clock=clock)
    db.dispose()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    path = cached_database(args.cache, "groups", args.contacts, SEED)
    if not path.exists():
        started = time.perf_counter()
        build(path, args.contacts)
        print(f"built {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    result = {"contacts": args.contacts, **measure(path, args.rounds)}
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
