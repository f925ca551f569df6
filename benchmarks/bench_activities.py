"""Benchmark: the task list over 50,000 activities, and a 6-step series on 5,000 contacts.

Run: ``python benchmarks/bench_activities.py [--runs 5]``. Figures are ratios against a
baseline measured in the same run on the same SQLite file (raw ``sqlite3`` query, raw
``executemany``), so they can be compared across machines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_crm.domain.clock import FixedClock
from desktop_crm.domain.series import StepTemplate
from desktop_crm.services.activities.agenda import Due, TaskFilter, task_list
from desktop_crm.services.activities.series import SeriesInput, apply_series, create_series
from desktop_crm.services.setup import open_database
from desktop_crm.storage.models import Activity, Contact, SeriesRun, User

CONTACTS = 5_000
ACTIVITIES = 50_000
NOW = dt.datetime(2026, 12, 2, 10, 0)
TYPES = ("call", "meeting", "todo", "letter", "email")

RAW_TASKS = """
SELECT a.id, a.type, a.start_at, a.timeless, a.duration_min, a.priority, a.regarding,
       a.contact_id, c.first_name, c.last_name, coalesce(co.name, c.company_name),
       a.scheduled_for_id, u.display_name, a.cleared, a.recurrence, a.alarm_lead_min,
       a.series_run_id
