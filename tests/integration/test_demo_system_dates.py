"""The demo's contacts: "last reached" (and the other system dates) agree with their
history, and the phoning campaign's targets were reached only when they answered."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from desktop_crm.services.demo.generate import generate_demo
from desktop_crm.storage.uow import Database

REACH = ("call_reached", "call_received", "meeting_held")


def test_last_reached_is_the_last_reach_in_the_history(sqlite_db: Database) -> None:
    sqlite_db.run(generate_demo, 300, seed=4, today=dt.date(2026, 12, 1))
    marks = ", ".join(f"'{t}'" for t in REACH)
    with sqlite_db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT c.id, c.last_reach, c.last_attempt, "
                f"(SELECT max(h.occurred_at) FROM history h WHERE h.contact_id = c.id "
                f"AND h.type IN ({marks})), "
                "(SELECT max(h.occurred_at) FROM history h WHERE h.contact_id = c.id "
                "AND h.type IN ('call_attempted', 'call_left_message', 'call_wrong_number')) "
                "FROM contact c"
            )
        ).all()
        phoning = conn.execute(
            text(
                "SELECT m.contact_id, m.responded_at IS NOT NULL, h.type, c.last_reach, "
                "h.occurred_at FROM campaign_member m "
                "JOIN campaign k ON k.id = m.campaign_id AND k.name = 'Phoning clients inactifs' "
                "JOIN history h ON h.campaign_id = k.id AND h.contact_id = m.contact_id "
                "AND h.type LIKE 'call%' "
                "JOIN contact c ON c.id = m.contact_id"
            )
        ).all()
    assert len(rows) == 300
    assert sum(1 for r in rows if r[1] is not None) > 50
    for contact_id, last_reach, last_attempt, reached, attempted in rows:
        assert last_reach == reached, contact_id
        assert last_attempt == attempted, contact_id
    assert phoning
    answered = [p for p in phoning if p[1]]
    silent = [p for p in phoning if not p[1]]
    assert answered and silent
    for _cid, _responded, kind, last_reach, called in answered:
        assert kind == "call_reached"
        assert last_reach is not None and last_reach >= called  # never empty, never older
    assert {p[2] for p in silent} <= {"call_attempted", "call_left_message"}


def _demo_at(tmp_path, monkeypatch, hour: int) -> list[tuple[object, ...]]:
    """The demo made at ``hour`` (UTC) on its own day: contacts, sales and activities."""
    from desktop_crm.services.demo import generate
    from desktop_crm.services.setup import open_database
    from desktop_crm.storage.location import resolve_database

    made_at = dt.datetime(2026, 12, 1, hour, 30)  # (naive UTC, as utcnow)
    monkeypatch.setattr(generate, "utcnow", lambda: made_at)
    db = open_database(resolve_database(str(tmp_path / f"demo-{hour}.sqlite")), create=True).db
    try:
        db.run(generate_demo, 300, seed=2, today=dt.date(2026, 12, 1))
        with db.engine.connect() as conn:
            return [
                *conn.execute(
                    text("SELECT id, last_name, status, referred_by_id FROM contact ORDER BY id")
                ),
                *conn.execute(text("SELECT contact_id, amount, sold_on FROM sale ORDER BY id")),
                *conn.execute(
                    text("SELECT contact_id, type, start_at, regarding FROM activity ORDER BY id")
                ),
            ]
    finally:
        db.dispose()


def test_the_same_seed_and_day_give_the_same_demo_at_any_hour(tmp_path, monkeypatch) -> None:
    """An activity's alarm is drawn whether or not it is past: the hour the demo is made
    (morning or evening of its day) must not change the rest of the data (it did: the
    referrals' sales vanished from the demo made after 18:00 UTC)."""
    morning = _demo_at(tmp_path, monkeypatch, 6)
    evening = _demo_at(tmp_path, monkeypatch, 20)
    assert len(morning) > 300
    assert morning == evening
