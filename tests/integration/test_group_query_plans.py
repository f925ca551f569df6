"""SQLite's plans for the common shapes of group queries search an index, never scan."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_crm.domain.clock import FixedClock
from desktop_crm.services.groups import query as compiler
from desktop_crm.storage.models import CustomField
from desktop_crm.storage.uow import Database

CLOCK = FixedClock(dt.datetime(2026, 6, 15, 9))


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ('city = "Lyon"', "ix_contact_city_key"),
        ('postcode starts with "69"', "ix_contact_postcode"),
        ('status = "Client"', "ix_contact_status"),
        ("last_reach older than 6 months", "ix_contact_last_reach"),
        ("contract_end within next 30 days", "ix_contact_contract_end"),
        ("renewal within next 30 days", "ix_contact_field_value_date"),
        ('salon = "Lyon 2026"', "ix_contact_field_value_text"),
        ('has history "letter sent" since 2026-01-01', "ix_history_type_occurred_at"),
    ],
)
def test_common_shapes_use_an_index(sqlite_db: Database, text: str, index: str) -> None:
    with sqlite_db.uow() as uow:
        uow.session.add(CustomField(record="contact", name="renewal", label="Renewal", kind="date"))
        uow.session.add(CustomField(record="contact", name="salon", label="Salon", kind="text"))
        uow.session.flush()
        plan = compiler.explain_query(uow, text, clock=CLOCK)
    joined = "\n".join(plan)
    assert index in joined, joined
    assert "SCAN contact\n" not in joined + "\n" and not any(
        line.strip() == "SCAN contact" for line in plan
    ), joined
