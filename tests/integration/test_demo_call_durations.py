"""The demo's history: only phone calls carry a call duration (a letter sent, an e-mail or a
meeting held has none)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.storage.uow import Database

CALLS = {
    "call_attempted",
    "call_reached",
    "call_left_message",
    "call_received",
    "call_wrong_number",
}


def test_only_calls_have_a_duration(sqlite_db: Database) -> None:
    sqlite_db.run(generate_demo, 200, seed=3, today=dt.date(2026, 12, 1))
    with sqlite_db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT type, count(*), count(duration_s), min(duration_s), max(duration_s) "
                "FROM history GROUP BY type"
            )
        ).all()
    by_type = {r[0]: tuple(r[1:]) for r in rows}
    assert by_type["letter_sent"][0] > 0 and by_type["letter_sent"][1] == 0
    for kind, (count, timed, _low, _high) in by_type.items():
        if kind not in CALLS:
            assert timed == 0, f"{count} '{kind}' entries, {timed} with a call duration"
    for kind in ("call_reached", "call_attempted", "call_received"):
        count, timed, low, high = by_type[kind]
        # The campaigns' and the team's calls have no duration either way; the history's do.
        assert count > 0 and timed > 0 and 30 <= low <= high <= 900
