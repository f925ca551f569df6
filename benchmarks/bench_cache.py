"""Benchmark databases cached between runs, keyed by schema revision, generator, seed and
size.

Filling 100,000 contacts takes longer than the measure itself; a cached file is only reused
by a run that would have built exactly the same one: same schema revision (a migration
changes the tables and their indexes), same demo data generator (``generator_stamp``: its
sources changed, its people, companies or dates may have), same seed and same size. Each
run works on a fresh copy, so a benchmark that writes (an import) never sees an earlier
run's rows.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import desktop_crm.services.demo as demo_package
from desktop_crm.storage.migrate import SCHEMA_HEAD


def generator_stamp() -> str:
    """A short digest of the demo data generator's sources (``desktop_crm/services/demo``),
    which the benchmark databases are filled from (names, towns, companies, dates)."""
    digest = hashlib.sha256()
    for source in sorted(Path(demo_package.__file__).parent.glob("*.py")):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:8]


def cache_key(name: str, seed: int, size: int) -> str:
    return f"desktop_crm_bench_{name}_schema{SCHEMA_HEAD}_gen{generator_stamp()}_seed{seed}_{size}"


def cached_database(
    folder: Path, name: str, seed: int, size: int, build: Callable[[Path], None]
) -> tuple[Path, bool]:
    """The cached SQLite file for (schema revision, seed, size), built by ``build(path)``
    when missing; returns (path, reused)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{cache_key(name, seed, size)}.sqlite"
    if path.exists():
        return path, True
    partial = path.with_suffix(".partial")
    for stale in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        stale.unlink(missing_ok=True)
    build(partial)
    checkpoint(partial)
    partial.rename(path)
    return path, False


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so that copying the file copies everything."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def fresh_copy(source: Path, target: Path) -> Path:
    """A working copy of a cached database (the cache itself is never written)."""
    for stale in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        stale.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target
