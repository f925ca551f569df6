"""Duplicate scan on the hard, FEBRL-like generated data set (issue 21).

Run: python benchmarks/bench_duplicates_hard.py [--originals 2000 --copies 3000] [--repeats 3]

The data (tests/unit/matching/dup_hard.py): originals plus corrupted copies, up to 9 per
person — typos anywhere (first letters too), first/last names swapped, missing values,
abbreviations, street numbers, postcodes, dates of birth and phones altered, phonetic
spellings; French and foreign names.  A fresh SQLite database is filled, then:

- every mode is scanned (the default "all evidence" mode, the 3-field settings of the
  issue's table): proposed pairs, precision and recall, seconds (median and p95 of
  ``--repeats`` runs);
- for the all-evidence mode and the best 3-field mode: recall per corruption kind;
- each blocking pass alone: candidate pairs, recall of the true pairs it brings, what the
  union loses without it, and its cost.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_crm.domain.matching import (  # noqa: E402
    MatchMode,
    MatchSettings,
    RecordKind,
    default_settings,
    evidence_settings,
    settings_from,
)
from desktop_crm.services.contacts.records import bulk_insert_contacts  # noqa: E402
from desktop_crm.services.duplicates import evidence  # noqa: E402
from desktop_crm.services.duplicates import evidence_blocking as blocking  # noqa: E402
from desktop_crm.services.duplicates.scan import iter_records, scan  # noqa: E402
from desktop_crm.services.setup import open_database  # noqa: E402
from desktop_crm.storage.location import resolve_database  # noqa: E402
from desktop_crm.storage.uow import Database  # noqa: E402
from tests.unit.matching.dup_hard import (  # noqa: E402
    HardData,
    generate_hard,
    precision_by_kind,
    precision_recall,
    recall_by_kind,
)

MODES: dict[str, MatchSettings] = {
    "all evidence (default)": evidence_settings(),
    "company,name,phone fuzzy 85 (old default)": default_settings(),
    "name,address,postcode fuzzy 85": settings_from(
        ["name", "address", "postcode"], MatchMode.FUZZY, 85
    ),
    "name,address,postcode fuzzy 70": settings_from(
        ["name", "address", "postcode"], MatchMode.FUZZY, 70
    ),
    "name,address fuzzy 70": settings_from(["name", "address"], MatchMode.FUZZY, 70),
    "last_name,first_name,postcode fuzzy 70": settings_from(
        ["last_name", "first_name", "postcode"], MatchMode.FUZZY, 70
    ),
    "name,city,postcode phonetic 85": settings_from(
        ["name", "city", "postcode"], MatchMode.PHONETIC, 85
    ),
}


def _store(data: HardData, path: Path) -> Database:
    """A new database holding the records with their ids (phones as stored: E.164)."""
    db = open_database(resolve_database(str(path))).db
    with db.uow() as uow:
        bulk_insert_contacts(uow, (dict(r) for r in data.records))
        uow.commit()
    return db


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--originals", type=int, default=2000)
    parser.add_argument("--copies", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    data = generate_hard(args.originals, args.copies, args.seed)
    print(
        f"{len(data.records):,} records ({args.originals:,} originals, {args.copies:,} "
        f"corrupted copies), {len(data.truth):,} true pairs; load average {os.getloadavg()}"
    )
    kinds: dict[str, dict[str, tuple[int, float]]] = {}
    precisions: dict[str, dict[str, tuple[int, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        db = _store(data, Path(folder) / "hard.sqlite")
        print()
        print("| Mode | Proposed | Precision | Recall | Median s | p95 s |")
        print("|---|---|---|---|---|---|")
        for label, settings in MODES.items():
            times = []
            result = None
            for _ in range(args.repeats):
                started = time.perf_counter()
                with db.uow(write=False) as uow:
                    result = scan(uow, settings)
                times.append(time.perf_counter() - started)
            assert result is not None
            found = {(p.a, p.b) for p in result.pairs}
            precision, recall = precision_recall(found, data.truth)
            print(
                f"| {label} | {len(found):,} | {precision:.4f} | {recall:.4f} | "
                f"{statistics.median(times):.2f} | {_p95(times):.2f} |"
            )
            kinds[label] = recall_by_kind(found, data)
            precisions[label] = precision_by_kind(found, data)
            sys.stdout.flush()
        shown = ["all evidence (default)", "name,address,postcode fuzzy 70"]
        print()
        print(
            "Per corruption kind: recall on the true pairs involving a copy with that "
            "corruption, precision on the proposed pairs involving one"
        )
        print()
        head = " | ".join(f"{m}: recall | precision" for m in shown)
        print(f"| Kind | True pairs | {head} |")
        print("|---|---|" + "---|---|" * len(shown))
        for kind in kinds[shown[0]]:
            count = kinds[shown[0]][kind][0]
            cells = " | ".join(
                f"{kinds[m][kind][1]:.4f} | {precisions[m][kind][1]:.4f}" for m in shown
            )
            print(f"| {kind} | {count:,} | {cells} |")
        _passes(db, data)
        db.dispose()


def _passes(db: Database, data: HardData) -> None:
    with db.uow(write=False) as uow:
        columns = evidence.prepare_columns(iter_records(uow, RecordKind.CONTACT, evidence=True))
    ids = columns.ids

    def as_ids(encoded: np.ndarray) -> set[tuple[int, int]]:
        a, b = ids[encoded >> 32], ids[encoded & 0xFFFFFFFF]
        return set(zip(np.minimum(a, b).tolist(), np.maximum(a, b).tolist(), strict=True))

    timings: dict[str, float] = {}
    per_pass: dict[str, np.ndarray] = {}
    blocking.candidate_pairs(columns, list(blocking.PASSES), timings, per_pass)
    union = as_ids(blocking.dedup_pairs([per_pass[p] for p in blocking.DEFAULT_PASSES]))
    union_recall = len(union & data.truth) / len(data.truth)
    print()
    print(
        f"Blocking passes (the default ones united: {len(union):,} candidate pairs, "
        f"recall {union_recall:.4f})"
    )
    print()
    print("| Pass | Used | Candidates | Recall alone | Recall lost without it | ms |")
    print("|---|---|---|---|---|---|")
    for name, pairs in per_pass.items():
        alone = as_ids(pairs)
        others = [per_pass[p] for p in blocking.DEFAULT_PASSES if p != name]
        without = as_ids(blocking.dedup_pairs(others))
        lost = union_recall - len(without & data.truth) / len(data.truth)
        used = "yes" if name in blocking.DEFAULT_PASSES else "no"
        print(
            f"| {name} | {used} | {len(alone):,} | "
            f"{len(alone & data.truth) / len(data.truth):.4f} | "
            f"{lost if used == 'yes' else 0.0:.4f} | {timings[name] * 1000:.0f} |"
        )


if __name__ == "__main__":
    main()
