"""Multi-word lookups: which word drives the index, and what a word index would cost.

Run: python benchmarks/bench_lookup_index.py --db COPY.sqlite [--rounds 15] [--maintenance]
``--db`` is a COPY of the 1M list benchmark database (bench_contact_list.py builds it in its
cache): ``--maintenance`` adds tables to it, so never point it at the cached file.

Figures, each the full id list of a lookup in display order (what the list reads):
(a) today's SQL: the first word searched through the key columns' indexes, the others
    filtering its rows (``lookup_sql``'s default, the baseline of every ratio);
(b) the selective words searched (``searched_words``, a capped count of each word's index
    entries, then ``lookup_sql(..., searched)``: one word leads, or several are read from
    the indexes alone and intersected), timed with the estimate; ids must equal (a)'s;
(c) with ``--maintenance``: an FTS5 table (contentless, unicode61 remove_diacritics 2,
    prefix '2 3') queried with a prefix for every word, and a token table (word,
    contact_id) WITHOUT ROWID intersecting one range per word; both find words INSIDE a
    key too ("4273" in "societe 4273"), so their hit counts are printed beside (a)'s. Their
    cost: build time for the whole file, added file size, insert time for 100k more.
Rounds alternate baseline and subject (``alternating.compare``); the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from alternating import compare, load_average, ms  # noqa: E402

from desktop_crm.domain.text import prefix_upper_bound  # noqa: E402
from desktop_crm.services.contacts.lookup import (  # noqa: E402
    TEXT_KEYS,
    lookup_sql,
    order_clause,
    parse_lookup,
    searched_words,
)

QUERIES = (
    "jean dup",
    "dupont jean",
    "marie lyon",
    "soc mart",
    "mart soc",
    "jean dupont paris",
    "ma le",
    "lef nantes",
)
ORDER = order_clause("last_name", False, search_first=True)


def today(conn: sqlite3.Connection, query: str) -> list[int]:
    sql, params = lookup_sql(query)
    return [row[0] for row in conn.execute(sql, params)]


def leading(conn: sqlite3.Connection, query: str) -> list[int]:
    lookup = parse_lookup(query)
    sql, params = lookup_sql(query, searched=searched_words(conn, lookup))
    return [row[0] for row in conn.execute(sql, params)]


def fts_ids(conn: sqlite3.Connection, query: str) -> list[int]:
    match = " AND ".join(f'"{word}"*' for word in parse_lookup(query).words)
    sql = (
        "SELECT id FROM contact WHERE id IN (SELECT rowid FROM contact_fts "
        f"WHERE contact_fts MATCH ?) ORDER BY {ORDER}"
    )
    return [row[0] for row in conn.execute(sql, (match,))]


def token_ids(conn: sqlite3.Connection, query: str) -> list[int]:
    parts, params = [], []
    for word in parse_lookup(query).words:
        high = prefix_upper_bound(word)
        parts.append("SELECT contact_id FROM contact_token WHERE word >= ? AND word < ?")
        params += [word, high]
    sql = f"SELECT id FROM contact WHERE id IN ({' INTERSECT '.join(parts)}) ORDER BY {ORDER}"
    return [row[0] for row in conn.execute(sql, params)]


FTS_DDL = (
    "CREATE VIRTUAL TABLE contact_fts USING fts5({cols}, content='', prefix='2 3', "
    "tokenize='unicode61 remove_diacritics 2')"
).format(cols=", ".join(TEXT_KEYS))
TOKEN_DDL = (
    "CREATE TABLE contact_token (word TEXT NOT NULL, contact_id INTEGER NOT NULL, "
    "PRIMARY KEY (word, contact_id)) WITHOUT ROWID"
)


def _tokens(rows: Any) -> Any:
    for row in rows:
        words = set()
        for key in row[1:]:
            if key:
                words.update(key.split())
        for word in words:
            yield word, row[0]


def _fill(conn: sqlite3.Connection, where: str, shift: int) -> dict[str, float]:
    """Fill both word tables from the contacts ``where`` selects (rowids moved by ``shift``)."""
    cols = ", ".join(TEXT_KEYS)
    out = {}
    started = time.perf_counter()
    conn.execute(
        f"INSERT INTO contact_fts(rowid, {cols}) SELECT id + {shift}, {cols} FROM contact "
        f"WHERE {where}"
    )
    conn.commit()
    out["fts5_s"] = round(time.perf_counter() - started, 2)
    started = time.perf_counter()
    rows = conn.execute(f"SELECT id + {shift}, {cols} FROM contact WHERE {where}")
    conn.executemany("INSERT OR IGNORE INTO contact_token VALUES (?, ?)", _tokens(rows))
    conn.commit()
    out["token_s"] = round(time.perf_counter() - started, 2)
    return out


def _table_bytes(conn: sqlite3.Connection, names: tuple[str, ...]) -> int | None:
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        return None
    return sum(size for name, size in rows if name.startswith(names))


def maintenance(conn: sqlite3.Connection) -> dict[str, Any]:
    path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    conn.execute("DROP TABLE IF EXISTS contact_fts")
    conn.execute("DROP TABLE IF EXISTS contact_token")
    conn.commit()
    conn.execute("VACUUM")
    before = path.stat().st_size
    conn.execute(FTS_DDL)
    conn.execute(TOKEN_DDL)
    built = _fill(conn, "1=1", 0)
    span = int(conn.execute("SELECT max(id) FROM contact").fetchone()[0])
    sizes = {
        "file_before_mb": round(before / 2**20, 1),
        "file_after_mb": round(path.stat().st_size / 2**20, 1),
        "fts5_mb": round((_table_bytes(conn, ("contact_fts",)) or 0) / 2**20, 1),
        "token_mb": round((_table_bytes(conn, ("contact_token",)) or 0) / 2**20, 1),
    }
    added = _fill(conn, "id <= 100000", span)  # 100k more contacts into full indexes
    return {"build_whole_file": built, "insert_100k_more": added, **sizes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--maintenance", action="store_true")
    args = parser.parse_args()
    conn = sqlite3.connect(args.db)
    report: dict[str, Any] = {"load_before": load_average(), "queries": {}}
    if args.maintenance:
        report["maintenance"] = maintenance(conn)
    for query in QUERIES:
        lookup = parse_lookup(query)
        base = today(conn, query)
        searched = searched_words(conn, lookup)
        started = time.perf_counter()
        searched_words(conn, lookup)
        estimate = time.perf_counter() - started
        entry: dict[str, Any] = {
            "hits": len(base),
            "searched": [lookup.words[index] for index in searched],
            "estimate_ms": ms(estimate),
            "same_ids_same_order": leading(conn, query) == base,
            "b_searched_vs_a_today": compare(
                args.rounds, lambda q=query: today(conn, q), lambda q=query: leading(conn, q)
            ),
        }
        if args.maintenance:
            entry["fts5_hits"] = len(fts_ids(conn, query))
            entry["token_hits"] = len(token_ids(conn, query))
            entry["c_fts5_vs_a_today"] = compare(
                args.rounds, lambda q=query: today(conn, q), lambda q=query: fts_ids(conn, q)
            )
            entry["c_token_vs_a_today"] = compare(
                args.rounds, lambda q=query: today(conn, q), lambda q=query: token_ids(conn, q)
            )
        report["queries"][query] = entry
        print(query, json.dumps(entry), flush=True)
    report["load_after"] = load_average()
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
