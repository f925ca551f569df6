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
