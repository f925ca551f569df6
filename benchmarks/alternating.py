"""Alternate a baseline and a subject run by run and report median and p95 of each, and ratios.

Shared by the benchmarks that compare a service against the bare SQL it needs: alternating
keeps a noisy machine's drift out of the ratio.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def ms(seconds: float, digits: int = 2) -> float:
    return round(seconds * 1000, digits)


def stats(samples: list[float]) -> dict[str, float]:
    """Median and p95 of timings in seconds, in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": ms(statistics.median(ordered)), "p95_ms": ms(p95)}


def compare(rounds: int, baseline: Callable[[], Any], subject: Callable[[], Any]) -> dict[str, Any]:
    """Run ``baseline`` then ``subject`` ``rounds`` times (after one warm-up each)."""
    base, subj = [], []
    baseline(), subject()  # warm the page cache for both
    for _ in range(rounds):
        started = time.perf_counter()
        baseline()
        base.append(time.perf_counter() - started)
        started = time.perf_counter()
        subject()
        subj.append(time.perf_counter() - started)
    b, s = stats(base), stats(subj)
    return {
        "sqlite3": b,
        "desktop_crm": s,
        "ratio_median": round(s["median_ms"] / max(b["median_ms"], 0.01), 2),
        "ratio_p95": round(s["p95_ms"] / max(b["p95_ms"], 0.01), 2),
    }


def cached_database(cache: Path, name: str, size: int, seed: int) -> Path:
    """The cached benchmark database's path, keyed by schema revision, demo generator, seed
    and size (``bench_cache.cache_key``).

    A database built by an older schema, another generator or another seed is never
    reused: it would measure other indexes or other data (an upgrade on open would also
    land inside the timings).
    """
    from bench_cache import cache_key

    return cache / f"{cache_key(name, seed, size)}.sqlite"


def load_average() -> str:
    """The machine's 1/5/15-minute load averages, printed beside every figure."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"
