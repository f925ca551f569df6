"""The driver-level bulk insert used by imports stores exactly what SQLAlchemy's insert stores."""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from sqlalchemy import Table, insert, select

from desktop_crm.storage.bulk import bulk_insert
from desktop_crm.storage.models import Contact, utcnow
from desktop_crm.storage.uow import Database

CONTACT = cast(Table, Contact.__table__)


def _row(i: int, now: dt.datetime) -> dict[str, Any]:
    # Every column present (as the import pads them), most of them NULL in every row,
    # a few NULL in some rows only, dates on some rows, the same timestamp on all.
    row: dict[str, Any] = dict.fromkeys(c.key for c in CONTACT.c if c.key != "id")
    row.update(
        {
            "last_name": f"Nom{i}",
            "first_name": "Zoé" if i % 2 else None,
            "birthday": dt.date(1980, 1, 1 + i) if i % 3 == 0 else None,
            "last_reach": now - dt.timedelta(days=i) if i == 4 else None,
            "do_not_mail": False,
            "do_not_call": i == 2,
            "do_not_email": False,
            "npai": False,
            "email_invalid": False,
            "to_review": bool(i % 2),
            "private": False,
            "last_name_key": f"nom{i}",
            "first_name_key": "zoe" if i % 2 else "",
            "company_key": "",
            "city_key": "",
            "email_key": "",
            "phone_key": "",
            "mobile_key": "",
            "version": 1,
            "created_at": now,
            "edited_at": now,
        }
    )
    return row


def test_driver_insert_stores_what_sqlalchemy_stores(sqlite_db: Database) -> None:
    now = utcnow()
    with sqlite_db.uow() as uow:
        conn = uow.session.connection()
        bulk_insert(uow.session, CONTACT, None, [_row(i, now) for i in range(6)])
        conn.execute(insert(CONTACT), [_row(i, now) for i in range(6)])
        rows = conn.execute(select(CONTACT).order_by(CONTACT.c.id)).mappings().all()
    fast = [{k: v for k, v in r.items() if k != "id"} for r in rows[:6]]
    slow = [{k: v for k, v in r.items() if k != "id"} for r in rows[6:]]
    assert len(fast) == len(slow) == 6
    assert fast == slow
    assert fast[3]["birthday"] == dt.date(1980, 1, 4) and fast[0]["created_at"] == now