FROM activity a
LEFT JOIN contact c ON c.id = a.contact_id
LEFT JOIN company co ON co.id = a.company_id
LEFT JOIN app_user u ON u.id = a.scheduled_for_id
WHERE a.start_at >= ? AND a.start_at < ? AND a.cleared = 0 AND a.scheduled_for_id IN (?)
ORDER BY a.start_at, a.start_at, a.id
"""


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def populate(db: object) -> int:
    rng = random.Random(4)
    with db.uow() as uow:  # type: ignore[attr-defined]
        users = [User(login=f"user{i}", display_name=f"Commercial {i}") for i in range(3)]
        uow.session.add_all(users)
        uow.session.flush()
        user_ids = [u.id for u in users]
        uow.session.execute(
            insert(Contact),
            [
                {
                    "first_name": f"Prénom{i}",
                    "last_name": f"Nom{i}",
                    "last_name_key": f"nom{i}",
                    "first_name_key": f"prenom{i}",
                    "company_name": f"Société {i % 700}",
                }
                for i in range(CONTACTS)
            ],
        )
        contact_ids = list(uow.session.scalars(select(Contact.id)))
        rows = []
        for _ in range(ACTIVITIES):
            start = NOW + dt.timedelta(
                days=rng.randint(-200, 165), minutes=15 * rng.randint(28, 72)
            )
            rows.append(
                {
                    "type": rng.choice(TYPES),
                    "start_at": start.replace(hour=start.hour % 24),
                    "priority": rng.randint(1, 5),
                    "regarding": "Relance devis",
                    "duration_min": 30,
                    "timeless": False,
                    "private": False,
                    "cleared": start < NOW and rng.random() < 0.8,
                    "alarm_dismissed": False,
                    "recurrence_interval": 1,
                    "scheduled_for_id": rng.choice(user_ids),
                    "contact_id": rng.choice(contact_ids),
                }
            )
        for begin in range(0, len(rows), 5000):
            uow.session.execute(insert(Activity), rows[begin : begin + 5000])
        uow.commit()
    return user_ids[0]


def bench_task_list(db: object, path: Path, user_id: int, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_crm.ui.activities.task_model import TaskTableModel

    app = QApplication.instance() or QApplication([])
    clock = FixedClock(NOW)
    filters = TaskFilter(due=Due.NEXT_30, user_ids=(user_id,))
    model = TaskTableModel()
    start = dt.datetime.combine(NOW.date(), dt.time())
    end = start + dt.timedelta(days=31)
    raw = sqlite3.connect(path)
    params = (start.isoformat(sep=" "), end.isoformat(sep=" "), user_id)

    def raw_query() -> object:
        return raw.execute(RAW_TASKS, params).fetchall()

    def service_only() -> object:
        with db.uow(write=False) as uow:  # type: ignore[attr-defined]
            return task_list(uow, filters, clock=clock)

    def shown() -> object:
        rows = service_only()
        model.set_rows(rows)  # type: ignore[arg-type]
        return rows

    count = len(raw_query())  # type: ignore[arg-type]
    assert count == len(service_only()), "the raw query and the service disagree"  # type: ignore[arg-type]
    base = median_time(raw_query, runs)
    service = median_time(service_only, runs)
    view = median_time(shown, runs)
    raw.close()
    print(f"Task list, one user, next 30 days: {count} of {ACTIVITIES:,} activities shown")
    print(f"  raw SQL (sqlite3)        {base * 1000:8.1f} ms   1.00")
    print(f"  task_list() service      {service * 1000:8.1f} ms   {service / base:5.2f}x raw")
    print(f"  service + table model    {view * 1000:8.1f} ms   {view / base:5.2f}x raw")
    del app


def bench_series(db: object, path: Path, runs: int) -> None:
    steps = tuple(
        StepTemplate(offset, kind, f"Étape J+{offset}")
        for offset, kind in (
            (0, "email"),
            (1, "letter"),
            (7, "email"),
            (15, "call"),
            (30, "email"),
            (90, "call"),
        )
    )
    with db.uow() as uow:  # type: ignore[attr-defined]
        series_id = create_series(uow, SeriesInput(name="Bench 6 étapes", steps=steps)).id
        uow.commit()
    with db.uow(write=False) as uow:  # type: ignore[attr-defined]
        contact_ids = list(uow.session.scalars(select(Contact.id).limit(CONTACTS)))

    def reset() -> None:
        with db.uow() as uow:  # type: ignore[attr-defined]
            uow.session.execute(delete(Activity).where(Activity.series_run_id.is_not(None)))
            uow.session.execute(delete(SeriesRun))
            uow.commit()

    def service() -> None:
        with db.uow() as uow:  # type: ignore[attr-defined]
            apply_series(uow, series_id, contact_ids, dt.date(2026, 12, 1))
            uow.commit()

    anchor = dt.datetime(2026, 12, 1, 9)
    run_rows = [
        (series_id, cid, "2026-12-01", "raw", " ".join(str(NOW).split())) for cid in contact_ids
    ]

    def raw_executemany() -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA synchronous = NORMAL")
        with conn:
            conn.executemany(
                "INSERT INTO series_run (series_id, contact_id, anchor_date, "
                "trigger_key, created_at) VALUES (?, ?, ?, ?, ?)",
                run_rows,
            )
            runs_by_contact = dict(
                conn.execute(
                    "SELECT contact_id, id FROM series_run WHERE trigger_key = 'raw'"
                ).fetchall()
            )
            rows = [
                (
                    s.type,
                    s.regarding,
                    str(anchor + dt.timedelta(days=s.day_offset)),
                    0,
                    0,
                    3,
                    0,
                    cid,
                    runs_by_contact[cid],
                    0,
                    0,
                    1,
                    1,
                    str(NOW),
                    str(NOW),
                )
                for cid in contact_ids
                for s in steps
            ]
            conn.executemany(
                "INSERT INTO activity (type, regarding, start_at, timeless, duration_min, "
                "priority, private, contact_id, series_run_id, cleared, alarm_dismissed, "
                "recurrence_interval, version, created_at, edited_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        conn.close()

    raw_times, service_times = [], []
    for _ in range(runs):
        reset()
        raw_times.append(median_time(raw_executemany, 1))
        reset()
        service_times.append(median_time(service, 1))
    created = CONTACTS * len(steps)
    base, mine = statistics.median(raw_times), statistics.median(service_times)
    print(f"Series of 6 steps applied to {CONTACTS:,} contacts ({created:,} activities)")
    print(f"  raw executemany          {created / base:10,.0f} activities/s   1.00")
    print(
        f"  apply_series() service   {created / mine:10,.0f} activities/s   "
        f"{base / mine:5.2f}x raw speed"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(f"sqlite:///{path}").db
        started = time.perf_counter()
        user_id = populate(db)
        print(
            f"Populated {CONTACTS:,} contacts and {ACTIVITIES:,} activities in "
            f"{time.perf_counter() - started:.1f} s (SQLite {sqlite3.sqlite_version})\n"
        )
        bench_task_list(db, path, user_id, args.runs)
        print()
        bench_series(db, path, args.runs)
        db.dispose()


if __name__ == "__main__":
    main()
